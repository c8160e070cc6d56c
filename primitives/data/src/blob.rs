//! DA blobs as extended squares of cells, their commitment and cell proofs.
//!
//! Layout of a blob of `len` bytes (`1 ≤ len ≤` [`MAX_BLOB_LEN`]):
//!
//! * the cell length is the smallest power-of-two multiple of 1 KiB for which a square of
//!   width `k ≤` [`MAX_WIDTH`] holds the blob, with `k = ⌈√⌈len / cell_len⌉⌉`;
//! * the blob fills the `k × k` square row by row, padded with zeros;
//! * the square is extended to `2k × 2k` ([`zerog_erasure::ExtendedSquare`]);
//! * each row and each column is committed by the BLAKE3 hash of its `2k` cells; since a cell
//!   is a power-of-two number of chunks at an aligned offset, it is a whole BLAKE3 subtree of
//!   its row and column;
//! * the blob's `data_root` is the BLAKE3 hash of the *roots document*: the `2k` row roots,
//!   then the `2k` column roots, then a 32-byte header (`len`, `k`, `cell_len`, little-endian,
//!   zero-padded).
//!
//! A [`CellProof`] goes from a cell to its row's (or column's) root, and from that root, in its
//! 1 KiB chunk of the roots document, to the `data_root`.

use crate::{ChunkRange, Hash, Proof, CHUNK_LEN};
use alloc::{vec, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use zerog_commitment::{prove, verify, ProofError};
use zerog_erasure::{lines, reconstruct_line, ExtendedSquare, LineEncoder, SquareError};

/// The largest blob: 32 MiB.
pub const MAX_BLOB_LEN: u32 = 32 * 1024 * 1024;
/// The widest original square.
pub const MAX_WIDTH: u16 = 128;
/// Length of the header closing the roots document.
pub const HEADER_LEN: usize = 32;

/// The shape of a blob's square.
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
pub struct BlobLayout {
	/// The blob's length in bytes.
	pub len: u32,
	/// Width of the original square, `k`.
	pub width: u16,
	/// Bytes per cell.
	pub cell_len: u32,
}

/// A row or a column.
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
pub enum Axis {
	/// A row of the extended square.
	Row,
	/// A column of the extended square.
	Column,
}

/// Why a blob could not be laid out or a proof did not hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlobError {
	/// The blob is empty or longer than [`MAX_BLOB_LEN`].
	InvalidLength,
	/// The layout is not the one [`BlobLayout::for_len`] gives.
	InvalidLayout,
	/// A row, column or cell index is outside the extended square.
	InvalidIndex,
	/// A cell's length differs from the layout's.
	WrongCellLength,
	/// A line's or roots document's length differs from the layout's.
	WrongLineLength,
	/// A proof did not verify.
	Proof(ProofError),
	/// Fewer than `k` distinct cells were given.
	TooFewCells,
	/// The bytes or the roots document are not those the data root commits to.
	NotCommitted,
}

impl From<ProofError> for BlobError {
	fn from(e: ProofError) -> Self {
		BlobError::Proof(e)
	}
}

impl From<SquareError> for BlobError {
	fn from(e: SquareError) -> Self {
		match e {
			SquareError::TooFewCells => BlobError::TooFewCells,
			SquareError::InvalidIndex => BlobError::InvalidIndex,
			SquareError::WrongLength => BlobError::WrongCellLength,
			SquareError::InvalidShape => BlobError::InvalidLayout,
		}
	}
}

fn ceil_sqrt(n: u64) -> u64 {
	let mut r = 0u64;
	while r * r < n {
		r += 1;
	}
	r
}

impl BlobLayout {
	/// The layout of a blob of `len` bytes.
	pub fn for_len(len: u32) -> Result<Self, BlobError> {
		if len == 0 || len > MAX_BLOB_LEN {
			return Err(BlobError::InvalidLength);
		}
		let mut cell_len = CHUNK_LEN;
		loop {
			let width = ceil_sqrt((len as u64).div_ceil(cell_len));
			if width <= MAX_WIDTH as u64 {
				return Ok(Self { len, width: width as u16, cell_len: cell_len as u32 });
			}
			cell_len *= 2;
		}
	}

