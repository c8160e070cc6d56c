//! What the storage market keeps about providers, orders and fragments.

use crate::{BalanceOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::ConstU32, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use zerog_data::{storage::FileLayout, Hash};
pub use zerog_storage_primitives::{
	FragmentIndex, FragmentState, NetworkIdentity, OrderId, Period,
};

/// Whether a provider takes new fragments.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ProviderStatus {
	/// Drawn for new fragments.
	Active,
	/// Keeps and proves what it holds, takes nothing new.
	Idle,
}

/// A registered provider.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct ProviderInfo<T: Config> {
	/// Bytes offered.
	pub capacity: u64,
	/// Bytes of the fragments assigned to it (held or still to fetch).
	pub used: u64,
	/// Fragments assigned to it.
	pub fragments: u32,
	/// Its ask per GiB per period; it is drawn only for orders paying at least this.
	pub ask: BalanceOf<T>,
	/// Active or idle.
	pub status: ProviderStatus,
	/// Its place in [`crate::ProviderSlots`], which draws look providers up by.
	pub slot: u32,
	/// Its proofs, and how far its periods have been settled.
	pub proofs: ProofRecord,
}

impl<T: Config> ProviderInfo<T> {
	/// Bytes still free.
	pub fn free(&self) -> u64 {
		self.capacity.saturating_sub(self.used)
	}
}

/// A provider's proofs as settlement sees them. A period is settled once it ended and the
/// provider was paid for it (when it proved, at the proof) or slashed for missing it; the
/// period sweep and the provider's own next proof settle it, whichever comes first.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct ProofRecord {
	/// The last period it proved.
	pub last_proved: Option<Period>,
	/// The first period not yet settled: every one before it is.
	pub unsettled: Period,
	/// Periods in a row it held fragments and did not prove, up to the last settled one.
	pub missed_in_a_row: u32,
}

/// Where the period sweep stands: each block it settles, within its weight, what the periods
/// that ended left to do, so no block pays for a whole period at once.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct SweepState {
	/// The first period whose expiry queue is not yet worked through (due once it started).
	pub next_expiry: Period,
	/// The first period whose confirmation deadlines are not yet worked through (due once it
	/// ended).
	pub next_deadlines: Period,
	/// The pass over the providers settling them, if one is under way.
	pub providers: Option<ProviderPass>,
}

/// Longest storage key of a provider: the map's prefix, a `Twox64Concat` hash and the account.
pub const MAX_PROVIDER_KEY: u32 = 128;

/// A pass over every provider, settling each up to a period.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct ProviderPass {
	/// The period each provider is settled up to.
	pub through: Period,
	/// The storage key of the last provider visited; the pass goes on after it.
	pub after: Option<BoundedVec<u8, ConstU32<MAX_PROVIDER_KEY>>>,
}

/// An order for keeping a file.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct Order<T: Config> {
	/// Who placed and pays for it.
	pub owner: T::AccountId,
	/// The file's BLAKE3 hash.
	pub data_root: Hash,
	/// Size and code of the file.
	pub layout: FileLayout,
	/// What one fragment earns for one proven period.
	pub fragment_payment: BalanceOf<T>,
	/// First period paid for.
	pub start: Period,
	/// First period no longer paid for.
	pub end: Period,
	/// Periods bought at a time: what an automatic renewal buys.
	pub duration: Period,
	/// Escrow not yet paid out: returned to the owner at expiry.
	pub escrow: BalanceOf<T>,
	/// Whether it renews itself from the owner's prepaid balance at expiry.
	pub auto_renew: bool,
}

/// One fragment of an order.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct Fragment<T: Config> {
	/// BLAKE3 root of its bytes.
	pub root: Hash,
	/// The provider that must keep it.
	pub provider: T::AccountId,
	/// Assigned or stored.
	pub state: FragmentState,
	/// While assigned: the last period its provider may confirm it in.
	pub confirm_by: Period,
	/// Whether its provider is rebuilding it after another failed (paid a repair reward on
	/// its first proof).
	pub repair: bool,
	/// The last period it was proven in.
	pub last_proven: Option<Period>,
}

/// A fragment in a provider's proving set: all a proof check needs, in one storage read.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct HeldFragment {
	/// The order.
	pub order: OrderId,
	/// The fragment's index.
	pub index: FragmentIndex,
	/// Its root.
	pub root: Hash,
	/// Its length in bytes.
	pub len: u64,
}
