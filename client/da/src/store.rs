//! The blob store, in RocksDB under the node's base path.
//!
//! Per blob: its roots document (row roots, column roots, header; it proves every line root
//! against the `data_root`) and the lines this node holds, each under its own key so that a
//! cell and its proof come from one line. A line is checked against its root in the roots
//! document before it is written; a roots document against the `data_root`.

use crate::hex;
use codec::{Decode, Encode};
use kvdb::KeyValueDB;
use std::{path::Path, sync::Arc};
use zerog_data::{
	blob::{
		check_roots_document, line_root, prove_cell_in_line, Axis, BlobError, BlobLayout, CellProof,
	},
	Hash,
};

/// Column of roots documents with their layout, keyed by `data_root`.
const ROOTS: u32 = 0;
/// Column of lines, keyed by `data_root ++ axis ++ index`.
const LINES: u32 = 1;
const COLUMNS: u32 = 2;

/// Why the store refused something.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
	/// The roots document does not hash to the blob's `data_root`, or does not end with the
	/// layout's header.
	#[error("roots document does not match data root {}", hex(&.0[..]))]
	WrongRoots(Hash),
	/// A line does not hash to its committed root.
	#[error("{axis:?} {index} does not match its committed root in blob {}", hex(&data_root[..]))]
	WrongLine { data_root: Hash, axis: Axis, index: u32 },
	/// A line was offered for a blob whose roots document this store does not have.
	#[error("no roots document for blob {}", hex(&.0[..]))]
	UnknownBlob(Hash),
	/// The blob's layout is not the one of its length, or an index is outside its square.
	#[error("blob layout: {0:?}")]
	Layout(BlobError),
	/// The database failed.
	#[error("DA database: {0}")]
	Database(#[from] std::io::Error),
}

/// What the store keeps about a blob besides its lines.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct BlobRoots {
	/// The blob's square.
	pub layout: BlobLayout,
	/// Its roots document.
	pub document: Vec<u8>,
}

impl BlobRoots {
	/// The roots document of `layout`, checked against `data_root`.
	pub fn checked(
		data_root: &Hash,
		layout: BlobLayout,
		document: Vec<u8>,
	) -> Result<Self, StoreError> {
		layout.check().map_err(StoreError::Layout)?;
		check_roots_document(data_root, &layout, &document)
			.map_err(|_| StoreError::WrongRoots(*data_root))?;
		Ok(Self { layout, document })
	}

	/// Checks that `line` is line `index` along `axis`.
	pub fn check_line(
		&self,
		data_root: &Hash,
		axis: Axis,
		index: u32,
		line: &[u8],
	) -> Result<(), StoreError> {
		let root = line_root(&self.layout, &self.document, axis, index)
			.ok_or(StoreError::Layout(BlobError::InvalidIndex))?;
		if line.len() as u64 != self.layout.line_len() || blake3::hash(line).as_bytes() != &root {
			return Err(StoreError::WrongLine { data_root: *data_root, axis, index });
		}
		Ok(())
	}
}

/// A cell with its proof.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProvenCell {
	/// The cell's bytes.
	pub cell: Vec<u8>,
	/// The axis of the line the proof goes through.
	pub axis: Axis,
	/// From the cell to the `data_root`.
	pub proof: CellProof,
}

/// The blobs' lines this node holds.
#[derive(Clone)]
pub struct BlobStore {
	db: Arc<dyn KeyValueDB>,
}

fn line_key(data_root: &Hash, axis: Axis, index: u32) -> [u8; 37] {
	let mut key = [0u8; 37];
	key[..32].copy_from_slice(data_root);
	key[32] = match axis {
		Axis::Row => 0,
		Axis::Column => 1,
	};
	key[33..].copy_from_slice(&index.to_be_bytes());
	key
}

impl BlobStore {
	/// Opens (or creates) the store in `path`.
	pub fn open(path: &Path) -> Result<Self, StoreError> {
		std::fs::create_dir_all(path)?;
		let config = kvdb_rocksdb::DatabaseConfig::with_columns(COLUMNS);
		let db = kvdb_rocksdb::Database::open(&config, path)?;
		Ok(Self { db: Arc::new(db) })
	}

