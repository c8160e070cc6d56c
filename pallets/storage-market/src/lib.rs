//! # Storage market
//!
//! Keeps AI data sets across independent providers, paid for and proven.
//!
//! * **Providers** are operators of the `storage` service of shared staking (their bond is
//!   their collateral). They register capacity and an ask per GiB per period, update them, go
//!   idle, and leave once nothing is assigned to them.
//! * **Orders**: an uploader commits to an erasure-coded file (its `data_root`, size, `k + m`
//!   code and the root of each fragment, see [`zerog_data::storage`]) for a number of
//!   challenge periods and pays `StoragePrice` per GiB of fragment per period into escrow.
//!   The `k + m` fragments go to distinct active providers whose ask the price meets, drawn
//!   with chain randomness and weighted by free capacity. Orders are renewed by their owner,
//!   or automatically from a prepaid balance; at expiry capacity is freed and unspent escrow
//!   returned.
//! * **PoRA**: assigned providers fetch their fragment, check it against its root and confirm
//!   it; from the next period on, each period they prove `ChallengesPerPeriod` random 1 KiB
//!   chunks drawn over all the bytes they hold ([`zerog_data::pora`]). The proof is a
//!   transaction checked here. When a period ends each proven fragment earns its payment from
//!   escrow; a provider that did not prove (or sent an invalid proof) is slashed through
//!   [`SharedSecurity`], the slash going to this pallet's repair fund. After `MissLimit`
//!   consecutive misses a fragment is reassigned; its new provider rebuilds it from any `k`
//!   others and earns `RepairReward` from the fund with its first proof.
//! * **Deadlines**: an assigned fragment must be confirmed by the end of the
//!   `ConfirmWindow`-th period after the one of its assignment. Unconfirmed then, its provider
//!   is slashed `MissSlash` and the fragment goes to another provider, as a failing one does:
//!   a provider that dies between an assignment and its confirmation cannot keep a fragment
//!   forever.
//! * **Off-chain workers** of provider nodes confirm fetched fragments and build each period's
//!   proof through the node's fragment store ([`zerog_storage_primitives::fragment_store`]),
//!   and publish where their node is on the network (`set_network_identity`), so that nodes
//!   fetch a fragment from the provider holding it rather than asking their peers in turn.
//!
//! Every tunable (period, challenges, miss limit, confirmation window, prices, repair reward,
//! slashes, maximum file size) comes from the runtime's parameters.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod audits;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod draw;
mod market;
pub mod migrations;
#[cfg(test)]
mod mock;
mod obligations;
mod offchain;
mod periods;
mod settlement;
mod sweep;
#[cfg(test)]
mod tests;
pub mod types;
mod view;
pub mod weights;

pub use draw::{DRAW_WINDOW, MAX_DRAW_SCAN, REPAIR_WINDOW};
pub use pallet::*;
pub use types::*;
pub use view::OrderStatus;
pub use weights::WeightInfo;

use frame_support::traits::fungible::Inspect;
use zerog_staking_primitives::Service;
use zerog_storage_primitives::StorageService;

/// The balance type of the currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// Bytes in a GiB, the unit prices are quoted in.
pub const GIB: u64 = 1 << 30;

/// What the benchmarks need from the runtime beyond this pallet.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Makes `who` (funded by the benchmark) an operator of the storage service.
	fn make_operator(who: &AccountId);
	/// Sets the number of chunks proven per period.
	fn set_challenges_per_period(count: u32);
}

/// The sr25519 keys of storage providers (key type
/// [`zerog_storage_primitives::PROVIDER_KEY_TYPE`]), as their off-chain workers use them.
pub mod crypto {
	use sp_runtime::{
		app_crypto::{app_crypto, sr25519},
		MultiSignature, MultiSigner,
	};
	use zerog_storage_primitives::PROVIDER_KEY_TYPE;
	app_crypto!(sr25519, PROVIDER_KEY_TYPE);

	/// Signs storage transactions with a provider's account key.
	pub struct ProviderKey;