	/// Fails unless this is the layout of a blob of its length.
	pub fn check(&self) -> Result<(), BlobError> {
		if Self::for_len(self.len)? == *self {
			Ok(())
		} else {
			Err(BlobError::InvalidLayout)
		}
	}

	/// Width of the extended square, `2k`.
	pub fn extended_width(&self) -> u32 {
		2 * self.width as u32
	}

	/// Bytes in a row or column of the extended square.
	pub fn line_len(&self) -> u64 {
		self.extended_width() as u64 * self.cell_len as u64
	}

	/// Bytes of the roots document.
	pub fn roots_document_len(&self) -> u64 {
		4 * self.width as u64 * 32 + HEADER_LEN as u64
	}

	/// The header closing the roots document.
	pub fn header(&self) -> [u8; HEADER_LEN] {
		let mut header = [0u8; HEADER_LEN];
		header[..4].copy_from_slice(&self.len.to_le_bytes());
		header[4..6].copy_from_slice(&self.width.to_le_bytes());
		header[6..10].copy_from_slice(&self.cell_len.to_le_bytes());
		header
	}

	/// Offset in the roots document of the root of line `index` along `axis`.
	fn root_offset(&self, axis: Axis, index: u32) -> u64 {
		let base = match axis {
			Axis::Row => 0,
			Axis::Column => self.extended_width() as u64,
		};
		(base + index as u64) * 32
	}
}

/// A blob extended and committed.
pub struct CommittedBlob {
	/// Its layout.
	pub layout: BlobLayout,
	/// The extended square.
	pub square: ExtendedSquare,
	/// The roots document: row roots, column roots, header.
	pub roots_document: Vec<u8>,
	/// The blob's commitment, the BLAKE3 hash of the roots document.
	pub data_root: Hash,
}

impl CommittedBlob {
	/// Lays out, extends and commits `blob`.
	pub fn new(blob: &[u8]) -> Result<Self, BlobError> {
		let (layout, square) = Self::extend(blob)?;
		Ok(Self::commit(layout, square))
	}

	/// Lays out and extends `blob` as [`Self::new`] does, then flips every bit of the parity
	/// cell at (`row`, `column`) before committing: what a broken encoder publishes. Row `row`
	/// and column `column` are then not codewords, so [`Self::fraud_proof`] of either shows
	/// the blob badly encoded. For tests: honest nodes never build one.
	pub fn miscoded(blob: &[u8], row: u32, column: u32) -> Result<Self, BlobError> {
		let (layout, mut square) = Self::extend(blob)?;
		let k = u32::from(layout.width);
		if row < k && column < k {
			return Err(BlobError::InvalidIndex);
		}
		let cell = square.cell_mut(row as usize, column as usize).ok_or(BlobError::InvalidIndex)?;
		cell.iter_mut().for_each(|byte| *byte = !*byte);
		Ok(Self::commit(layout, square))
	}

	/// A fraud proof along line `index` of `axis`: its first `k` cells, each with its proof.
	pub fn fraud_proof(&self, axis: Axis, index: u32) -> Result<FraudProof, BlobError> {
		let line = match axis {
			Axis::Row => self.square.row(index as usize).map(<[u8]>::to_vec),
			Axis::Column => self.square.column(index as usize),
		}
		.ok_or(BlobError::InvalidIndex)?;
		fraud_proof_from_line(&self.layout, &self.roots_document, axis, index, &line)
	}

	fn extend(blob: &[u8]) -> Result<(BlobLayout, ExtendedSquare), BlobError> {
		let len = u32::try_from(blob.len()).map_err(|_| BlobError::InvalidLength)?;
		let layout = BlobLayout::for_len(len)?;
		let k = layout.width as usize;
		let cell_len = layout.cell_len as usize;
		let mut original = vec![0u8; k * k * cell_len];
		original[..blob.len()].copy_from_slice(blob);
		Ok((layout, ExtendedSquare::extend(k, cell_len, &original)?))
	}

