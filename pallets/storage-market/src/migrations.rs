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
