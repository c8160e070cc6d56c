//! Helpers for the benchmarks in `benches/`: the DA square extended with each candidate
//! erasure-coding crate, so the crates are compared on zerog's own shapes.
//!
//! Run `cargo bench -p zerog-data-bench` (portable kernels) and
//! `cargo bench -p zerog-data-bench --features simd` (reed-solomon-erasure's SIMD kernels).

/// Extends a `k × k` square of `cell_len`-byte cells to `2k × 2k` (rows, then columns) with
/// `encode_line`, which maps `k` cells to their `k` parity cells.
pub fn extend_square(
	k: usize,
	cell_len: usize,
	original: &[u8],
	mut encode_line: impl FnMut(&[&[u8]]) -> Vec<Vec<u8>>,
) -> Vec<u8> {
	let width = 2 * k;
	let mut square = vec![0u8; width * width * cell_len];
	for r in 0..k {
		let cells: Vec<&[u8]> =
			original[r * k * cell_len..(r + 1) * k * cell_len].chunks(cell_len).collect();
		let parity = encode_line(&cells);
		let row = &mut square[r * width * cell_len..(r + 1) * width * cell_len];
		row[..k * cell_len].copy_from_slice(&original[r * k * cell_len..(r + 1) * k * cell_len]);
		for (i, p) in parity.iter().enumerate() {
			row[(k + i) * cell_len..(k + i + 1) * cell_len].copy_from_slice(p);
		}
	}
	for c in 0..width {
		let column: Vec<Vec<u8>> = (0..k)
			.map(|r| square[(r * width + c) * cell_len..(r * width + c + 1) * cell_len].to_vec())
			.collect();
		let refs: Vec<&[u8]> = column.iter().map(Vec::as_slice).collect();
		for (i, p) in encode_line(&refs).iter().enumerate() {
			let at = ((k + i) * width + c) * cell_len;
			square[at..at + cell_len].copy_from_slice(p);
		}
	}
	square
}

/// `len` deterministic pseudo-random bytes.
pub fn random_bytes(len: usize, seed: u64) -> Vec<u8> {
	let mut state = seed | 1;
	(0..len)
		.map(|_| {
			state ^= state << 13;
			state ^= state >> 7;
			state ^= state << 17;
			state as u8
		})
		.collect()
}
