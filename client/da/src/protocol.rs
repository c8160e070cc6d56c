//! The line protocol: a request-response protocol on the node's own network through which
//! nodes ask each other for blobs' roots documents and lines.
//!
//! A request names a blob by `data_root` and asks for its roots document (with its layout),
//! one row or column, or one cell with its proof through a given row or column (what samplers
//! ask for); the answer is the bytes, or nothing if the peer holds neither a staged copy nor
//! the line. Cells are served only from lines a node keeps as a signer, never from staged
//! uploads: a sample tests the signers. Everything is SCALE; the asker checks every answer
//! against the commitment.

use crate::{
	hex,
	staging::Staging,
	store::{BlobRoots, BlobStore},
};
use codec::{Decode, Encode};
use futures::StreamExt;
use sc_network::{
	request_responses::{IncomingRequest, OutgoingResponse},
	NetworkBackend, ProtocolName, ReputationChange,
};
use std::time::Duration;
use zerog_data::{
	blob::{Axis, CellProof},
	Hash,
};
use zerog_runtime::opaque::Block;

/// The longest line: 256 cells of 2 KiB (a 32 MiB blob's).
pub const MAX_LINE_LEN: u64 = 512 << 10;
/// Requests waiting to be answered before new ones are refused.
const INBOUND_QUEUE: usize = 256;
/// What a peer loses for a request that does not decode: honest nodes never send one.
pub const MALFORMED_REQUEST_COST: ReputationChange =
	ReputationChange::new(-(1 << 12), "zerog: malformed DA request");

/// What a peer asks for.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub enum LineRequest {
	/// The blob's layout and roots document.
	Roots {
		/// The blob.
		data_root: Hash,
	},
	/// One row or column of the extended square.
	Line {
		/// The blob.
		data_root: Hash,
		/// Row or column.
		axis: Axis,
		/// Which one.
		index: u32,
	},
	/// One cell with its proof through the line along `axis`.
	Cell {
		/// The blob.
		data_root: Hash,
		/// Through its row or its column.
		axis: Axis,
		/// The cell's row.
		row: u32,
		/// The cell's column.
		column: u32,
	},
}

/// A cell and its proof, as [`LineRequest::Cell`] is answered.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct CellAnswer {
	/// The cell's bytes.
	pub cell: Vec<u8>,
	/// From the cell through the asked line to the `data_root`.
	pub proof: CellProof,
}

/// The answer to [`LineRequest::Roots`].
pub type RootsResponse = Option<BlobRoots>;
/// The answer to [`LineRequest::Line`].
pub type LineResponse = Option<Vec<u8>>;
/// The answer to [`LineRequest::Cell`].
pub type CellResponse = Option<CellAnswer>;

/// The protocol's name on a chain with this genesis.
pub fn protocol_name(genesis: &[u8]) -> ProtocolName {
	format!("/{}/zerog/da/1", hex(genesis).trim_start_matches("0x")).into()
}

/// The protocol's configuration and the stream of requests peers send.
pub fn configure<N: NetworkBackend<Block, <Block as sp_runtime::traits::Block>::Hash>>(
	name: ProtocolName,
) -> (N::RequestResponseProtocolConfig, async_channel::Receiver<IncomingRequest>) {
	let (tx, rx) = async_channel::bounded(INBOUND_QUEUE);
	let config = N::request_response_config(
		name,
		Vec::new(),
		1024,
		MAX_LINE_LEN + 1024,
		Duration::from_secs(20),
		Some(tx),
	);
	(config, rx)
}

/// What a node serves lines from: its staged uploads and its store.
#[derive(Clone)]
pub struct LineSource {
	/// Blobs uploaded through this node.
	pub staging: Staging,
	/// Lines this node holds.
	pub store: BlobStore,
	/// `--da-withhold` (tests only): refuse every cell request, as a signer hiding its lines
	/// from samplers would.
	pub withhold_cells: bool,
}

impl LineSource {
	/// The blob's roots document, staged or kept.
	pub fn roots(&self, data_root: &Hash) -> Option<BlobRoots> {
		self.staging.roots(data_root).or_else(|| self.store.roots(data_root))
	}

	/// The cell at (`row`, `column`) with its proof through the kept line along `axis`;
	/// nothing when withholding.
	pub fn cell(&self, data_root: &Hash, axis: Axis, row: u32, column: u32) -> CellResponse {
		if self.withhold_cells {
			return None;
		}
		let proven = self.store.cell_through(data_root, axis, row, column)?;
		Some(CellAnswer { cell: proven.cell, proof: proven.proof })
	}

