//! The 2-D extension of a DA blob: a `k × k` square of cells extended to `2k × 2k`.

use crate::lines;
use alloc::{vec, vec::Vec};
use reed_solomon_simd::{ReedSolomonDecoder, ReedSolomonEncoder};

/// The widest original square, `k`, zerog admits (the code itself goes further).
pub const MAX_SQUARE_WIDTH: usize = 1024;

/// Why a square could not be extended or a line rebuilt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SquareError {
	/// `k` is zero or above [`MAX_SQUARE_WIDTH`], or a cell is empty or of odd length.
	InvalidShape,
	/// The data is not `k × k` cells long, or a cell is not `cell_len` long.
	WrongLength,
	/// A cell index is outside the line, or repeated.
	InvalidIndex,
	/// Fewer than `k` distinct cells of the line are present.
	TooFewCells,
}

/// A blob's extended square: `2k × 2k` cells in row-major order. The top-left `k × k`
/// quadrant is the original data; rows `0..k` are extended to the right, then every column
/// downwards, so every row and every column is a codeword of the `k + k` code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtendedSquare {
	k: usize,
	cell_len: usize,
	cells: Vec<u8>,
}

fn check_shape(k: usize, cell_len: usize) -> Result<(), SquareError> {
	if k == 0 || k > MAX_SQUARE_WIDTH || cell_len == 0 || !cell_len.is_multiple_of(2) {
		return Err(SquareError::InvalidShape);
	}
	Ok(())
}

impl ExtendedSquare {
	/// Extends `original`, `k × k` cells of `cell_len` bytes in row-major order.
	///
	/// In three passes, each over independent lines ([`crate::lines`], on every core with the
	/// `parallel` feature): the `k` original rows get their parity cells; every one of the
	/// `2k` columns is encoded from its upper half; the lower rows are filled from the column
	/// parities.
	pub fn extend(k: usize, cell_len: usize, original: &[u8]) -> Result<Self, SquareError> {
		check_shape(k, cell_len)?;
		let row_len = k.checked_mul(cell_len).ok_or(SquareError::InvalidShape)?;
		if original.len() != row_len.checked_mul(k).ok_or(SquareError::InvalidShape)? {
			return Err(SquareError::WrongLength);
		}
		let width = 2 * k;
		let line_len = width * cell_len;
		let mut cells = vec![0u8; width * line_len];
		let (upper, lower) = cells.split_at_mut(k * line_len);
		let encoder = || LineEncoder::new(k, cell_len);

		lines::try_for_each_chunk(upper, line_len, encoder, |encoder, r, row| {
			row[..row_len].copy_from_slice(&original[r * row_len..(r + 1) * row_len]);
			encoder.extend(row)
		})?;

		let upper: &[u8] = upper;
		let column_parities = lines::try_map(width, encoder, |encoder, c| {
			let cells_of_column = (0..k).map(|r| {
				let at = r * line_len + c * cell_len;
				&upper[at..at + cell_len]
			});
			let mut parity = vec![0u8; row_len];
			encoder.encode(cells_of_column, parity.chunks_mut(cell_len))?;
			Ok(parity)
		})?;

		lines::try_for_each_chunk(
			lower,
			line_len,
			|| (),
			|_, r, row| {
				for (c, parity) in column_parities.iter().enumerate() {
					row[c * cell_len..(c + 1) * cell_len]
						.copy_from_slice(&parity[r * cell_len..(r + 1) * cell_len]);
				}
				Ok::<_, SquareError>(())
			},
		)?;
		Ok(Self { k, cell_len, cells })
	}

	/// The original width `k`.
	pub fn original_width(&self) -> usize {
		self.k
	}

	/// The extended width `2k`.
	pub fn width(&self) -> usize {
		2 * self.k
	}

	/// Bytes per cell.
	pub fn cell_len(&self) -> usize {
		self.cell_len
	}

	/// The cell at (`row`, `column`), if inside the square.
	pub fn cell(&self, row: usize, column: usize) -> Option<&[u8]> {
		let width = self.width();
		if row >= width || column >= width {
			return None;
		}
		let at = (row * width + column) * self.cell_len;
		Some(&self.cells[at..at + self.cell_len])
	}

	/// The cell at (`row`, `column`) to change, if inside the square: changing it leaves its
	/// row and column no longer codewords (what a broken encoder does, for tests of fraud
	/// proofs).
	pub fn cell_mut(&mut self, row: usize, column: usize) -> Option<&mut [u8]> {
		let width = self.width();
		if row >= width || column >= width {
			return None;
		}
		let at = (row * width + column) * self.cell_len;
		Some(&mut self.cells[at..at + self.cell_len])
	}

