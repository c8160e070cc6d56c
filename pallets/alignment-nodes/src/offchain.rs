//! The off-chain worker of provider nodes: answers the storage audits reported failed against
//! the node's providers with the chunk and its proof from the node's fragment store, so a
//! false report is refuted without anyone's help.
//!
//! It runs where the keystore holds a provider key (`zgst`) and the off-chain workers get the
//! node's fragment store as an extension (nodes started with `--storage-provider`). A note in
//! off-chain local storage keeps an answer from being sent again while it waits in the pool.

use crate::{AuditChallenges, Call, Config, Pallet};
use codec::Encode;
use frame_support::BoundedVec;
use frame_system::{
	offchain::{SendSignedTransaction, Signer},
	pallet_prelude::BlockNumberFor,
};
use sp_runtime::{
	offchain::storage::{MutateStorageError, StorageRetrievalError, StorageValueRef},
	Saturating,
};
use zerog_storage_primitives::fragment_store;

/// Blocks an answer is given to land before it is sent again.
const RESEND_AFTER: u32 = 5;

impl<T: Config> Pallet<T> {
	pub(crate) fn answer_audit_challenges(now: BlockNumberFor<T>) {
		let signer = Signer::<T, T::ProviderKey>::any_account();
		if !signer.can_sign() {
			return;
		}
		let local = Signer::<T, T::ProviderKey>::all_accounts();
		let accounts: alloc::vec::Vec<_> = local.accounts_from_keys().collect();
		for (id, challenge) in AuditChallenges::<T>::iter() {
			let target = &challenge.target;
			let Some(account) = accounts.iter().find(|account| account.id == target.provider)
			else {
				continue;
			};
			let Some(proof) =
				fragment_store::prove(target.root, target.len, alloc::vec![target.chunk])
			else {
				log::warn!(target: "alignment", "audit {id}: chunk {} not kept", target.chunk);
				continue;
			};
			let Some(chunk) = proof.chunks.into_iter().next() else { continue };
			if !Self::claim_answer(id, now) {
				continue;
			}
			let call = Call::answer_audit {
				audit: id,
				chunk: BoundedVec::truncate_from(chunk),
				proof: proof.proof,
			};
			if !matches!(local.send_single_signed_transaction(account, call), Some(Ok(()))) {
				log::warn!(target: "alignment", "could not answer audit {id}");
			}
		}
	}

	/// Claims the right to answer audit `id` now: false if it was answered fewer than
	/// `RESEND_AFTER` blocks ago.
	fn claim_answer(id: zerog_alignment_primitives::AuditId, now: BlockNumberFor<T>) -> bool {
		let key = (b"zg/align/answered", id).encode();
		let note = StorageValueRef::persistent(&key);
		let claimed = note.mutate(
			|sent: Result<Option<BlockNumberFor<T>>, StorageRetrievalError>| match sent {
				Ok(Some(at)) if now < at.saturating_add(RESEND_AFTER.into()) => Err(()),
				_ => Ok(now),
			},
		);
		!matches!(
			claimed,
			Err(MutateStorageError::ValueFunctionFailed(()))
				| Err(MutateStorageError::ConcurrentModification(_))
		)
	}
}
