//! The DA signer role: holds and attests the lines the chain assigns to this node's DA keys.
//!
//! On every new best block, for every blob submitted since it last looked and every local key
//! (key type `zgda`) that is a signer of the blob's epoch, it fetches the key's rows and columns
//! ([`LINE_FETCHES`] at a time, from this node's staged uploads, its store or its peers),
//! checks each against the blob's committed roots and checks that it is a codeword, and keeps
//! it; then each key sends one `attest` for all the pending or certified blobs it now holds
//! and has not attested yet (an attester of a certified blob answers to its challenges), signed from the
//! keystore and put in the node's transaction pool. A line that is not a codeword means the
//! blob was encoded wrongly: the key never attests it and sends `report_bad_encoding` with the
//! line's first `k` cells, proven. Each key answers the open availability challenges it owes
//! (`respond`, with the cell proven from the line it keeps), unless the node withholds. Every [`PRUNE_EVERY`] blocks the store
//! forgets the blobs the chain pruned or expired, and staged uploads certified a while ago are
//! released (others leave the staging area oldest first).

use crate::{
	cursor::BlobCursor,
	fetch::Fetcher,
	hex,
	sampler::{self, SamplerState},
	store::{BlobRoots, BlobStore},
	tx,
};
use frame_system_rpc_runtime_api::AccountNonceApi;
use futures::{StreamExt, TryStreamExt};
use sc_client_api::BlockchainEvents;
use sc_transaction_pool_api::TransactionPool;
use sp_api::{ApiExt, Core, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_keystore::KeystorePtr;
use sp_runtime::traits::Header as _;
use std::{
	collections::{BTreeSet, HashMap},
	sync::Arc,
};
use zerog_da_primitives::{BlobId, BlobState, BlobView, ChallengeId, DaApi};
use zerog_data::{
	blob::{fraud_proof_from_line, is_codeword, Axis, FraudProof},
	Hash,
};
use zerog_runtime::{
	opaque::Block, AccountId, Balance, BlockNumber, DaCommitmentsCall, Nonce, RuntimeCall,
};

/// Blocks between two passes pruning the store.
pub const PRUNE_EVERY: u32 = 20;
/// Blocks after which a transaction the chain has not acted on is sent again.
const RESEND_AFTER: BlockNumber = 5;
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
	/// The blobs seen.
	cursor: BlobCursor,
	/// (blob, key) attestations sent.
	/// (blob, key) attestations sent, with the block they were sent at: one the chain has not
	/// counted [`RESEND_AFTER`] blocks later is sent again.
	attested: HashMap<(BlobId, AccountId), BlockNumber>,
	/// Blobs proven badly encoded by this node.
	/// Blobs this node sent a fraud proof of, with the block it was sent at (sent again
	/// [`RESEND_AFTER`] blocks later if the blob is still not invalid).
	reported: HashMap<BlobId, BlockNumber>,
	/// (challenge, key) answers sent.
	/// (challenge, key) answers sent, with the block they were sent at (sent again
	/// [`RESEND_AFTER`] blocks later while still owed).
	answered: HashMap<(ChallengeId, AccountId), BlockNumber>,
}

/// The DA roles a node runs (`--da-signer`, `--da-sampler`, `--da-withhold`).
#[derive(Clone, Copy, Debug)]
pub struct DaRoles {
	/// Hold, check and attest the lines assigned to the node's keys, and answer challenges.
	pub sign: bool,
	/// Sample certified blobs to this confidence, if sampling.
	pub sample: Option<f64>,
	/// Tests only: answer no challenge (and serve no cell, see [`crate::protocol`]).
	pub withhold: bool,
}

