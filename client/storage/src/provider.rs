//! The provider role: keeps what the chain assigns to this node's provider keys.
//!
//! On every new best block it asks the runtime which fragments are assigned to each local
//! provider key (key type `zgst`) and fetches the missing ones: from any peer that keeps the
//! fragment, or, for a fragment taken from a failing provider, rebuilt from any `k` others.
//! The provider's off-chain worker then sees them in the store, confirms them on chain and
//! proves them every period.

use super::retrieval::Retriever;
use futures::StreamExt;
use sc_client_api::BlockchainEvents;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_keystore::KeystorePtr;
use std::{collections::HashSet, sync::Arc};
use zerog_runtime::{opaque::Block, AccountId, Balance};
use zerog_storage_primitives::{FragmentState, StorageMarketApi, PROVIDER_KEY_TYPE};

/// Keeps the fragments assigned to this node's provider keys.
pub async fn run<C>(client: Arc<C>, keystore: KeystorePtr, retriever: Retriever)
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + BlockchainEvents<Block> + 'static,
	C::Api: StorageMarketApi<Block, AccountId, Balance>,
{
	let mut blocks = client.import_notification_stream();
	let mut failing: HashSet<(u64, u8)> = HashSet::new();
	while let Some(block) = blocks.next().await {
		if !block.is_new_best {
			continue;
		}
		let at = block.hash;
		let api = client.runtime_api();
		for key in keystore.sr25519_public_keys(PROVIDER_KEY_TYPE) {
			let provider = AccountId::from(key.0);
			let Ok(assignments) = api.assignments(at, provider.clone()) else { continue };
			for assignment in assignments {
				if assignment.state == FragmentState::Stored
					|| retriever.store.has(&assignment.root, assignment.len)
				{
					continue;
				}
				let id = (assignment.order, assignment.index);
				let fetched = retriever.fragment(assignment.root, assignment.len).await;
				let outcome = match fetched {
					Ok(_) => Ok(()),
					Err(_) => match api.order(at, assignment.order) {
						Ok(Some(order)) => retriever.rebuild(&order, assignment.index).await,
						_ => continue,
					},
				};
				match outcome {
					Ok(()) => {
						failing.remove(&id);
						log::info!(
							target: "storage",
							"kept fragment {} of order {} for {provider}",
							assignment.index,
							assignment.order,
						);
					},
					Err(error) => {
						if failing.insert(id) {
							log::warn!(
								target: "storage",
								"cannot fetch fragment {} of order {} yet: {error}",
								assignment.index,
								assignment.order,
							);
						}
					},
				}
			}
		}
	}
}
