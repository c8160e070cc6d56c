//! # Shared staking
//!
//! zerog's staking: one bond secures the chain and every service its owner opts into.
//!
//! - **Bonding** (no controller: the stash signs everything): [`Pallet::bond`],
//!   [`Pallet::bond_extra`], [`Pallet::unbond`] (funds unlock after `BondingDuration` eras),
//!   [`Pallet::withdraw_unbonded`], [`Pallet::rebond`]. Bonded funds are held under
//!   [`HoldReason::Staking`], so the ledger and the balance can be checked against each other.
//! - **Roles**: [`Pallet::validate`] with a commission, [`Pallet::nominate`] up to
//!   `MaxNominations` validators, [`Pallet::chill`].
//! - **Eras** of `SessionsPerEra` sessions. When an era is planned, sequential Phragmén
//!   (`sp-npos-elections`) elects `ValidatorCount` validators by backing; pallet-session takes
//!   them through this pallet's `SessionManager`. An election that would give fewer than
//!   `MinimumValidatorCount` validators keeps the current set instead: the set is never empty.
//! - **Rewards**: each era mints `AnnualInflation` of the issuance, pro rata to the era's
//!   length, shared among validators by era points (block authorship); a validator keeps its
//!   commission, and the rest goes to it and its nominators by stake. Anyone may pay a
//!   validator's era out with [`Pallet::payout_stakers`], one page of nominators per call.
//! - **Slashing**: equivocations reported through pallet-offences slash the offender's own
//!   stake and its nominators' exposure in the offence era, once per era at the highest fraction
//!   reported; the slash is applied `SlashDeferDuration` eras later unless `SlashCancelOrigin`
//!   cancels it ([`Pallet::cancel_deferred_slash`]). Slashed funds go to `Slash` (the runtime
//!   sends them to the treasury account).
//! - **Shared security**: a registry of services (this chain, storage, DA, alignment, and
//!   further chains added with [`Pallet::register_chain`]). A bonded account opts into any of
//!   them ([`Pallet::opt_in`]); each declares a minimum stake and the largest fraction one of its
//!   offences may slash. Other pallets reach this through
//!   [`zerog_staking_primitives::SharedSecurity`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod election;
pub mod migrations;
mod rewards;
mod services;
mod session;
mod slashing;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::traits::fungible;
use zerog_staking_primitives::ServiceId;

/// A balance of the staked currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// Funds slashed or minted, on their way somewhere.
pub type CreditOf<T> =
	fungible::Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;
