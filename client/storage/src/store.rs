//! The fragment store, in RocksDB under the node's base path.
//!
//! Two kinds of fragments, each checked against its root before it is written:
//! * **kept**: fragments this node holds as a provider (or fetched to serve); only these are
//!   confirmed on chain and proven;
//! * **staged**: fragments uploaded through this node's RPC, assembled in memory piece by piece
//!   and written once complete; they are served to the providers that fetch them and released
//!   once the order is stored.

use crate::hex;
use kvdb::KeyValueDB;
use parking_lot::Mutex;
use std::{collections::HashMap, path::Path, sync::Arc};
use zerog_data::{
	pora::{self, Challenge, Holding, HoldingProof},
	Hash,
};
use zerog_storage_primitives::FragmentProver;

/// Column of kept fragments, keyed by root.
const KEPT: u32 = 0;
/// Column of staged (uploaded) fragments, keyed by root.
const STAGED: u32 = 1;
const COLUMNS: u32 = 2;
/// Largest fragment accepted from an upload.
pub const MAX_FRAGMENT_LEN: u64 = 4 << 30;

/// Why the store refused something.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
	/// The bytes do not hash to the root they were given for.
	#[error("fragment does not match its root {}", hex(&.0[..]))]
	WrongRoot(Hash),
	/// A piece lies outside the fragment, or pieces disagree on its length.
	#[error("piece at {offset} of {len} bytes does not fit a fragment of {total} bytes")]
	BadPiece { offset: u64, len: u64, total: u64 },
	/// The fragment is larger than any the store accepts.
	#[error("fragment of {0} bytes exceeds the {MAX_FRAGMENT_LEN}-byte limit")]
	TooLarge(u64),
	/// The database failed.
	#[error("fragment database: {0}")]
	Database(#[from] std::io::Error),
}

/// A fragment being uploaded piece by piece.
struct Partial {
	bytes: Vec<u8>,
	received: u64,
	pieces: std::collections::BTreeSet<u64>,
}

/// Fragments kept by this node.
#[derive(Clone)]
pub struct FragmentStore {
	db: Arc<dyn KeyValueDB>,
	partial: Arc<Mutex<HashMap<Hash, Partial>>>,
}

impl FragmentStore {
	/// Opens (or creates) the store in `path`.
	pub fn open(path: &Path) -> Result<Self, StoreError> {
		std::fs::create_dir_all(path)?;
		let config = kvdb_rocksdb::DatabaseConfig::with_columns(COLUMNS);
		let db = kvdb_rocksdb::Database::open(&config, path)?;
		Ok(Self::from_db(Arc::new(db)))
	}

	/// A store over any key-value database.
	pub fn from_db(db: Arc<dyn KeyValueDB>) -> Self {
		Self { db, partial: Default::default() }
	}

	/// A store in memory, for tests.
	#[cfg(test)]
	pub fn in_memory() -> Self {
		Self::from_db(Arc::new(kvdb_memorydb::create(COLUMNS)))
	}

	/// Keeps `bytes` as the fragment `root` after checking it hashes to `root`.
	pub fn put(&self, root: &Hash, bytes: &[u8]) -> Result<(), StoreError> {
		self.write(KEPT, root, bytes)
	}

	fn write(&self, column: u32, root: &Hash, bytes: &[u8]) -> Result<(), StoreError> {
		if zerog_data::root(bytes) != *root {
			return Err(StoreError::WrongRoot(*root));
		}
		let mut tx = self.db.transaction();
		tx.put(column, root, bytes);
		self.db.write(tx)?;
		Ok(())
	}

	/// Adds a piece of the uploaded fragment `root` of `total` bytes; once every byte arrived
	/// the fragment is checked and staged. Returns whether it is now complete.
	pub fn put_piece(
		&self,
		root: &Hash,
		total: u64,
		offset: u64,
		piece: &[u8],
	) -> Result<bool, StoreError> {
		if self.get(root).is_some_and(|bytes| bytes.len() as u64 == total) {
			return Ok(true);
		}
		if total > MAX_FRAGMENT_LEN {
			return Err(StoreError::TooLarge(total));
		}
		let len = piece.len() as u64;
		let bad = || StoreError::BadPiece { offset, len, total };
		let end = offset.checked_add(len).filter(|end| *end <= total).ok_or_else(bad)?;
		let complete = {
			let mut partial = self.partial.lock();
			let entry = partial.entry(*root).or_insert_with(|| Partial {
				bytes: vec![0; total as usize],
				received: 0,
				pieces: Default::default(),
			});
			if entry.bytes.len() as u64 != total {
				return Err(bad());
			}
			if entry.pieces.insert(offset) {
				entry.bytes[offset as usize..end as usize].copy_from_slice(piece);
				entry.received += len;
			}
			if entry.received < total {
				return Ok(false);
			}
			partial.remove(root).map(|p| p.bytes)
		};
		match complete {
			Some(bytes) => self.write(STAGED, root, &bytes).map(|()| true),
			None => Ok(false),
		}
	}

	/// The fragment `root`, kept or staged.
	pub fn get(&self, root: &Hash) -> Option<Vec<u8>> {
		self.kept(root).or_else(|| self.db.get(STAGED, root).ok().flatten())
	}

