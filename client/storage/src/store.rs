//! The fragment store, in RocksDB under the node's base path.
//!
//! Two kinds of fragments, each checked against its root before it is written:
//! * **kept**: fragments this node holds as a provider (or fetched to serve); only these are
//!   confirmed on chain and proven;
//! * **staged**: fragments uploaded to this node, hashed and written as their pieces arrive;
//!   they are served to the providers that fetch them and released once the order is stored.
//!
//! Kept fragments are stored in 64 KiB blocks under `root ‖ block index`, so a piece or a
//! challenged chunk is read without the rest of its fragment. Beside each kept fragment the
//! store keeps the chaining values of its 64 KiB subtrees and of the complete subtrees above
//! them ([`zerog_data::subtrees`]), so a period's proof reads only the challenged blocks and a
//! few pages of chaining values, whatever the fragment's size.
//!
//! Staged fragments are plain files in the store's `uploads` directory (`<root>.part` while
//! they arrive, renamed `<root>` once whole and checked): they live for minutes, so they skip
//! what RocksDB spends on data meant to stay (its log, memtable, flushes and compactions, which
//! would write an upload three times over), and an upload moves at the disk's speed.
//!
//! Uploads that nobody finishes or releases do not stay: [`FragmentStore::collect_uploads`]
//! drops a fragment still being assembled once no piece arrived for a TTL, and a staged one a
//! TTL after it was staged (a `storage put` that died half-way, or whose order never came).

use crate::hex;
use codec::{Decode, Encode};
use kvdb::{DBTransaction, KeyValueDB};
use parking_lot::Mutex;
use std::{
	collections::{BTreeMap, HashMap, HashSet},
	fs::File,
	os::unix::fs::FileExt,
	path::{Path, PathBuf},
	sync::Arc,
	time::{Duration, SystemTime, UNIX_EPOCH},
};
use zerog_data::{
	pora::HoldingProof,
	subtrees::{self, SubtreeLevels, SubtreeSource, BLOCK_LEN},
	ChunkRange, Hash,
};
use zerog_storage_primitives::FragmentProver;

/// Columns where fragments were kept whole, by root, before they were kept in blocks; their
/// entries move into blocks (staged ones into files) when the store opens.
const WHOLE_KEPT: u32 = 0;
const WHOLE_STAGED: u32 = 1;
/// Column of when each staged fragment was staged and its length ([`StagedNote`]), by root.
const STAGED_AT: u32 = 2;
/// Chaining values of kept fragments: pages of [`CVS_PER_PAGE`] under `root ‖ level ‖ page`.
const KEPT_CVS: u32 = 5;
const COLUMNS: u32 = 8;
/// Kept fragments.
const KEPT: Shelf = Shelf { lens: 3, blocks: 4 };
/// Where an older node kept staged fragments in blocks; they move into files when the store
/// opens.
const STAGED_BLOCKS: Shelf = Shelf { lens: 6, blocks: 7 };
/// Chaining values in one page: 8 KiB.
const CVS_PER_PAGE: u64 = 256;
/// Largest fragment accepted from an upload.
pub const MAX_FRAGMENT_LEN: u64 = 4 << 30;

/// The columns of one kind of fragment: its length by root, and its blocks.
#[derive(Clone, Copy)]
struct Shelf {
	lens: u32,
	blocks: u32,
}

fn block_key(root: &Hash, index: u64) -> [u8; 40] {
	let mut key = [0u8; 40];
	key[..32].copy_from_slice(root);
	key[32..].copy_from_slice(&index.to_be_bytes());
	key
}

fn page_key(root: &Hash, level: u32, page: u64) -> [u8; 41] {
	let mut key = [0u8; 41];
	key[..32].copy_from_slice(root);
	key[32] = level as u8;
	key[33..].copy_from_slice(&page.to_be_bytes());
	key
}

/// Why the store refused something.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
	/// The bytes do not hash to the root they were given for.
	#[error("fragment does not match its root {}", hex(&.0[..]))]
	WrongRoot(Hash),
	/// A piece lies outside the fragment, or pieces disagree on its length.
	#[error("piece at {offset} of {len} bytes does not fit a fragment of {total} bytes")]
	BadPiece { offset: u64, len: u64, total: u64 },
	/// A piece ahead of the bytes received in order would hold more in memory, waiting, than
	/// the rest of the fragment.
	#[error("piece at {offset} waits for the bytes from {from}, and the pieces waiting already fill the rest of the fragment")]
	TooFarAhead { offset: u64, from: u64 },
	/// The fragment is larger than any the store accepts.
	#[error("fragment of {0} bytes exceeds the {MAX_FRAGMENT_LEN}-byte limit")]
	TooLarge(u64),
	/// The database or an upload's file failed.
	#[error("fragment store: {0}")]
	Database(#[from] std::io::Error),
}

