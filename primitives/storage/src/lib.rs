//! The storage market as the node and other pallets see it.
//!
//! * [`OrderView`], [`FragmentView`], [`ProviderView`]: what the runtime reports about orders,
//!   their fragments and providers ([`StorageMarketApi`]); [`NetworkIdentity`]: where a
//!   provider's node is on the network, so its fragments are fetched from it directly.
//! * [`fragment_store`]: the host interface through which a provider's off-chain worker asks
//!   its node whether a fragment is kept and for the proof of some of its chunks. The node
//!   registers a [`FragmentStoreExt`] with its off-chain workers and answers from its RocksDB
//!   fragment store, so proofs never copy whole fragments into wasm. Outside of a provider's
//!   worker no extension is registered and both functions answer "nothing kept", so the
//!   runtime behaves the same on every node.
//!
//! * [`StorageService`]: the storage market's place in shared staking's open registry (its id,
//!   name and [`StorageOffence`]s), and [`PROVIDER_KEY_TYPE`], the key type providers sign with.
//!
//! FRAME-free: the pallet, the runtime and the node all build on it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{bounded::BoundedVec, ConstU32};
use zerog_data::{
	pora::{ChallengeSeed, Holding, HoldingProof},
	storage::FileLayout,
	Hash,
};

/// The key type of storage providers' keys (`zgst`): the pallet's off-chain worker signs
/// confirmations and proofs with them, the node's provider role keeps what they are assigned.
pub const PROVIDER_KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"zgst");

/// The storage market as a service of shared staking: providers are its operators.
pub struct StorageService;

impl zerog_staking_primitives::Service for StorageService {
	const ID: zerog_staking_primitives::ServiceId = 1;
	const NAME: &'static [u8] = b"storage";
	type Offence = StorageOffence;
}

/// What the storage market slashes providers for; the discriminant is the
/// [`zerog_staking_primitives::OffenceCode`] in staking's slash events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
#[repr(u8)]
pub enum StorageOffence {
	/// A provider did not prove its holdings in a challenge period.
	MissedProof = 0,
	/// A provider sent a proof that does not verify.
	InvalidProof = 1,
	/// A provider did not confirm an assigned fragment within its confirmation window.
	MissedConfirmation = 2,
}

impl From<StorageOffence> for zerog_staking_primitives::OffenceCode {
	fn from(offence: StorageOffence) -> Self {
		zerog_staking_primitives::OffenceCode(offence as u8)
	}
}

/// Identifies a storage order.
pub type OrderId = u64;
/// A challenge period: `block / ChallengePeriod`.
pub type Period = u32;
/// A fragment's index within its file, `0 ≤ i < k + m`.
pub type FragmentIndex = u8;

/// Where a fragment stands.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum FragmentState {
	/// Assigned; the provider has not yet confirmed it holds the fragment.
	Assigned,
	/// Held and proven each period from the period after its confirmation.
	Stored,
}

/// A fragment of an order, as reported to nodes.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct FragmentView<AccountId> {
	/// Its index in the file.
	pub index: FragmentIndex,
	/// BLAKE3 root of its bytes.
	pub root: Hash,
	/// The provider keeping it.
	pub provider: AccountId,
	/// Assigned or stored.
	pub state: FragmentState,
	/// Whether its current provider rebuilds it after the previous one failed.
	pub repair: bool,
	/// The last period it was proven in.
	pub last_proven: Option<Period>,
}

/// An order, as reported to nodes and contracts.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct OrderView<AccountId, Balance> {
	/// Its id.
	pub id: OrderId,
	/// Who placed it.
	pub owner: AccountId,
	/// The file's BLAKE3 hash.
	pub data_root: Hash,
	/// Size and code.
	pub layout: FileLayout,
	/// First period paid for.
	pub start: Period,
	/// First period no longer paid for.
	pub end: Period,
	/// Escrow not yet paid out.
	pub escrow: Balance,
	/// Whether it renews itself from the owner's prepaid balance.
	pub auto_renew: bool,
	/// Its fragments in index order.
	pub fragments: Vec<FragmentView<AccountId>>,
}

impl<AccountId, Balance> OrderView<AccountId, Balance> {
	/// Fragments confirmed as held.
	pub fn stored(&self) -> usize {
		self.fragments.iter().filter(|f| f.state == FragmentState::Stored).count()
	}

	/// Whether at least `k` fragments were proven in `period`: the file can be rebuilt from
	/// proven data.
	pub fn recoverable_in(&self, period: Period) -> bool {
		let proven = self.fragments.iter().filter(|f| f.last_proven == Some(period)).count();
		proven >= self.layout.data_shards as usize
	}
}

/// Longest peer id a provider may publish (a libp2p peer id of an ed25519 key is 38 bytes).
pub const MAX_PEER_ID_LEN: u32 = 64;
/// Longest address (multiaddr text) a provider may publish.
pub const MAX_ADDRESS_LEN: u32 = 128;
/// Most addresses a provider may publish.
pub const MAX_ADDRESSES: u32 = 4;

