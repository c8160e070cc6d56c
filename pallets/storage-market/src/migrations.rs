//! Storage migrations, one module per storage version, each run once by the runtime's
//! `Migrations` through [`frame_support::migrations::VersionedMigration`] (which checks and
//! bumps the on-chain version).

/// Version 0 → 1: `OrdersByRoot` keyed by `Blake2_128Concat` of the data root instead of the
/// root itself (`Identity`), so uploaders cannot grind roots into a deep trie branch.
pub mod v1 {
	use crate::{Config, OrderId, OrdersByRoot, Pallet};
	use alloc::vec::Vec;
	use frame_support::{
		migrations::VersionedMigration, pallet_prelude::*, storage_alias,
		traits::UncheckedOnRuntimeUpgrade,
	};
	use zerog_data::Hash;

	/// `OrdersByRoot` as version 0 stored it.
	pub mod old {
		use super::*;

		/// The version 0 map, under the same name and prefix.
		#[storage_alias]
		pub type OrdersByRoot<T: Config> =
			StorageDoubleMap<Pallet<T>, Identity, Hash, Twox64Concat, OrderId, (), OptionQuery>;
	}

	/// Re-keys every entry of `OrdersByRoot`; one read and two writes per live order.
	pub struct RehashOrdersByRoot<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for RehashOrdersByRoot<T> {
		fn on_runtime_upgrade() -> Weight {
			let entries: Vec<(Hash, OrderId)> =
				old::OrdersByRoot::<T>::drain().map(|(root, order, ())| (root, order)).collect();
			for (root, order) in &entries {
				OrdersByRoot::<T>::insert(root, order, ());
			}
			let count = entries.len() as u64;
			T::DbWeight::get().reads_writes(count, count.saturating_mul(2))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let entries: Vec<(Hash, OrderId)> = old::OrdersByRoot::<T>::iter_keys().collect();
			Ok(entries.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before = Vec::<(Hash, OrderId)>::decode(&mut &state[..])
				.map_err(|_| "pre-upgrade state does not decode")?;
			for (root, order) in &before {
				ensure!(OrdersByRoot::<T>::contains_key(root, order), "an order lost its root");
			}
			ensure!(
				OrdersByRoot::<T>::iter_keys().count() == before.len(),
				"OrdersByRoot gained entries"
			);
			Ok(())
		}
	}

	/// [`RehashOrdersByRoot`], run only on storage version 0 and setting version 1.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		RehashOrdersByRoot<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 1 → 2: periods are settled lazily, provider by provider. Providers gain a slot
/// (`ProviderSlots`) and a [`crate::ProofRecord`] that takes over `Proved` and the misses
/// fragments counted; fragments trade their miss count for their confirmation deadline, and
/// only pending deadlines are kept; `Incoming` is keyed by the period of confirmation; the
/// sweep starts where the last period boundary of version 1 left off.
///
/// It runs in one block and visits every provider and fragment once, which suits the chains
/// version 1 ran on (hundreds of providers, thousands of fragments).
pub mod v2 {
	// Version 2 kept providers and `Incoming` keyed by `Twox64Concat` of the account, as
	// version 3's migration finds them.
	use super::v3::old::{Incoming, Providers};
	use crate::{
		BalanceOf, Config, ConfirmDeadlines, CurrentPeriod, Fragment, FragmentState, Fragments,
		HeldFragment, Pallet, Period, ProofRecord, ProviderCount, ProviderInfo, ProviderSlots,
		ProviderStatus, Sweep, SweepState,
	};
	use alloc::{collections::BTreeMap, vec::Vec};
	use frame_support::{
		migrations::VersionedMigration, pallet_prelude::*, storage_alias,
		traits::UncheckedOnRuntimeUpgrade,
	};
	use zerog_data::Hash;

	/// Storage as version 1 kept it.
	pub mod old {
		use super::*;

		/// A provider before slots and proof records.
		#[derive(Encode, Decode, MaxEncodedLen, TypeInfo)]
		#[scale_info(skip_type_params(T))]
		pub struct ProviderInfo<T: Config> {
			pub capacity: u64,
			pub used: u64,
			pub fragments: u32,
			pub ask: BalanceOf<T>,
			pub status: ProviderStatus,
		}

		/// A fragment with its own count of missed periods.
		#[derive(Encode, Decode, MaxEncodedLen, TypeInfo)]
		#[scale_info(skip_type_params(T))]
		pub struct Fragment<T: Config> {
			pub root: Hash,
			pub provider: T::AccountId,
			pub state: FragmentState,
			pub misses: u32,
			pub repair: bool,
			pub last_proven: Option<Period>,
		}

