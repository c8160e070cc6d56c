//! Blobs uploaded through this node: assembled piece by piece, then extended and committed,
//! and held in memory (the whole extended square) so the blob's signers can fetch their rows
//! and columns from here. At most [`MAX_STAGED`] blobs are held; the oldest goes first, and the
//! signer role drops those the chain certified long enough ago or forgot.

use crate::{hex, store::BlobRoots};
use parking_lot::Mutex;
use std::{
	collections::{BTreeSet, HashMap, VecDeque},
	sync::Arc,
};
use zerog_data::{
	blob::{Axis, BlobError, CommittedBlob, MAX_BLOB_LEN},
	Hash,
};

/// Committed blobs held at once: a block's worth at the default `BlobsPerBlock`, so blobs
/// uploaded together are all still here when their signers fetch their lines (a 32 MiB blob's
/// extended square is 128 MiB: at most 2 GiB).
pub const MAX_STAGED: usize = 16;
/// Uploads in progress at once.
pub const MAX_UPLOADS: usize = 4;

/// Why an upload was refused.
#[derive(Debug, thiserror::Error)]
pub enum StagingError {
	/// The blob is empty or longer than 32 MiB.
	#[error("a blob holds 1 byte to 32 MiB ({MAX_BLOB_LEN} bytes), not {0}")]
	BadLength(u64),
	/// A piece lies outside the blob.
	#[error("piece at {offset} of {len} bytes does not fit a blob of {total} bytes")]
	BadPiece { offset: u64, len: u64, total: u64 },
	/// The extended blob commits to another root than the one it was uploaded for.
	#[error("the blob commits to {}, not {}", hex(&.computed[..]), hex(&.claimed[..]))]
	WrongRoot { claimed: Hash, computed: Hash },
	/// Too many uploads at once.
	#[error("{MAX_UPLOADS} uploads are in progress; try again when one completes")]
	Busy,
	/// The blob could not be extended.
	#[error("cannot extend the blob: {0:?}")]
	Extension(BlobError),
}

struct Upload {
	bytes: Vec<u8>,
	received: u64,
	pieces: BTreeSet<u64>,
}

#[derive(Default)]
struct Inner {
	uploads: HashMap<Hash, Upload>,
	staged: VecDeque<Arc<CommittedBlob>>,
}

/// The node's uploaded blobs.
#[derive(Clone, Default)]
pub struct Staging {
	inner: Arc<Mutex<Inner>>,
}

impl Staging {
	/// Adds the piece at `offset` of the blob `data_root` of `total` bytes. Once every byte
	/// arrived the blob is extended, checked against `data_root` and staged; returns whether
	/// it is staged.
	pub fn put_piece(
		&self,
		data_root: &Hash,
		total: u64,
		offset: u64,
		piece: &[u8],
	) -> Result<bool, StagingError> {
		if self.committed(data_root).is_some() {
			return Ok(true);
		}
		if total == 0 || total > u64::from(MAX_BLOB_LEN) {
			return Err(StagingError::BadLength(total));
		}
		let len = piece.len() as u64;
		let bad = || StagingError::BadPiece { offset, len, total };
		let end = offset.checked_add(len).filter(|end| *end <= total).ok_or_else(bad)?;
		let complete = {
			let mut inner = self.inner.lock();
			if !inner.uploads.contains_key(data_root) && inner.uploads.len() >= MAX_UPLOADS {
				return Err(StagingError::Busy);
			}
			let upload = inner.uploads.entry(*data_root).or_insert_with(|| Upload {
				bytes: vec![0; total as usize],
				received: 0,
				pieces: BTreeSet::new(),
			});
			if upload.bytes.len() as u64 != total {
				return Err(bad());
			}
			if upload.pieces.insert(offset) {
				upload.bytes[offset as usize..end as usize].copy_from_slice(piece);
				upload.received += len;
			}
			if upload.received >= total {
				inner.uploads.remove(data_root)
			} else {
				None
			}
		};
		let Some(upload) = complete else { return Ok(false) };
		self.commit(data_root, &upload.bytes)?;
		Ok(true)
	}

	/// Stages the whole blob `bytes`, uploaded at once, if it commits to `data_root`.
	pub fn put_blob(&self, data_root: &Hash, bytes: &[u8]) -> Result<(), StagingError> {
		if self.committed(data_root).is_some() {
			return Ok(());
		}
		if bytes.is_empty() || bytes.len() as u64 > u64::from(MAX_BLOB_LEN) {
			return Err(StagingError::BadLength(bytes.len() as u64));
		}
		self.commit(data_root, bytes)
	}

