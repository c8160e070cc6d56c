//! Files as erasure-coded fragments.
//!
//! Layout of a file of `size` bytes under a `k + m` code:
//!
//! * segments: consecutive 256 KiB pieces ([`SEGMENT_LEN`]); the last may be shorter;
//! * a segment of `n` bytes is split into `k` shards of `shard_len(n) = ⌈n / k⌉` rounded up
//!   to 64 bytes, the segment padded with zeros to `k · shard_len(n)`; `m` parity shards of the
//!   same length are added;
//! * fragment `i` (`0 ≤ i < k + m`) is shard `i` of every segment, in segment order;
//! * a fragment is proven in 1 KiB BLAKE3 chunks against its root, the BLAKE3 hash of its bytes.
//!
//! The file's `data_root` is the BLAKE3 hash of its bytes, so a download checks with `b3sum`.

use crate::Hash;
use alloc::{vec, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
pub use zerog_erasure::StorageCode;
use zerog_erasure::{StorageCoder, StorageError};

/// Bytes in a segment, the transfer unit.
pub const SEGMENT_LEN: u64 = 256 * 1024;
/// Shards are padded to a multiple of this, so SIMD kernels work on whole vectors.
pub const SHARD_ALIGN: u64 = 64;

/// A file's size and code: everything needed to find every byte of every fragment.
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
pub struct FileLayout {
	/// The file's length in bytes (at least one).
	pub size: u64,
	/// Data shards per segment, `k`.
	pub data_shards: u8,
	/// Parity shards per segment, `m`.
	pub parity_shards: u8,
}

/// Why a file could not be laid out, encoded or decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LayoutError {
	/// The file is empty.
	EmptyFile,
	/// The code is not a valid `k + m` code.
	InvalidCode,
	/// A fragment's length does not match the layout, or the wrong number of slots was given.
	FragmentShape,
	/// Fewer than `k` fragments are present.
	TooFewFragments,
	/// The bytes given do not match the layout's size.
	WrongSize,
}

impl From<StorageError> for LayoutError {
	fn from(e: StorageError) -> Self {
		match e {
			StorageError::InvalidCode => LayoutError::InvalidCode,
			StorageError::ShardShape => LayoutError::FragmentShape,
			StorageError::TooFewShards => LayoutError::TooFewFragments,
		}
	}
}

impl FileLayout {
	/// The layout of a file of `size` bytes under `code`.
	pub fn new(size: u64, code: StorageCode) -> Result<Self, LayoutError> {
		if size == 0 {
			return Err(LayoutError::EmptyFile);
		}
		Ok(Self {
			size,
			data_shards: code.data_shards() as u8,
			parity_shards: code.parity_shards() as u8,
		})
	}

	/// Its code; fails for layouts decoded from untrusted bytes with an invalid code.
	pub fn code(&self) -> Result<StorageCode, LayoutError> {
		StorageCode::new(self.data_shards, self.parity_shards).map_err(|_| LayoutError::InvalidCode)
	}

	/// Number of fragments, `k + m`.
	pub fn fragments(&self) -> usize {
		self.data_shards as usize + self.parity_shards as usize
	}

	/// Number of segments.
	pub fn segments(&self) -> u64 {
		self.size.div_ceil(SEGMENT_LEN)
	}

	/// Bytes of segment `index` of the file.
	pub fn segment_len(&self, index: u64) -> u64 {
		let start = index.saturating_mul(SEGMENT_LEN);
		self.size.saturating_sub(start).min(SEGMENT_LEN)
	}

	/// Bytes of each shard of a segment of `segment_len` bytes.
	pub fn shard_len(&self, segment_len: u64) -> u64 {
		segment_len.div_ceil(self.data_shards.max(1) as u64).next_multiple_of(SHARD_ALIGN)
	}