/// Where a provider's node is on the network: its libp2p peer id and, optionally, addresses to
/// dial it on (multiaddrs as text, `/ip4/…/tcp/30333`). Nodes fetch a provider's fragments from
/// this peer first.
#[derive(
	Clone,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct NetworkIdentity {
	/// The peer id's bytes.
	pub peer_id: BoundedVec<u8, ConstU32<MAX_PEER_ID_LEN>>,
	/// Addresses the node can be reached on, as multiaddr text.
	pub addresses: BoundedVec<BoundedVec<u8, ConstU32<MAX_ADDRESS_LEN>>, ConstU32<MAX_ADDRESSES>>,
}

/// A provider, as reported to nodes.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct ProviderView<Balance> {
	/// Bytes it offers.
	pub capacity: u64,
	/// Bytes assigned to it.
	pub used: u64,
	/// Its ask per GiB per period.
	pub ask: Balance,
	/// Whether it takes new fragments.
	pub active: bool,
	/// Fragments it is proving this period.
	pub holdings: u32,
	/// The last period it proved.
	pub last_proved: Option<Period>,
}

/// A fragment a provider must fetch, keep and confirm.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct Assignment {
	/// The order.
	pub order: OrderId,
	/// The fragment's index.
	pub index: FragmentIndex,
	/// The fragment's root.
	pub root: Hash,
	/// The fragment's length.
	pub len: u64,
	/// Whether the provider already confirmed it.
	pub state: FragmentState,
}

/// What one order may ask for, so a client can refuse a file before reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct MarketLimits {
	/// Most fragments (`k + m`) of one file.
	pub max_fragments: u32,
	/// Largest file, in bytes.
	pub max_file_size: u64,
	/// Most periods bought at once.
	pub max_order_duration: Period,
}

/// What a provider proves in the current period: auditors re-check its proof with it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct ProvingSet {
	/// The period.
	pub period: Period,
	/// What the period's challenges are drawn from.
	pub seed: ChallengeSeed,
	/// The fragments proven, in proof order.
	pub holdings: Vec<Holding>,
	/// Challenges per period.
	pub challenges: u32,
}

sp_api::decl_runtime_apis! {
	/// The storage market for nodes: what to fetch, what to serve, what to report.
	/// Version 2 adds [`MarketLimits`] and providers' [`NetworkIdentity`]; version 3 adds
	/// providers' [`ProvingSet`], for auditors.
	#[api_version(3)]
	pub trait StorageMarketApi<AccountId, Balance> where
		AccountId: codec::Codec,
		Balance: codec::Codec,
	{
		/// An order and its fragments.
		fn order(id: OrderId) -> Option<OrderView<AccountId, Balance>>;
		/// The live orders of a file.
		fn orders_of(data_root: Hash) -> Vec<OrderId>;
		/// A registered provider.
		fn provider(who: AccountId) -> Option<ProviderView<Balance>>;
		/// The fragments assigned to a provider.
		fn assignments(who: AccountId) -> Vec<Assignment>;
		/// The current challenge period.
		fn current_period() -> Period;
		/// What one order may ask for.
		fn limits() -> MarketLimits;
		/// Where a provider's node is on the network, if it published it.
		fn provider_identity(who: AccountId) -> Option<NetworkIdentity>;
		/// What a provider proves in the current period, if it holds anything.
		#[api_version(3)]
		fn proving_set(who: AccountId) -> Option<ProvingSet>;
	}
}

#[cfg(feature = "std")]
use alloc::boxed::Box;
#[cfg(feature = "std")]
use sp_externalities::ExternalitiesExt;
use sp_runtime_interface::{
	pass_by::{AllocateAndReturnByCodec, PassFatPointerAndDecode, PassPointerAndReadCopy},
	runtime_interface,
};

/// What a node's fragment store answers.
#[cfg(feature = "std")]
pub trait FragmentProver: Send + Sync {
	/// Whether a fragment with this root and length is kept (and was checked against it).
	fn has(&self, root: &Hash, len: u64) -> bool;
	/// The given chunks of the fragment (ascending, distinct) and their multi-proof, if kept.
	fn prove(&self, root: &Hash, len: u64, chunks: &[u64]) -> Option<HoldingProof>;
}

#[cfg(feature = "std")]
sp_externalities::decl_extension! {
	/// The node's fragment store, given to off-chain workers of storage providers.
	pub struct FragmentStoreExt(Box<dyn FragmentProver>);
}

#[cfg(feature = "std")]
impl FragmentStoreExt {
	/// Wraps a store.
	pub fn new(store: impl FragmentProver + 'static) -> Self {
		Self(Box::new(store))
	}
}

/// Host functions of the fragment store.
#[runtime_interface]
pub trait FragmentStore {
	/// Whether the node keeps the fragment `root` of `len` bytes.
	fn has(&mut self, root: PassPointerAndReadCopy<Hash, 32>, len: u64) -> bool {
		self.extension::<FragmentStoreExt>().is_some_and(|store| store.has(&root, len))
	}

	/// Chunks of a kept fragment and their proof; `None` if not kept.
	fn prove(
		&mut self,
		root: PassPointerAndReadCopy<Hash, 32>,
		len: u64,
		chunks: PassFatPointerAndDecode<Vec<u64>>,
	) -> AllocateAndReturnByCodec<Option<HoldingProof>> {
		self.extension::<FragmentStoreExt>().and_then(|store| store.prove(&root, len, &chunks))
	}
}
