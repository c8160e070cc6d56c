//! The DA signer role: holds and attests the lines the chain assigns to this node's DA keys.
//!
//! On every new best block, for every blob submitted since it last looked and every local key
//! (key type `zgda`) that is a signer of the blob's epoch, it fetches the key's rows and columns
//! ([`LINE_FETCHES`] at a time, from this node's staged uploads, its store or its peers),
//! checks each against the blob's committed roots and keeps it; then each key sends one
//! `attest` for all the pending blobs it now holds, signed from the keystore and put in the
//! node's transaction pool. Lines of blobs already certified are still fetched (the signer
//! serves them through retention), but not attested. Every [`PRUNE_EVERY`] blocks the store
//! forgets the blobs the chain pruned or expired, and staged uploads certified a while ago are
//! released (others leave the staging area oldest first).

use crate::{
	fetch::Fetcher,
	hex,
	store::{BlobRoots, BlobStore},
};
use codec::Encode;
use frame_system_rpc_runtime_api::AccountNonceApi;
use futures::{StreamExt, TryStreamExt};
use sc_client_api::BlockchainEvents;
use sc_transaction_pool_api::{InPoolTransaction, TransactionPool, TransactionSource};
use sp_api::{ApiExt, Core, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_core::{sr25519, H256};
use sp_keystore::KeystorePtr;
use sp_runtime::{generic::Era, traits::Header as _, OpaqueExtrinsic};
use std::{
	collections::{BTreeSet, HashMap, HashSet},
	sync::Arc,
};
use zerog_client_tx::{sign_with, SigningContext};
use zerog_da_primitives::{BlobId, BlobState, BlobView, DaApi, SIGNER_KEY_TYPE};
use zerog_data::{blob::Axis, Hash};
use zerog_runtime::{
	opaque::Block, AccountId, Balance, BlockNumber, DaCommitmentsCall, Nonce, RuntimeCall,
};

/// Blocks between two passes pruning the store.
pub const PRUNE_EVERY: u32 = 20;
/// How far back a starting signer looks for blobs.
const LOOK_BACK: BlobId = 1_024;
/// Blobs one `attest` carries at most (the runtime's `MaxAttestationsPerCall`).
const MAX_PER_ATTEST: usize = 64;
/// Lines one signer fetches at once: enough to hide a request's round trip to a peer.
const LINE_FETCHES: usize = 8;
/// Blocks a staged upload is kept after its blob was certified, for late signers.
const STAGED_AFTER_CERTIFIED: BlockNumber = 10;

type View = BlobView<AccountId, Balance, BlockNumber>;

/// What the role keeps between blocks.
#[derive(Default)]
struct SignerState {
	/// Blobs not yet certified and held by every local signer of them.
	watching: BTreeSet<BlobId>,
	/// The next blob id not yet seen.
	next: Option<BlobId>,
	/// (blob, key) attestations sent.
	attested: HashSet<(BlobId, AccountId)>,
}

/// Runs the signer role until the node stops.
pub async fn run<C, P>(client: Arc<C>, keystore: KeystorePtr, pool: Arc<P>, fetcher: Fetcher)
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + BlockchainEvents<Block> + 'static,
	C::Api: DaApi<Block, AccountId, Balance, BlockNumber>
		+ AccountNonceApi<Block, AccountId, Nonce>
		+ Core<Block>,
	P: TransactionPool<Block = Block> + 'static,
{
	let mut blocks = client.import_notification_stream();
	let mut state = SignerState::default();
	while let Some(block) = blocks.next().await {
		if !block.is_new_best {
			continue;
		}
		let number = *block.header.number();
		let at = block.hash;
		if let Err(error) = step(&*client, &keystore, &*pool, &fetcher, &mut state, at).await {
			log::warn!(target: "da", "DA signer at block {number}: {error}");
		}
		if number % PRUNE_EVERY == 0 {
			prune(&*client, &fetcher, at, number);
		}
	}
}

async fn step<C, P>(
	client: &C,
	keystore: &KeystorePtr,
	pool: &P,
	fetcher: &Fetcher,
	state: &mut SignerState,
	at: H256,
) -> Result<(), String>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: DaApi<Block, AccountId, Balance, BlockNumber>
		+ AccountNonceApi<Block, AccountId, Nonce>
		+ Core<Block>,
	P: TransactionPool<Block = Block>,
{
	let api = client.runtime_api();
	if !api.has_api::<dyn DaApi<Block, AccountId, Balance, BlockNumber>>(at).unwrap_or(false) {
		return Ok(());
	}
	let next = api.next_blob_id(at).map_err(|e| e.to_string())?;
	let from = state.next.unwrap_or(next.saturating_sub(LOOK_BACK));
	state.watching.extend(from..next);
	state.next = Some(next);
	let keys: Vec<AccountId> =
		keystore.sr25519_public_keys(SIGNER_KEY_TYPE).into_iter().map(AccountId::from).collect();

	let mut batches: HashMap<AccountId, Vec<BlobId>> = HashMap::new();
	let watching: Vec<BlobId> = state.watching.iter().copied().collect();
	for id in watching {
		let Some(view) = api.blob(at, id).map_err(|e| e.to_string())? else {
			state.watching.remove(&id);
			continue;
		};
		let mut held_by_all = true;
		for key in &keys {
			let Some(lines) =
				api.lines_of(at, view.epoch, key.clone()).map_err(|e| e.to_string())?
			else {
				continue;
			};
			match keep_lines(fetcher, &view, &lines.of_width(view.layout.width)).await {
				Ok(()) => {
					let pending = matches!(view.state, BlobState::Pending { .. });
					if pending && !state.attested.contains(&(id, key.clone())) {
						batches.entry(key.clone()).or_default().push(id);
					}
				},
				Err(error) => {
					held_by_all = false;
					log::debug!(target: "da", "blob {id}: {error}");
				},
			}
		}
		if held_by_all && matches!(view.state, BlobState::Certified { .. }) {
			state.watching.remove(&id);
		}
	}

	for (key, mut ids) in batches {
		ids.truncate(MAX_PER_ATTEST);
		match attest(client, keystore, pool, at, &key, &ids).await {
			Ok(()) => {
				log::info!(target: "da", "{key} attested blobs {ids:?}");
				state.attested.extend(ids.iter().map(|id| (*id, key.clone())));
			},
			Err(error) => log::warn!(target: "da", "{key} cannot attest {ids:?}: {error}"),
		}
	}
	state.attested.retain(|(id, _)| state.watching.contains(id));
	Ok(())
}

/// Fetches, checks and keeps the rows and columns `indices` of the blob.
async fn keep_lines(fetcher: &Fetcher, view: &View, indices: &[u32]) -> Result<(), String> {
	let store: &BlobStore = &fetcher.source.store;
	let data_root = view.data_root;
	let roots = match store.roots(&data_root) {
		Some(roots) => roots,
		None => {
			let roots = fetcher.roots(&data_root).await.map_err(|e| e.to_string())?;
			if roots.layout != view.layout {
				return Err(format!("blob {} has another layout than on chain", hex(&data_root)));
			}
			store.put_roots(&data_root, &roots).map_err(|e| e.to_string())?;
			roots
		},
	};
	let missing: Vec<(Axis, u32)> = [Axis::Row, Axis::Column]
		.into_iter()
		.flat_map(|axis| indices.iter().map(move |index| (axis, *index)))
		.filter(|(axis, index)| !store.has_line(&data_root, *axis, *index))
		.collect();
	let roots = Arc::new(roots);
	futures::stream::iter(missing)
		.map(|(axis, index)| keep_line(fetcher.clone(), data_root, roots.clone(), axis, index))
		.buffer_unordered(LINE_FETCHES)
		.try_collect::<Vec<()>>()
		.await?;
	Ok(())
}

/// Fetches, checks and keeps one line; owns what it needs, so many run at once.
async fn keep_line(
	fetcher: Fetcher,
	data_root: Hash,
	roots: Arc<BlobRoots>,
	axis: Axis,
	index: u32,
) -> Result<(), String> {
	let line = fetcher.line(&data_root, &roots, axis, index).await.map_err(|e| e.to_string())?;
	fetcher.source.store.put_line(&data_root, axis, index, &line).map_err(|e| e.to_string())
}

/// Signs `attest(ids)` by `key` from the keystore and puts it in the pool.
async fn attest<C, P>(
	client: &C,
	keystore: &KeystorePtr,
	pool: &P,
	at: H256,
	key: &AccountId,
	ids: &[BlobId],
) -> Result<(), String>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: AccountNonceApi<Block, AccountId, Nonce> + Core<Block>,
	P: TransactionPool<Block = Block>,
{
	let nonce = next_nonce(client, pool, at, key)?;
	let version = client.runtime_api().version(at).map_err(|e| e.to_string())?;
	let genesis_hash = client.info().genesis_hash;
	let context = SigningContext {
		genesis_hash,
		spec_version: version.spec_version,
		transaction_version: version.transaction_version,
		era: (Era::Immortal, genesis_hash),
	};
	let blobs = ids.to_vec().try_into().map_err(|_| "too many blobs for one attest")?;
	let call = RuntimeCall::DaCommitments(DaCommitmentsCall::attest { blobs });
	let public = sr25519::Public::from_raw(*AsRef::<[u8; 32]>::as_ref(key));
	let extrinsic = sign_with(call, key.clone(), nonce, context, |payload| {
		keystore.sr25519_sign(SIGNER_KEY_TYPE, &public, payload).ok().flatten()
	})
	.ok_or("the keystore cannot sign with the key")?;
	let opaque = OpaqueExtrinsic::try_from_encoded_extrinsic(&extrinsic.encode())
		.map_err(|_| "the attestation does not encode as an extrinsic")?;
	pool.submit_one(at, TransactionSource::Local, opaque).await.map_err(|e| e.to_string())?;
	Ok(())
}

/// The key's next nonce counting its transactions ready in the pool (as
/// `system_accountNextIndex` does), so attestations and the account's other transactions never
/// take the same one.
fn next_nonce<C, P>(client: &C, pool: &P, at: H256, key: &AccountId) -> Result<Nonce, String>
where
	C: ProvideRuntimeApi<Block>,
	C::Api: AccountNonceApi<Block, AccountId, Nonce>,
	P: TransactionPool<Block = Block>,
{
	let mut nonce =
		client.runtime_api().account_nonce(at, key.clone()).map_err(|e| e.to_string())?;
	let mut tag = (key, nonce).encode();
	for transaction in pool.ready() {
		if transaction.provides().contains(&tag) {
			nonce = nonce.saturating_add(1);
			tag = (key, nonce).encode();
		}
	}
	Ok(nonce)
}

/// Forgets the blobs the chain no longer keeps, and releases staged uploads the chain
/// certified [`STAGED_AFTER_CERTIFIED`] blocks ago.
fn prune<C>(client: &C, fetcher: &Fetcher, at: H256, number: BlockNumber)
where
	C: ProvideRuntimeApi<Block>,
	C::Api: DaApi<Block, AccountId, Balance, BlockNumber>,
{
	let api = client.runtime_api();
	for data_root in fetcher.source.store.blobs() {
		if let Ok(None) = api.blob_by_root(at, data_root) {
			match fetcher.source.store.remove(&data_root) {
				Ok(()) => log::info!(target: "da", "pruned blob {}", hex(&data_root)),
				Err(error) => log::warn!(target: "da", "cannot prune {}: {error}", hex(&data_root)),
			}
		}
	}
	for data_root in fetcher.source.staging.staged() {
		if let Ok(Some(view)) = api.blob_by_root(at, data_root) {
			if let BlobState::Certified { at: certified, .. } = view.state {
				if number > certified.saturating_add(STAGED_AFTER_CERTIFIED) {
					fetcher.source.staging.release(&data_root);
				}
			}
		}
	}
}
