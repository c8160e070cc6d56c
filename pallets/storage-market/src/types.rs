//! What the storage market keeps about providers, orders and fragments.

use crate::{BalanceOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
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
}

impl<T: Config> ProviderInfo<T> {
	/// Bytes still free.
	pub fn free(&self) -> u64 {
		self.capacity.saturating_sub(self.used)
	}
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
	/// Consecutive periods its provider failed to prove it.
	pub misses: u32,
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
