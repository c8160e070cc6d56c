//! The DA sampler role: checks that certified blobs can really be had, the way a light client
//! would, and tells the chain.
//!
//! For each blob certified since it started (a few blocks after its certificate, so the last
//! attesters have kept their lines), the sampler draws `s` cells from the block's hash
//! (chain randomness) and a seed of its own that never leaves the node, so no signer can tell
//! which cells it will ask for; `s` is the fewest samples that reach the target confidence for
//! the blob's width ([`samples_for_width`]). It asks for each cell twice, through its row and
//! through its column, from the lines this node keeps or from its peers, and verifies every
//! answer against the on-chain `data_root`. A cell counts as sampled if either proof arrived;
//! a line through which no peer served it means its holders withheld it, and the sampler opens
//! an availability challenge on the first such cell that still does not come when asked again
//! and whose withheld line an attester of the blob holds (one per blob; a line only
//! non-attesters hold binds no one). Then it sends `report_samples(blob, sampled, ok)`, unless
//! the blob already has all the reports the chain takes. Both go from the node's first DA key
//! (key type `zgda`) that is a signer of the blob's epoch; a node without one samples and logs
//! only.

use crate::{cursor::BlobCursor, fetch::Fetcher, tx};
use codec::Encode;
use frame_system_rpc_runtime_api::AccountNonceApi;
use sc_transaction_pool_api::TransactionPool;
use sp_api::{Core, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_core::{Pair, H256};
use sp_keystore::KeystorePtr;
use std::collections::BTreeSet;
use zerog_da_primitives::{BlobId, BlobState, BlobView, DaApi};
use zerog_data::{
	blob::Axis,
	sampling::{confidence, sample_cells, samples_for_width},
};
use zerog_runtime::{
	opaque::Block, AccountId, Balance, BlockNumber, DaCommitmentsCall, Nonce, RuntimeCall,
};

/// How far back a starting sampler looks for blobs.
const LOOK_BACK: BlobId = 256;
/// Cells asked for at once.
const CELL_FETCHES: usize = 16;
/// Blocks a blob's certificate ages before it is sampled, so the signers that attested last
/// have kept their lines.
const SAMPLE_AFTER: BlockNumber = 3;
/// The most sample reports the chain takes per blob (the runtime's `MaxSampleReports`): a
/// sampler does not send one the chain would refuse.
const MAX_SAMPLE_REPORTS: u32 = 16;

type View = BlobView<AccountId, Balance, BlockNumber>;

/// What the sampler keeps between blocks.
pub struct SamplerState {
	/// The confidence each blob is sampled to.
	target: f64,
	/// The node's own seed: no one else knows which cells it draws.
	seed: [u8; 32],
	/// Blobs seen but not yet sampled (pending ones wait for their certificate).
	waiting: BTreeSet<BlobId>,
	/// The blobs seen.
	cursor: BlobCursor,
}

impl SamplerState {
	/// A sampler aiming at `target` confidence, with a fresh random seed.
	pub fn new(target: f64) -> Self {
		let (_, seed) = sp_core::sr25519::Pair::generate();
		Self { target, seed, waiting: BTreeSet::new(), cursor: BlobCursor::default() }
	}
}

/// What sampling one blob found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
	/// Cells drawn.
	pub sampled: u32,
	/// Cells that arrived with a valid proof through their row or their column.
	pub ok: u32,
	/// The cells some line's holders did not serve, with that line's axis.
	pub withheld: Vec<Withheld>,
	/// Bytes of cells and proofs received.
	pub bytes: usize,
}

/// A sampled cell that did not come through one of its lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Withheld {
	/// The cell's row.
	pub row: u32,
	/// The cell's column.
	pub column: u32,
	/// The line through which it did not come.
	pub axis: Axis,
}

impl Withheld {
	/// The index of the line through which the cell did not come.
	pub fn line(&self) -> u32 {
		match self.axis {
			Axis::Row => self.row,
			Axis::Column => self.column,
		}
	}
}