	fn commit(layout: BlobLayout, square: ExtendedSquare) -> Self {
		let cell_len = layout.cell_len as usize;
		let width = square.width();
		let line_len = layout.line_len() as usize;
		let row_roots = lines::map(
			width,
			|| (),
			|_, r| *blake3::hash(square.row(r).expect("r < width; qed")).as_bytes(),
		);
		let column_roots = lines::map(
			width,
			|| vec![0u8; line_len],
			|column, c| {
				for (r, cell) in column.chunks_mut(cell_len).enumerate() {
					cell.copy_from_slice(square.cell(r, c).expect("r, c < width; qed"));
				}
				*blake3::hash(column).as_bytes()
			},
		);
		let mut roots_document = Vec::with_capacity(layout.roots_document_len() as usize);
		for root in row_roots.iter().chain(&column_roots) {
			roots_document.extend_from_slice(root);
		}
		roots_document.extend_from_slice(&layout.header());
		let data_root = *blake3::hash(&roots_document).as_bytes();
		Self { layout, square, roots_document, data_root }
	}

	/// The blob's bytes: the original square without its padding.
	pub fn bytes(&self) -> Vec<u8> {
		let mut bytes = self.square.original();
		bytes.truncate(self.layout.len as usize);
		bytes
	}

	/// The proof of the cell at (`row`, `column`) through the line along `axis`.
	pub fn prove_cell(&self, axis: Axis, row: u32, column: u32) -> Result<CellProof, BlobError> {
		let width = self.layout.extended_width();
		if row >= width || column >= width {
			return Err(BlobError::InvalidIndex);
		}
		let line = match axis {
			Axis::Row => self.square.row(row as usize).map(<[u8]>::to_vec),
			Axis::Column => self.square.column(column as usize),
		}
		.ok_or(BlobError::InvalidIndex)?;
		prove_cell_in_line(&self.layout, &self.roots_document, axis, row, column, &line)
	}
}

/// The proof of the cell at (`row`, `column`) from the whole line along `axis` that holds it
/// and the blob's roots document: what a node holding only some lines serves.
pub fn prove_cell_in_line(
	layout: &BlobLayout,
	roots_document: &[u8],
	axis: Axis,
	row: u32,
	column: u32,
	line: &[u8],
) -> Result<CellProof, BlobError> {
	let width = layout.extended_width();
	if row >= width || column >= width {
		return Err(BlobError::InvalidIndex);
	}
	if line.len() as u64 != layout.line_len()
		|| roots_document.len() as u64 != layout.roots_document_len()
	{
		return Err(BlobError::WrongLineLength);
	}
	let (line_index, position) = match axis {
		Axis::Row => (row, column),
		Axis::Column => (column, row),
	};
	let cell_len = layout.cell_len as u64;
	let cell_range =
		ChunkRange { start: position as u64 * cell_len, end: (position as u64 + 1) * cell_len };
	let line_proof = prove(line, &[cell_range])?;

	let roots_chunk = roots_chunk_range(layout, axis, line_index);
	let roots_proof = prove(roots_document, &[roots_chunk])?;
	let roots_chunk_bytes =
		roots_document[roots_chunk.start as usize..roots_chunk.end as usize].to_vec();
	Ok(CellProof { line_proof, roots_chunk: roots_chunk_bytes, roots_proof })
}

/// Whether `line`, `2k` cells of a blob under `layout`, is a codeword: its parity half is the
/// extension of its original half. An honest signer refuses to attest a blob with a line that
/// is not, and can prove it bad from the line ([`FraudProof`]).
pub fn is_codeword(layout: &BlobLayout, line: &[u8]) -> Result<bool, BlobError> {
	if line.len() as u64 != layout.line_len() {
		return Err(BlobError::WrongLineLength);
	}
	let mut extended = line.to_vec();
	LineEncoder::new(layout.width as usize, layout.cell_len as usize).extend(&mut extended)?;
	Ok(extended == line)
}