	/// Bytes of every fragment.
	pub fn fragment_len(&self) -> u64 {
		let full = self.size / SEGMENT_LEN;
		let tail = self.size % SEGMENT_LEN;
		let tail_shard = if tail == 0 { 0 } else { self.shard_len(tail) };
		full * self.shard_len(SEGMENT_LEN) + tail_shard
	}

	/// Bytes stored across all fragments per byte of the file, `(k + m) · fragment_len / size`.
	pub fn expansion(&self) -> (u64, u64) {
		(self.fragments() as u64 * self.fragment_len(), self.size)
	}
}

/// What an uploader commits to on chain for a file.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct FileCommitment {
	/// The file's BLAKE3 hash.
	pub data_root: Hash,
	/// Its layout.
	pub layout: FileLayout,
	/// The BLAKE3 root of each fragment, in fragment order.
	pub fragment_roots: Vec<Hash>,
}

/// The `k + m` shards of one segment, back to back, each `shard_len` bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodedSegment {
	/// Bytes of each shard.
	pub shard_len: usize,
	/// The shards: data shards first (the segment, zero-padded), then parity.
	pub shards: Vec<u8>,
}

impl EncodedSegment {
	/// Shard `index` (`0 ≤ index < k + m`): this segment's part of fragment `index`.
	pub fn shard(&self, index: usize) -> &[u8] {
		&self.shards[index * self.shard_len..(index + 1) * self.shard_len]
	}
}

/// Encodes and decodes single segments of a file: what a streaming upload or download holds
/// in memory at a time.
pub struct SegmentCoder {
	layout: FileLayout,
	coder: StorageCoder,
}

impl SegmentCoder {
	/// A coder for the segments of a file with `layout`.
	pub fn new(layout: FileLayout) -> Result<Self, LayoutError> {
		Ok(Self { coder: StorageCoder::new(layout.code()?), layout })
	}

	/// The file's layout.
	pub fn layout(&self) -> &FileLayout {
		&self.layout
	}

	/// The shards of segment `index`, whose bytes are `segment`.
	pub fn encode(&self, index: u64, segment: &[u8]) -> Result<EncodedSegment, LayoutError> {
		if index >= self.layout.segments() || segment.len() as u64 != self.layout.segment_len(index)
		{
			return Err(LayoutError::WrongSize);
		}
		let shard_len = self.layout.shard_len(segment.len() as u64) as usize;
		let k = self.layout.data_shards as usize;
		let mut shards = vec![0u8; shard_len * self.layout.fragments()];
		shards[..segment.len()].copy_from_slice(segment);
		let (data, parity) = shards.split_at_mut(shard_len * k);
		let data_shards: Vec<&[u8]> = data.chunks(shard_len).collect();
		let mut parity_shards: Vec<&mut [u8]> = parity.chunks_mut(shard_len).collect();
		self.coder.encode(&data_shards, &mut parity_shards)?;
		Ok(EncodedSegment { shard_len, shards })
	}

	/// Segment `index` rebuilt from its shards (`None` where missing; any `k` suffice).
	/// Shards are trusted: check their fragments against their roots.
	pub fn decode(
		&self,
		index: u64,
		shards: &mut [Option<Vec<u8>>],
	) -> Result<Vec<u8>, LayoutError> {
		if index >= self.layout.segments() {
			return Err(LayoutError::WrongSize);
		}
		let segment_len = self.layout.segment_len(index) as usize;
		let shard_len = self.layout.shard_len(segment_len as u64) as usize;
		if shards.len() != self.layout.fragments()
			|| shards.iter().flatten().any(|shard| shard.len() != shard_len)
		{
			return Err(LayoutError::FragmentShape);
		}
		let k = self.layout.data_shards as usize;
		if shards[..k].iter().any(Option::is_none) {
			self.coder.reconstruct_data(shards)?;
		}
		let mut segment = Vec::with_capacity(segment_len);
		for shard in shards.iter().take(k).flatten() {
			let take = (segment_len - segment.len()).min(shard_len);
			segment.extend_from_slice(&shard[..take]);
		}
		Ok(segment)
	}
}