	/// Line `index` along `axis` of the blob, staged or kept.
	pub fn line(&self, data_root: &Hash, axis: Axis, index: u32) -> Option<Vec<u8>> {
		self.staging
			.line(data_root, axis, index)
			.or_else(|| self.store.line(data_root, axis, index))
	}
}

/// Answers peers' requests from `source`, one at a time.
pub async fn serve(source: LineSource, mut requests: async_channel::Receiver<IncomingRequest>) {
	while let Some(request) = requests.next().await {
		let _ = request.pending_response.send(respond(&source, &request.payload));
	}
}

/// The response to one request, or a refusal that costs a malformed request's sender
/// [`MALFORMED_REQUEST_COST`].
pub fn respond(source: &LineSource, payload: &[u8]) -> OutgoingResponse {
	let answer = match LineRequest::decode(&mut &payload[..]) {
		Ok(LineRequest::Roots { data_root }) => Ok(source.roots(&data_root).encode()),
		Ok(LineRequest::Line { data_root, axis, index }) => {
			Ok(source.line(&data_root, axis, index).encode())
		},
		Ok(LineRequest::Cell { data_root, axis, row, column }) => {
			Ok(source.cell(&data_root, axis, row, column).encode())
		},
		Err(_) => Err(()),
	};
	let reputation_changes = if answer.is_err() { vec![MALFORMED_REQUEST_COST] } else { vec![] };
	OutgoingResponse { result: answer, reputation_changes, sent_feedback: None }
}

#[cfg(test)]
mod tests {
	use super::*;
	use zerog_data::blob::CommittedBlob;

	fn source_with(blob: CommittedBlob) -> LineSource {
		let source = LineSource {
			staging: Staging::default(),
			store: BlobStore::in_memory(),
			withhold_cells: false,
		};
		source.staging.stage(blob);
		source
	}

	#[test]
	fn roots_and_lines_are_served_from_a_staged_blob() {
		let blob = CommittedBlob::new(&[3u8; 5000]).unwrap();
		let (root, row) = (blob.data_root, blob.square.row(1).unwrap().to_vec());
		let source = source_with(blob);
		let response = respond(
			&source,
			&LineRequest::Line { data_root: root, axis: Axis::Row, index: 1 }.encode(),
		);
		assert_eq!(LineResponse::decode(&mut &response.result.unwrap()[..]).unwrap(), Some(row));
		let response = respond(&source, &LineRequest::Roots { data_root: root }.encode());
		let roots = RootsResponse::decode(&mut &response.result.unwrap()[..]).unwrap().unwrap();
		assert!(BlobRoots::checked(&root, roots.layout, roots.document).is_ok());
	}

	#[test]
	fn an_unknown_blob_is_answered_with_nothing_at_no_cost() {
		let source = source_with(CommittedBlob::new(&[3u8; 10]).unwrap());
		let response = respond(&source, &LineRequest::Roots { data_root: [9; 32] }.encode());
		assert!(response.reputation_changes.is_empty());
		assert_eq!(RootsResponse::decode(&mut &response.result.unwrap()[..]).unwrap(), None);
	}

	#[test]
	fn a_request_that_does_not_decode_costs_reputation() {
		let source = source_with(CommittedBlob::new(&[3u8; 10]).unwrap());
		let response = respond(&source, &[0xff, 0x01]);
		assert!(response.result.is_err());
		assert_eq!(response.reputation_changes, vec![MALFORMED_REQUEST_COST]);
	}

	#[test]
	fn cells_are_served_with_proofs_from_kept_lines_only_and_never_when_withholding() {
		let blob = CommittedBlob::new(&[5u8; 5000]).unwrap();
		let root = blob.data_root;
		let mut source = source_with(CommittedBlob::new(&[5u8; 5000]).unwrap());
		let ask = |source: &LineSource| {
			let request =
				LineRequest::Cell { data_root: root, axis: Axis::Column, row: 4, column: 2 };
			let response = respond(source, &request.encode());
			CellResponse::decode(&mut &response.result.unwrap()[..]).unwrap()
		};
		assert_eq!(ask(&source), None, "a staged upload is not a signer's line");
		let roots = BlobRoots { layout: blob.layout, document: blob.roots_document.clone() };
		source.store.put_roots(&root, &roots).unwrap();
		source.store.put_line(&root, Axis::Column, 2, &blob.square.column(2).unwrap()).unwrap();
		let answer = ask(&source).expect("the kept column proves the cell");
		let proven = zerog_data::blob::verify_cell(
			&root,
			&blob.layout,
			Axis::Column,
			4,
			2,
			&answer.cell,
			&answer.proof,
		);
		assert!(proven.is_ok());
		source.withhold_cells = true;
		assert_eq!(ask(&source), None);
	}
}