/// Samples the blobs certified since the last step and reports on them.
pub async fn step<C, P>(
	client: &C,
	keystore: &KeystorePtr,
	pool: &P,
	fetcher: &Fetcher,
	state: &mut SamplerState,
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
	let next = api.next_blob_id(at).map_err(|e| e.to_string())?;
	state.waiting.extend(state.cursor.advance(next, LOOK_BACK));
	let keys = tx::local_keys(keystore);
	let waiting: Vec<BlobId> = state.waiting.iter().copied().collect();
	for id in waiting {
		let Some(view) = api.blob(at, id).map_err(|e| e.to_string())? else {
			state.waiting.remove(&id);
			continue;
		};
		match view.state {
			BlobState::Pending { .. } => continue,
			BlobState::Certified { at: certified, .. } => {
				if number < certified.saturating_add(SAMPLE_AFTER) {
					continue;
				}
			},
			BlobState::Unavailable { .. } | BlobState::Invalid { .. } => {
				state.waiting.remove(&id);
				continue;
			},
		}
		state.waiting.remove(&id);
		let started = std::time::Instant::now();
		let outcome = sample(fetcher, &view, &at.0, &state.seed, state.target).await;
		let k = u32::from(view.layout.width);
		let reached =
			if outcome.ok == outcome.sampled { confidence(k, outcome.sampled) } else { 0.0 };
		log::info!(
			target: "da",
			"sampled blob {id}: {} of {} cells, {} B of cells and proofs in {} ms, confidence {:.4}%",
			outcome.ok,
			outcome.sampled,
			outcome.bytes,
			started.elapsed().as_millis(),
			reached * 100.0,
		);
		// Reports and challenges go from a key staked as a signer of the blob's epoch.
		let signers = api.signers(at, view.epoch).map_err(|e| e.to_string())?;
		let Some(reporter) = keys.iter().find(|key| signers.iter().any(|(s, _)| s == *key)) else {
			continue;
		};
		let withheld = confirmed(fetcher, &view, outcome.withheld).await;
		if let Some(Withheld { row, column, .. }) =
			challengeable(client, at, &view, reporter, &withheld)?
		{
			let already = api
				.open_challenges(at)
				.map_err(|e| e.to_string())?
				.iter()
				.any(|c| c.blob == id && c.row == row && c.column == column);
			if !already {
				log::warn!(target: "da", "blob {id}: cell ({row}, {column}) withheld, challenging");
				let call =
					RuntimeCall::DaCommitments(DaCommitmentsCall::challenge { id, row, column });
				if let Err(error) = tx::submit(client, keystore, pool, at, reporter, call).await {
					log::warn!(target: "da", "cannot challenge blob {id}: {error}");
				}
			}
		}
		if view.sampling.reports >= MAX_SAMPLE_REPORTS {
			continue;
		}
		let call = RuntimeCall::DaCommitments(DaCommitmentsCall::report_samples {
			id,
			sampled: outcome.sampled,
			ok: outcome.ok,
		});
		if let Err(error) = tx::submit(client, keystore, pool, at, reporter, call).await {
			log::warn!(target: "da", "cannot report samples of blob {id}: {error}");
		}
	}
	Ok(())
}

/// Samples one blob: draws its cells from `randomness` and `seed`, and asks for each through
/// its row and its column.
pub async fn sample(
	fetcher: &Fetcher,
	view: &View,
	randomness: &[u8; 32],
	seed: &[u8; 32],
	target: f64,
) -> Outcome {
	use futures::StreamExt;
	let layout = view.layout;
	let count = samples_for_width(u32::from(layout.width), target);
	let cells = sample_cells(randomness, seed, &view.data_root, layout.extended_width(), count);
	let checks = futures::stream::iter(cells.iter().copied())
		.map(|(row, column)| async move {
			let through_row = fetcher.cell(&view.data_root, &layout, Axis::Row, row, column).await;
			let through_column =
				fetcher.cell(&view.data_root, &layout, Axis::Column, row, column).await;
			let bytes = [&through_row, &through_column]
				.into_iter()
				.flatten()
				.map(|answer| answer.cell.len() + answer.proof.encoded_size())
				.sum::<usize>();
			(row, column, through_row.is_ok(), through_column.is_ok(), bytes)
		})
		.buffered(CELL_FETCHES)
		.collect::<Vec<_>>()
		.await;
	let mut outcome = Outcome { sampled: count, ..Default::default() };
	for (row, column, by_row, by_column, bytes) in checks {
		outcome.bytes += bytes;
		if by_row || by_column {
			outcome.ok += 1;
		}
		for (axis, came) in [(Axis::Row, by_row), (Axis::Column, by_column)] {
			if !came {
				outcome.withheld.push(Withheld { row, column, axis });
			}
		}
	}
	outcome
}

/// The withheld cells that still do not come through their line when asked again: a peer
/// slow to answer or briefly unreachable is not worth a challenge's deposit.
async fn confirmed(fetcher: &Fetcher, view: &View, withheld: Vec<Withheld>) -> Vec<Withheld> {
	let mut still = Vec::new();
	for cell in withheld {
		let again =
			fetcher.cell(&view.data_root, &view.layout, cell.axis, cell.row, cell.column).await;
		if again.is_err() {
			still.push(cell);
		}
	}
	still
}

/// The first withheld cell whose withheld line an attester of the blob other than `challenger`
/// holds: a challenge of it binds that attester (a challenger owes itself nothing).
fn challengeable<C>(
	client: &C,
	at: H256,
	view: &View,
	challenger: &AccountId,
	withheld: &[Withheld],
) -> Result<Option<Withheld>, String>
where
	C: ProvideRuntimeApi<Block>,
	C::Api: DaApi<Block, AccountId, Balance, BlockNumber>,
{
	if withheld.is_empty() {
		return Ok(None);
	}
	let api = client.runtime_api();
	let mut held = BTreeSet::new();
	for attester in view.attesters.iter().filter(|attester| *attester != challenger) {
		if let Some(lines) =
			api.lines_of(at, view.epoch, attester.clone()).map_err(|e| e.to_string())?
		{
			held.extend(lines.of_width(view.layout.width));
		}
	}
	Ok(withheld.iter().copied().find(|cell| held.contains(&cell.line())))
}