	/// The fragment `root`, if kept.
	pub fn kept(&self, root: &Hash) -> Option<Vec<u8>> {
		self.db.get(KEPT, root).ok().flatten()
	}

	/// Whether the fragment `root` of `len` bytes is kept.
	pub fn has(&self, root: &Hash, len: u64) -> bool {
		self.kept(root).is_some_and(|bytes| bytes.len() as u64 == len)
	}

	/// Forgets the staged copy of `root` (a kept copy stays). Returns whether there was one.
	pub fn release(&self, root: &Hash) -> Result<bool, StoreError> {
		let staged = self.db.has_key(STAGED, root)?;
		let mut tx = self.db.transaction();
		tx.delete(STAGED, root);
		self.db.write(tx)?;
		Ok(staged)
	}
}

impl FragmentProver for FragmentStore {
	fn has(&self, root: &Hash, len: u64) -> bool {
		FragmentStore::has(self, root, len)
	}

	fn prove(&self, root: &Hash, len: u64, chunks: &[u64]) -> Option<HoldingProof> {
		let bytes = self.kept(root)?;
		let holdings = [Holding { root: *root, len }];
		let challenges: Vec<Challenge> =
			chunks.iter().map(|&chunk| Challenge { holding: 0, chunk }).collect();
		let proof = pora::prove_challenges(&challenges, &holdings, |_| Some(bytes.as_slice()));
		match proof {
			Ok(mut proof) => proof.holdings.pop(),
			Err(error) => {
				log::warn!(target: "storage", "cannot prove {}: {error:?}", hex(root));
				None
			},
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn store() -> FragmentStore {
		FragmentStore::in_memory()
	}

	#[test]
	fn a_fragment_is_kept_only_if_it_matches_its_root() {
		let store = store();
		let bytes = vec![7u8; 5000];
		let root = zerog_data::root(&bytes);
		assert!(matches!(store.put(&[0; 32], &bytes), Err(StoreError::WrongRoot(_))));
		store.put(&root, &bytes).unwrap();
		assert!(store.has(&root, 5000));
		assert!(!store.has(&root, 4999));
	}

	#[test]
	fn pieces_assemble_into_a_checked_fragment() {
		let store = store();
		let bytes: Vec<u8> = (0..10_000u32).map(|i| i as u8).collect();
		let root = zerog_data::root(&bytes);
		assert!(!store.put_piece(&root, 10_000, 4096, &bytes[4096..8192]).unwrap());
		assert!(!store.put_piece(&root, 10_000, 4096, &bytes[4096..8192]).unwrap(), "twice");
		assert!(matches!(
			store.put_piece(&root, 10_000, 8192, &bytes[..4096]),
			Err(StoreError::BadPiece { .. })
		));
		assert!(!store.put_piece(&root, 10_000, 0, &bytes[..4096]).unwrap());
		assert!(store.put_piece(&root, 10_000, 8192, &bytes[8192..]).unwrap());
		assert_eq!(store.get(&root).unwrap(), bytes);
		assert!(!store.has(&root, 10_000), "staged, not kept: nothing to confirm or prove");
		assert!(store.release(&root).unwrap());
		assert!(store.get(&root).is_none());
	}

	#[test]
	fn releasing_an_upload_keeps_a_provider_copy() {
		let store = store();
		let bytes = vec![5u8; 2048];
		let root = zerog_data::root(&bytes);
		assert!(store.put_piece(&root, 2048, 0, &bytes).unwrap());
		store.put(&root, &bytes).unwrap();
		store.release(&root).unwrap();
		assert!(store.has(&root, 2048));
	}

	#[test]
	fn a_corrupt_upload_is_refused_and_forgotten() {
		let store = store();
		let bytes = vec![1u8; 3000];
		let root = zerog_data::root(&bytes);
		let mut corrupt = bytes.clone();
		corrupt[10] = 2;
		assert!(matches!(store.put_piece(&root, 3000, 0, &corrupt), Err(StoreError::WrongRoot(_))));
		assert!(store.get(&root).is_none());
		assert!(store.put_piece(&root, 3000, 0, &bytes).unwrap());
	}

	#[test]
	fn proofs_from_the_store_verify() {
		let store = store();
		let bytes: Vec<u8> = (0..64 * 1024u32).map(|i| (i * 31) as u8).collect();
		let root = zerog_data::root(&bytes);
		store.put(&root, &bytes).unwrap();
		let holdings = [Holding { root, len: bytes.len() as u64 }];
		let seed = pora::ChallengeSeed { randomness: [3; 32], provider: [4; 32], period: 9 };
		let challenges = pora::challenges(&seed, &[bytes.len() as u64], 16).unwrap();
		let mut chunks: Vec<u64> = challenges.iter().map(|c| c.chunk).collect();
		chunks.dedup();
		let answer = store.prove(&root, bytes.len() as u64, &chunks).unwrap();
		let proof = pora::PoraProof { holdings: vec![answer] };
		assert_eq!(pora::verify_proof(&seed, &holdings, 16, &proof), Ok(()));
		assert!(store.prove(&[9; 32], 10, &[0]).is_none());
	}
}