	/// A store in memory, for tests.
	#[cfg(test)]
	pub fn in_memory() -> Self {
		Self { db: Arc::new(kvdb_memorydb::create(COLUMNS)) }
	}

	/// Keeps the blob's roots document, once checked.
	pub fn put_roots(&self, data_root: &Hash, roots: &BlobRoots) -> Result<(), StoreError> {
		let checked = BlobRoots::checked(data_root, roots.layout, roots.document.clone())?;
		let mut tx = self.db.transaction();
		tx.put_vec(ROOTS, data_root, checked.encode());
		self.db.write(tx)?;
		Ok(())
	}

	/// The blob's roots document, if kept.
	pub fn roots(&self, data_root: &Hash) -> Option<BlobRoots> {
		let bytes = self.db.get(ROOTS, data_root).ok()??;
		BlobRoots::decode(&mut &bytes[..]).ok()
	}

	/// Keeps line `index` along `axis` of the blob, once checked against its root.
	pub fn put_line(
		&self,
		data_root: &Hash,
		axis: Axis,
		index: u32,
		line: &[u8],
	) -> Result<(), StoreError> {
		let roots = self.roots(data_root).ok_or(StoreError::UnknownBlob(*data_root))?;
		roots.check_line(data_root, axis, index, line)?;
		let mut tx = self.db.transaction();
		tx.put(LINES, &line_key(data_root, axis, index), line);
		self.db.write(tx)?;
		Ok(())
	}

	/// Line `index` along `axis` of the blob, if held.
	pub fn line(&self, data_root: &Hash, axis: Axis, index: u32) -> Option<Vec<u8>> {
		self.db.get(LINES, &line_key(data_root, axis, index)).ok()?
	}

	/// Whether line `index` along `axis` of the blob is held.
	pub fn has_line(&self, data_root: &Hash, axis: Axis, index: u32) -> bool {
		self.db.has_key(LINES, &line_key(data_root, axis, index)).unwrap_or(false)
	}

	/// The cell at (`row`, `column`) with its proof, from the row or the column if held.
	pub fn cell(&self, data_root: &Hash, row: u32, column: u32) -> Option<ProvenCell> {
		let roots = self.roots(data_root)?;
		[(Axis::Row, row, column), (Axis::Column, column, row)].into_iter().find_map(
			|(axis, index, position)| {
				let line = self.line(data_root, axis, index)?;
				prove_cell(&roots, axis, row, column, position, &line)
			},
		)
	}

	/// The cell at (`row`, `column`) with its proof through the kept line along `axis`.
	pub fn cell_through(
		&self,
		data_root: &Hash,
		axis: Axis,
		row: u32,
		column: u32,
	) -> Option<ProvenCell> {
		let roots = self.roots(data_root)?;
		let (index, position) = match axis {
			Axis::Row => (row, column),
			Axis::Column => (column, row),
		};
		let line = self.line(data_root, axis, index)?;
		prove_cell(&roots, axis, row, column, position, &line)
	}

	/// Forgets the blob: its roots document and every line held.
	pub fn remove(&self, data_root: &Hash) -> Result<(), StoreError> {
		let mut tx = self.db.transaction();
		tx.delete(ROOTS, data_root);
		tx.delete_prefix(LINES, data_root);
		self.db.write(tx)?;
		Ok(())
	}

	/// Every blob whose roots document is kept.
	pub fn blobs(&self) -> Vec<Hash> {
		self.db
			.iter(ROOTS)
			.filter_map(|entry| entry.ok())
			.filter_map(|(key, _)| <Hash>::try_from(&key[..]).ok())
			.collect()
	}
}

/// The cell at `position` of `line` with its proof.
pub fn prove_cell(
	roots: &BlobRoots,
	axis: Axis,
	row: u32,
	column: u32,
	position: u32,
	line: &[u8],
) -> Option<ProvenCell> {
	let cell_len = roots.layout.cell_len as usize;
	let start = position as usize * cell_len;
	let cell = line.get(start..start + cell_len)?.to_vec();
	let proof = prove_cell_in_line(&roots.layout, &roots.document, axis, row, column, line).ok()?;
	Some(ProvenCell { cell, axis, proof })
}