/// A fragment being uploaded piece by piece into its `.part` file. The bytes that arrived in
/// order are hashed and written at once; pieces ahead of them wait in memory until the gap
/// before them fills. The file becomes the staged fragment only once every byte arrived and the
/// whole hashes to its root.
struct Partial {
	/// The fragment's length.
	total: u64,
	file: File,
	/// Bytes `0..written` arrived, were hashed and written.
	written: u64,
	hasher: blake3::Hasher,
	/// Pieces beyond `written`, by offset.
	ahead: BTreeMap<u64, Vec<u8>>,
	/// When the last piece arrived.
	touched: SystemTime,
	/// Finished, or dropped by garbage collection: a piece arriving now goes to a new upload.
	dropped: bool,
}

impl Partial {
	fn new(total: u64, file: File, now: SystemTime) -> Self {
		Self {
			total,
			file,
			written: 0,
			hasher: blake3::Hasher::new(),
			ahead: BTreeMap::new(),
			touched: now,
			dropped: false,
		}
	}

	/// Bytes received: in order, and ahead.
	fn received(&self) -> u64 {
		self.written + self.ahead.values().map(|piece| piece.len() as u64).sum::<u64>()
	}

	/// Adds `piece` at `offset`: hashed and written now if it continues the bytes in order
	/// (with the pieces it joins), kept aside if it lies ahead, ignored if it arrived before.
	fn add(&mut self, offset: u64, piece: &[u8]) -> std::io::Result<()> {
		let end = offset + piece.len() as u64;
		if end <= self.written {
			return Ok(());
		}
		if offset > self.written {
			self.ahead.entry(offset).or_insert_with(|| piece.to_vec());
			return Ok(());
		}
		self.append(&piece[(self.written - offset) as usize..])?;
		while let Some(entry) = self.ahead.first_entry() {
			if *entry.key() > self.written {
				break;
			}
			let (offset, piece) = entry.remove_entry();
			let end = offset + piece.len() as u64;
			if end > self.written {
				self.append(&piece[(self.written - offset) as usize..])?;
			}
		}
		Ok(())
	}

	/// Hashes and writes the next bytes in order.
	fn append(&mut self, bytes: &[u8]) -> std::io::Result<()> {
		self.hasher.update(bytes);
		self.file.write_all_at(bytes, self.written)?;
		self.written += bytes.len() as u64;
		Ok(())
	}
}

/// The directory of staged fragments: `<root>.part` while one arrives, `<root>` once whole
/// and checked.
#[derive(Clone)]
struct UploadDir(Arc<PathBuf>);

impl UploadDir {
	fn open(path: PathBuf) -> std::io::Result<Self> {
		std::fs::create_dir_all(&path)?;
		Ok(Self(Arc::new(path)))
	}

	fn staged(&self, root: &Hash) -> PathBuf {
		self.0.join(&hex(root)[2..])
	}

	fn partial(&self, root: &Hash) -> PathBuf {
		self.0.join(format!("{}.part", &hex(root)[2..]))
	}

	/// Removes a file that may not exist; whether it did.
	fn remove(path: &Path) -> std::io::Result<bool> {
		match std::fs::remove_file(path) {
			Ok(()) => Ok(true),
			Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(false),
			Err(error) => Err(error),
		}
	}
}

/// When a fragment was staged, and its length: what garbage collection reads instead of the
/// fragment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
struct StagedNote {
	/// Seconds since the Unix epoch.
	staged_at: u64,
	len: u64,
}

/// Uploads this node holds: fragments being assembled and fragments staged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Uploads {
	/// Fragments still being assembled.
	pub partial: usize,
	/// Bytes received for them.
	pub partial_bytes: u64,
	/// Complete fragments staged for providers to fetch.
	pub staged: usize,
	/// Their bytes.
	pub staged_bytes: u64,
}

fn unix_seconds(time: SystemTime) -> u64 {
	time.duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}

/// Fragments kept by this node.
#[derive(Clone)]
pub struct FragmentStore {
	db: Arc<dyn KeyValueDB>,
	uploads: UploadDir,
	partial: Arc<Mutex<HashMap<Hash, Arc<Mutex<Partial>>>>>,
}

impl FragmentStore {
	/// Opens (or creates) the store in `path`, its uploads in `path/uploads`. Fragments an
	/// older node kept whole move into blocks, with their chaining values; staged ones it kept
	/// whole or in blocks move into files, noted as staged now so they expire like the others.
	pub fn open(path: &Path) -> Result<Self, StoreError> {
		std::fs::create_dir_all(path)?;
		let config = kvdb_rocksdb::DatabaseConfig::with_columns(COLUMNS);
		let db = kvdb_rocksdb::Database::open(&config, path)?;
		let store = Self::new(Arc::new(db), UploadDir::open(path.join("uploads"))?);
		store.move_older_fragments(SystemTime::now())?;
		Ok(store)
	}