	/// Row `r`, its `2k` cells back to back.
	pub fn row(&self, r: usize) -> Option<&[u8]> {
		let row_len = self.width() * self.cell_len;
		self.cells.get(r * row_len..(r + 1) * row_len)
	}

	/// Column `c`, its `2k` cells back to back.
	pub fn column(&self, c: usize) -> Option<Vec<u8>> {
		if c >= self.width() {
			return None;
		}
		let mut out = Vec::with_capacity(self.width() * self.cell_len);
		for r in 0..self.width() {
			out.extend_from_slice(self.cell(r, c)?);
		}
		Some(out)
	}

	/// The original `k × k` cells in row-major order.
	pub fn original(&self) -> Vec<u8> {
		let row_len = self.k * self.cell_len;
		let mut original = Vec::with_capacity(self.k * row_len);
		for row in self.cells.chunks(2 * row_len).take(self.k) {
			original.extend_from_slice(&row[..row_len]);
		}
		original
	}
}

/// Encodes lines of a square of original width `k`: each of the `k` data cells of a line in,
/// its `k` parity cells out. One encoder serves any number of lines, one after another.
pub struct LineEncoder {
	cell_len: usize,
	row_len: usize,
	encoder: Result<ReedSolomonEncoder, SquareError>,
}

impl LineEncoder {
	/// An encoder for lines of `2k` cells of `cell_len` bytes; a shape the code does not take
	/// fails on first use.
	pub fn new(k: usize, cell_len: usize) -> Self {
		let encoder = check_shape(k, cell_len).and_then(|()| {
			ReedSolomonEncoder::new(k, k, cell_len).map_err(|_| SquareError::InvalidShape)
		});
		Self { cell_len, row_len: k.saturating_mul(cell_len), encoder }
	}

	/// Fills the parity half of `line` (`2k` cells) from its data half.
	pub fn extend(&mut self, line: &mut [u8]) -> Result<(), SquareError> {
		if line.len() != 2 * self.row_len {
			return Err(SquareError::WrongLength);
		}
		let (data, parity) = line.split_at_mut(self.row_len);
		let cell_len = self.cell_len;
		self.encode(data.chunks(cell_len), parity.chunks_mut(cell_len))
	}

	fn encode<'a>(
		&mut self,
		data: impl Iterator<Item = &'a [u8]>,
		parity: impl Iterator<Item = &'a mut [u8]>,
	) -> Result<(), SquareError> {
		let encoder = self.encoder.as_mut().map_err(|e| *e)?;
		for cell in data {
			encoder.add_original_shard(cell).map_err(|_| SquareError::WrongLength)?;
		}
		let result = encoder.encode().map_err(|_| SquareError::WrongLength)?;
		for (out, recovery) in parity.zip(result.recovery_iter()) {
			out.copy_from_slice(recovery);
		}
		Ok(())
	}
}

/// Rebuilds a whole row or column (`2k` cells) of a square of original width `k` from any
/// `k` of its cells, given as (position in the line, cell bytes).
pub fn reconstruct_line(
	k: usize,
	cell_len: usize,
	present: &[(usize, &[u8])],
) -> Result<Vec<u8>, SquareError> {
	check_shape(k, cell_len)?;
	let width = 2 * k;
	let mut seen = vec![false; width];
	for (position, cell) in present {
		if *position >= width || seen[*position] {
			return Err(SquareError::InvalidIndex);
		}
		if cell.len() != cell_len {
			return Err(SquareError::WrongLength);
		}
		seen[*position] = true;
	}
	if present.len() < k {
		return Err(SquareError::TooFewCells);
	}

	let mut original = vec![0u8; k * cell_len];
	let mut missing_original = false;
	for i in 0..k {
		match present.iter().find(|(p, _)| *p == i) {
			Some((_, cell)) => original[i * cell_len..(i + 1) * cell_len].copy_from_slice(cell),
			None => missing_original = true,
		}
	}
	if missing_original {
		let mut decoder =
			ReedSolomonDecoder::new(k, k, cell_len).map_err(|_| SquareError::InvalidShape)?;
		for (position, cell) in present.iter().take(k) {
			let added = if *position < k {
				decoder.add_original_shard(*position, cell)
			} else {
				decoder.add_recovery_shard(*position - k, cell)
			};
			added.map_err(|_| SquareError::InvalidIndex)?;
		}
		let result = decoder.decode().map_err(|_| SquareError::TooFewCells)?;
		for (i, cell) in result.restored_original_iter() {
			original[i * cell_len..(i + 1) * cell_len].copy_from_slice(cell);
		}
	}

	let mut line = vec![0u8; width * cell_len];
	line[..k * cell_len].copy_from_slice(&original);
	LineEncoder::new(k, cell_len).extend(&mut line)?;
	Ok(line)
}
