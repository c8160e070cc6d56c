//! Every row and column of an extended square is a codeword: any `k` of its `2k` cells
//! rebuild it.

use proptest::prelude::*;
use zerog_erasure::{reconstruct_line, ExtendedSquare, SquareError};

fn original(k: usize, cell_len: usize, seed: u8) -> Vec<u8> {
	(0..k * k * cell_len).map(|i| (i as u8).wrapping_mul(29) ^ seed).collect()
}

#[test]
fn the_top_left_quadrant_is_the_original() {
	let data = original(4, 64, 3);
	let square = ExtendedSquare::extend(4, 64, &data).unwrap();
	assert_eq!(square.original(), data);
	assert_eq!(square.width(), 8);
}

#[test]
fn rows_and_columns_rebuild_from_any_half() {
	let (k, cell_len) = (4usize, 32usize);
	let square = ExtendedSquare::extend(k, cell_len, &original(k, cell_len, 9)).unwrap();
	for line in 0..2 * k {
		let row = square.row(line).unwrap().to_vec();
		let column = square.column(line).unwrap();
		for full in [row, column] {
			for mask in 0u32..(1 << (2 * k)) {
				if mask.count_ones() as usize != k {
					continue;
				}
				let present: Vec<(usize, &[u8])> = (0..2 * k)
					.filter(|i| mask & (1 << i) != 0)
					.map(|i| (i, &full[i * cell_len..(i + 1) * cell_len]))
					.collect();
				assert_eq!(reconstruct_line(k, cell_len, &present).unwrap(), full);
			}
		}
	}
}

#[test]
fn bad_lines_are_refused() {
	let cell = [0u8; 8];
	assert_eq!(reconstruct_line(2, 8, &[(0, &cell)]), Err(SquareError::TooFewCells));
	assert_eq!(reconstruct_line(2, 8, &[(0, &cell), (0, &cell)]), Err(SquareError::InvalidIndex));
	assert_eq!(reconstruct_line(2, 8, &[(0, &cell), (4, &cell)]), Err(SquareError::InvalidIndex));
	assert_eq!(
		reconstruct_line(2, 8, &[(0, &cell), (1, &cell[..4])]),
		Err(SquareError::WrongLength)
	);
	assert_eq!(reconstruct_line(0, 8, &[]), Err(SquareError::InvalidShape));
	assert_eq!(reconstruct_line(1025, 8, &[]), Err(SquareError::InvalidShape));
	assert_eq!(reconstruct_line(2, 7, &[]), Err(SquareError::InvalidShape));
	assert_eq!(ExtendedSquare::extend(2, 8, &[0u8; 31]), Err(SquareError::WrongLength));
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(32))]

	#[test]
	fn random_squares_rebuild_from_random_halves(
		k in 1usize..12, half_cell in 1usize..40, seed in any::<u8>(), column in any::<bool>(),
		line in any::<prop::sample::Index>(), order in any::<prop::sample::Index>(),
	) {
		let cell_len = half_cell * 2;
		let square = ExtendedSquare::extend(k, cell_len, &original(k, cell_len, seed)).unwrap();
		let index = line.index(2 * k);
		let full = if column { square.column(index).unwrap() } else { square.row(index).unwrap().to_vec() };
		let start = order.index(2 * k);
		let present: Vec<(usize, &[u8])> = (0..k)
			.map(|j| (start + j) % (2 * k))
			.map(|i| (i, &full[i * cell_len..(i + 1) * cell_len]))
			.collect();
		prop_assert_eq!(reconstruct_line(k, cell_len, &present).unwrap(), full);
	}
}