	fn move_older_fragments(&self, now: SystemTime) -> Result<(), StoreError> {
		let keys = |column| -> Result<Vec<Vec<u8>>, StoreError> {
			Ok(self
				.db
				.iter(column)
				.map(|entry| entry.map(|(key, _)| key.to_vec()))
				.collect::<Result<_, _>>()?)
		};
		for column in [WHOLE_KEPT, WHOLE_STAGED] {
			for key in keys(column)? {
				let Some(bytes) = self.db.get(column, &key)? else { continue };
				let Ok(root) = Hash::try_from(&key[..]) else { continue };
				let mut tx = self.db.transaction();
				if column == WHOLE_KEPT {
					write_blocks(&mut tx, KEPT, &root, &bytes);
					write_levels(&mut tx, &root, &subtrees::levels_of(&bytes));
				} else {
					self.stage_whole(&mut tx, &root, &bytes, now)?;
				}
				tx.delete(column, &key);
				self.db.write(tx)?;
			}
		}
		for key in keys(STAGED_BLOCKS.lens)? {
			let Ok(root) = Hash::try_from(&key[..]) else { continue };
			let mut tx = self.db.transaction();
			if let Some(bytes) = self.read_all(STAGED_BLOCKS, &root) {
				self.stage_whole(&mut tx, &root, &bytes, now)?;
			}
			delete_blocks(&mut tx, STAGED_BLOCKS, &root);
			self.db.write(tx)?;
		}
		Ok(())
	}

	/// Writes the whole staged fragment `root` and notes it staged at `now`.
	fn stage_whole(
		&self,
		tx: &mut DBTransaction,
		root: &Hash,
		bytes: &[u8],
		now: SystemTime,
	) -> Result<(), StoreError> {
		std::fs::write(self.uploads.staged(root), bytes)?;
		let note = StagedNote { staged_at: unix_seconds(now), len: bytes.len() as u64 };
		tx.put(STAGED_AT, root, &note.encode());
		Ok(())
	}

	fn new(db: Arc<dyn KeyValueDB>, uploads: UploadDir) -> Self {
		Self { db, uploads, partial: Default::default() }
	}

	/// A store whose database is in memory and whose uploads go to a fresh temporary
	/// directory, for tests.
	#[cfg(test)]
	pub fn in_memory() -> Self {
		Self::new(Arc::new(kvdb_memorydb::create(COLUMNS)), test_upload_dir())
	}

	/// Keeps `bytes` as the fragment `root` after checking it hashes to `root`, with its
	/// chaining values.
	pub fn put(&self, root: &Hash, bytes: &[u8]) -> Result<(), StoreError> {
		check_root(root, bytes)?;
		let mut tx = self.db.transaction();
		write_blocks(&mut tx, KEPT, root, bytes);
		write_levels(&mut tx, root, &subtrees::levels_of(bytes));
		self.db.write(tx)?;
		Ok(())
	}

	/// Adds a piece of the uploaded fragment `root` of `total` bytes. Pieces may come in any
	/// order (a repeated one is ignored); those continuing the bytes received in order are
	/// hashed and written at once, so an upload in order holds at most a block in memory. Once
	/// every byte arrived the fragment is checked against its root and staged, or forgotten if
	/// it does not match. Returns whether it is now complete.
	pub fn put_piece(
		&self,
		root: &Hash,
		total: u64,
		offset: u64,
		piece: &[u8],
	) -> Result<bool, StoreError> {
		self.put_piece_at(root, total, offset, piece, SystemTime::now())
	}

	fn put_piece_at(
		&self,
		root: &Hash,
		total: u64,
		offset: u64,
		piece: &[u8],
		now: SystemTime,
	) -> Result<bool, StoreError> {
		if self.len_of(root) == Some(total) {
			return Ok(true);
		}
		if total > MAX_FRAGMENT_LEN {
			return Err(StoreError::TooLarge(total));
		}
		let len = piece.len() as u64;
		let bad = || StoreError::BadPiece { offset, len, total };
		offset.checked_add(len).filter(|end| *end <= total).ok_or_else(bad)?;
		let (upload, matches) = loop {
			let Some(upload) = self.upload(root, total, now)? else { return Ok(true) };
			let mut partial = upload.lock();
			if partial.dropped {
				// Just finished, or collected: gone from the map in a moment.
				drop(partial);
				std::thread::yield_now();
				if self.len_of(root) == Some(total) {
					return Ok(true);
				}
				continue;
			}
			if partial.total != total {
				return Err(bad());
			}
			let waiting = partial.received() - partial.written;
			if offset > partial.written && waiting + len > total - partial.written {
				return Err(StoreError::TooFarAhead { offset, from: partial.written });
			}
			partial.touched = now;
			if let Err(error) = partial.add(offset, piece) {
				// Without its file the upload cannot go on: it starts over.
				partial.dropped = true;
				drop(partial);
				self.forget_partial(root, &upload)?;
				return Err(error.into());
			}
			if partial.written < total {
				return Ok(false);
			}
			partial.dropped = true;
			let matches = *partial.hasher.finalize().as_bytes() == *root;
			drop(partial);
			break (upload, matches);
		};
		if !matches {
			self.forget_partial(root, &upload)?;
			return Err(StoreError::WrongRoot(*root));
		}
		// Staged before the upload leaves the map: a piece of the same fragment arriving
		// meanwhile (the same fragment pushed twice at once) finds it staged, not a new upload.
		let staged = std::fs::rename(self.uploads.partial(root), self.uploads.staged(root));
		let note = StagedNote { staged_at: unix_seconds(now), len: total };
		let mut tx = self.db.transaction();
		tx.put(STAGED_AT, root, &note.encode());
		let noted = self.db.write(tx);
		self.partial.lock().retain(|_, entry| !Arc::ptr_eq(entry, &upload));
		staged?;
		noted?;
		Ok(true)
	}

