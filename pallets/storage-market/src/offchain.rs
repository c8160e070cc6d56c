//! The provider's off-chain worker: confirms fragments its node keeps and proves each period.
//!
//! It runs on nodes started as storage providers, whose keystore holds the provider's account
//! key (key type `zgst`) and whose off-chain workers get the node's fragment store as an
//! extension. Per block and local provider it sends at most one transaction, so two never race
//! for the same nonce: the period's proof if one is owed, otherwise a confirmation of the
//! assigned fragments the node now keeps, otherwise the node's network identity if the chain
//! holds another one for the provider. A note in off-chain local storage keeps a sent
//! transaction from being sent again while it waits in the pool.

use crate::{Call, Config, CurrentPeriod, NetworkIdentity, Pallet, ProviderIdentities, Providers};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{traits::Get, BoundedVec};
use frame_system::{
	offchain::{SendSignedTransaction, Signer},
	pallet_prelude::BlockNumberFor,
};
use sp_runtime::{
	offchain::storage::{MutateStorageError, StorageRetrievalError, StorageValueRef},
	traits::{BlakeTwo256, Hash as _, Saturating},
};
use zerog_data::pora::{self, PoraProof};
use zerog_storage_primitives::{fragment_store, MAX_ADDRESSES};

/// Blocks a sent transaction is given to land before it is sent again.
const RESEND_AFTER: u32 = 5;

impl<T: Config> Pallet<T> {
	pub(crate) fn run_offchain_worker(now: BlockNumberFor<T>) {
		let signer = Signer::<T, T::AuthorityId>::all_accounts();
		if !signer.can_sign() {
			return;
		}
		for account in signer.accounts_from_keys() {
			if !Providers::<T>::contains_key(&account.id) {
				continue;
			}
			let Some(call) = Self::next_call(&account.id) else { continue };
			let key = (b"zg/storage/sent", &account.id).encode();
			if !Self::claim_send(&key, BlakeTwo256::hash_of(&call).0, now) {
				continue;
			}
			if !matches!(signer.send_single_signed_transaction(&account, call), Some(Ok(()))) {
				log::warn!(target: "storage-market", "could not submit for {:?}", account.id);
			}
		}
	}

	/// The one transaction `provider` should send now, if any.
	fn next_call(provider: &T::AccountId) -> Option<Call<T>> {
		if Self::owes_proof(provider) {
			match Self::build_proof(provider) {
				Some(proof) => {
					return Some(Call::submit_proof { period: CurrentPeriod::<T>::get(), proof })
				},
				None => {
					log::warn!(target: "storage-market", "{provider:?} cannot prove: data missing")
				},
			}
		}
		let kept: Vec<_> = Self::unconfirmed(provider)
			.into_iter()
			.filter(|(_, _, root, len)| fragment_store::has(*root, *len))
			.map(|(order, index, _, _)| (order, index))
			.take(T::MaxFragments::get() as usize)
			.collect();
		if !kept.is_empty() {
			return Some(Call::confirm_fragments { fragments: BoundedVec::truncate_from(kept) });
		}
		Self::identity_update(provider)
	}

	/// `set_network_identity` with this node's peer id and external addresses, if the chain
	/// holds another identity for `provider` (or none). Addresses beyond what an identity holds
	/// are left out; a node that does not know its peer id (no network) publishes nothing.
	fn identity_update(provider: &T::AccountId) -> Option<Call<T>> {
		// The node hands both SCALE-encoded: the peer id's bytes, and each address as text.
		let state = sp_io::offchain::network_state().ok()?;
		let peer_id = Vec::<u8>::decode(&mut &state.peer_id.0[..]).ok()?;
		let peer_id = BoundedVec::try_from(peer_id).ok().filter(|id| !id.is_empty())?;
		let mut addresses: Vec<_> = state
			.external_addresses
			.into_iter()
			.filter_map(|address| alloc::string::String::decode(&mut &address.0[..]).ok())
			.filter_map(|address| BoundedVec::try_from(address.into_bytes()).ok())
			.collect();
		addresses.sort();
		addresses.dedup();
		addresses.truncate(MAX_ADDRESSES as usize);
		let identity = NetworkIdentity { peer_id, addresses: BoundedVec::truncate_from(addresses) };
		(ProviderIdentities::<T>::get(provider).as_ref() != Some(&identity))
			.then_some(Call::set_network_identity { identity })
	}

	/// This period's proof for `provider`, from the node's fragment store.
	pub fn build_proof(provider: &T::AccountId) -> Option<PoraProof> {
		let holdings = Self::holdings_of(provider);
		let lens: Vec<u64> = holdings.iter().map(|h| h.len).collect();
		let challenges =
			pora::challenges(&Self::challenge_seed(provider), &lens, T::ChallengesPerPeriod::get())
				.ok()?;
		let mut answers = Vec::new();
		let mut start = 0;
		while start < challenges.len() {
			let holding = challenges[start].holding;
			let end =
				start + challenges[start..].iter().take_while(|c| c.holding == holding).count();
			let mut chunks: Vec<u64> = challenges[start..end].iter().map(|c| c.chunk).collect();
			chunks.dedup();
			let held = holdings.get(holding as usize)?;
			answers.push(fragment_store::prove(held.root, held.len, chunks)?);
			start = end;
		}
		Some(PoraProof { holdings: answers })
	}

	/// Claims the right to send the call hashing to `call` now for the provider noted under
	/// `key`: false if that same call was sent fewer than `RESEND_AFTER` blocks ago.
	fn claim_send(key: &[u8], call: [u8; 32], now: BlockNumberFor<T>) -> bool {
		type Sent<N> = Option<([u8; 32], N)>;
		let note = StorageValueRef::persistent(key);
		let claimed = note.mutate(
			|sent: Result<Sent<BlockNumberFor<T>>, StorageRetrievalError>| match sent {
				Ok(Some((hash, at)))
					if hash == call && now < at.saturating_add(RESEND_AFTER.into()) =>
				{
					Err(())
				},
				_ => Ok((call, now)),
			},
		);
		!matches!(
			claimed,
			Err(MutateStorageError::ValueFunctionFailed(()))
				| Err(MutateStorageError::ConcurrentModification(_))
		)
	}
}
