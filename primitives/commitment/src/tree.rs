//! The shape of BLAKE3's tree over an input, and the ranges proofs talk about.

use crate::CHUNK_LEN;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::ops::Range;
use scale_info::TypeInfo;

/// A byte range of an input that starts on a chunk boundary and ends on one or at the end of
/// the input, so that it is a union of whole BLAKE3 chunks.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct ChunkRange {
	/// First byte.
	pub start: u64,
	/// One past the last byte.
	pub end: u64,
}

impl ChunkRange {
	/// The range of chunk `index` of an input of `total_len` bytes, if that chunk exists.
	pub fn chunk(index: u64, total_len: u64) -> Option<Self> {
		let start = index.checked_mul(CHUNK_LEN)?;
		if start >= total_len {
			return None;
		}
		Some(Self { start, end: start.saturating_add(CHUNK_LEN).min(total_len) })
	}

	/// Its length in bytes.
	pub fn len(&self) -> u64 {
		self.end.saturating_sub(self.start)
	}

	/// Whether it holds no bytes.
	pub fn is_empty(&self) -> bool {
		self.len() == 0
	}

	/// As a standard range.
	pub fn as_range(&self) -> Range<u64> {
		self.start..self.end
	}
}

/// Whether `ranges` are non-empty, chunk-aligned, inside an input of `total_len` bytes,
/// sorted and disjoint.
pub fn is_chunk_aligned(ranges: &[ChunkRange], total_len: u64) -> bool {
	let mut previous_end = 0;
	for (i, r) in ranges.iter().enumerate() {
		let aligned_end = r.end % CHUNK_LEN == 0 || r.end == total_len;
		if r.start % CHUNK_LEN != 0 || !aligned_end || r.start >= r.end || r.end > total_len {
			return false;
		}
		if i > 0 && r.start < previous_end {
			return false;
		}
		previous_end = r.end;
	}
	true
}

/// A node of the tree: the subtree over `start..start + len`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Node {
	pub start: u64,
	pub len: u64,
}

/// How a node relates to the ranges being proven.
pub(crate) enum Coverage {
	/// No proven byte lies in it.
	Outside,
	/// Every byte of it is proven.
	Inside,
	/// Some bytes are proven: split it.
	Partial,
}

impl Node {
	pub fn end(&self) -> u64 {
		self.start + self.len
	}

	/// Its two children. Only for nodes that are not leaves.
	pub fn children(&self) -> (Node, Node) {
		let left = blake3::hazmat::left_subtree_len(self.len);
		(
			Node { start: self.start, len: left },
			Node { start: self.start + left, len: self.len - left },
		)
	}

	/// How `ranges` (sorted, disjoint) cover it.
	pub fn coverage(&self, ranges: &[ChunkRange]) -> Coverage {
		let mut covered = 0u64;
		for r in ranges {
			if r.end <= self.start {
				continue;
			}
			if r.start >= self.end() {
				break;
			}
			covered += r.end.min(self.end()) - r.start.max(self.start);
		}
		match covered {
			0 => Coverage::Outside,
			c if c == self.len => Coverage::Inside,
			_ => Coverage::Partial,
		}
	}
}