	/// The upload of `root` under way, or a new one (its note written before its file, so a
	/// file a restart orphans is collected too); none if the fragment is there already.
	fn upload(
		&self,
		root: &Hash,
		total: u64,
		now: SystemTime,
	) -> Result<Option<Arc<Mutex<Partial>>>, StoreError> {
		let mut partial = self.partial.lock();
		if let Some(upload) = partial.get(root) {
			return Ok(Some(upload.clone()));
		}
		if self.len_of(root) == Some(total) {
			return Ok(None);
		}
		let note = StagedNote { staged_at: unix_seconds(now), len: total };
		let mut tx = self.db.transaction();
		tx.put(STAGED_AT, root, &note.encode());
		self.db.write(tx)?;
		let file = File::create(self.uploads.partial(root))?;
		let upload = Arc::new(Mutex::new(Partial::new(total, file, now)));
		partial.insert(*root, upload.clone());
		Ok(Some(upload))
	}

	/// Drops the upload `upload` of `root`: its entry, its file and its note.
	fn forget_partial(&self, root: &Hash, upload: &Arc<Mutex<Partial>>) -> Result<(), StoreError> {
		// Gone from disk before it leaves the map: a push waiting on it starts a new upload (a
		// new file and note) only after.
		let removed = UploadDir::remove(&self.uploads.partial(root));
		let mut tx = self.db.transaction();
		tx.delete(STAGED_AT, root);
		let forgotten = self.db.write(tx);
		self.partial.lock().retain(|_, entry| !Arc::ptr_eq(entry, upload));
		removed?;
		forgotten?;
		Ok(())
	}

	/// The fragment `root`, kept or staged.
	pub fn get(&self, root: &Hash) -> Option<Vec<u8>> {
		self.kept(root).or_else(|| std::fs::read(self.uploads.staged(root)).ok())
	}

	/// The fragment `root`, if kept.
	pub fn kept(&self, root: &Hash) -> Option<Vec<u8>> {
		self.read_all(KEPT, root)
	}

	/// The length of the fragment `root`, kept or staged.
	pub fn len_of(&self, root: &Hash) -> Option<u64> {
		self.shelf_len(KEPT, root).or_else(|| self.staged_len(root))
	}

	fn staged_len(&self, root: &Hash) -> Option<u64> {
		std::fs::metadata(self.uploads.staged(root)).ok().map(|meta| meta.len())
	}

	/// Bytes `offset..offset + len` (cut at the end) of the fragment `root`, kept or staged,
	/// and the fragment's length: only the blocks (or the part of the file) holding them are
	/// read.
	pub fn range(&self, root: &Hash, offset: u64, len: u64) -> Option<(u64, Vec<u8>)> {
		let cut = |total: u64| {
			let start = offset.min(total);
			(start, start.saturating_add(len).min(total))
		};
		if let Some(total) = self.shelf_len(KEPT, root) {
			let (start, end) = cut(total);
			return Some((total, self.read_range(KEPT, root, start, end)?));
		}
		let file = File::open(self.uploads.staged(root)).ok()?;
		let total = file.metadata().ok()?.len();
		let (start, end) = cut(total);
		let mut bytes = vec![0; (end - start) as usize];
		file.read_exact_at(&mut bytes, start).ok()?;
		Some((total, bytes))
	}

	/// Whether the fragment `root` of `len` bytes is kept.
	pub fn has(&self, root: &Hash, len: u64) -> bool {
		self.shelf_len(KEPT, root) == Some(len)
	}

	/// Forgets the staged copy of `root` (a kept copy stays). Returns whether there was one.
	pub fn release(&self, root: &Hash) -> Result<bool, StoreError> {
		let staged = UploadDir::remove(&self.uploads.staged(root))?;
		let mut tx = self.db.transaction();
		tx.delete(STAGED_AT, root);
		self.db.write(tx)?;
		Ok(staged)
	}

	fn shelf_len(&self, shelf: Shelf, root: &Hash) -> Option<u64> {
		let bytes = self.db.get(shelf.lens, root).ok().flatten()?;
		u64::decode(&mut &bytes[..]).ok()
	}

	fn read_all(&self, shelf: Shelf, root: &Hash) -> Option<Vec<u8>> {
		let len = self.shelf_len(shelf, root)?;
		self.read_range(shelf, root, 0, len)
	}