/// Runs the node's DA roles until the node stops: on each new best block, the signer's step,
/// then the sampler's, one after the other so their transactions never race for a nonce.
pub async fn run<C, P>(
	client: Arc<C>,
	keystore: KeystorePtr,
	pool: Arc<P>,
	fetcher: Fetcher,
	roles: DaRoles,
) where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + BlockchainEvents<Block> + 'static,
	C::Api: DaApi<Block, AccountId, Balance, BlockNumber>
		+ AccountNonceApi<Block, AccountId, Nonce>
		+ Core<Block>,
	P: TransactionPool<Block = Block> + 'static,
{
	let mut blocks = client.import_notification_stream();
	let mut state = SignerState::default();
	let mut sampling = roles.sample.map(SamplerState::new);
	while let Some(block) = blocks.next().await {
		if !block.is_new_best {
			continue;
		}
		let number = *block.header.number();
		let at = block.hash;
		let api = client.runtime_api();
		if !api.has_api::<dyn DaApi<Block, AccountId, Balance, BlockNumber>>(at).unwrap_or(false) {
			continue;
		}
		if roles.sign {
			let stepped = step(&*client, &keystore, &*pool, &fetcher, &mut state, at, number).await;
			if let Err(error) = stepped {
				log::warn!(target: "da", "DA signer at block {number}: {error}");
			}
			if !roles.withhold {
				if let Err(error) =
					answer_challenges(&*client, &keystore, &*pool, &fetcher, &mut state, at, number)
						.await
				{
					log::warn!(target: "da", "DA challenges at block {number}: {error}");
				}
			}
			if number % PRUNE_EVERY == 0 {
				prune(&*client, &fetcher, at, number);
			}
		}
		if let Some(sampling) = sampling.as_mut() {
			if let Err(error) =
				sampler::step(&*client, &keystore, &*pool, &fetcher, sampling, at, number).await
			{
				log::warn!(target: "da", "DA sampler at block {number}: {error}");
			}
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
	number: BlockNumber,
) -> Result<(), String>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: DaApi<Block, AccountId, Balance, BlockNumber>
		+ AccountNonceApi<Block, AccountId, Nonce>
		+ Core<Block>,
	P: TransactionPool<Block = Block>,
{
	let api = client.runtime_api();
	let recent = |sent: Option<&BlockNumber>| {
		sent.is_some_and(|sent| number < sent.saturating_add(RESEND_AFTER))
	};
	let next = api.next_blob_id(at).map_err(|e| e.to_string())?;
	state.watching.extend(state.cursor.advance(next, LOOK_BACK));
	let keys = tx::local_keys(keystore);

	let mut batches: HashMap<AccountId, Vec<BlobId>> = HashMap::new();
	let watching: Vec<BlobId> = state.watching.iter().copied().collect();
	for id in watching {
		let Some(view) = api.blob(at, id).map_err(|e| e.to_string())? else {
			state.watching.remove(&id);
			continue;
		};
		if matches!(view.state, BlobState::Invalid { .. }) {
			state.watching.remove(&id);
			continue;
		}
		let mut held_by_all = true;
		let mut attested_by_all = true;
		for key in &keys {
			let Some(lines) =
				api.lines_of(at, view.epoch, key.clone()).map_err(|e| e.to_string())?
			else {
				continue;
			};
			match keep_lines(fetcher, &view, &lines.of_width(view.layout.width)).await {
				Ok(()) => {
					let open = matches!(
						view.state,
						BlobState::Pending { .. } | BlobState::Certified { .. }
					);
					let counted = view.attesters.contains(key)
						|| recent(state.attested.get(&(id, key.clone())));
					if open && !counted {
						attested_by_all = false;
						batches.entry(key.clone()).or_default().push(id);
					}
				},
				Err(KeepError::BadEncoding(proof)) => {
					held_by_all = false;
					if !recent(state.reported.get(&id)) {
						state.reported.insert(id, number);
						log::warn!(target: "da", "blob {id} is badly encoded: reporting it");
						let call =
							RuntimeCall::DaCommitments(DaCommitmentsCall::report_bad_encoding {
								id,
								proof: *proof,
							});
						if let Err(error) = tx::submit(client, keystore, pool, at, key, call).await
						{
							log::warn!(target: "da", "{key} cannot report blob {id}: {error}");
						}
					}
				},
				Err(KeepError::Other(error)) => {
					held_by_all = false;
					log::debug!(target: "da", "blob {id}: {error}");
				},
			}
		}
		let settled = !matches!(view.state, BlobState::Pending { .. });
		if held_by_all && settled && attested_by_all {
			state.watching.remove(&id);
		}
	}

	for (key, mut ids) in batches {
		ids.truncate(MAX_PER_ATTEST);
		let blobs = ids.clone().try_into().map_err(|_| "too many blobs for one attest")?;
		let call = RuntimeCall::DaCommitments(DaCommitmentsCall::attest { blobs });
		match tx::submit(client, keystore, pool, at, &key, call).await {
			Ok(()) => {
				log::info!(target: "da", "{key} attested blobs {ids:?}");
				state.attested.extend(ids.iter().map(|id| ((*id, key.clone()), number)));
			},
			Err(error) => log::warn!(target: "da", "{key} cannot attest {ids:?}: {error}"),
		}
	}
	state.attested.retain(|(id, _), _| state.watching.contains(id));
	state.reported.retain(|id, _| state.watching.contains(id));
	Ok(())
}

/// Why a signer does not hold its lines of a blob.
enum KeepError {
	/// A line is not a codeword: the proof of it.
	BadEncoding(Box<FraudProof>),
	/// A line or the roots could not be had or kept.
	Other(String),
}

impl From<String> for KeepError {
	fn from(error: String) -> Self {
		KeepError::Other(error)
	}
}

/// Fetches, checks and keeps the rows and columns `indices` of the blob.
async fn keep_lines(fetcher: &Fetcher, view: &View, indices: &[u32]) -> Result<(), KeepError> {
	let store: &BlobStore = &fetcher.source.store;
	let data_root = view.data_root;
	let roots = match store.roots(&data_root) {
		Some(roots) => roots,
		None => {
			let roots = fetcher.roots(&data_root).await.map_err(|e| e.to_string())?;
			if roots.layout != view.layout {
				let error = format!("blob {} has another layout than on chain", hex(&data_root));
				return Err(error.into());
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
) -> Result<(), KeepError> {
	let line = fetcher.line(&data_root, &roots, axis, index).await.map_err(|e| e.to_string())?;
	checked_encoding(&roots, axis, index, &line)?;
	fetcher
		.source
		.store
		.put_line(&data_root, axis, index, &line)
		.map_err(|e| KeepError::Other(e.to_string()))
}

/// `Ok` if `line`, already checked against its root, is a codeword; otherwise the fraud proof
/// that it is not, built from it.
fn checked_encoding(
	roots: &BlobRoots,
	axis: Axis,
	index: u32,
	line: &[u8],
) -> Result<(), KeepError> {
	match is_codeword(&roots.layout, line) {
		Ok(true) => Ok(()),
		Ok(false) => fraud_proof_from_line(&roots.layout, &roots.document, axis, index, line)
			.map(|proof| Err(KeepError::BadEncoding(Box::new(proof))))
			.map_err(|e| KeepError::Other(format!("cannot prove a bad line: {e:?}")))?,
		Err(e) => Err(KeepError::Other(format!("line {index}: {e:?}"))),
	}
}

/// Answers, for each local key, the open challenges it owes: the cell proven from the line
/// the key keeps (its row or its column).
async fn answer_challenges<C, P>(
	client: &C,
	keystore: &KeystorePtr,
	pool: &P,
	fetcher: &Fetcher,
	state: &mut SignerState,
	at: H256,
	number: BlockNumber,
) -> Result<(), String>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: DaApi<Block, AccountId, Balance, BlockNumber>
		+ AccountNonceApi<Block, AccountId, Nonce>
		+ Core<Block>,
	P: TransactionPool<Block = Block>,
{
	let challenges = client.runtime_api().open_challenges(at).map_err(|e| e.to_string())?;
	let keys = tx::local_keys(keystore);
	for challenge in &challenges {
		for key in keys.iter().filter(|key| challenge.owed_by.contains(key)) {
			let sent = state.answered.get(&(challenge.id, key.clone()));
			if sent.is_some_and(|sent| number < sent.saturating_add(RESEND_AFTER)) {
				continue;
			}
			let store = &fetcher.source.store;
			let Some(proven) = store.cell(&challenge.data_root, challenge.row, challenge.column)
			else {
				log::warn!(target: "da", "challenge {} owed by {key}: the cell is not kept", challenge.id);
				continue;
			};
			let call = RuntimeCall::DaCommitments(DaCommitmentsCall::respond {
				id: challenge.blob,
				row: challenge.row,
				column: challenge.column,
				cell: proven.cell,
				proof: proven.proof,
			});
			match tx::submit(client, keystore, pool, at, key, call).await {
				Ok(()) => {
					log::info!(target: "da", "{key} answered challenge {} of blob {}", challenge.id, challenge.blob);
					state.answered.insert((challenge.id, key.clone()), number);
				},
				Err(error) => {
					log::warn!(target: "da", "{key} cannot answer challenge {}: {error}", challenge.id)
				},
			}
		}
	}
	state.answered.retain(|(id, _), _| challenges.iter().any(|c| c.id == *id));
	Ok(())
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

#[cfg(test)]
mod tests {
	use super::*;
	use zerog_data::blob::{check_fraud_proof, CommittedBlob, Verdict};

	fn roots_of(blob: &CommittedBlob) -> BlobRoots {
		BlobRoots { layout: blob.layout, document: blob.roots_document.clone() }
	}

	#[test]
	fn a_signer_refuses_to_keep_and_attest_a_line_that_is_not_a_codeword_and_proves_it() {
		let bytes: Vec<u8> = (0..20_000u32).map(|i| (i * 11 % 253) as u8).collect();
		let bad = CommittedBlob::miscoded(&bytes, 6, 2).unwrap();
		let roots = roots_of(&bad);
		let row = bad.square.row(6).unwrap().to_vec();
		// The line matches its committed root: only its encoding is wrong.
		assert!(roots.check_line(&bad.data_root, Axis::Row, 6, &row).is_ok());
		match checked_encoding(&roots, Axis::Row, 6, &row) {
			Err(KeepError::BadEncoding(proof)) => assert_eq!(
				check_fraud_proof(&bad.data_root, &bad.layout, &proof),
				Ok(Verdict::BadEncoding)
			),
			_ => panic!("a line that is not a codeword must be refused with a fraud proof"),
		}
		// The other lines of the same blob are codewords and kept.
		let fine = bad.square.row(5).unwrap().to_vec();
		assert!(checked_encoding(&roots, Axis::Row, 5, &fine).is_ok());
	}

	#[test]
	fn every_line_of_an_honest_blob_is_a_codeword() {
		let blob = CommittedBlob::new(&[7u8; 9_000]).unwrap();
		let roots = roots_of(&blob);
		for index in 0..blob.layout.extended_width() {
			let row = blob.square.row(index as usize).unwrap().to_vec();
			let column = blob.square.column(index as usize).unwrap();
			assert!(checked_encoding(&roots, Axis::Row, index, &row).is_ok());
			assert!(checked_encoding(&roots, Axis::Column, index, &column).is_ok());
		}
	}
}
