//! Building and checking proofs of chunk-aligned ranges against a BLAKE3 root.

use crate::{
	tree::{is_chunk_aligned, ChunkRange, Coverage, Node},
	ChainingValue, Hash,
};
use alloc::vec::Vec;
use blake3::hazmat::{merge_subtrees_non_root, merge_subtrees_root, HasherExt, Mode};
use codec::{Decode, DecodeWithMemTracking, Encode};
use scale_info::TypeInfo;

/// The chaining values of every maximal subtree that holds none of the proven ranges, in
/// depth-first, left-to-right order. With the proven bytes they determine the root.
#[derive(Clone, Debug, Default, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct Proof {
	/// The chaining values.
	pub nodes: Vec<ChainingValue>,
}

/// Why a proof could not be built or did not verify.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProofError {
	/// No range was given: a proof must show some bytes.
	NoRanges,
	/// The ranges are not chunk-aligned, sorted, disjoint and inside the data.
	MisalignedRanges,
	/// There is not one piece of data per range.
	PieceCountMismatch,
	/// A piece's length differs from its range's.
	PieceLengthMismatch,
	/// The proof ended before the tree did.
	TooFewNodes,
	/// The proof holds nodes the tree does not need.
	TooManyNodes,
	/// The recomputed root differs from the commitment.
	RootMismatch,
	/// The prover lacks bytes or chaining values it needs.
	MissingData,
}

/// Proves `ranges` of `data`.
pub fn prove(data: &[u8], ranges: &[ChunkRange]) -> Result<Proof, ProofError> {
	let total_len = data.len() as u64;
	check_ranges(ranges, total_len)?;
	let mut nodes = Vec::new();
	collect(data, Node { start: 0, len: total_len }, ranges, &mut nodes);
	Ok(Proof { nodes })
}

fn collect(data: &[u8], node: Node, ranges: &[ChunkRange], out: &mut Vec<ChainingValue>) {
	match node.coverage(ranges) {
		Coverage::Inside => {},
		Coverage::Outside => {
			let bytes = &data[node.start as usize..node.end() as usize];
			out.push(non_root_cv(node.start, &[bytes]));
		},
		Coverage::Partial => {
			let (left, right) = node.children();
			collect(data, left, ranges, out);
			collect(data, right, ranges, out);
		},
	}
}

/// Checks that `pieces`, the bytes of `ranges` of some data of `total_len` bytes, belong to
/// the data committed to by `root`.
///
/// `total_len` must come from a trusted source, such as the order on chain: chaining values
/// bind the content of subtrees but not their lengths, so a proof does not establish the
/// length of the data by itself.
pub fn verify(
	root: &Hash,
	total_len: u64,
	ranges: &[ChunkRange],
	pieces: &[&[u8]],
	proof: &Proof,
) -> Result<(), ProofError> {
	check_ranges(ranges, total_len)?;
	if pieces.len() != ranges.len() {
		return Err(ProofError::PieceCountMismatch);
	}
	if ranges.iter().zip(pieces).any(|(r, p)| p.len() as u64 != r.len()) {
		return Err(ProofError::PieceLengthMismatch);
	}

	let whole = Node { start: 0, len: total_len };
	let computed = match whole.coverage(ranges) {
		Coverage::Inside => {
			let mut hasher = blake3::Hasher::new();
			pieces.iter().for_each(|p| {
				hasher.update(p);
			});
			if !proof.nodes.is_empty() {
				return Err(ProofError::TooManyNodes);
			}
			*hasher.finalize().as_bytes()
		},
		Coverage::Outside => return Err(ProofError::NoRanges),
		Coverage::Partial => {
			let mut cursor = Cursor { nodes: &proof.nodes, next: 0, ranges, pieces };
			let (left, right) = whole.children();
			let left_cv = cursor.recompute(left)?;
			let right_cv = cursor.recompute(right)?;
			if cursor.next != proof.nodes.len() {
				return Err(ProofError::TooManyNodes);
			}
			*merge_subtrees_root(&left_cv, &right_cv, Mode::Hash).as_bytes()
		},
	};
	if &computed == root {
		Ok(())
	} else {
		Err(ProofError::RootMismatch)
	}
}

fn check_ranges(ranges: &[ChunkRange], total_len: u64) -> Result<(), ProofError> {
	if ranges.is_empty() {
		return Err(ProofError::NoRanges);
	}
	if !is_chunk_aligned(ranges, total_len) {
		return Err(ProofError::MisalignedRanges);
	}
	Ok(())
}

/// Walks the tree while reading proof nodes in order.
struct Cursor<'a> {
	nodes: &'a [ChainingValue],
	next: usize,
	ranges: &'a [ChunkRange],
	pieces: &'a [&'a [u8]],
}

impl Cursor<'_> {
	fn recompute(&mut self, node: Node) -> Result<ChainingValue, ProofError> {
		match node.coverage(self.ranges) {
			Coverage::Outside => {
				let cv = self.nodes.get(self.next).ok_or(ProofError::TooFewNodes)?;
				self.next += 1;
				Ok(*cv)
			},
			Coverage::Inside => Ok(non_root_cv(node.start, &self.bytes_of(node))),
			Coverage::Partial => {
				let (left, right) = node.children();
				let left_cv = self.recompute(left)?;
				let right_cv = self.recompute(right)?;
				Ok(merge_subtrees_non_root(&left_cv, &right_cv, Mode::Hash))
			},
		}
	}

	/// The proven bytes that make up `node`, which the ranges cover entirely.
	fn bytes_of(&self, node: Node) -> Vec<&[u8]> {
		self.ranges
			.iter()
			.zip(self.pieces)
			.filter(|(r, _)| r.end > node.start && r.start < node.end())
			.map(|(r, piece)| {
				let from = (node.start.max(r.start) - r.start) as usize;
				let to = (node.end().min(r.end) - r.start) as usize;
				&piece[from..to]
			})
			.collect()
	}
}

/// The chaining value of the subtree at `offset` made of `parts` in order.
pub(crate) fn non_root_cv(offset: u64, parts: &[&[u8]]) -> ChainingValue {
	let mut hasher = blake3::Hasher::new();
	hasher.set_input_offset(offset);
	for part in parts {
		hasher.update(part);
	}
	hasher.finalize_non_root()
}