	/// Bytes `start..end` of the fragment `root` on `shelf`, from its blocks.
	fn read_range(&self, shelf: Shelf, root: &Hash, start: u64, end: u64) -> Option<Vec<u8>> {
		let mut out = Vec::with_capacity(end.saturating_sub(start) as usize);
		let mut at = start;
		while at < end {
			let index = at / BLOCK_LEN;
			let block = self.db.get(shelf.blocks, &block_key(root, index)).ok().flatten()?;
			let from = (at - index * BLOCK_LEN) as usize;
			let to = (end.min((index + 1) * BLOCK_LEN) - index * BLOCK_LEN) as usize;
			out.extend_from_slice(block.get(from..to)?);
			at = (index + 1) * BLOCK_LEN;
		}
		Some(out)
	}

	/// The uploads this node holds.
	pub fn uploads(&self) -> Result<Uploads, StoreError> {
		let mut uploads = Uploads::default();
		for upload in self.partial.lock().values() {
			uploads.partial += 1;
			uploads.partial_bytes += upload.lock().received();
		}
		for (root, note) in self.staged_notes()? {
			if self.staged_len(&root).is_some() {
				uploads.staged += 1;
				uploads.staged_bytes += note.len;
			}
		}
		Ok(uploads)
	}

	fn staged_notes(&self) -> Result<Vec<(Hash, StagedNote)>, StoreError> {
		let mut notes = Vec::new();
		for entry in self.db.iter(STAGED_AT) {
			let (root, note) = entry?;
			let (Ok(root), Ok(note)) =
				(Hash::try_from(&root[..]), StagedNote::decode(&mut &note[..]))
			else {
				log::warn!(target: "storage", "unreadable staging note under {}", hex(&root));
				continue;
			};
			notes.push((root, note));
		}
		Ok(notes)
	}

	/// Drops the uploads older than `ttl` at `now`: fragments being assembled that received
	/// no piece for `ttl`, staged fragments staged `ttl` ago or longer that nobody released,
	/// and files of uploads a restart of the node interrupted (counted as partial uploads of
	/// unknown bytes). Kept fragments are never touched. Returns what was dropped.
	pub fn collect_uploads(&self, now: SystemTime, ttl: Duration) -> Result<Uploads, StoreError> {
		let expired = |at: SystemTime| now.duration_since(at).is_ok_and(|age| age >= ttl);
		let mut dropped = Uploads::default();
		let mut gone = HashSet::new();
		let mut failure = None;
		let active: HashSet<Hash> = {
			let mut partial = self.partial.lock();
			partial.retain(|root, upload| {
				let mut upload = upload.lock();
				if !expired(upload.touched) {
					return true;
				}
				gone.insert(*root);
				upload.dropped = true;
				dropped.partial += 1;
				dropped.partial_bytes += upload.received();
				// Gone from disk while the map is locked: a push waiting on it starts a new
				// upload (a new file and note) only after.
				let mut tx = self.db.transaction();
				tx.delete(STAGED_AT, root);
				if let Err(error) =
					UploadDir::remove(&self.uploads.partial(root)).and_then(|_| self.db.write(tx))
				{
					failure.get_or_insert(error);
				}
				false
			});
			partial.keys().copied().collect()
		};
		if let Some(error) = failure {
			return Err(error.into());
		}
		let mut tx = self.db.transaction();
		for (root, note) in self.staged_notes()? {
			if active.contains(&root)
				|| gone.contains(&root)
				|| !expired(UNIX_EPOCH + Duration::from_secs(note.staged_at))
			{
				continue;
			}
			if UploadDir::remove(&self.uploads.staged(&root))? {
				dropped.staged += 1;
				dropped.staged_bytes += note.len;
			} else {
				dropped.partial += 1;
			}
			UploadDir::remove(&self.uploads.partial(&root))?;
			tx.delete(STAGED_AT, &root);
		}
		self.db.write(tx)?;
		Ok(dropped)
	}

	/// Collects expired uploads ([`Self::collect_uploads`]) every `ttl / 4` (at most every
	/// minute) for as long as the node runs.
	pub async fn expire_uploads(self, ttl: Duration) {
		let every = (ttl / 4).clamp(Duration::from_secs(1), Duration::from_secs(60));
		let mut ticks = tokio::time::interval(every);
		loop {
			ticks.tick().await;
			match self.collect_uploads(SystemTime::now(), ttl) {
				Ok(dropped) if dropped != Uploads::default() => log::info!(
					target: "storage",
					"dropped uploads older than {ttl:?}: {} partial ({} bytes), {} staged ({} bytes)",
					dropped.partial,
					dropped.partial_bytes,
					dropped.staged,
					dropped.staged_bytes,
				),
				Ok(_) => {},
				Err(error) => log::warn!(target: "storage", "cannot collect uploads: {error}"),
			}
		}
	}
}

fn write_blocks(tx: &mut DBTransaction, shelf: Shelf, root: &Hash, bytes: &[u8]) {
	delete_blocks(tx, shelf, root);
	tx.put(shelf.lens, root, &(bytes.len() as u64).encode());
	for (index, block) in bytes.chunks(BLOCK_LEN as usize).enumerate() {
		tx.put(shelf.blocks, &block_key(root, index as u64), block);
	}
}

fn delete_blocks(tx: &mut DBTransaction, shelf: Shelf, root: &Hash) {
	tx.delete(shelf.lens, root);
	tx.delete_prefix(shelf.blocks, root);
}

