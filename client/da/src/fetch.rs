//! Getting roots documents, lines and whole blobs: from this node (staged or kept), or from
//! peers over the line protocol, every answer checked against the blob's commitment.

use crate::{
	hex,
	protocol::{CellAnswer, CellResponse, LineRequest, LineResponse, LineSource, RootsResponse},
	store::{BlobRoots, StoreError},
};
use codec::{Decode, Encode};
use sc_network::{service::traits::NetworkService, IfDisconnected, PeerId, ProtocolName};
use sc_network_sync::SyncingService;
use std::sync::Arc;
use zerog_data::{
	blob::{verify_blob, verify_cell, Axis, BlobLayout},
	Hash,
};
use zerog_erasure::SquareError;
use zerog_runtime::opaque::Block;

/// Rows asked for at once when rebuilding a blob.
const CONCURRENT_LINES: usize = 16;

/// Why something could not be had.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
	/// Neither this node nor a connected peer has the blob's roots document.
	#[error("no peer serves blob {}", hex(&.0[..]))]
	UnknownBlob(Hash),
	/// Neither this node nor a connected peer serves the line.
	#[error("no peer serves {axis:?} {index} of blob {}", hex(&data_root[..]))]
	LineUnavailable { data_root: Hash, axis: Axis, index: u32 },
	/// Neither this node's kept lines nor a connected peer served the cell with a valid proof.
	#[error("no peer serves cell ({row}, {column}) of blob {} through its {axis:?}", hex(&data_root[..]))]
	CellUnavailable { data_root: Hash, axis: Axis, row: u32, column: u32 },
	/// Fewer than `k` rows could be had.
	#[error("only {found} of the {needed} rows needed could be fetched")]
	TooFewRows { found: usize, needed: usize },
	/// The rebuilt blob does not commit to its root.
	#[error("the rebuilt blob does not match {}", hex(&.0[..]))]
	WrongBlob(Hash),
	/// The store refused a line or document.
	#[error(transparent)]
	Store(#[from] StoreError),
}

/// Fetches for this node.
#[derive(Clone)]
pub struct Fetcher {
	/// What this node holds.
	pub source: LineSource,
	network: Arc<dyn NetworkService>,
	sync: Arc<SyncingService<Block>>,
	protocol: ProtocolName,
}

impl Fetcher {
	/// A fetcher over the node's lines and network.
	pub fn new(
		source: LineSource,
		network: Arc<dyn NetworkService>,
		sync: Arc<SyncingService<Block>>,
		protocol: ProtocolName,
	) -> Self {
		Self { source, network, sync, protocol }
	}

	async fn peers(&self) -> Vec<PeerId> {
		self.sync.peers_info().await.unwrap_or_default().into_iter().map(|(p, _)| p).collect()
	}

	async fn ask(&self, peer: PeerId, request: &LineRequest) -> Option<Vec<u8>> {
		let (response, _) = self
			.network
			.request(
				peer,
				self.protocol.clone(),
				request.encode(),
				None,
				IfDisconnected::ImmediateError,
			)
			.await
			.map_err(|e| log::debug!(target: "da", "{peer} did not answer: {e}"))
			.ok()?;
		Some(response)
	}

	/// The blob's roots document, checked against `data_root`.
	pub async fn roots(&self, data_root: &Hash) -> Result<BlobRoots, FetchError> {
		if let Some(roots) = self.source.roots(data_root) {
			return Ok(roots);
		}
		for peer in self.peers().await {
			let request = LineRequest::Roots { data_root: *data_root };
			let Some(bytes) = self.ask(peer, &request).await else { continue };
			if let Ok(Some(roots)) = RootsResponse::decode(&mut &bytes[..]) {
				match BlobRoots::checked(data_root, roots.layout, roots.document) {
					Ok(roots) => return Ok(roots),
					Err(e) => log::debug!(target: "da", "{peer} sent a bad roots document: {e}"),
				}
			}
		}
		Err(FetchError::UnknownBlob(*data_root))
	}

	/// Line `index` along `axis`, checked against its root.
	pub async fn line(
		&self,
		data_root: &Hash,
		roots: &BlobRoots,
		axis: Axis,
		index: u32,
	) -> Result<Vec<u8>, FetchError> {
		if let Some(line) = self.source.line(data_root, axis, index) {
			return Ok(line);
		}
		for peer in self.peers().await {
			let request = LineRequest::Line { data_root: *data_root, axis, index };
			let Some(bytes) = self.ask(peer, &request).await else { continue };
			if let Ok(Some(line)) = LineResponse::decode(&mut &bytes[..]) {
				match roots.check_line(data_root, axis, index, &line) {
					Ok(()) => return Ok(line),
					Err(e) => log::warn!(target: "da", "{peer} sent a bad line: {e}"),
				}
			}
		}
		Err(FetchError::LineUnavailable { data_root: *data_root, axis, index })
	}