/// The fraud proof along line `index` of `axis` from the whole line and the roots document:
/// the line's first `k` cells, each proven (what a signer that received a line that is not a
/// codeword sends).
pub fn fraud_proof_from_line(
	layout: &BlobLayout,
	roots_document: &[u8],
	axis: Axis,
	index: u32,
	line: &[u8],
) -> Result<FraudProof, BlobError> {
	let cell_len = layout.cell_len as usize;
	let cells = (0..u32::from(layout.width))
		.map(|position| {
			let (row, column) = match axis {
				Axis::Row => (index, position),
				Axis::Column => (position, index),
			};
			let at = position as usize * cell_len;
			let cell = line.get(at..at + cell_len).ok_or(BlobError::WrongLineLength)?.to_vec();
			let proof = prove_cell_in_line(layout, roots_document, axis, row, column, line)?;
			Ok((position, cell, proof))
		})
		.collect::<Result<Vec<_>, BlobError>>()?;
	Ok(FraudProof { axis, index, cells })
}

/// The root of line `index` along `axis`, read from a blob's roots document.
pub fn line_root(
	layout: &BlobLayout,
	roots_document: &[u8],
	axis: Axis,
	index: u32,
) -> Option<Hash> {
	if index >= layout.extended_width() {
		return None;
	}
	let at = layout.root_offset(axis, index) as usize;
	roots_document.get(at..at + 32)?.try_into().ok()
}

/// Checks that `roots_document` is the roots document of a blob under `layout` that
/// `data_root` commits: its length, the header it closes with and its hash.
pub fn check_roots_document(
	data_root: &Hash,
	layout: &BlobLayout,
	roots_document: &[u8],
) -> Result<(), BlobError> {
	let header_at = roots_document.len().checked_sub(HEADER_LEN).ok_or(BlobError::NotCommitted)?;
	if roots_document.len() as u64 != layout.roots_document_len()
		|| roots_document[header_at..] != layout.header()
		|| blake3::hash(roots_document).as_bytes() != data_root
	{
		return Err(BlobError::NotCommitted);
	}
	Ok(())
}

/// Checks that `blob` is the blob committed by `data_root`, given its roots document: the
/// document hashes to `data_root` and closes with the header of a blob of this length, and
/// each of the `k` original rows, laid out from `blob` and extended, hashes to its root there.
///
/// The original rows hold every byte of the blob, so rows whose hashes match commit to
/// exactly these bytes; the columns are not needed. That is `k` line extensions and a quarter
/// of the square hashed, against the whole square extended and hashed twice to recommit.
pub fn verify_blob(data_root: &Hash, roots_document: &[u8], blob: &[u8]) -> Result<(), BlobError> {
	let len = u32::try_from(blob.len()).map_err(|_| BlobError::InvalidLength)?;
	let layout = BlobLayout::for_len(len)?;
	check_roots_document(data_root, &layout, roots_document)?;
	let k = layout.width as usize;
	let cell_len = layout.cell_len as usize;
	let row_len = k * cell_len;
	let rows_match = lines::try_map(
		k,
		|| (LineEncoder::new(k, cell_len), vec![0u8; 2 * row_len]),
		|(encoder, row), r| {
			let start = (r * row_len).min(blob.len());
			let data = &blob[start..(start + row_len).min(blob.len())];
			row[..data.len()].copy_from_slice(data);
			row[data.len()..row_len].fill(0);
			encoder.extend(row)?;
			let root = line_root(&layout, roots_document, Axis::Row, r as u32)
				.ok_or(BlobError::NotCommitted)?;
			Ok::<_, BlobError>(blake3::hash(row).as_bytes() == &root)
		},
	)?;
	if rows_match.into_iter().all(|matched| matched) {
		Ok(())
	} else {
		Err(BlobError::NotCommitted)
	}
}