fn write_levels(tx: &mut DBTransaction, root: &Hash, levels: &SubtreeLevels) {
	tx.delete_prefix(KEPT_CVS, root);
	for (level, cvs) in levels.iter().enumerate() {
		for (page, values) in cvs.chunks(CVS_PER_PAGE as usize).enumerate() {
			tx.put(KEPT_CVS, &page_key(root, level as u32, page as u64), &values.concat());
		}
	}
}

/// A kept fragment as a proof reads it: its blocks and pages of chaining values, each read
/// once.
struct StoredSubtrees<'a> {
	db: &'a dyn KeyValueDB,
	root: Hash,
	pages: HashMap<(u32, u64), Vec<u8>>,
}

impl SubtreeSource for StoredSubtrees<'_> {
	fn block(&mut self, index: u64) -> Option<Vec<u8>> {
		self.db.get(KEPT.blocks, &block_key(&self.root, index)).ok().flatten()
	}

	fn chaining_value(&mut self, level: u32, index: u64) -> Option<[u8; 32]> {
		let page = index / CVS_PER_PAGE;
		if !self.pages.contains_key(&(level, page)) {
			let bytes = self.db.get(KEPT_CVS, &page_key(&self.root, level, page)).ok().flatten()?;
			self.pages.insert((level, page), bytes);
		}
		let at = ((index % CVS_PER_PAGE) * 32) as usize;
		self.pages.get(&(level, page))?.get(at..at + 32)?.try_into().ok()
	}
}

/// A fresh directory for a test store's uploads.
#[cfg(test)]
fn test_upload_dir() -> UploadDir {
	static STORES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
	let n = STORES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
	let path = std::env::temp_dir().join(format!("zerog-store-test-{}-{n}", std::process::id()));
	let _ = std::fs::remove_dir_all(&path);
	UploadDir::open(path).expect("a temporary directory")
}

fn check_root(root: &Hash, bytes: &[u8]) -> Result<(), StoreError> {
	if zerog_data::root(bytes) != *root {
		return Err(StoreError::WrongRoot(*root));
	}
	Ok(())
}

impl FragmentProver for FragmentStore {
	fn has(&self, root: &Hash, len: u64) -> bool {
		FragmentStore::has(self, root, len)
	}

