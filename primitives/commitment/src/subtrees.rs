//! Proving chunks while reading only their 64 KiB blocks: the chaining values of the 64 KiB
//! subtrees of BLAKE3's tree, and of every complete subtree above them, kept beside the data.
//!
//! BLAKE3 splits a subtree of more than one 64 KiB block at a multiple of 64 KiB (its left
//! child is the largest power of two of chunks below its length), so every block is a node of
//! the tree, and so is every run of `2^j` whole blocks starting at a multiple of `2^j` blocks.
//! The other nodes above the blocks lie on the tree's right edge; each merges a stored left
//! child with a right child found the same way, so any node's chaining value costs at most
//! one lookup per level. A proof of `c` chunks then reads `c` blocks and `O(c · depth)`
//! chaining values instead of the whole input, and its nodes are exactly those
//! [`crate::prove`] computes by hashing everything.

use crate::{
	proof::{non_root_cv, ProofError},
	tree::{is_chunk_aligned, ChunkRange, Coverage, Node},
	ChainingValue, Proof,
};
use alloc::{collections::BTreeMap, vec, vec::Vec};
use blake3::hazmat::{merge_subtrees_non_root, Mode};

/// Bytes in a block: 64 chunks.
pub const BLOCK_LEN: u64 = 64 * crate::CHUNK_LEN;

/// What a prover reads: blocks of the data and the stored chaining values.
pub trait SubtreeSource {
	/// Block `index` (`BLOCK_LEN` bytes; the last block of the data may be shorter).
	fn block(&mut self, index: u64) -> Option<Vec<u8>>;
	/// The chaining value of the `index`-th run of `2^level` blocks ([`SubtreeLevels`]).
	fn chaining_value(&mut self, level: u32, index: u64) -> Option<ChainingValue>;
}

/// The chaining values kept beside data of some length: `levels[0]` holds one per block (the
/// last one possibly shorter), `levels[j]` one per run of `2^j` whole blocks aligned on
/// `2^j` blocks.
pub type SubtreeLevels = Vec<Vec<ChainingValue>>;

/// The chaining value of block `index` holding `bytes`, as the tree over the whole data has
/// it (the non-root form, whatever the data's length).
pub fn block_chaining_value(index: u64, bytes: &[u8]) -> ChainingValue {
	non_root_cv(index.saturating_mul(BLOCK_LEN), &[bytes])
}

/// The levels above `blocks`, the chaining values of every block of data of `len` bytes.
pub fn levels_from_blocks(len: u64, blocks: Vec<ChainingValue>) -> SubtreeLevels {
	let whole_blocks = len / BLOCK_LEN;
	let mut levels = vec![blocks];
	let mut runs = whole_blocks / 2;
	while runs > 0 {
		let below = levels.last().expect("starts with the blocks; qed");
		let level: Vec<ChainingValue> = (0..runs as usize)
			.map(|i| merge_subtrees_non_root(&below[2 * i], &below[2 * i + 1], Mode::Hash))
			.collect();
		levels.push(level);
		runs /= 2;
	}
	levels
}

/// The levels of `data`, hashing it once.
pub fn levels_of(data: &[u8]) -> SubtreeLevels {
	let blocks = data
		.chunks(BLOCK_LEN as usize)
		.enumerate()
		.map(|(i, block)| block_chaining_value(i as u64, block))
		.collect();
	levels_from_blocks(data.len() as u64, blocks)
}

/// Data in memory with its levels: a [`SubtreeSource`] for tests and benchmarks.
pub struct InMemory<'a> {
	/// The data.
	pub data: &'a [u8],
	/// Its levels.
	pub levels: &'a SubtreeLevels,
}

impl SubtreeSource for InMemory<'_> {
	fn block(&mut self, index: u64) -> Option<Vec<u8>> {
		let start = usize::try_from(index.checked_mul(BLOCK_LEN)?).ok()?;
		let end = start.saturating_add(BLOCK_LEN as usize).min(self.data.len());
		(start < end).then(|| self.data[start..end].to_vec())
	}

	fn chaining_value(&mut self, level: u32, index: u64) -> Option<ChainingValue> {
		self.levels.get(level as usize)?.get(usize::try_from(index).ok()?).copied()
	}
}

/// Proves `ranges` of data of `total_len` bytes from `source`: the same proof as
/// [`crate::prove`] over the whole data, and the ranges' bytes. Reads the blocks the ranges
/// touch and the chaining values of the subtrees beside their paths.
pub fn prove_from_subtrees(
	total_len: u64,
	ranges: &[ChunkRange],
	source: &mut impl SubtreeSource,
) -> Result<(Proof, Vec<Vec<u8>>), ProofError> {
	if ranges.is_empty() {
		return Err(ProofError::NoRanges);
	}
	if !is_chunk_aligned(ranges, total_len) {
		return Err(ProofError::MisalignedRanges);
	}
	let mut prover = Prover { total_len, ranges, source, blocks: BTreeMap::new() };
	let mut nodes = Vec::new();
	prover.collect(Node { start: 0, len: total_len }, &mut nodes)?;
	let pieces = ranges.iter().map(|r| prover.bytes(r.start, r.end)).collect::<Result<_, _>>()?;
	Ok((Proof { nodes }, pieces))
}

struct Prover<'a, S> {
	total_len: u64,
	ranges: &'a [ChunkRange],
	source: &'a mut S,
	/// Blocks read so far: only those holding proven bytes or small subtrees beside them.
	blocks: BTreeMap<u64, Vec<u8>>,
}