fn roots_chunk_range(layout: &BlobLayout, axis: Axis, index: u32) -> ChunkRange {
	let offset = layout.root_offset(axis, index);
	ChunkRange::chunk(offset / CHUNK_LEN, layout.roots_document_len())
		.expect("a line's root lies inside the roots document; qed")
}

/// The proof that a cell belongs to a blob.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct CellProof {
	/// From the cell to its line's root.
	pub line_proof: Proof,
	/// The 1 KiB chunk of the roots document holding the line's root.
	pub roots_chunk: Vec<u8>,
	/// From that chunk to the blob's `data_root`.
	pub roots_proof: Proof,
}

/// Checks that `cell` is the cell at (`row`, `column`) of the blob committed by `data_root`,
/// through the line along `axis`; returns that line's root.
pub fn verify_cell(
	data_root: &Hash,
	layout: &BlobLayout,
	axis: Axis,
	row: u32,
	column: u32,
	cell: &[u8],
	proof: &CellProof,
) -> Result<Hash, BlobError> {
	layout.check()?;
	let width = layout.extended_width();
	if row >= width || column >= width {
		return Err(BlobError::InvalidIndex);
	}
	if cell.len() != layout.cell_len as usize {
		return Err(BlobError::WrongCellLength);
	}
	let (line_index, position) = match axis {
		Axis::Row => (row, column),
		Axis::Column => (column, row),
	};
	let chunk = roots_chunk_range(layout, axis, line_index);
	verify(
		data_root,
		layout.roots_document_len(),
		&[chunk],
		&[&proof.roots_chunk],
		&proof.roots_proof,
	)?;
	let at = (layout.root_offset(axis, line_index) - chunk.start) as usize;
	let mut line_root = [0u8; 32];
	line_root.copy_from_slice(&proof.roots_chunk[at..at + 32]);

	let cell_len = layout.cell_len as u64;
	let cell_range =
		ChunkRange { start: position as u64 * cell_len, end: (position as u64 + 1) * cell_len };
	verify(&line_root, layout.line_len(), &[cell_range], &[cell], &proof.line_proof)?;
	Ok(line_root)
}

/// `k` cells of one line, each proven against the blob, that rebuild to bytes whose hash is
/// not the line's committed root: proof that the blob was encoded wrongly.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct FraudProof {
	/// Row or column.
	pub axis: Axis,
	/// Which row or column.
	pub index: u32,
	/// (position in the line, cell, proof) for `k` distinct positions.
	pub cells: Vec<(u32, Vec<u8>, CellProof)>,
}

/// What checking a fraud proof showed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
	/// The cells rebuild a line whose hash differs from its committed root: the encoding is bad.
	BadEncoding,
	/// The cells rebuild exactly the committed line: the encoding is good, the claim false.
	Consistent,
}

/// Checks a fraud proof against the blob committed by `data_root`.
pub fn check_fraud_proof(
	data_root: &Hash,
	layout: &BlobLayout,
	fraud: &FraudProof,
) -> Result<Verdict, BlobError> {
	layout.check()?;
	let k = layout.width as usize;
	if fraud.cells.len() < k {
		return Err(BlobError::TooFewCells);
	}
	let mut line_root = None;
	let mut present = Vec::with_capacity(k);
	for (position, cell, proof) in fraud.cells.iter().take(k) {
		let (row, column) = match fraud.axis {
			Axis::Row => (fraud.index, *position),
			Axis::Column => (*position, fraud.index),
		};
		let root = verify_cell(data_root, layout, fraud.axis, row, column, cell, proof)?;
		line_root = Some(root);
		present.push((*position as usize, cell.as_slice()));
	}
	let line_root = line_root.ok_or(BlobError::TooFewCells)?;
	let line = reconstruct_line(k, layout.cell_len as usize, &present)?;
	if blake3::hash(&line).as_bytes() == &line_root {
		Ok(Verdict::Consistent)
	} else {
		Ok(Verdict::BadEncoding)
	}
}