	/// Proves `chunks` of a kept fragment reading only their blocks and the chaining values
	/// beside their paths.
	fn prove(&self, root: &Hash, len: u64, chunks: &[u64]) -> Option<HoldingProof> {
		if !self.has(root, len) {
			return None;
		}
		let ranges: Option<Vec<ChunkRange>> =
			chunks.iter().map(|&chunk| ChunkRange::chunk(chunk, len)).collect();
		let mut source = StoredSubtrees { db: &*self.db, root: *root, pages: HashMap::new() };
		match subtrees::prove_from_subtrees(len, &ranges?, &mut source) {
			Ok((proof, chunks)) => Some(HoldingProof { chunks, proof }),
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
	use zerog_data::pora::{self, Holding};

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
	fn pieces_waiting_ahead_never_hold_more_than_the_rest_of_the_fragment() {
		let store = store();
		let bytes: Vec<u8> = (0..10_000u32).map(|i| (i * 7) as u8).collect();
		let root = zerog_data::root(&bytes);
		assert!(!store.put_piece(&root, 10_000, 1, &bytes[1..9_000]).unwrap());
		assert!(matches!(
			store.put_piece(&root, 10_000, 2, &bytes[2..2_000]),
			Err(StoreError::TooFarAhead { offset: 2, from: 0 })
		));
		assert!(!store.put_piece(&root, 10_000, 0, &bytes[..1]).unwrap());
		assert!(store.put_piece(&root, 10_000, 9_000, &bytes[9_000..]).unwrap());
		assert_eq!(store.get(&root).unwrap(), bytes);
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
	fn an_abandoned_upload_is_dropped_after_the_ttl() {
		let store = store();
		let ttl = Duration::from_secs(600);
		let start = UNIX_EPOCH + Duration::from_secs(1_000_000);
		let bytes: Vec<u8> = (0..8192u32).map(|i| i as u8).collect();
		let root = zerog_data::root(&bytes);
		assert!(!store.put_piece_at(&root, 8192, 0, &bytes[..4096], start).unwrap());
		let half = Uploads { partial: 1, partial_bytes: 4096, ..Default::default() };
		assert_eq!(store.uploads().unwrap(), half);
		let later = start + ttl - Duration::from_secs(1);
		assert_eq!(store.collect_uploads(later, ttl).unwrap(), Uploads::default(), "not yet");
		assert_eq!(store.collect_uploads(start + ttl, ttl).unwrap(), half);
		assert_eq!(store.uploads().unwrap(), Uploads::default());
		assert!(
			!store.put_piece_at(&root, 8192, 4096, &bytes[4096..], start + ttl).unwrap(),
			"the first half is gone: the upload starts over"
		);
	}

	#[test]
	fn a_piece_keeps_an_upload_alive() {
		let store = store();
		let ttl = Duration::from_secs(600);
		let start = UNIX_EPOCH + Duration::from_secs(1_000_000);
		let bytes = vec![3u8; 12_288];
		let root = zerog_data::root(&bytes);
		assert!(!store.put_piece_at(&root, 12_288, 0, &bytes[..4096], start).unwrap());
		let late = start + ttl - Duration::from_secs(1);
		assert!(!store.put_piece_at(&root, 12_288, 4096, &bytes[..4096], late).unwrap());
		assert_eq!(store.collect_uploads(start + ttl, ttl).unwrap(), Uploads::default());
		assert_eq!(store.uploads().unwrap().partial_bytes, 8192);
	}

	#[test]
	fn a_staged_fragment_nobody_releases_is_dropped_after_the_ttl_and_kept_ones_stay() {
		let store = store();
		let ttl = Duration::from_secs(600);
		let start = UNIX_EPOCH + Duration::from_secs(1_000_000);
		let staged = vec![4u8; 3000];
		let kept = vec![6u8; 2000];
		let (staged_root, kept_root) = (zerog_data::root(&staged), zerog_data::root(&kept));
		assert!(store.put_piece_at(&staged_root, 3000, 0, &staged, start).unwrap());
		store.put(&kept_root, &kept).unwrap();
		let one = Uploads { staged: 1, staged_bytes: 3000, ..Default::default() };
		assert_eq!(store.uploads().unwrap(), one);
		assert_eq!(store.collect_uploads(start + ttl, ttl).unwrap(), one);
		assert!(store.get(&staged_root).is_none());
		assert!(store.has(&kept_root, 2000), "kept fragments are not uploads");
		assert_eq!(store.uploads().unwrap(), Uploads::default());
	}

	#[test]
	fn pieces_in_order_are_written_as_they_arrive_not_held() {
		let store = store();
		let len = 3 * BLOCK_LEN + 500;
		let bytes: Vec<u8> = (0..len).map(|i| (i % 241) as u8).collect();
		let root = zerog_data::root(&bytes);
		let piece = 40_000;
		for start in (0..len - piece).step_by(piece as usize) {
			let end = start + piece;
			assert!(!store
				.put_piece(&root, len, start, &bytes[start as usize..end as usize])
				.unwrap());
		}
		let upload = store.partial.lock().get(&root).unwrap().clone();
		let written = {
			let upload = upload.lock();
			assert!(upload.ahead.is_empty(), "nothing held in memory");
			upload.written
		};
		let on_disk = std::fs::metadata(store.uploads.partial(&root)).unwrap().len();
		assert_eq!(on_disk, written, "every byte in order is in the file already");
		assert!(store.get(&root).is_none(), "unreadable until complete and checked");
		let last = (len / piece) * piece;
		assert!(store.put_piece(&root, len, last, &bytes[last as usize..]).unwrap());
		assert_eq!(store.get(&root).unwrap(), bytes);
		assert_eq!(
			store.range(&root, BLOCK_LEN - 3, 6).unwrap().1,
			bytes[BLOCK_LEN as usize - 3..][..6]
		);
	}

	#[test]
	fn the_same_fragment_pushed_twice_at_once_completes_for_both() {
		let store = store();
		let len = 4 * BLOCK_LEN + 123;
		let bytes: Vec<u8> = (0..len).map(|i| (i % 239) as u8).collect();
		let root = zerog_data::root(&bytes);
		let pushers: Vec<_> = (0..2)
			.map(|_| {
				let (store, bytes) = (store.clone(), bytes.clone());
				std::thread::spawn(move || {
					let mut complete = false;
					for start in (0..len).step_by(50_000) {
						let end = (start + 50_000).min(len);
						let piece = &bytes[start as usize..end as usize];
						complete = store.put_piece(&root, len, start, piece).unwrap();
					}
					complete
				})
			})
			.collect();
		for pusher in pushers {
			assert!(pusher.join().unwrap(), "each push ends with the fragment complete");
		}
		assert_eq!(store.get(&root).unwrap(), bytes);
		assert_eq!(
			store.uploads().unwrap(),
			Uploads { staged: 1, staged_bytes: len, ..Default::default() }
		);
	}

	#[test]
	fn the_file_of_an_upload_a_restart_interrupted_is_dropped_after_the_ttl() {
		let store = store();
		let ttl = Duration::from_secs(600);
		let start = UNIX_EPOCH + Duration::from_secs(1_000_000);
		let bytes = vec![9u8; 3 * BLOCK_LEN as usize];
		let root = zerog_data::root(&bytes);
		assert!(!store.put_piece_at(&root, 3 * BLOCK_LEN, 0, &bytes[..70_000], start).unwrap());
		let restarted = FragmentStore::new(store.db.clone(), store.uploads.clone());
		assert_eq!(restarted.uploads().unwrap(), Uploads::default(), "not staged, not in memory");
		let dropped = restarted.collect_uploads(start + ttl, ttl).unwrap();
		assert_eq!(dropped, Uploads { partial: 1, ..Default::default() });
		assert!(!store.uploads.partial(&root).exists());
		assert_eq!(store.db.iter(STAGED_AT).count(), 0);
	}

	#[test]
	fn a_released_fragment_leaves_no_note_behind() {
		let store = store();
		let bytes = vec![8u8; 1024];
		let root = zerog_data::root(&bytes);
		assert!(store.put_piece(&root, 1024, 0, &bytes).unwrap());
		assert!(store.release(&root).unwrap());
		assert_eq!(store.uploads().unwrap(), Uploads::default());
	}

	#[test]
	fn proofs_from_the_store_verify_and_equal_proofs_from_the_whole_fragment() {
		let store = store();
		for len in [700u64, 64 * 1024, 300 * 1024 + 17, 2 << 20] {
			let bytes: Vec<u8> = (0..len).map(|i| (i * 31 + i / 4096) as u8).collect();
			let root = zerog_data::root(&bytes);
			store.put(&root, &bytes).unwrap();
			let holdings = [Holding { root, len }];
			let seed = pora::ChallengeSeed { randomness: [3; 32], provider: [4; 32], period: 9 };
			let challenges = pora::challenges(&seed, &[len], 16).unwrap();
			let mut chunks: Vec<u64> = challenges.iter().map(|c| c.chunk).collect();
			chunks.dedup();
			let answer = store.prove(&root, len, &chunks).unwrap();
			let whole = pora::prove_challenges(&challenges, &holdings, |_| Some(&bytes[..]));
			assert_eq!(whole.unwrap().holdings, vec![answer.clone()], "{len} bytes");
			let proof = pora::PoraProof { holdings: vec![answer] };
			assert_eq!(pora::verify_proof(&seed, &holdings, 16, &proof), Ok(()));
		}
		assert!(store.prove(&[9; 32], 10, &[0]).is_none());
	}

	#[test]
	fn pieces_are_read_from_their_blocks_alone() {
		let store = store();
		let len = 5 * BLOCK_LEN + 100;
		let bytes: Vec<u8> = (0..len).map(|i| (i % 253) as u8).collect();
		let root = zerog_data::root(&bytes);
		store.put(&root, &bytes).unwrap();
		let at = 2 * BLOCK_LEN - 10;
		assert_eq!(
			store.range(&root, at, 30),
			Some((len, bytes[at as usize..at as usize + 30].to_vec()))
		);
		assert_eq!(
			store.range(&root, len - 5, 4096),
			Some((len, bytes[len as usize - 5..].to_vec()))
		);
		assert_eq!(store.range(&root, len + 1, 10), Some((len, Vec::new())));
		let mut tx = store.db.transaction();
		tx.delete(KEPT.blocks, &block_key(&root, 0));
		store.db.write(tx).unwrap();
		assert!(store.range(&root, at, 30).is_some(), "block 0 is not read for block 1");
		assert!(store.range(&root, 0, 30).is_none());
	}

	#[test]
	fn fragments_kept_whole_by_an_older_node_move_into_blocks() {
		let store = store();
		let kept: Vec<u8> = (0..200_000u32).map(|i| (i % 249) as u8).collect();
		let staged = vec![2u8; 70_000];
		let (kept_root, staged_root) = (zerog_data::root(&kept), zerog_data::root(&staged));
		let mut tx = store.db.transaction();
		tx.put(WHOLE_KEPT, &kept_root, &kept);
		tx.put(WHOLE_STAGED, &staged_root, &staged);
		store.db.write(tx).unwrap();
		store.move_older_fragments(SystemTime::now()).unwrap();
		assert!(store.has(&kept_root, kept.len() as u64));
		assert_eq!(store.kept(&kept_root).unwrap(), kept);
		assert_eq!(store.get(&staged_root).unwrap(), staged);
		assert_eq!(store.uploads().unwrap().staged, 1, "noted, so it expires");
		assert!(store.prove(&kept_root, kept.len() as u64, &[0, 150]).is_some());
		assert_eq!(store.db.iter(WHOLE_KEPT).count() + store.db.iter(WHOLE_STAGED).count(), 0);
	}

	#[test]
	fn fragments_an_older_node_staged_in_blocks_move_into_files() {
		let store = store();
		let staged: Vec<u8> = (0..150_000u32).map(|i| (i % 241) as u8).collect();
		let root = zerog_data::root(&staged);
		let mut tx = store.db.transaction();
		write_blocks(&mut tx, STAGED_BLOCKS, &root, &staged);
		store.db.write(tx).unwrap();
		store.move_older_fragments(SystemTime::now()).unwrap();
		assert_eq!(store.get(&root).unwrap(), staged);
		assert_eq!(
			store.range(&root, 70_000, 10).unwrap(),
			(150_000, staged[70_000..70_010].to_vec())
		);
		assert_eq!(store.uploads().unwrap().staged, 1, "noted, so it expires");
		assert_eq!(
			store.db.iter(STAGED_BLOCKS.lens).count() + store.db.iter(STAGED_BLOCKS.blocks).count(),
			0
		);
	}
}