	impl frame_system::offchain::AppCrypto<MultiSigner, MultiSignature> for ProviderKey {
		type RuntimeAppPublic = Public;
		type GenericSignature = sr25519::Signature;
		type GenericPublic = sr25519::Public;
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible::Mutate, tokens::Preservation, Randomness},
		weights::WeightMeter,
		PalletId,
	};
	use frame_system::{
		offchain::{AppCrypto, CreateSignedTransaction},
		pallet_prelude::*,
	};
	use sp_runtime::{
		traits::{AccountIdConversion, CheckedSub, Saturating, Zero},
		Perbill,
	};
	use zerog_data::{pora::PoraProof, Hash};
	use zerog_staking_primitives::SharedSecurity;

	/// The in-code storage version: 1 keys `OrdersByRoot` by `Blake2_128Concat` of the
	/// user-chosen root ([`migrations::v1`]); 2 settles periods lazily, provider by provider
	/// ([`migrations::v2`]); 3 keys the maps keyed by account by `Blake2_128Concat` of the
	/// account ([`migrations::v3`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config + CreateSignedTransaction<Call<Self>> {
		/// The native currency: escrow, payments and the repair fund.
		type Currency: Mutate<Self::AccountId>;

		/// Shared staking: who may provide, and the slashing of those who fail.
		type Security: SharedSecurity<Self::AccountId, Balance = BalanceOf<Self>>;

		/// Chain randomness for assignments and challenges (BABE's).
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;

		/// The keys off-chain workers sign proofs and confirmations with.
		type AuthorityId: AppCrypto<Self::Public, Self::Signature>;

		/// The account holding escrow, prepaid balances and the repair fund.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Blocks in a challenge period.
		type ChallengePeriod: Get<BlockNumberFor<Self>>;

		/// Chunks each provider proves per period.
		type ChallengesPerPeriod: Get<u32>;

		/// Consecutive missed periods after which a fragment is reassigned.
		type MissLimit: Get<u32>;

		/// Periods after the one of its assignment in which a provider must confirm an assigned
		/// fragment (at least one); past them it is slashed `MissSlash` and the fragment
		/// reassigned.
		type ConfirmWindow: Get<Period>;

		/// What one GiB of fragment earns per proven period.
		type StoragePrice: Get<BalanceOf<Self>>;

		/// What rebuilding a lost fragment earns, from the repair fund.
		type RepairReward: Get<BalanceOf<Self>>;

		/// Share of a provider's bond slashed for a period it did not prove.
		type MissSlash: Get<Perbill>;

		/// Share of a provider's bond slashed for a proof that does not verify.
		type InvalidProofSlash: Get<Perbill>;

		/// Largest file an order may cover, in bytes.
		type MaxFileSize: Get<u64>;

		/// Most periods bought at once.
		#[pallet::constant]
		type MaxOrderDuration: Get<Period>;

		/// Most `k + m` fragments of a file.
		#[pallet::constant]
		type MaxFragments: Get<u32>;

		/// Most registered providers.
		#[pallet::constant]
		type MaxProviders: Get<u32>;

		/// Most fragments assigned to one provider.
		#[pallet::constant]
		type MaxHoldings: Get<u32>;

		/// Most orders expiring in one period.
		#[pallet::constant]
		type MaxExpiringPerPeriod: Get<u32>;

		/// Most weight the market's hook takes in one block: the period boundary and the sweep
		/// settling what ended periods left (misses, deadlines, expiries, repairs) stop there and
		/// go on in the next block.
		type MaxSweepWeight: Get<Weight>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Makes storage operators and sets tunables for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Registered providers.
	#[pallet::storage]
	pub type Providers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ProviderInfo<T>>;

	/// The providers by slot, `0..ProviderCount` with no gaps: draws start at a random slot
	/// and look at a window of them instead of at every provider.
	#[pallet::storage]
	pub type ProviderSlots<T: Config> = StorageMap<_, Twox64Concat, u32, T::AccountId>;

	/// Number of registered providers.
	#[pallet::storage]
	pub type ProviderCount<T> = StorageValue<_, u32, ValueQuery>;

	/// The id the next order gets.
	#[pallet::storage]
	pub type NextOrderId<T> = StorageValue<_, OrderId, ValueQuery>;

	/// Live orders.
	#[pallet::storage]
	pub type Orders<T: Config> = StorageMap<_, Twox64Concat, OrderId, Order<T>>;

	/// The fragments of live orders.
	#[pallet::storage]
	pub type Fragments<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrderId, Twox64Concat, FragmentIndex, Fragment<T>>;

	/// The live orders of each file. The root is chosen by the uploader, so its key is hashed
	/// (`Blake2_128Concat`): nobody can grind roots into one deep branch of the trie.
	#[pallet::storage]
	pub type OrdersByRoot<T> =
		StorageDoubleMap<_, Blake2_128Concat, Hash, Twox64Concat, OrderId, (), OptionQuery>;

	/// Every fragment assigned to each provider, held or still to fetch.
	#[pallet::storage]
	pub type Assigned<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		(OrderId, FragmentIndex),
		(),
		OptionQuery,
	>;

	/// Each provider's proving set for the current period.
	#[pallet::storage]
	pub type Holdings<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BoundedVec<HeldFragment, T::MaxHoldings>>;

	/// Confirmed fragments by the period they were confirmed in: they join the proving set
	/// from the next period on, moved into `Holdings` when the provider is next settled.
	#[pallet::storage]
	pub type Incoming<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		Period,
		BoundedVec<HeldFragment, T::MaxHoldings>,
	>;

	/// Providers that missed `MissLimit` periods in a row, whose proving sets the sweep is
	/// handing to other providers one fragment at a time.
	#[pallet::storage]
	pub type Evicting<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// Where the period sweep stands.
	#[pallet::storage]
	pub type Sweep<T> = StorageValue<_, SweepState, ValueQuery>;

	/// Assignments not yet confirmed, by the last period they may be confirmed in: when that
	/// period ends, each one still unconfirmed by the same provider is missed. Entries go on
	/// confirmation and when their order ends; the sweep skips the rare one left behind by a
	/// reassignment.
	#[pallet::storage]
	pub type ConfirmDeadlines<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		Period,
		Twox64Concat,
		(OrderId, FragmentIndex),
		T::AccountId,
		OptionQuery,
	>;

	/// Where each provider's node is on the network, as its off-chain worker published it:
	/// nodes fetch the provider's fragments from that peer first.
	#[pallet::storage]
	pub type ProviderIdentities<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, NetworkIdentity>;

	/// The orders expiring when each period starts.
	#[pallet::storage]
	pub type Expiring<T: Config> = StorageMap<
		_,
		Twox64Concat,
		Period,
		BoundedVec<OrderId, T::MaxExpiringPerPeriod>,
		ValueQuery,
	>;

	/// The current challenge period.
	#[pallet::storage]
	pub type CurrentPeriod<T> = StorageValue<_, Period, ValueQuery>;

	/// The randomness the current period's challenges are drawn from.
	#[pallet::storage]
	pub type PeriodSeed<T> = StorageValue<_, [u8; 32], ValueQuery>;

	/// Balances owners prepaid for automatic renewals.
	#[pallet::storage]
	pub type Prepaid<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BalanceOf<T>, ValueQuery>;

	/// Slashed funds kept for repair rewards.
	#[pallet::storage]
	pub type RepairFund<T> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Slashes shared staking refused since genesis (each also an event `SlashFailed`): a
	/// provider that is no longer an operator of the storage service escapes its slash, which
	/// the staking side's obligations are there to prevent, so any count here is a fault to
	/// look into.
	#[pallet::storage]
	pub type SlashFailures<T> = StorageValue<_, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A provider registered.
		ProviderRegistered { provider: T::AccountId, capacity: u64, ask: BalanceOf<T> },
		/// A provider changed its capacity or ask.
		ProviderUpdated { provider: T::AccountId, capacity: u64, ask: BalanceOf<T> },
		/// A provider became active or idle.
		ProviderStatusChanged { provider: T::AccountId, status: ProviderStatus },
		/// A provider left.
		ProviderLeft { provider: T::AccountId },
		/// A provider published where its node is on the network.
		NetworkIdentitySet { provider: T::AccountId, identity: NetworkIdentity },
		/// An order was placed and its escrow taken.
		OrderPlaced {
			order: OrderId,
			owner: T::AccountId,
			data_root: Hash,
			size: u64,
			escrow: BalanceOf<T>,
			end: Period,
		},
		/// A fragment was assigned to a provider.
		FragmentAssigned { order: OrderId, index: FragmentIndex, provider: T::AccountId },
		/// A provider confirmed it holds a fragment.
		FragmentStored { order: OrderId, index: FragmentIndex, provider: T::AccountId },
		/// A provider proved its holdings for a period.
		ProofAccepted { provider: T::AccountId, period: Period },
		/// A provider's proof did not verify; it was slashed.
		ProofRejected { provider: T::AccountId, period: Period, slashed: BalanceOf<T> },
		/// A provider did not prove a period; it was slashed.
		ProofMissed { provider: T::AccountId, period: Period, slashed: BalanceOf<T> },
		/// A proven period's payment for a fragment.
		FragmentPaid {
			order: OrderId,
			index: FragmentIndex,
			provider: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// A provider did not confirm an assigned fragment in time; it was slashed.
		ConfirmationMissed {
			order: OrderId,
			index: FragmentIndex,
			provider: T::AccountId,
			slashed: BalanceOf<T>,
		},
		/// A fragment missed too often and went to another provider to rebuild.
		FragmentReassigned {
			order: OrderId,
			index: FragmentIndex,
			from: T::AccountId,
			to: T::AccountId,
		},
		/// No other provider could take a failing fragment; it stays where it is for now.
		RepairPostponed { order: OrderId, index: FragmentIndex },
		/// A rebuilt fragment was proven; its provider earned the repair reward.
		RepairRewarded {
			order: OrderId,
			index: FragmentIndex,
			provider: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// An order was extended.
		OrderRenewed { order: OrderId, end: Period, cost: BalanceOf<T>, automatic: bool },
		/// An order's automatic renewal was switched.
		AutoRenewSet { order: OrderId, enabled: bool },
		/// An order ended; its unspent escrow went back to its owner.
		OrderExpired { order: OrderId, refund: BalanceOf<T> },
		/// An owner prepaid for renewals.
		Prepaid { owner: T::AccountId, amount: BalanceOf<T> },
		/// An owner took back prepaid funds.
		PrepaidWithdrawn { owner: T::AccountId, amount: BalanceOf<T> },
		/// A challenge period started.
		PeriodStarted { period: Period },
		/// An auditor reported a chunk of a proven fragment unavailable and nobody published
		/// it in time: the provider was slashed as for a missed proof.
		ChunkUnavailable {
			order: OrderId,
			index: FragmentIndex,
			provider: T::AccountId,
			slashed: BalanceOf<T>,
		},
		/// Shared staking refused to slash a provider for an offence; nothing was taken.
		SlashFailed {
			provider: T::AccountId,
			offence: zerog_storage_primitives::StorageOffence,
			error: zerog_staking_primitives::SlashError,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not an operator of the storage service with enough stake.
		NotStaked,
		/// The account is already a provider.
		AlreadyProvider,
		/// The account is not a provider.
		NotProvider,
		/// No more providers can register.
		TooManyProviders,
		/// Capacity would be below what is already assigned.
		CapacityBelowUsed,
		/// The provider still has fragments assigned.
		StillAssigned,
		/// The file is empty.
		EmptyFile,
		/// The file exceeds the maximum file size.
		FileTooLarge,
		/// `k` and `m` must each be at least one and `k + m` at most `MaxFragments`.
		InvalidCode,
		/// The number of fragment roots is not `k + m`.
		WrongFragmentCount,
		/// Duration must be between one period and `MaxOrderDuration`.
		InvalidDuration,
		/// Fewer active providers with room and an acceptable ask than fragments.
		NotEnoughProviders,
		/// The account cannot pay.
		InsufficientBalance,
		/// No such order.
		UnknownOrder,
		/// Only the order's owner may do this.
		NotOwner,
		/// Too many orders already expire in that period.
		ExpiryQueueFull,
		/// The fragment is not assigned to the sender.
		NotAssigned,
		/// The fragment was already confirmed.
		AlreadyStored,
		/// The proof is for another period than the current one.
		WrongPeriod,
		/// The provider already proved this period.
		AlreadyProved,
		/// The provider holds nothing to prove this period.
		NothingToProve,
		/// More than the prepaid balance was asked for.
		PrepaidTooLow,
		/// An amount overflowed.
		Overflow,
		/// A network identity must name a peer.
		EmptyPeerId,
		/// The order's paid periods are over; the sweep is releasing its fragments.
		OrderEnded,
	}

	/// Genesis: makes sure the pallet's account exists, so escrow can flow in from the first
	/// order (a chain spec may fund it; otherwise the existential deposit is minted).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		#[serde(skip)]
		_config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			use frame_support::traits::fungible::Inspect;
			let account = Pallet::<T>::account_id();
			let minimum = T::Currency::minimum_balance();
			if T::Currency::balance(&account) < minimum {
				let _ = T::Currency::mint_into(&account, minimum);
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let fixed = match Self::period_starting_at(now) {
				Some(period) => Self::start_period(period),
				None => T::WeightInfo::sweep_idle(),
			};
			let mut meter = WeightMeter::with_limit(T::MaxSweepWeight::get().saturating_sub(fixed));
			Self::sweep(&mut meter);
			fixed.saturating_add(meter.consumed())
		}

		fn offchain_worker(now: BlockNumberFor<T>) {
			Self::run_offchain_worker(now);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers the sender as a provider offering `capacity` bytes at `ask` per GiB per
		/// period. The sender must operate the storage service in shared staking.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_provider())]
		pub fn register_provider(
			origin: OriginFor<T>,
			capacity: u64,
			ask: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!Providers::<T>::contains_key(&who), Error::<T>::AlreadyProvider);
			ensure!(Self::is_staked(&who), Error::<T>::NotStaked);
			let count = ProviderCount::<T>::get();
			ensure!(count < T::MaxProviders::get(), Error::<T>::TooManyProviders);
			// Nothing before the current period is the newcomer's to settle.
			let unsettled = CurrentPeriod::<T>::get();
			Providers::<T>::insert(
				&who,
				ProviderInfo {
					capacity,
					used: 0,
					fragments: 0,
					ask,
					status: ProviderStatus::Active,
					slot: count,
					proofs: ProofRecord { unsettled, ..Default::default() },
				},
			);
			ProviderSlots::<T>::insert(count, &who);
			ProviderCount::<T>::put(count.saturating_add(1));
			Self::deposit_event(Event::ProviderRegistered { provider: who, capacity, ask });
			Ok(())
		}

		/// Changes the sender's capacity (not below what is assigned) and ask.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_provider())]
		pub fn update_provider(
			origin: OriginFor<T>,
			capacity: u64,
			ask: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Providers::<T>::try_mutate(&who, |info| {
				let info = info.as_mut().ok_or(Error::<T>::NotProvider)?;
				ensure!(capacity >= info.used, Error::<T>::CapacityBelowUsed);
				info.capacity = capacity;
				info.ask = ask;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::ProviderUpdated { provider: who, capacity, ask });
			Ok(())
		}

		/// Makes the sender active (drawn for new fragments) or idle (keeps what it holds).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_provider_status())]
		pub fn set_provider_status(origin: OriginFor<T>, status: ProviderStatus) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Providers::<T>::try_mutate(&who, |info| {
				info.as_mut().ok_or(Error::<T>::NotProvider)?.status = status;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::ProviderStatusChanged { provider: who, status });
			Ok(())
		}

		/// Deregisters the sender, which must have no fragment assigned.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::deregister_provider())]
		pub fn deregister_provider(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let info = Providers::<T>::get(&who).ok_or(Error::<T>::NotProvider)?;
			ensure!(info.fragments == 0, Error::<T>::StillAssigned);
			Providers::<T>::remove(&who);
			Self::free_slot(info.slot);
			Holdings::<T>::remove(&who);
			let _ = Incoming::<T>::clear_prefix(&who, u32::MAX, None);
			Evicting::<T>::remove(&who);
			ProviderIdentities::<T>::remove(&who);
			Self::deposit_event(Event::ProviderLeft { provider: who });
			Ok(())
		}

		/// Orders a file kept for `duration` periods: `data_root` is its BLAKE3 hash, `size`
		/// its length, `data_shards`/`parity_shards` its code and `fragment_roots` the root of
		/// each of its `k + m` fragments. The price for every fragment and period is taken
		/// into escrow and the fragments are assigned.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::place_order(
			T::MaxFragments::get(),
			Pallet::<T>::draw_scan_bound()
		))]
		pub fn place_order(
			origin: OriginFor<T>,
			data_root: Hash,
			size: u64,
			data_shards: u8,
			parity_shards: u8,
			fragment_roots: BoundedVec<Hash, T::MaxFragments>,
			duration: Period,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let order = Self::do_place_order(
				who,
				data_root,
				size,
				(data_shards, parity_shards),
				fragment_roots.into_inner(),
				duration,
			)?;
			let fragments = Self::fragment_count(&order);
			Ok(Some(T::WeightInfo::place_order(fragments, Self::draw_scan_bound())).into())
		}

		/// Confirms that the sender fetched, checked and keeps these assigned fragments. They
		/// are proven from the next period on.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::confirm_fragments(fragments.len() as u32))]
		pub fn confirm_fragments(
			origin: OriginFor<T>,
			fragments: BoundedVec<(OrderId, FragmentIndex), T::MaxFragments>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_confirm(&who, &fragments)?;
			Ok(Pays::No.into())
		}

		/// The sender's proof of this period's challenges. A valid first proof is free; an
		/// invalid one slashes the sender.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::submit_proof(
			T::ChallengesPerPeriod::get(),
			T::MaxHoldings::get(),
			Pallet::<T>::proof_depth(T::MaxFileSize::get()),
		).saturating_add(T::WeightInfo::settle_provider(T::MaxHoldings::get())))]
		pub fn submit_proof(
			origin: OriginFor<T>,
			period: Period,
			proof: PoraProof,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_submit_proof(who, period, &proof)
		}

		/// Extends an order by `periods`, paying for them now.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::renew_order())]
		pub fn renew_order(
			origin: OriginFor<T>,
			order: OrderId,
			periods: Period,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let info = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
			ensure!(info.owner == who, Error::<T>::NotOwner);
			ensure!(info.end > CurrentPeriod::<T>::get(), Error::<T>::OrderEnded);
			Self::extend_order(order, info, periods, false)
		}

		/// Switches renewing `order` automatically from the owner's prepaid balance.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_auto_renew())]
		pub fn set_auto_renew(
			origin: OriginFor<T>,
			order: OrderId,
			enabled: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Orders::<T>::try_mutate(order, |info| {
				let info = info.as_mut().ok_or(Error::<T>::UnknownOrder)?;
				ensure!(info.owner == who, Error::<T>::NotOwner);
				ensure!(info.end > CurrentPeriod::<T>::get(), Error::<T>::OrderEnded);
				info.auto_renew = enabled;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::AutoRenewSet { order, enabled });
			Ok(())
		}

		/// Adds `amount` to the sender's prepaid balance for automatic renewals.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::prepay())]
		pub fn prepay(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::take_payment(&who, amount)?;
			Prepaid::<T>::mutate(&who, |balance| balance.saturating_accrue(amount));
			Self::deposit_event(Event::Prepaid { owner: who, amount });
			Ok(())
		}

		/// Takes `amount` back from the sender's prepaid balance.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::withdraw_prepaid())]
		pub fn withdraw_prepaid(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Prepaid::<T>::try_mutate_exists(&who, |balance| {
				let left = balance
					.unwrap_or_default()
					.checked_sub(&amount)
					.ok_or(Error::<T>::PrepaidTooLow)?;
				*balance = (!left.is_zero()).then_some(left);
				Ok::<_, DispatchError>(())
			})?;
			Self::pay_out(&who, amount)?;
			Self::deposit_event(Event::PrepaidWithdrawn { owner: who, amount });
			Ok(())
		}

		/// Publishes where the sender's node is on the network: its peer id and, optionally,
		/// addresses. Nodes then fetch the sender's fragments from that peer before asking
		/// others. A provider node's off-chain worker publishes its own identity once the
		/// provider is registered, and again whenever it changes.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_network_identity())]
		pub fn set_network_identity(
			origin: OriginFor<T>,
			identity: NetworkIdentity,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(Providers::<T>::contains_key(&who), Error::<T>::NotProvider);
			ensure!(!identity.peer_id.is_empty(), Error::<T>::EmptyPeerId);
			ProviderIdentities::<T>::insert(&who, &identity);
			Self::deposit_event(Event::NetworkIdentitySet { provider: who, identity });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The account holding escrow, prepaid balances and the repair fund.
		pub fn account_id() -> T::AccountId {
			T::PalletId::get().into_account_truncating()
		}

		/// Depth of the BLAKE3 tree of a fragment of `len` bytes: what a chunk's proof path
		/// costs to check.
		pub fn proof_depth(len: u64) -> u32 {
			let chunks = len.div_ceil(zerog_data::CHUNK_LEN).max(1);
			u64::BITS - (chunks - 1).leading_zeros()
		}

		/// Whether `who` may provide: it operates the storage service with enough stake.
		pub(crate) fn is_staked(who: &T::AccountId) -> bool {
			T::Security::stake_of(StorageService::ID, who).is_some()
		}

		/// Moves `amount` from `who` into the pallet's account.
		pub(crate) fn take_payment(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
			T::Currency::transfer(who, &Self::account_id(), amount, Preservation::Preserve)
				.map(|_| ())
				.map_err(|_| Error::<T>::InsufficientBalance.into())
		}

		/// Moves `amount` from the pallet's account to `who`.
		pub(crate) fn pay_out(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
			if amount.is_zero() {
				return Ok(());
			}
			T::Currency::transfer(&Self::account_id(), who, amount, Preservation::Preserve)
				.map(|_| ())
		}

		/// The balance the pallet's account must hold: escrow, prepaid balances, repair fund.
		pub fn obligations() -> BalanceOf<T> {
			let escrow = Orders::<T>::iter_values()
				.fold(BalanceOf::<T>::zero(), |sum, order| sum.saturating_add(order.escrow));
			let prepaid = Prepaid::<T>::iter_values()
				.fold(BalanceOf::<T>::zero(), |sum, balance| sum.saturating_add(balance));
			escrow.saturating_add(prepaid).saturating_add(RepairFund::<T>::get())
		}

		#[cfg(any(feature = "try-runtime", test))]
		pub(crate) fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			use alloc::vec::Vec;
			use frame_support::traits::{fungible::Inspect, tokens::Fortitude};
			let held = T::Currency::reducible_balance(
				&Self::account_id(),
				Preservation::Preserve,
				Fortitude::Polite,
			);
			ensure!(held >= Self::obligations(), "pallet account holds less than it owes");
			ensure!(
				ProviderCount::<T>::get() as usize == Providers::<T>::iter_keys().count(),
				"provider count disagrees with providers"
			);
			let current = CurrentPeriod::<T>::get();
			let swept = Sweep::<T>::get().next_deadlines;
			let deadlines: alloc::collections::BTreeSet<_> = ConfirmDeadlines::<T>::iter()
				.filter(|(period, _, _)| *period >= swept)
				.map(|(_, (order, index), provider)| (order, index, provider))
				.collect();
			ensure!(
				ProviderSlots::<T>::iter_keys().count() == ProviderCount::<T>::get() as usize,
				"provider slots disagree with the provider count"
			);
			for (provider, info) in Providers::<T>::iter() {
				ensure!(
					ProviderSlots::<T>::get(info.slot).as_ref() == Some(&provider),
					"provider not in its slot"
				);
				let assigned: Vec<_> = Assigned::<T>::iter_key_prefix(&provider).collect();
				ensure!(assigned.len() as u32 == info.fragments, "fragment count disagrees");
				let mut used = 0u64;
				for (order, index) in assigned {
					let fragment =
						Fragments::<T>::get(order, index).ok_or("assigned fragment missing")?;
					ensure!(fragment.provider == provider, "fragment assigned elsewhere");
					ensure!(
						fragment.state == FragmentState::Stored
							|| deadlines.contains(&(order, index, provider.clone())),
						"unconfirmed fragment without a deadline"
					);
					let layout = Orders::<T>::get(order).ok_or("order missing")?.layout;
					used = used.saturating_add(layout.fragment_len());
				}
				ensure!(used == info.used, "used bytes disagree with assignments");
				ensure!(info.used <= info.capacity, "provider over capacity");
			}
			for (order, info) in Orders::<T>::iter() {
				// An ended order loses its fragments one sweep step at a time.
				ensure!(
					info.end <= current
						|| Fragments::<T>::iter_prefix(order).count() == info.layout.fragments(),
					"order lacks fragments"
				);
				ensure!(
					OrdersByRoot::<T>::contains_key(info.data_root, order),
					"order not indexed by root"
				);
				ensure!(
					Expiring::<T>::get(info.end).contains(&order),
					"order not queued to expire"
				);
			}
			Ok(())
		}
	}
}