	/// Extends and commits a complete blob and stages it if it commits to `data_root`.
	fn commit(&self, data_root: &Hash, bytes: &[u8]) -> Result<(), StagingError> {
		let committed = CommittedBlob::new(bytes).map_err(StagingError::Extension)?;
		if committed.data_root != *data_root {
			return Err(StagingError::WrongRoot {
				claimed: *data_root,
				computed: committed.data_root,
			});
		}
		self.stage(committed);
		Ok(())
	}

	/// Holds an extended and committed blob, dropping the oldest beyond [`MAX_STAGED`].
	pub fn stage(&self, committed: CommittedBlob) {
		let mut inner = self.inner.lock();
		inner.staged.retain(|blob| blob.data_root != committed.data_root);
		inner.staged.push_back(Arc::new(committed));
		while inner.staged.len() > MAX_STAGED {
			inner.staged.pop_front();
		}
	}

	/// The staged blob `data_root`.
	pub fn committed(&self, data_root: &Hash) -> Option<Arc<CommittedBlob>> {
		self.inner.lock().staged.iter().find(|blob| blob.data_root == *data_root).cloned()
	}

	/// The staged blob's roots document.
	pub fn roots(&self, data_root: &Hash) -> Option<BlobRoots> {
		self.committed(data_root)
			.map(|blob| BlobRoots { layout: blob.layout, document: blob.roots_document.clone() })
	}

	/// Line `index` along `axis` of a staged blob.
	pub fn line(&self, data_root: &Hash, axis: Axis, index: u32) -> Option<Vec<u8>> {
		let blob = self.committed(data_root)?;
		match axis {
			Axis::Row => blob.square.row(index as usize).map(<[u8]>::to_vec),
			Axis::Column => blob.square.column(index as usize),
		}
	}

	/// Every staged blob's root.
	pub fn staged(&self) -> Vec<Hash> {
		self.inner.lock().staged.iter().map(|blob| blob.data_root).collect()
	}

	/// Drops the staged blob `data_root`.
	pub fn release(&self, data_root: &Hash) {
		self.inner.lock().staged.retain(|blob| blob.data_root != *data_root);
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn pieces_in_any_order_stage_the_committed_blob() {
		let bytes: Vec<u8> = (0..10_000u32).map(|i| (i % 253) as u8).collect();
		let root = CommittedBlob::new(&bytes).unwrap().data_root;
		let staging = Staging::default();
		assert!(!staging.put_piece(&root, 10_000, 4_000, &bytes[4_000..]).unwrap());
		assert!(staging.put_piece(&root, 10_000, 0, &bytes[..4_000]).unwrap());
		let row = staging.line(&root, Axis::Row, 0).unwrap();
		assert_eq!(row, CommittedBlob::new(&bytes).unwrap().square.row(0).unwrap());
		assert_eq!(staging.staged(), vec![root]);
	}

	#[test]
	fn a_blob_committing_to_another_root_is_refused() {
		let staging = Staging::default();
		let error = staging.put_piece(&[1; 32], 3, 0, b"abc").unwrap_err();
		assert!(matches!(error, StagingError::WrongRoot { claimed, .. } if claimed == [1; 32]));
		assert!(staging.staged().is_empty());
	}

	#[test]
	fn bad_lengths_and_pieces_are_refused() {
		let staging = Staging::default();
		assert!(matches!(staging.put_piece(&[1; 32], 0, 0, b""), Err(StagingError::BadLength(0))));
		let too_long = u64::from(MAX_BLOB_LEN) + 1;
		assert!(matches!(
			staging.put_piece(&[1; 32], too_long, 0, b"a"),
			Err(StagingError::BadLength(_))
		));
		assert!(matches!(
			staging.put_piece(&[1; 32], 10, 8, b"abc"),
			Err(StagingError::BadPiece { offset: 8, .. })
		));
	}

	#[test]
	fn at_most_max_staged_blobs_are_held_oldest_dropped_first() {
		let staging = Staging::default();
		let roots: Vec<Hash> = (0..=MAX_STAGED as u8)
			.map(|n| {
				let blob = CommittedBlob::new(&[n; 100]).unwrap();
				let root = blob.data_root;
				staging.stage(blob);
				root
			})
			.collect();
		assert_eq!(staging.staged(), roots[1..].to_vec());
		staging.release(&roots[2]);
		assert!(staging.committed(&roots[2]).is_none());
	}
}