/// A page of a validator's nominators.
pub type Page = u32;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			tokens::Precision,
			OnUnbalanced, UnixTime,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::Zero, Perbill, SaturatedConversion, Saturating};
	use sp_staking::{EraIndex, SessionIndex};
	use zerog_staking_primitives::{ServiceDeclaration, ServiceObligations, CHAIN_SERVICE};

	/// The in-code storage version: 1 keys every map keyed by account by `Blake2_128Concat` of
	/// the account ([`migrations::v1`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why funds are held.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Bonded for staking.
		#[codec(index = 0)]
		Staking,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The staked currency.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::BalancedHold<Self::AccountId>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// The time, for the length of eras.
		type UnixTime: UnixTime;

		/// Converts balances to the `u64` votes of the election and back.
		type CurrencyToVote: sp_staking::currency_to_vote::CurrencyToVote<BalanceOf<Self>>;

		/// Where slashed funds go.
		type Slash: OnUnbalanced<CreditOf<Self>>;

		/// Changes the validator count, the invulnerables and the service registry.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// May cancel a deferred slash.
		type SlashCancelOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Sessions per era.
		type SessionsPerEra: Get<SessionIndex>;

		/// Eras unbonded funds stay slashable before they can be withdrawn.
		type BondingDuration: Get<EraIndex>;

		/// Eras between an offence's era and the application of its slash (0: at once).
		type SlashDeferDuration: Get<EraIndex>;

		/// The least active bond of a validator.
		type MinValidatorBond: Get<BalanceOf<Self>>;

		/// The least active bond of a nominator.
		type MinNominatorBond: Get<BalanceOf<Self>>;

		/// An election giving fewer validators than this keeps the current set.
		type MinimumValidatorCount: Get<u32>;

		/// The share of the issuance minted as rewards per year.
		type AnnualInflation: Get<Perbill>;

		/// Eras whose exposures, points and rewards are kept (and may be paid out).
		#[pallet::constant]
		type HistoryDepth: Get<u32>;

		/// The largest validator set.
		#[pallet::constant]
		type MaxValidatorCount: Get<u32>;

		/// The most validators one nominator may back.
		#[pallet::constant]
		type MaxNominations: Get<u32>;

		/// The most unlocking chunks a ledger may hold.
		#[pallet::constant]
		type MaxUnlockingChunks: Get<u32>;

		/// Nominators per exposure page (paid per `payout_stakers` call).
		#[pallet::constant]
		type MaxExposurePageSize: Get<u32>;

		/// The most pages a validator's exposure may have; nominators beyond are not exposed.
		#[pallet::constant]
		type MaxExposurePages: Get<u32>;

		/// The most voters (validators and nominators) one election reads.
		#[pallet::constant]
		type MaxElectingVoters: Get<u32>;

		/// The most nominators one slash reaches (`MaxExposurePageSize × MaxExposurePages`).
		#[pallet::constant]
		type MaxNominatorsSlashed: Get<u32>;

		/// The most slashes waiting for one era.
		#[pallet::constant]
		type MaxUnappliedSlashes: Get<u32>;

		/// The longest service name.
		#[pallet::constant]
		type MaxServiceNameLen: Get<u32>;

		/// The most services one account may secure.
		#[pallet::constant]
		type MaxServicesPerOperator: Get<u32>;

		/// The most invulnerable validators.
		#[pallet::constant]
		type MaxInvulnerables: Get<u32>;

		/// The protocol services registered at genesis beside this chain's own, each declared
		/// by the pallet that offers it ([`zerog_staking_primitives::Service`]).
		type ProtocolServices: Get<Vec<ServiceDeclaration>>;

		/// What the services say when an operator wants to leave one: asked before `opt_out`
		/// and before an `unbond` of the whole active bond, so that no operator escapes a
		/// slash its service may still owe it.
		type Obligations: ServiceObligations<Self::AccountId>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Each stash's bond.
	#[pallet::storage]
	pub type Ledger<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, StakingLedger<T>>;

	/// Where each stash's rewards go.
	#[pallet::storage]
	pub type Payee<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, RewardDestination>;

	/// Stashes that want to validate, with their preferences.
	#[pallet::storage]
	pub type Validators<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, ValidatorPrefs>;

	/// Stashes that nominate, with their targets.
	#[pallet::storage]
	pub type Nominators<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, Nominations<T>>;

	/// How many validators each election elects.
	#[pallet::storage]
	pub type ValidatorCount<T> = StorageValue<_, u32, ValueQuery>;

	/// Validators that consensus offences do not slash.
	#[pallet::storage]
	pub type Invulnerables<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxInvulnerables>, ValueQuery>;

	/// The latest planned era (elected, possibly not active yet).
	#[pallet::storage]
	pub type CurrentEra<T> = StorageValue<_, EraIndex>;

	/// The era whose validators are producing blocks.
	#[pallet::storage]
	pub type ActiveEra<T> = StorageValue<_, ActiveEraInfo>;

	/// The session each kept era starts with.
	#[pallet::storage]
	pub type ErasStartSessionIndex<T> = StorageMap<_, Twox64Concat, EraIndex, SessionIndex>;

	/// Each elected validator's backing in an era.
	#[pallet::storage]
	pub type ErasStakersOverview<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		EraIndex,
		Blake2_128Concat,
		T::AccountId,
		ExposureOverview<BalanceOf<T>>,
	>;

	/// The pages of each elected validator's nominators in an era.
	#[pallet::storage]
	pub type ErasStakersPaged<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, EraIndex>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, Page>,
		),
		ExposurePage<T>,
	>;

	/// Each elected validator's preferences as they were when elected.
	#[pallet::storage]
	pub type ErasValidatorPrefs<T: Config> =
		StorageDoubleMap<_, Twox64Concat, EraIndex, Blake2_128Concat, T::AccountId, ValidatorPrefs>;

	/// The elected validators' total backing in an era.
	#[pallet::storage]
	pub type ErasTotalStake<T: Config> = StorageMap<_, Twox64Concat, EraIndex, BalanceOf<T>>;

	/// What an ended era pays its validators and nominators.
	#[pallet::storage]
	pub type ErasValidatorReward<T: Config> = StorageMap<_, Twox64Concat, EraIndex, BalanceOf<T>>;

	/// Points earned in an era.
	#[pallet::storage]
	pub type ErasRewardPoints<T: Config> =
		StorageMap<_, Twox64Concat, EraIndex, EraRewardPoints<T>, ValueQuery>;

	/// The pages of a validator's era already paid.
	#[pallet::storage]
	pub type ClaimedRewards<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		EraIndex,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<Page, T::MaxExposurePages>,
		ValueQuery,
	>;

	/// Slashes to apply when an era starts.
	#[pallet::storage]
	pub type UnappliedSlashes<T: Config> = StorageMap<
		_,
		Twox64Concat,
		EraIndex,
		BoundedVec<UnappliedSlash<T>, T::MaxUnappliedSlashes>,
		ValueQuery,
	>;

	/// The largest fraction an offender has been slashed for offences in an era, so that
	/// reports of the same era slash once, at the highest fraction.
	#[pallet::storage]
	pub type SlashedInEra<T: Config> =
		StorageDoubleMap<_, Twox64Concat, EraIndex, Blake2_128Concat, T::AccountId, Perbill>;

	/// The service registry.
	#[pallet::storage]
	pub type Services<T: Config> = StorageMap<_, Twox64Concat, ServiceId, ServiceInfo<T>>;

	/// The id the next registered service gets.
	#[pallet::storage]
	pub type NextServiceId<T> = StorageValue<_, ServiceId, ValueQuery>;

	/// The services each account has opted into.
	#[pallet::storage]
	pub type OptedIn<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<ServiceId, T::MaxServicesPerOperator>,
		ValueQuery,
	>;

	/// Operators of each service.
	#[pallet::storage]
	pub type Operators<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ServiceId, Blake2_128Concat, T::AccountId, ()>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Validators elected per era.
		pub validator_count: u32,
		/// Validators that consensus offences do not slash.
		pub invulnerables: Vec<T::AccountId>,
		/// Bonds from genesis as `(stash, controller, value, status)`: the format of
		/// pallet-staking, which zombienet writes. There are no controllers here: the second
		/// account must be the stash.
		pub stakers: Vec<(T::AccountId, T::AccountId, BalanceOf<T>, StakerStatus<T::AccountId>)>,
		/// Minimum stake and largest slash of the built-in services, overriding their defaults
		/// (no minimum, 10% slash for the protocol services; the chain's minimum is
		/// `MinValidatorBond` and its slashes are not capped).
		pub service_params: Vec<(ServiceId, BalanceOf<T>, Perbill)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			ValidatorCount::<T>::put(self.validator_count);
			Invulnerables::<T>::put(
				BoundedVec::try_from(self.invulnerables.clone())
					.expect("genesis invulnerables exceed MaxInvulnerables"),
			);
			Pallet::<T>::register_genesis_services();
			for (service, min_stake, max_slash) in &self.service_params {
				Services::<T>::mutate(service, |info| {
					let info = info.as_mut().expect("genesis service_params names a known service");
					info.min_stake = *min_stake;
					info.max_slash = *max_slash;
				});
			}
			for (stash, controller, value, status) in &self.stakers {
				assert!(stash == controller, "zerog staking has no controllers: use the stash");
				Pallet::<T>::do_bond(stash, *value, RewardDestination::Staked)
					.expect("genesis staker can bond");
				match status {
					StakerStatus::Idle => {},
					StakerStatus::Validator => {
						Pallet::<T>::do_validate(stash, ValidatorPrefs::default())
							.expect("genesis validator can validate");
						Pallet::<T>::do_opt_in(stash, CHAIN_SERVICE)
							.expect("genesis validator can secure the chain");
					},
					StakerStatus::Nominator(targets) => {
						Pallet::<T>::do_nominate(stash, targets.clone())
							.expect("genesis nominator can nominate");
					},
				}
			}
			ActiveEra::<T>::put(ActiveEraInfo { index: 0, start: None });
			CurrentEra::<T>::put(0);
			ErasStartSessionIndex::<T>::insert(0, 0);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A stash bonded funds (first bond or extra).
		Bonded { stash: T::AccountId, amount: BalanceOf<T> },
		/// A stash started unbonding funds, withdrawable from `era`.
		Unbonded { stash: T::AccountId, amount: BalanceOf<T>, era: EraIndex },
		/// A stash withdrew unlocked funds.
		Withdrawn { stash: T::AccountId, amount: BalanceOf<T> },
		/// A stash moved unlocking funds back into its bond.
		Rebonded { stash: T::AccountId, amount: BalanceOf<T> },
		/// A stash's bond is gone entirely.
		StashRemoved { stash: T::AccountId },
		/// A stash set where its rewards go.
		PayeeSet { stash: T::AccountId, payee: RewardDestination },
		/// A stash wants to validate.
		ValidatorPrefsSet { stash: T::AccountId, prefs: ValidatorPrefs },
		/// A stash nominates.
		Nominated { stash: T::AccountId, targets: Vec<T::AccountId> },
		/// A stash stopped validating and nominating.
		Chilled { stash: T::AccountId },
		/// An era was planned: its validators are elected.
		EraPlanned { era: EraIndex, validators: u32, total_stake: BalanceOf<T> },
		/// An election gave too few validators: the current set stays.
		ElectionFailed { era: EraIndex, elected: u32 },
		/// An era started.
		EraStarted { era: EraIndex },
		/// An era ended, paying `validator_payout` to be claimed.
		EraPaid { era: EraIndex, validator_payout: BalanceOf<T> },
		/// A reward was paid.
		Rewarded { stash: T::AccountId, dest: RewardDestination, amount: BalanceOf<T> },
		/// A page of a validator's era was paid out.
		PayoutStarted { era: EraIndex, validator: T::AccountId, page: Page },
		/// A slash was reported and will apply when `apply_era` starts.
		SlashReported {
			validator: T::AccountId,
			fraction: Perbill,
			offence_era: EraIndex,
			apply_era: EraIndex,
		},
		/// Governance cancelled deferred slashes.
		SlashCancelled { apply_era: EraIndex, validator: T::AccountId },
		/// A stash lost funds to a slash.
		Slashed { staker: T::AccountId, amount: BalanceOf<T> },
		/// The validator count changed.
		ValidatorCountSet { count: u32 },
		/// The invulnerables changed.
		InvulnerablesSet { invulnerables: Vec<T::AccountId> },
		/// A chain was registered as a service.
		ChainRegistered { service: ServiceId, genesis_hash: [u8; 32] },
		/// A service's minimum stake or slash cap changed.
		ServiceParamsSet { service: ServiceId, min_stake: BalanceOf<T>, max_slash: Perbill },
		/// A stash became an operator of a service.
		OptedIn { stash: T::AccountId, service: ServiceId },
		/// A stash stopped operating a service.
		OptedOut { stash: T::AccountId, service: ServiceId },
		/// A service slashed one of its operators.
		ServiceSlashed {
			service: ServiceId,
			operator: T::AccountId,
			offence: zerog_staking_primitives::OffenceCode,
			amount: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The stash has bonded already.
		AlreadyBonded,
		/// The account has no bond.
		NotStash,
		/// The bond would be below the existential deposit, or zero.
		InsufficientBond,
		/// Validating needs at least `MinValidatorBond` active.
		BelowMinValidatorBond,
		/// Nominating needs at least `MinNominatorBond` active.
		BelowMinNominatorBond,
		/// The bond would fall below the minimum stake of a service the stash operates.
		BelowServiceMinimum,
		/// Too many unlocking chunks: withdraw or rebond first.
		NoMoreChunks,
		/// Nothing is unlocking.
		NoUnlockChunk,
		/// No targets, a repeated target, or more than `MaxNominations`.
		BadTarget,
		/// A target does not validate.
		NotAValidator,
		/// The era is not kept any more, or not ended yet.
		InvalidEraToReward,
		/// The page does not exist in the validator's exposure.
		InvalidPage,
		/// The page was paid already.
		AlreadyClaimed,
		/// The validator was not elected in that era.
		NotElected,
		/// The validator count exceeds `MaxValidatorCount`.
		TooManyValidators,
		/// Too many invulnerables.
		TooManyInvulnerables,
		/// No slash of that validator waits for that era.
		SlashNotFound,
		/// No service has this id.
		UnknownService,
		/// The service's name is too long.
		NameTooLong,
		/// A chain with this genesis hash is registered already.
		ChainAlreadyRegistered,
		/// The stash operates the service already.
		AlreadyOperator,
		/// The stash does not operate the service.
		NotOperator,
		/// The stash operates `MaxServicesPerOperator` services already.
		TooManyServices,
		/// The stash's active bond is below the service's minimum stake.
		BelowServiceMinStake,
		/// This chain's own service follows `validate`/`chill`, not opt-in/opt-out.
		ChainServiceFollowsValidation,
		/// The service still has the operator's data to keep and prove (storage fragments, DA
		/// lines): it may leave once they are reassigned or their orders end.
		ServiceHoldsOperatorData,
		/// The operator has a duty in progress in the service (a challenge, a vote).
		ServiceDutyPending,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Accounts for [`Self::on_finalize`]: one read of `ActiveEra`, and its write in the
		/// block that starts an era.
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			match ActiveEra::<T>::get() {
				Some(ActiveEraInfo { start: None, .. }) => T::DbWeight::get().reads_writes(1, 1),
				_ => T::DbWeight::get().reads(1),
			}
		}

		/// Stamps the active era with this block's time if it just started (the timestamp
		/// inherent has run by now); writes nothing in any other block.
		fn on_finalize(_: BlockNumberFor<T>) {
			if let Some(mut info) = ActiveEra::<T>::get() {
				if info.start.is_none() {
					info.start = Some(T::UnixTime::now().as_millis().saturated_into());
					ActiveEra::<T>::put(info);
				}
			}
		}

		fn integrity_test() {
			assert!(T::MaxValidatorCount::get() > 0, "MaxValidatorCount must be positive");
			assert!(T::MaxExposurePageSize::get() > 0, "MaxExposurePageSize must be positive");
			assert!(T::MaxExposurePages::get() > 0, "MaxExposurePages must be positive");
			assert!(
				T::MaxNominatorsSlashed::get()
					>= T::MaxExposurePageSize::get().saturating_mul(T::MaxExposurePages::get()),
				"a slash must reach every exposed nominator"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Bonds `value` of the caller's free balance; the caller becomes a stash.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(
			origin: OriginFor<T>,
			#[pallet::compact] value: BalanceOf<T>,
			payee: RewardDestination,
		) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			Self::do_bond(&stash, value, payee)
		}

		/// Adds up to `max_additional` of free balance to the caller's bond.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::bond_extra())]
		pub fn bond_extra(
			origin: OriginFor<T>,
			#[pallet::compact] max_additional: BalanceOf<T>,
		) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			let mut ledger = Ledger::<T>::get(&stash).ok_or(Error::<T>::NotStash)?;
			let available = T::Currency::reducible_balance(
				&stash,
				frame_support::traits::tokens::Preservation::Preserve,
				frame_support::traits::tokens::Fortitude::Polite,
			);
			let extra = max_additional.min(available);
			ensure!(!extra.is_zero(), Error::<T>::InsufficientBond);
			T::Currency::hold(&HoldReason::Staking.into(), &stash, extra)?;
			ledger.total = ledger.total.saturating_add(extra);
			ledger.active = ledger.active.saturating_add(extra);
			Ledger::<T>::insert(&stash, ledger);
			Self::deposit_event(Event::Bonded { stash, amount: extra });
			Ok(())
		}

		/// Starts unbonding `value` of the active bond; it stays slashable and is withdrawable
		/// after `BondingDuration` eras. Unbonding everything stops validating and nominating,
		/// and is refused while a service the stash operates still holds it to something. The
		/// weight adds one read per service it may operate for those services' answers.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::unbond().saturating_add(
			T::DbWeight::get().reads(T::MaxServicesPerOperator::get().into())
		))]
		pub fn unbond(
			origin: OriginFor<T>,
			#[pallet::compact] value: BalanceOf<T>,
		) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			let mut ledger = Ledger::<T>::get(&stash).ok_or(Error::<T>::NotStash)?;
			let value = value.min(ledger.active);
			ensure!(!value.is_zero(), Error::<T>::InsufficientBond);
			let remaining = ledger.active.saturating_sub(value);
			if remaining.is_zero() {
				for service in OptedIn::<T>::get(&stash) {
					Self::ensure_may_leave(service, &stash)?;
				}
				Self::do_chill(&stash);
				Self::opt_out_of_all(&stash);
			} else {
				if Validators::<T>::contains_key(&stash) {
					ensure!(
						remaining >= T::MinValidatorBond::get(),
						Error::<T>::BelowMinValidatorBond
					);
				}
				if Nominators::<T>::contains_key(&stash) {
					ensure!(
						remaining >= T::MinNominatorBond::get(),
						Error::<T>::BelowMinNominatorBond
					);
				}
				ensure!(
					remaining >= Self::service_minimum_of(&stash),
					Error::<T>::BelowServiceMinimum
				);
			}
			let era = Self::active_era_index().saturating_add(T::BondingDuration::get());
			match ledger.unlocking.iter_mut().find(|chunk| chunk.era == era) {
				Some(chunk) => chunk.value = chunk.value.saturating_add(value),
				None => ledger
					.unlocking
					.try_push(UnlockChunk { value, era })
					.map_err(|_| Error::<T>::NoMoreChunks)?,
			}
			ledger.active = remaining;
			Ledger::<T>::insert(&stash, ledger);
			Self::deposit_event(Event::Unbonded { stash, amount: value, era });
			Ok(())
		}

		/// Releases every unlocked chunk to the free balance; removes the stash once nothing
		/// is left bonded.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			let mut ledger = Ledger::<T>::get(&stash).ok_or(Error::<T>::NotStash)?;
			let freed = ledger.withdraw_unlocked(Self::active_era_index());
			ensure!(!freed.is_zero(), Error::<T>::NoUnlockChunk);
			T::Currency::release(
				&HoldReason::Staking.into(),
				&stash,
				freed,
				Precision::BestEffort,
			)?;
			Self::deposit_event(Event::Withdrawn { stash: stash.clone(), amount: freed });
			if ledger.total.is_zero() {
				Self::kill_stash(&stash);
			} else {
				Ledger::<T>::insert(&stash, ledger);
			}
			Ok(())
		}

		/// Moves up to `value` of unlocking funds back into the active bond, newest first.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::rebond(T::MaxUnlockingChunks::get()))]
		pub fn rebond(
			origin: OriginFor<T>,
			#[pallet::compact] value: BalanceOf<T>,
		) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			let mut ledger = Ledger::<T>::get(&stash).ok_or(Error::<T>::NotStash)?;
			ensure!(!ledger.unlocking.is_empty(), Error::<T>::NoUnlockChunk);
			let moved = ledger.rebond(value);
			ensure!(!moved.is_zero(), Error::<T>::InsufficientBond);
			Ledger::<T>::insert(&stash, ledger);
			Self::deposit_event(Event::Rebonded { stash, amount: moved });
			Ok(())
		}

		/// Declares the intent to validate with `prefs`, replacing any nominations. The caller
		/// becomes an operator of this chain's service.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::validate())]
		pub fn validate(origin: OriginFor<T>, prefs: ValidatorPrefs) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			Self::do_validate(&stash, prefs)?;
			if !Operators::<T>::contains_key(CHAIN_SERVICE, &stash) {
				Self::do_opt_in(&stash, CHAIN_SERVICE)?;
			}
			Ok(())
		}

		/// Nominates `targets` (validators, without repeats), replacing any validation intent.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::nominate(targets.len() as u32))]
		pub fn nominate(origin: OriginFor<T>, targets: Vec<T::AccountId>) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			Self::do_nominate(&stash, targets)?;
			Self::leave_chain_service(&stash);
			Ok(())
		}

		/// Stops validating and nominating from the next election on.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::chill())]
		pub fn chill(origin: OriginFor<T>) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			ensure!(Ledger::<T>::contains_key(&stash), Error::<T>::NotStash);
			Self::do_chill(&stash);
			Self::leave_chain_service(&stash);
			Ok(())
		}

		/// Sets where the caller's rewards go.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_payee())]
		pub fn set_payee(origin: OriginFor<T>, payee: RewardDestination) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			ensure!(Ledger::<T>::contains_key(&stash), Error::<T>::NotStash);
			Payee::<T>::insert(&stash, payee);
			Self::deposit_event(Event::PayeeSet { stash, payee });
			Ok(())
		}

		/// Pays `page` of `validator`'s rewards for `era` (page 0 also pays the validator).
		/// Anyone may call it.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::payout_stakers(T::MaxExposurePageSize::get()))]
		pub fn payout_stakers(
			origin: OriginFor<T>,
			validator: T::AccountId,
			era: EraIndex,
			page: Page,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let paid = Self::do_payout_stakers(&validator, era, page)?;
			Ok(Some(T::WeightInfo::payout_stakers(paid)).into())
		}

		/// Sets how many validators each election elects.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_validator_count())]
		pub fn set_validator_count(origin: OriginFor<T>, count: u32) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(count <= T::MaxValidatorCount::get(), Error::<T>::TooManyValidators);
			ValidatorCount::<T>::put(count);
			Self::deposit_event(Event::ValidatorCountSet { count });
			Ok(())
		}

		/// Sets the validators that consensus offences do not slash.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_invulnerables(invulnerables.len() as u32))]
		pub fn set_invulnerables(
			origin: OriginFor<T>,
			invulnerables: Vec<T::AccountId>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let bounded = BoundedVec::try_from(invulnerables.clone())
				.map_err(|_| Error::<T>::TooManyInvulnerables)?;
			Invulnerables::<T>::put(bounded);
			Self::deposit_event(Event::InvulnerablesSet { invulnerables });
			Ok(())
		}

		/// Cancels the slashes of `validator` (and of its nominators) waiting for `apply_era`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::cancel_deferred_slash(T::MaxUnappliedSlashes::get()))]
		pub fn cancel_deferred_slash(
			origin: OriginFor<T>,
			apply_era: EraIndex,
			validator: T::AccountId,
		) -> DispatchResult {
			T::SlashCancelOrigin::ensure_origin(origin)?;
			UnappliedSlashes::<T>::try_mutate(apply_era, |slashes| {
				let before = slashes.len();
				slashes.retain(|slash| slash.validator != validator);
				ensure!(slashes.len() < before, Error::<T>::SlashNotFound);
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::SlashCancelled { apply_era, validator });
			Ok(())
		}

		/// Registers another chain as a service whose validators this chain's stake secures.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::register_chain())]
		pub fn register_chain(
			origin: OriginFor<T>,
			name: Vec<u8>,
			genesis_hash: [u8; 32],
			#[pallet::compact] min_stake: BalanceOf<T>,
			max_slash: Perbill,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(
				Self::service_of_chain(genesis_hash).is_none(),
				Error::<T>::ChainAlreadyRegistered
			);
			let name = BoundedVec::try_from(name).map_err(|_| Error::<T>::NameTooLong)?;
			let service = Self::register_service(
				name,
				ServiceKind::Chain { genesis_hash },
				min_stake,
				max_slash,
			);
			Self::deposit_event(Event::ChainRegistered { service, genesis_hash });
			Ok(())
		}

		/// Sets a service's minimum stake and the largest fraction one offence may slash.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::set_service_params())]
		pub fn set_service_params(
			origin: OriginFor<T>,
			service: ServiceId,
			#[pallet::compact] min_stake: BalanceOf<T>,
			max_slash: Perbill,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Services::<T>::try_mutate(service, |info| {
				let info = info.as_mut().ok_or(Error::<T>::UnknownService)?;
				info.min_stake = min_stake;
				info.max_slash = max_slash;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::ServiceParamsSet { service, min_stake, max_slash });
			Ok(())
		}

		/// Makes the caller's bond back `service` as an operator.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::opt_in())]
		pub fn opt_in(origin: OriginFor<T>, service: ServiceId) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			ensure!(service != CHAIN_SERVICE, Error::<T>::ChainServiceFollowsValidation);
			Self::do_opt_in(&stash, service)
		}

		/// Stops the caller operating `service`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::opt_out())]
		pub fn opt_out(origin: OriginFor<T>, service: ServiceId) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			ensure!(service != CHAIN_SERVICE, Error::<T>::ChainServiceFollowsValidation);
			ensure!(Operators::<T>::contains_key(service, &stash), Error::<T>::NotOperator);
			Self::ensure_may_leave(service, &stash)?;
			Self::do_opt_out(&stash, service)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The active era's index (0 before genesis is built).
		pub fn active_era_index() -> EraIndex {
			ActiveEra::<T>::get().map(|info| info.index).unwrap_or_default()
		}

		pub(crate) fn do_bond(
			stash: &T::AccountId,
			value: BalanceOf<T>,
			payee: RewardDestination,
		) -> DispatchResult {
			ensure!(!Ledger::<T>::contains_key(stash), Error::<T>::AlreadyBonded);
			ensure!(
				!value.is_zero() && value >= T::Currency::minimum_balance(),
				Error::<T>::InsufficientBond
			);
			T::Currency::hold(&HoldReason::Staking.into(), stash, value)?;
			Ledger::<T>::insert(stash, StakingLedger::<T>::new(value));
			Payee::<T>::insert(stash, payee);
			Self::deposit_event(Event::Bonded { stash: stash.clone(), amount: value });
			Ok(())
		}

		pub(crate) fn do_validate(stash: &T::AccountId, prefs: ValidatorPrefs) -> DispatchResult {
			let ledger = Ledger::<T>::get(stash).ok_or(Error::<T>::NotStash)?;
			ensure!(ledger.active >= T::MinValidatorBond::get(), Error::<T>::BelowMinValidatorBond);
			Nominators::<T>::remove(stash);
			Validators::<T>::insert(stash, prefs);
			Self::deposit_event(Event::ValidatorPrefsSet { stash: stash.clone(), prefs });
			Ok(())
		}

		pub(crate) fn do_nominate(
			stash: &T::AccountId,
			targets: Vec<T::AccountId>,
		) -> DispatchResult {
			let ledger = Ledger::<T>::get(stash).ok_or(Error::<T>::NotStash)?;
			ensure!(ledger.active >= T::MinNominatorBond::get(), Error::<T>::BelowMinNominatorBond);
			ensure!(!targets.is_empty(), Error::<T>::BadTarget);
			let mut sorted = targets.clone();
			sorted.sort();
			sorted.dedup();
			ensure!(sorted.len() == targets.len(), Error::<T>::BadTarget);
			for target in &targets {
				ensure!(Validators::<T>::contains_key(target), Error::<T>::NotAValidator);
			}
			let bounded =
				BoundedVec::try_from(targets.clone()).map_err(|_| Error::<T>::BadTarget)?;
			Validators::<T>::remove(stash);
			Nominators::<T>::insert(
				stash,
				Nominations { targets: bounded, submitted_in: Self::active_era_index() },
			);
			Self::deposit_event(Event::Nominated { stash: stash.clone(), targets });
			Ok(())
		}

		/// Removes the stash from the validators and nominators.
		pub(crate) fn do_chill(stash: &T::AccountId) {
			let was_validator = Validators::<T>::take(stash).is_some();
			let was_nominator = Nominators::<T>::take(stash).is_some();
			if was_validator || was_nominator {
				Self::deposit_event(Event::Chilled { stash: stash.clone() });
			}
		}

		/// Removes every record of a stash with nothing bonded.
		fn kill_stash(stash: &T::AccountId) {
			Self::do_chill(stash);
			Self::opt_out_of_all(stash);
			Ledger::<T>::remove(stash);
			Payee::<T>::remove(stash);
			Self::deposit_event(Event::StashRemoved { stash: stash.clone() });
		}

		/// Checks the pallet's invariants.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			use frame_support::traits::fungible::InspectHold;
			for (stash, ledger) in Ledger::<T>::iter() {
				let unlocking = ledger
					.unlocking
					.iter()
					.fold(BalanceOf::<T>::zero(), |sum, chunk| sum.saturating_add(chunk.value));
				ensure!(
					ledger.active.saturating_add(unlocking) == ledger.total,
					"ledger total is not active plus unlocking"
				);
				ensure!(
					T::Currency::balance_on_hold(&HoldReason::Staking.into(), &stash)
						== ledger.total,
					"held balance differs from the ledger total"
				);
			}
			for stash in Validators::<T>::iter_keys().chain(Nominators::<T>::iter_keys()) {
				ensure!(Ledger::<T>::contains_key(&stash), "a validator or nominator has no bond");
			}
			ensure!(
				Validators::<T>::count() as usize == Validators::<T>::iter_keys().count(),
				"validator counter is off"
			);
			ensure!(
				Nominators::<T>::count() as usize == Nominators::<T>::iter_keys().count(),
				"nominator counter is off"
			);
			for (service, info) in Services::<T>::iter() {
				ensure!(
					info.operator_count as usize == Operators::<T>::iter_prefix(service).count(),
					"service operator count is off"
				);
			}
			for (stash, services) in OptedIn::<T>::iter() {
				ensure!(Ledger::<T>::contains_key(&stash), "an operator has no bond");
				for service in services {
					ensure!(
						Operators::<T>::contains_key(service, &stash),
						"opt-in list and operator set disagree"
					);
				}
			}
			if let Some(active) = ActiveEra::<T>::get() {
				let total = ErasStakersOverview::<T>::iter_prefix(active.index)
					.fold(BalanceOf::<T>::zero(), |sum, (_, o)| sum.saturating_add(o.total));
				ensure!(
					ErasTotalStake::<T>::get(active.index).unwrap_or_default() == total,
					"era total stake differs from its exposures"
				);
			}
			Ok(())
		}
	}
}