impl<S: SubtreeSource> Prover<'_, S> {
	fn collect(&mut self, node: Node, out: &mut Vec<ChainingValue>) -> Result<(), ProofError> {
		match node.coverage(self.ranges) {
			Coverage::Inside => Ok(()),
			Coverage::Outside => {
				let cv = match self.stored(node)? {
					Some(cv) => cv,
					None => non_root_cv(node.start, &[&self.bytes(node.start, node.end())?]),
				};
				out.push(cv);
				Ok(())
			},
			Coverage::Partial => {
				let (left, right) = node.children();
				self.collect(left, out)?;
				self.collect(right, out)
			},
		}
	}

	/// The chaining value of `node` from the stored levels, or `None` if it lies inside a
	/// block (its bytes are hashed instead).
	fn stored(&mut self, node: Node) -> Result<Option<ChainingValue>, ProofError> {
		let missing = ProofError::MissingData;
		let whole_blocks = node.len / BLOCK_LEN;
		let block = node.start / BLOCK_LEN;
		if !node.start.is_multiple_of(BLOCK_LEN) {
			return Ok(None);
		}
		let last_block = node.end() == self.total_len && node.len < BLOCK_LEN;
		if node.len.is_multiple_of(BLOCK_LEN)
			&& whole_blocks.is_power_of_two()
			&& block.is_multiple_of(whole_blocks)
		{
			let level = whole_blocks.trailing_zeros();
			return self
				.source
				.chaining_value(level, block / whole_blocks)
				.ok_or(missing)
				.map(Some);
		}
		if last_block {
			return self.source.chaining_value(0, block).ok_or(missing).map(Some);
		}
		if node.len < BLOCK_LEN {
			return Ok(None);
		}
		let (left, right) = node.children();
		let left = self.stored(left)?.ok_or(missing)?;
		let right = self.stored(right)?.ok_or(missing)?;
		Ok(Some(merge_subtrees_non_root(&left, &right, Mode::Hash)))
	}

	/// Bytes `start..end` of the data, from the blocks holding them.
	fn bytes(&mut self, start: u64, end: u64) -> Result<Vec<u8>, ProofError> {
		let mut out = Vec::with_capacity(end.saturating_sub(start) as usize);
		let mut at = start;
		while at < end {
			let index = at / BLOCK_LEN;
			let block = match self.blocks.get(&index) {
				Some(block) => block,
				None => {
					let read = self.source.block(index).ok_or(ProofError::MissingData)?;
					self.blocks.entry(index).or_insert(read)
				},
			};
			let from = (at - index * BLOCK_LEN) as usize;
			let to = (end.min((index + 1) * BLOCK_LEN) - index * BLOCK_LEN) as usize;
			out.extend_from_slice(block.get(from..to).ok_or(ProofError::MissingData)?);
			at = (index + 1) * BLOCK_LEN;
		}
		Ok(out)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{prove, root, verify, CHUNK_LEN};

	fn data(len: usize) -> Vec<u8> {
		(0..len).map(|i| (i * 7 + i / 1000) as u8).collect()
	}

	fn chunks(indices: &[u64], len: u64) -> Vec<ChunkRange> {
		indices.iter().map(|&i| ChunkRange::chunk(i, len).unwrap()).collect()
	}

	fn check(len: usize, indices: &[u64]) {
		let data = data(len);
		let levels = levels_of(&data);
		let ranges = chunks(indices, len as u64);
		let (proof, pieces) = prove_from_subtrees(
			len as u64,
			&ranges,
			&mut InMemory { data: &data, levels: &levels },
		)
		.unwrap();
		assert_eq!(proof, prove(&data, &ranges).unwrap(), "len {len}, chunks {indices:?}");
		let pieces: Vec<&[u8]> = pieces.iter().map(Vec::as_slice).collect();
		assert_eq!(verify(&root(&data), len as u64, &ranges, &pieces, &proof), Ok(()));
	}

	#[test]
	fn proofs_from_subtrees_equal_proofs_from_the_whole_data() {
		let block = BLOCK_LEN as usize;
		for len in [
			1,
			1000,
			block - 1,
			block,
			block + 1,
			2 * block,
			3 * block + 5000,
			8 * block,
			13 * block + 1,
			37 * block + 12_345,
		] {
			let last = (len as u64).div_ceil(CHUNK_LEN) - 1;
			check(len, &[0]);
			check(len, &[last]);
			let mut spread = vec![0, last / 3, last / 2, last];
			spread.dedup();
			check(len, &spread);
		}
	}

	#[test]
	fn a_proof_reads_only_the_challenged_blocks() {
		struct Counting<'a>(InMemory<'a>, Vec<u64>);
		impl SubtreeSource for Counting<'_> {
			fn block(&mut self, index: u64) -> Option<Vec<u8>> {
				self.1.push(index);
				self.0.block(index)
			}
			fn chaining_value(&mut self, level: u32, index: u64) -> Option<ChainingValue> {
				self.0.chaining_value(level, index)
			}
		}
		let len = 100 * BLOCK_LEN as usize + 777;
		let data = data(len);
		let levels = levels_of(&data);
		let ranges = chunks(&[5, 64 * 40 + 3, 64 * 100], len as u64);
		let mut source = Counting(InMemory { data: &data, levels: &levels }, Vec::new());
		prove_from_subtrees(len as u64, &ranges, &mut source).unwrap();
		assert_eq!(source.1, vec![0, 40, 100]);
	}

	#[test]
	fn missing_chaining_values_are_an_error_not_a_wrong_proof() {
		let len = 4 * BLOCK_LEN as usize;
		let data = data(len);
		let mut levels = levels_of(&data);
		levels.truncate(1);
		levels[0].truncate(2);
		let ranges = chunks(&[0], len as u64);
		let result = prove_from_subtrees(
			len as u64,
			&ranges,
			&mut InMemory { data: &data, levels: &levels },
		);
		assert_eq!(result.map(|_| ()), Err(ProofError::MissingData));
	}
}