/// Commits to a file one segment at a time: its data root and the roots of its fragments,
/// without keeping the fragments.
pub struct FileCommitter {
	segments: SegmentCoder,
	data_root: blake3::Hasher,
	fragment_roots: Vec<blake3::Hasher>,
	segments_done: u64,
}

impl FileCommitter {
	/// A committer for a file with `layout`.
	pub fn new(layout: FileLayout) -> Result<Self, LayoutError> {
		Ok(Self {
			segments: SegmentCoder::new(layout)?,
			data_root: blake3::Hasher::new(),
			fragment_roots: (0..layout.fragments()).map(|_| blake3::Hasher::new()).collect(),
			segments_done: 0,
		})
	}

	/// Encodes and hashes the next segment, which must be exactly as long as the layout says;
	/// returns its shards.
	pub fn push_segment(&mut self, segment: &[u8]) -> Result<EncodedSegment, LayoutError> {
		let encoded = self.segments.encode(self.segments_done, segment)?;
		self.data_root.update(segment);
		for (i, hasher) in self.fragment_roots.iter_mut().enumerate() {
			hasher.update(encoded.shard(i));
		}
		self.segments_done += 1;
		Ok(encoded)
	}

	/// The commitment, once every segment was pushed.
	pub fn finish(self) -> Result<FileCommitment, LayoutError> {
		if self.segments_done != self.segments.layout.segments() {
			return Err(LayoutError::WrongSize);
		}
		Ok(FileCommitment {
			data_root: *self.data_root.finalize().as_bytes(),
			layout: self.segments.layout,
			fragment_roots: self.fragment_roots.iter().map(|h| *h.finalize().as_bytes()).collect(),
		})
	}
}

/// Encodes a whole file held in memory.
pub fn encode_file(
	data: &[u8],
	code: StorageCode,
) -> Result<(FileCommitment, Vec<Vec<u8>>), LayoutError> {
	let layout = FileLayout::new(data.len() as u64, code)?;
	let mut committer = FileCommitter::new(layout)?;
	let capacity = layout.fragment_len() as usize;
	let mut fragments: Vec<Vec<u8>> =
		(0..layout.fragments()).map(|_| Vec::with_capacity(capacity)).collect();
	for segment in data.chunks(SEGMENT_LEN as usize) {
		let encoded = committer.push_segment(segment)?;
		for (i, fragment) in fragments.iter_mut().enumerate() {
			fragment.extend_from_slice(encoded.shard(i));
		}
	}
	Ok((committer.finish()?, fragments))
}

/// Rebuilds a file from any `k` of its fragments (`None` where missing). Fragments are
/// trusted to match their roots: check them first.
pub fn decode_file(
	layout: &FileLayout,
	fragments: &[Option<Vec<u8>>],
) -> Result<Vec<u8>, LayoutError> {
	let segments = SegmentCoder::new(*layout)?;
	let fragment_len = layout.fragment_len() as usize;
	if fragments.len() != layout.fragments()
		|| fragments.iter().flatten().any(|f| f.len() != fragment_len)
	{
		return Err(LayoutError::FragmentShape);
	}
	if fragments.iter().flatten().count() < layout.data_shards as usize {
		return Err(LayoutError::TooFewFragments);
	}
	let mut file = Vec::with_capacity(layout.size as usize);
	let mut offset = 0usize;
	for index in 0..layout.segments() {
		let shard_len = layout.shard_len(layout.segment_len(index)) as usize;
		let mut shards: Vec<Option<Vec<u8>>> = fragments
			.iter()
			.map(|f| f.as_ref().map(|f| f[offset..offset + shard_len].to_vec()))
			.collect();
		file.extend_from_slice(&segments.decode(index, &mut shards)?);
		offset += shard_len;
	}
	Ok(file)
}