		/// The providers, under the same name and prefix.
		#[storage_alias]
		pub type Providers<T: Config> = StorageMap<
			Pallet<T>,
			Twox64Concat,
			<T as frame_system::Config>::AccountId,
			ProviderInfo<T>,
		>;

		/// The fragments, under the same name and prefix.
		#[storage_alias]
		pub type Fragments<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			crate::OrderId,
			Twox64Concat,
			crate::FragmentIndex,
			Fragment<T>,
		>;

		/// Fragments confirmed in the current period, by provider.
		#[storage_alias]
		pub type Incoming<T: Config> = StorageMap<
			Pallet<T>,
			Twox64Concat,
			<T as frame_system::Config>::AccountId,
			BoundedVec<HeldFragment, <T as Config>::MaxHoldings>,
		>;

		/// The last period each provider proved.
		#[storage_alias]
		pub type Proved<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, <T as frame_system::Config>::AccountId, Period>;
	}

	/// Rewrites providers, fragments and `Incoming` into version 2.
	pub struct SettleLazily<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for SettleLazily<T> {
		fn on_runtime_upgrade() -> Weight {
			let current = CurrentPeriod::<T>::get();
			// Version 1 kept deadlines of confirmed fragments too: only the pending ones stay.
			let deadlines: BTreeMap<_, _> = ConfirmDeadlines::<T>::drain()
				.filter(|(period, _, _)| *period >= current)
				.map(|(period, fragment, provider)| ((fragment, provider), period))
				.collect();
			let mut misses = BTreeMap::<T::AccountId, u32>::new();
			let fragments: Vec<_> = old::Fragments::<T>::drain().collect();
			for (order, index, f) in &fragments {
				let streak = misses.entry(f.provider.clone()).or_default();
				*streak = (*streak).max(f.misses);
				let pending = f.state == FragmentState::Assigned;
				let confirm_by = deadlines
					.get(&((*order, *index), f.provider.clone()))
					.copied()
					.filter(|_| pending)
					.unwrap_or(current);
				if pending {
					ConfirmDeadlines::<T>::insert(confirm_by, (order, index), &f.provider);
				}
				Fragments::<T>::insert(
					order,
					index,
					Fragment {
						root: f.root,
						provider: f.provider.clone(),
						state: f.state,
						confirm_by,
						repair: f.repair,
						last_proven: f.last_proven,
					},
				);
			}
			let providers: Vec<_> = old::Providers::<T>::drain().collect();
			for (slot, (who, info)) in providers.iter().enumerate() {
				let proofs = ProofRecord {
					last_proved: old::Proved::<T>::take(who),
					unsettled: current,
					missed_in_a_row: misses.get(who).copied().unwrap_or_default(),
				};
				Providers::<T>::insert(
					who,
					ProviderInfo {
						capacity: info.capacity,
						used: info.used,
						fragments: info.fragments,
						ask: info.ask,
						status: info.status,
						slot: slot as u32,
						proofs,
					},
				);
				ProviderSlots::<T>::insert(slot as u32, who);
			}
			ProviderCount::<T>::put(providers.len() as u32);
			let incoming: Vec<_> = old::Incoming::<T>::drain().collect();
			for (who, set) in &incoming {
				Incoming::<T>::insert(who, current, set);
			}
			Sweep::<T>::put(SweepState {
				next_expiry: current.saturating_add(1),
				next_deadlines: current,
				providers: None,
			});
			let (f, p, i) = (fragments.len() as u64, providers.len() as u64, incoming.len() as u64);
			T::DbWeight::get().reads_writes(
				f.saturating_add(p.saturating_mul(2)).saturating_add(i),
				f.saturating_add(p.saturating_mul(3)).saturating_add(i.saturating_mul(2)),
			)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let counts = (
				old::Providers::<T>::iter_keys().count() as u32,
				old::Fragments::<T>::iter_keys().count() as u32,
			);
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let (providers, fragments) = <(u32, u32)>::decode(&mut &state[..])
				.map_err(|_| "pre-upgrade state does not decode")?;
			ensure!(Providers::<T>::iter_keys().count() as u32 == providers, "providers lost");
			ensure!(Fragments::<T>::iter_keys().count() as u32 == fragments, "fragments lost");
			ensure!(ProviderSlots::<T>::iter_keys().count() as u32 == providers, "slots missing");
			Ok(())
		}
	}