#[cfg(test)]
mod tests {
	use super::*;
	use zerog_data::blob::{verify_cell, CommittedBlob};

	fn committed(len: usize) -> CommittedBlob {
		let bytes: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
		CommittedBlob::new(&bytes).unwrap()
	}

	fn stored(blob: &CommittedBlob) -> BlobStore {
		let store = BlobStore::in_memory();
		let roots = BlobRoots { layout: blob.layout, document: blob.roots_document.clone() };
		store.put_roots(&blob.data_root, &roots).unwrap();
		store
	}

	#[test]
	fn lines_round_trip_and_serve_proven_cells() {
		let blob = committed(50_000);
		let store = stored(&blob);
		let row = blob.square.row(2).unwrap();
		let column = blob.square.column(5).unwrap();
		store.put_line(&blob.data_root, Axis::Row, 2, row).unwrap();
		store.put_line(&blob.data_root, Axis::Column, 5, &column).unwrap();
		assert_eq!(store.line(&blob.data_root, Axis::Row, 2).as_deref(), Some(row));
		assert!(store.has_line(&blob.data_root, Axis::Column, 5));
		assert!(!store.has_line(&blob.data_root, Axis::Row, 3));
		for (r, c) in [(2, 0), (2, 7), (0, 5), (9, 5)] {
			let proven = store.cell(&blob.data_root, r, c).expect("held through a row or column");
			assert_eq!(proven.cell, blob.square.cell(r as usize, c as usize).unwrap());
			verify_cell(
				&blob.data_root,
				&blob.layout,
				proven.axis,
				r,
				c,
				&proven.cell,
				&proven.proof,
			)
			.unwrap();
		}
		assert_eq!(store.cell(&blob.data_root, 0, 0), None);
	}

	#[test]
	fn a_line_that_does_not_match_its_root_is_refused() {
		let blob = committed(5_000);
		let store = stored(&blob);
		let mut row = blob.square.row(1).unwrap().to_vec();
		row[0] ^= 1;
		assert!(matches!(
			store.put_line(&blob.data_root, Axis::Row, 1, &row),
			Err(StoreError::WrongLine { index: 1, .. })
		));
		let column = blob.square.column(1).unwrap();
		assert!(store.put_line(&blob.data_root, Axis::Row, 1, &column).is_err());
		assert!(!store.has_line(&blob.data_root, Axis::Row, 1));
		assert!(matches!(
			store.put_line(&[9; 32], Axis::Row, 1, blob.square.row(1).unwrap()),
			Err(StoreError::UnknownBlob(_))
		));
	}

	#[test]
	fn a_roots_document_that_does_not_match_its_data_root_is_refused() {
		let blob = committed(5_000);
		let mut document = blob.roots_document.clone();
		document[0] ^= 1;
		let store = BlobStore::in_memory();
		let roots = BlobRoots { layout: blob.layout, document };
		assert!(matches!(store.put_roots(&blob.data_root, &roots), Err(StoreError::WrongRoots(_))));
		assert_eq!(store.roots(&blob.data_root), None);
	}

	#[test]
	fn removing_a_blob_prunes_every_line() {
		let blob = committed(5_000);
		let other = committed(6_000);
		let store = stored(&blob);
		store
			.put_roots(
				&other.data_root,
				&BlobRoots { layout: other.layout, document: other.roots_document.clone() },
			)
			.unwrap();
		for r in 0..blob.layout.extended_width() {
			store
				.put_line(&blob.data_root, Axis::Row, r, blob.square.row(r as usize).unwrap())
				.unwrap();
		}
		store.put_line(&other.data_root, Axis::Row, 0, other.square.row(0).unwrap()).unwrap();
		store.remove(&blob.data_root).unwrap();
		assert_eq!(store.roots(&blob.data_root), None);
		assert!((0..blob.layout.extended_width()).all(|r| !store.has_line(
			&blob.data_root,
			Axis::Row,
			r
		)));
		assert!(store.has_line(&other.data_root, Axis::Row, 0));
		assert_eq!(store.blobs(), vec![other.data_root]);
	}
}