	/// The cell at (`row`, `column`) with its proof through its line along `axis`, checked
	/// against `data_root`: from the line this node keeps, else from the first peer whose
	/// answer verifies. Staged uploads are not asked: a sample tests the signers.
	pub async fn cell(
		&self,
		data_root: &Hash,
		layout: &BlobLayout,
		axis: Axis,
		row: u32,
		column: u32,
	) -> Result<CellAnswer, FetchError> {
		let verifies = |answer: &CellAnswer| {
			verify_cell(data_root, layout, axis, row, column, &answer.cell, &answer.proof).is_ok()
		};
		if let Some(proven) = self.source.store.cell_through(data_root, axis, row, column) {
			let answer = CellAnswer { cell: proven.cell, proof: proven.proof };
			if verifies(&answer) {
				return Ok(answer);
			}
		}
		let request = LineRequest::Cell { data_root: *data_root, axis, row, column };
		for peer in self.peers().await {
			let Some(bytes) = self.ask(peer, &request).await else { continue };
			match CellResponse::decode(&mut &bytes[..]) {
				Ok(Some(answer)) if verifies(&answer) => return Ok(answer),
				Ok(Some(_)) => log::warn!(target: "da", "{peer} sent a cell that does not verify"),
				_ => {},
			}
		}
		Err(FetchError::CellUnavailable { data_root: *data_root, axis, row, column })
	}

	/// The blob, rebuilt from any `k` of its rows and checked against `data_root`: each row
	/// is checked against its root as it comes, so `k` original rows are the blob; a blob
	/// decoded from parity rows is checked by its original rows ([`verify_blob`]).
	pub async fn blob(&self, data_root: &Hash) -> Result<Vec<u8>, FetchError> {
		if let Some(committed) = self.source.staging.committed(data_root) {
			return Ok(committed.bytes());
		}
		let roots = self.roots(data_root).await?;
		let layout = roots.layout;
		let k = layout.width as usize;
		let mut rows: Vec<(usize, Vec<u8>)> = Vec::with_capacity(k);
		let indices: Vec<u32> = (0..layout.extended_width()).collect();
		for batch in indices.chunks(CONCURRENT_LINES) {
			let fetched = futures::future::join_all(
				batch.iter().map(|index| self.line(data_root, &roots, Axis::Row, *index)),
			)
			.await;
			for (index, line) in batch.iter().zip(fetched) {
				if let Ok(line) = line {
					rows.push((*index as usize, line));
				}
			}
			if rows.len() >= k {
				break;
			}
		}
		if rows.len() < k {
			return Err(FetchError::TooFewRows { found: rows.len(), needed: k });
		}
		rows.truncate(k);
		let blob = rebuild(layout, &rows).ok_or(FetchError::WrongBlob(*data_root))?;
		let decoded = rows.iter().any(|(index, _)| *index >= k);
		if decoded {
			verify_blob(data_root, &roots.document, &blob)
				.map_err(|_| FetchError::WrongBlob(*data_root))?;
		}
		Ok(blob)
	}
}

/// The blob from `k` rows of its extended square: each original column is decoded from the
/// rows' cells in it (on every core), unless the rows are the original ones.
pub fn rebuild(layout: zerog_data::blob::BlobLayout, rows: &[(usize, Vec<u8>)]) -> Option<Vec<u8>> {
	let k = layout.width as usize;
	let cell = layout.cell_len as usize;
	let mut original = vec![0u8; k * k * cell];
	if rows.iter().all(|(index, _)| *index < k) && rows.len() == k {
		for (index, row) in rows {
			original[index * k * cell..(index + 1) * k * cell].copy_from_slice(&row[..k * cell]);
		}
	} else {
		let columns = zerog_erasure::lines::try_map(
			k,
			|| (),
			|_, column| {
				let present: Vec<(usize, &[u8])> = rows
					.iter()
					.map(|(index, row)| {
						Some((*index, row.get(column * cell..(column + 1) * cell)?))
					})
					.collect::<Option<_>>()
					.ok_or(SquareError::WrongLength)?;
				zerog_erasure::reconstruct_line(k, cell, &present)
			},
		)
		.ok()?;
		for (column, line) in columns.iter().enumerate() {
			for r in 0..k {
				let at = (r * k + column) * cell;
				original[at..at + cell].copy_from_slice(&line[r * cell..(r + 1) * cell]);
			}
		}
	}
	original.truncate(layout.len as usize);
	Some(original)
}

#[cfg(test)]
mod tests {
	use super::*;
	use zerog_data::blob::CommittedBlob;

	#[test]
	fn a_blob_is_rebuilt_from_any_k_rows() {
		let bytes: Vec<u8> = (0..40_000u32).map(|i| (i * 13 % 251) as u8).collect();
		let blob = CommittedBlob::new(&bytes).unwrap();
		let k = blob.layout.width as usize;
		let row = |r: usize| (r, blob.square.row(r).unwrap().to_vec());
		let original: Vec<_> = (0..k).map(row).collect();
		assert_eq!(rebuild(blob.layout, &original).unwrap(), bytes);
		let parity: Vec<_> = (k..2 * k).map(row).collect();
		assert_eq!(rebuild(blob.layout, &parity).unwrap(), bytes);
		let mixed: Vec<_> = (0..2 * k).step_by(2).map(row).collect();
		assert_eq!(rebuild(blob.layout, &mixed).unwrap(), bytes);
	}
}