	/// [`SettleLazily`], run only on storage version 1 and setting version 2.
	pub type MigrateV1ToV2<T> =
		VersionedMigration<1, 2, SettleLazily<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;
}

/// Version 2 → 3: the maps keyed by account (`Providers`, `Holdings`, `Incoming`, `Assigned`,
/// `Evicting`, `ProviderIdentities`, `Prepaid`) are keyed by `Blake2_128Concat` of the account
/// instead of `Twox64Concat`: accounts are chosen by their owners, and a non-cryptographic
/// hash would let them grind accounts into one deep branch of the trie.
///
/// Like version 2, it runs in one block and visits each entry once: one read and two writes
/// per entry, which suits the chains version 2 ran on (hundreds of providers).
pub mod v3 {
	use crate::{
		Assigned, BalanceOf, Config, Evicting, FragmentIndex, HeldFragment, Holdings, Incoming,
		NetworkIdentity, OrderId, Pallet, Period, Prepaid, ProviderIdentities, ProviderInfo,
		Providers,
	};
	use frame_support::{
		migrations::VersionedMigration, pallet_prelude::*, storage_alias,
		traits::UncheckedOnRuntimeUpgrade,
	};
	use zerog_pallet_support::rekey;

	/// The account-keyed maps as version 2 kept them: the same names and values, keyed by
	/// `Twox64Concat` of the account.
	pub mod old {
		use super::*;

		type AccountIdOf<T> = <T as frame_system::Config>::AccountId;

		/// Registered providers.
		#[storage_alias]
		pub type Providers<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, AccountIdOf<T>, ProviderInfo<T>>;

		/// Each provider's proving set.
		#[storage_alias]
		pub type Holdings<T: Config> = StorageMap<
			Pallet<T>,
			Twox64Concat,
			AccountIdOf<T>,
			BoundedVec<HeldFragment, <T as Config>::MaxHoldings>,
		>;

		/// Confirmed fragments by provider and period of confirmation.
		#[storage_alias]
		pub type Incoming<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			AccountIdOf<T>,
			Twox64Concat,
			Period,
			BoundedVec<HeldFragment, <T as Config>::MaxHoldings>,
		>;

		/// The fragments assigned to each provider.
		#[storage_alias]
		pub type Assigned<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			AccountIdOf<T>,
			Twox64Concat,
			(OrderId, FragmentIndex),
			(),
		>;

		/// Providers being evicted.
		#[storage_alias]
		pub type Evicting<T: Config> = StorageMap<Pallet<T>, Twox64Concat, AccountIdOf<T>, ()>;

		/// Providers' network identities.
		#[storage_alias]
		pub type ProviderIdentities<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, AccountIdOf<T>, NetworkIdentity>;

		/// Balances prepaid for renewals.
		#[storage_alias]
		pub type Prepaid<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, AccountIdOf<T>, BalanceOf<T>>;
	}

	/// Re-keys the account-keyed maps.
	pub struct HashAccountKeys<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for HashAccountKeys<T> {
		fn on_runtime_upgrade() -> Weight {
			let moved = [
				rekey::map::<_, _, old::Providers<T>, Providers<T>>(),
				rekey::map::<_, _, old::Holdings<T>, Holdings<T>>(),
				rekey::double_map::<_, _, _, old::Incoming<T>, Incoming<T>>(),
				rekey::double_map::<_, _, _, old::Assigned<T>, Assigned<T>>(),
				rekey::map::<_, _, old::Evicting<T>, Evicting<T>>(),
				rekey::map::<_, _, old::ProviderIdentities<T>, ProviderIdentities<T>>(),
				rekey::map::<_, _, old::Prepaid<T>, Prepaid<T>>(),
			]
			.into_iter()
			.fold(0u64, u64::saturating_add);
			T::DbWeight::get().reads_writes(moved, moved.saturating_mul(2))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			let counts = (
				old::Providers::<T>::iter_keys().count() as u32,
				old::Assigned::<T>::iter_keys().count() as u32,
			);
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let (providers, assigned) = <(u32, u32)>::decode(&mut &state[..])
				.map_err(|_| "pre-upgrade state does not decode")?;
			ensure!(Providers::<T>::iter_keys().count() as u32 == providers, "providers lost");
			ensure!(Assigned::<T>::iter_keys().count() as u32 == assigned, "assignments lost");
			Ok(())
		}
	}

	/// [`HashAccountKeys`], run only on storage version 2 and setting version 3.
	pub type MigrateV2ToV3<T> = VersionedMigration<
		2,
		3,
		HashAccountKeys<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
