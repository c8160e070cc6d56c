//! Storage migrations, one module per storage version, each run once by the runtime's
//! `Migrations` through [`frame_support::migrations::VersionedMigration`] (which checks and
//! bumps the on-chain version).

/// Version 0 → 1: every [`crate::Blob`] records its epoch's signer count and total stake, so
/// challenges of a blob whose epoch snapshot is gone still find the lines its attesters hold
/// and its quorum. Both are read from the epoch's snapshot when it is still kept; a blob whose
/// snapshot is gone gets zero signers (no challenge of it finds an attester holding the cell,
/// as before the migration) and zero total stake. Sampling, challenges and fraud proofs start
/// empty.
pub mod v1 {
	use crate::{BalanceOf, Blob, Blobs, Config, EpochSigners, Pallet};
	use frame_support::{
		migrations::VersionedMigration, pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade,
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use zerog_da_primitives::{BlobState, EpochIndex};
	use zerog_data::{blob::BlobLayout, Hash};

	/// A blob as version 0 stored it.
	#[derive(Encode, Decode)]
	pub struct OldBlob<AccountId, Balance, BlockNumber> {
		/// The commitment.
		pub data_root: Hash,
		/// The square.
		pub layout: BlobLayout,
		/// Who submitted and paid.
		pub submitter: AccountId,
		/// The fee.
		pub fee: Balance,
		/// The epoch.
		pub epoch: EpochIndex,
		/// The stake attesting.
		pub attested_stake: Balance,
		/// Pending or certified.
		pub state: BlobState<BlockNumber>,
	}

	/// Adds the epoch's signer count and total stake to every blob; one read of the blob and
	/// its epoch's snapshot, one write, per blob (blobs are at most `MaxBlobsPerBlock` per
	/// block of a retention period).
	pub struct AddEpochFiguresToBlobs<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for AddEpochFiguresToBlobs<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut count = 0u64;
			Blobs::<T>::translate::<OldBlob<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>, _>(
				|_, old| {
					count += 1;
					let (signers, total_stake) = EpochSigners::<T>::get(old.epoch)
						.map(|set| (set.signers.len() as u32, set.total_stake))
						.unwrap_or_default();
					Some(Blob {
						data_root: old.data_root,
						layout: old.layout,
						submitter: old.submitter,
						fee: old.fee,
						epoch: old.epoch,
						signers,
						total_stake,
						attested_stake: old.attested_stake,
						state: old.state,
					})
				},
			);
			T::DbWeight::get().reads_writes(count.saturating_mul(2), count)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			Ok((Blobs::<T>::iter_keys().count() as u64).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before =
				u64::decode(&mut &state[..]).map_err(|_| "pre-upgrade state does not decode")?;
			ensure!(Blobs::<T>::iter().count() as u64 == before, "a blob was lost");
			Ok(())
		}
	}

	/// [`AddEpochFiguresToBlobs`], run only on storage version 0 and setting version 1.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		AddEpochFiguresToBlobs<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;

	#[cfg(test)]
	mod tests {
		use super::*;
		use crate::mock::*;
		use frame_support::{
			storage::unhashed,
			traits::{OnRuntimeUpgrade, StorageVersion},
		};

		#[test]
		fn version_0_blobs_gain_their_epochs_signer_count_and_stake() {
			new_test_ext().execute_with(|| {
				Operators::set(&[(10, 100), (11, 200)]);
				Epoch::set(1);
				run_to(2);
				let old = OldBlob::<AccountId, Balance, u64> {
					data_root: [1; 32],
					layout: BlobLayout::for_len(1).unwrap(),
					submitter: 1,
					fee: 5,
					epoch: 1,
					attested_stake: 100,
					state: BlobState::Pending { deadline: 9 },
				};
				// A blob whose epoch's snapshot is no longer kept.
				let gone = OldBlob { epoch: 7, data_root: [2; 32], ..old };
				unhashed::put_raw(&Blobs::<Test>::hashed_key_for(0), &old.encode());
				unhashed::put_raw(&Blobs::<Test>::hashed_key_for(1), &gone.encode());
				StorageVersion::new(0).put::<Pallet<Test>>();

				MigrateV0ToV1::<Test>::on_runtime_upgrade();

				let blob = Blobs::<Test>::get(0).unwrap();
				assert_eq!((blob.signers, blob.total_stake, blob.attested_stake), (2, 300, 100));
				let blob = Blobs::<Test>::get(1).unwrap();
				assert_eq!((blob.signers, blob.total_stake), (0, 0));
				assert_eq!(StorageVersion::get::<Pallet<Test>>(), 1);
			});
		}
	}
}
