//! What the pallet reports to nodes and clients through the runtime's `DaApi`.

use crate::{
	Attesters, BalanceOf, Blob, Blobs, BlobsByRoot, Challenges, Config, EpochSigners, Pallet,
};
use alloc::vec::Vec;
use frame_system::pallet_prelude::BlockNumberFor;
use zerog_da_primitives::{BlobId, BlobView, ChallengeView, EpochIndex, Lines};
use zerog_data::Hash;

/// A challenge as `DaApi` reports it.
pub type ChallengeViewOf<T> =
	ChallengeView<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// A blob as `DaApi` reports it.
pub type BlobViewOf<T> =
	BlobView<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

impl<T: Config> Pallet<T> {
	/// The blob `id`, if pending or retained.
	pub fn blob_view(id: BlobId) -> Option<BlobViewOf<T>> {
		Blobs::<T>::get(id).map(|blob| Self::view_of(id, blob))
	}

	/// The blob committed to `data_root`, if pending or retained.
	pub fn blob_view_by_root(data_root: Hash) -> Option<BlobViewOf<T>> {
		let id = BlobsByRoot::<T>::get(data_root)?;
		Self::blob_view(id)
	}

	/// The lines `signer` holds of every blob of `epoch`, if it is one of its signers.
	pub fn lines_of(epoch: EpochIndex, signer: &T::AccountId) -> Option<Lines> {
		let set = EpochSigners::<T>::get(epoch)?;
		let (position, _) = set.find(signer)?;
		Some(Lines { residue: position, signers: set.signers.len() as u32 })
	}

	/// The signers of `epoch` with their stake, in assignment order.
	pub fn signers_of(epoch: EpochIndex) -> Vec<(T::AccountId, BalanceOf<T>)> {
		EpochSigners::<T>::get(epoch).map(|set| set.signers.into_inner()).unwrap_or_default()
	}

	/// The availability challenges open now (at most `MaxChallengesPerBlock` per block of a
	/// `ChallengeWindow`).
	pub fn open_challenges() -> Vec<ChallengeViewOf<T>> {
		Challenges::<T>::iter()
			.map(|(id, challenge)| {
				let owed_by = challenge.missing().cloned().collect();
				ChallengeView {
					id,
					blob: challenge.blob,
					data_root: Blobs::<T>::get(challenge.blob)
						.map(|blob| blob.data_root)
						.unwrap_or_default(),
					row: challenge.row,
					column: challenge.column,
					deadline: challenge.deadline,
					owed_by,
				}
			})
			.collect()
	}

	fn view_of(id: BlobId, blob: Blob<T>) -> BlobViewOf<T> {
		let attesters = Attesters::<T>::get(id).into_iter().map(|a| a.signer).collect();
		BlobView {
			id,
			data_root: blob.data_root,
			layout: blob.layout,
			submitter: blob.submitter,
			fee: blob.fee,
			epoch: blob.epoch,
			attested_stake: blob.attested_stake,
			total_stake: blob.total_stake,
			state: blob.state,
			attesters,
			sampling: Self::sampling_of(id),
		}
	}
}
