//! Storage migrations, one module per storage version, each run once by the runtime's
//! `Migrations` through [`frame_support::migrations::VersionedMigration`] (which checks and
//! bumps the on-chain version).

/// Version 0 → 1: every map keyed by account is keyed by `Blake2_128Concat` of the account
/// instead of `Twox64Concat` (the era or service keys before it keep theirs): accounts are
/// chosen by their owners, and a non-cryptographic hash would let them grind accounts into one
/// deep branch of the trie.
///
/// It runs in one block and visits each entry once (one read and two writes per entry), which
/// suits the chains version 0 ran on: tens of validators, eras kept for `HistoryDepth`. The
/// counters of `Validators` and `Nominators` stay as they are, since every entry moves.
pub mod v1 {
	use crate::{
		BalanceOf, ClaimedRewards, Config, ErasStakersOverview, ErasStakersPaged,
		ErasValidatorPrefs, ExposureOverview, ExposurePage, Ledger, Nominations, Operators,
		OptedIn, Page, Pallet, Payee, RewardDestination, SlashedInEra, StakingLedger,
		ValidatorPrefs,
	};
	use alloc::vec::Vec;
	use frame_support::{
		migrations::VersionedMigration, pallet_prelude::*, storage_alias,
		traits::UncheckedOnRuntimeUpgrade,
	};
	use sp_runtime::Perbill;
	use sp_staking::EraIndex;
	use zerog_pallet_support::rekey;
	use zerog_staking_primitives::ServiceId;

	type AccountIdOf<T> = <T as frame_system::Config>::AccountId;

	/// The account-keyed maps as version 0 kept them: the same names and values, the account
	/// keyed by `Twox64Concat`.
	pub mod old {
		use super::*;

		/// Each stash's bond.
		#[storage_alias]
		pub type Ledger<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, AccountIdOf<T>, StakingLedger<T>>;

		/// Where each stash's rewards go.
		#[storage_alias]
		pub type Payee<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, AccountIdOf<T>, RewardDestination>;

		/// The entries of the counted map `Validators`.
		#[storage_alias]
		pub type Validators<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, AccountIdOf<T>, ValidatorPrefs>;

		/// The entries of the counted map `Nominators`.
		#[storage_alias]
		pub type Nominators<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, AccountIdOf<T>, Nominations<T>>;

		/// Each elected validator's backing in an era.
		#[storage_alias]
		pub type ErasStakersOverview<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			EraIndex,
			Twox64Concat,
			AccountIdOf<T>,
			ExposureOverview<BalanceOf<T>>,
		>;

		/// The pages of each elected validator's nominators in an era.
		#[storage_alias]
		pub type ErasStakersPaged<T: Config> = StorageNMap<
			Pallet<T>,
			(
				NMapKey<Twox64Concat, EraIndex>,
				NMapKey<Twox64Concat, AccountIdOf<T>>,
				NMapKey<Twox64Concat, Page>,
			),
			ExposurePage<T>,
		>;

		/// Each elected validator's preferences when elected.
		#[storage_alias]
		pub type ErasValidatorPrefs<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			EraIndex,
			Twox64Concat,
			AccountIdOf<T>,
			ValidatorPrefs,
		>;

		/// The pages of a validator's era already paid.
		#[storage_alias]
		pub type ClaimedRewards<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			EraIndex,
			Twox64Concat,
			AccountIdOf<T>,
			BoundedVec<Page, <T as Config>::MaxExposurePages>,
		>;

		/// The largest fraction each offender was slashed for in an era.
		#[storage_alias]
		pub type SlashedInEra<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			EraIndex,
			Twox64Concat,
			AccountIdOf<T>,
			Perbill,
		>;

		/// The services each account has opted into.
		#[storage_alias]
		pub type OptedIn<T: Config> = StorageMap<
			Pallet<T>,
			Twox64Concat,
			AccountIdOf<T>,
			BoundedVec<ServiceId, <T as Config>::MaxServicesPerOperator>,
		>;

		/// Operators of each service.
		#[storage_alias]
		pub type Operators<T: Config> =
			StorageDoubleMap<Pallet<T>, Twox64Concat, ServiceId, Twox64Concat, AccountIdOf<T>, ()>;
	}

	/// The counted maps' entries as version 1 keeps them, written around their counters.
	pub mod new {
		use super::*;

		/// The entries of the counted map `Validators`.
		#[storage_alias]
		pub type Validators<T: Config> =
			StorageMap<Pallet<T>, Blake2_128Concat, AccountIdOf<T>, ValidatorPrefs>;

		/// The entries of the counted map `Nominators`.
		#[storage_alias]
		pub type Nominators<T: Config> =
			StorageMap<Pallet<T>, Blake2_128Concat, AccountIdOf<T>, Nominations<T>>;
	}

	/// Re-keys the account-keyed maps.
	pub struct HashAccountKeys<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for HashAccountKeys<T> {
		fn on_runtime_upgrade() -> Weight {
			let pages: Vec<_> = old::ErasStakersPaged::<T>::drain().collect();
			for ((era, validator, page), exposure) in &pages {
				ErasStakersPaged::<T>::insert((era, validator, page), exposure);
			}
			let moved = [
				rekey::map::<_, _, old::Ledger<T>, Ledger<T>>(),
				rekey::map::<_, _, old::Payee<T>, Payee<T>>(),
				rekey::map::<_, _, old::Validators<T>, new::Validators<T>>(),
				rekey::map::<_, _, old::Nominators<T>, new::Nominators<T>>(),
				rekey::double_map::<_, _, _, old::ErasStakersOverview<T>, ErasStakersOverview<T>>(),
				rekey::double_map::<_, _, _, old::ErasValidatorPrefs<T>, ErasValidatorPrefs<T>>(),
				rekey::double_map::<_, _, _, old::ClaimedRewards<T>, ClaimedRewards<T>>(),
				rekey::double_map::<_, _, _, old::SlashedInEra<T>, SlashedInEra<T>>(),
				rekey::map::<_, _, old::OptedIn<T>, OptedIn<T>>(),
				rekey::double_map::<_, _, _, old::Operators<T>, Operators<T>>(),
				pages.len() as u64,
			]
			.into_iter()
			.fold(0u64, u64::saturating_add);
			T::DbWeight::get().reads_writes(moved, moved.saturating_mul(2))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let counts = (
				old::Ledger::<T>::iter_keys().count() as u32,
				old::Validators::<T>::iter_keys().count() as u32,
				old::Operators::<T>::iter_keys().count() as u32,
			);
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let (ledgers, validators, operators) = <(u32, u32, u32)>::decode(&mut &state[..])
				.map_err(|_| "pre-upgrade state does not decode")?;
			ensure!(Ledger::<T>::iter_keys().count() as u32 == ledgers, "ledgers lost");
			ensure!(crate::Validators::<T>::count() == validators, "validator count changed");
			ensure!(
				crate::Validators::<T>::iter_keys().count() as u32 == validators,
				"validators lost"
			);
			ensure!(Operators::<T>::iter_keys().count() as u32 == operators, "operators lost");
			Ok(())
		}
	}

	/// [`HashAccountKeys`], run only on storage version 0 and setting version 1.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		HashAccountKeys<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
