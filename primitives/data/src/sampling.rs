//! DA sampling: which cells to ask for, and what their arrival proves.
//!
//! A `2k × 2k` extended square can be rebuilt from any `k × k` cells it holds in the right
//! places; to prevent that, an adversary must withhold at least `(k + 1)²` cells, a fraction
//! [`min_withheld_fraction`]` = (k + 1)² / 4k²` of the square, which is more than 1/4. A
//! sampler that draws `s` cells uniformly (with replacement) and receives all of them is
//! fooled with probability at most `(1 − (k + 1)² / 4k²)^s < 0.75^s`, so
//! [`confidence`]` ≥ 1 − 0.75^s`: 17 samples give 99% and 25 give 99.9% whatever the width
//! ([`samples_for`]); for the widest square (`k = 128`, a 32 MiB blob) 16 and 24 do
//! ([`samples_for_width`]).
//!
//! The chain computes the same bound in integers ([`confidence_ppb`]), so every node agrees on
//! it to the part per billion.

use crate::{derive, uniform_below, Hash};
use alloc::vec::Vec;

const DOMAIN: &str = "zerog 2026 DA sample v1";

/// The least fraction of an extended square of original width `k` that must be withheld to
/// make it unrecoverable.
pub fn min_withheld_fraction(k: u32) -> f64 {
	let k = k.max(1) as f64;
	(k + 1.0) * (k + 1.0) / (4.0 * k * k)
}

/// The confidence that a blob of original width `k` is recoverable after `samples` uniform
/// samples all arrived.
pub fn confidence(k: u32, samples: u32) -> f64 {
	let miss = 1.0 - min_withheld_fraction(k);
	let mut fooled = 1.0;
	for _ in 0..samples {
		fooled *= miss;
	}
	1.0 - fooled
}

/// [`confidence`] in parts per billion, computed in integers and rounded down (the chain's
/// figure): the chance of being fooled is kept in 10⁻¹⁸ and rounded up at each sample.
pub fn confidence_ppb(k: u32, samples: u32) -> u32 {
	const ONE: u128 = 1_000_000_000_000_000_000;
	let k = u128::from(k.max(1));
	let denominator = 4 * k * k;
	let numerator = denominator - (k + 1) * (k + 1);
	let mut fooled = ONE;
	for _ in 0..samples {
		if fooled == 0 {
			break;
		}
		fooled = (fooled * numerator).div_ceil(denominator);
	}
	let fooled_ppb = fooled.div_ceil(1_000_000_000);
	(1_000_000_000 - fooled_ppb) as u32
}

/// The fewest samples that reach `target` confidence on a square of original width `k`.
pub fn samples_for_width(k: u32, target: f64) -> u32 {
	let mut samples = 0;
	while confidence(k, samples) < target && samples < 10_000 {
		samples += 1;
	}
	samples
}

/// The fewest samples that reach `target` confidence whatever the square's width
/// (using the `0.75^s` bound).
pub fn samples_for(target: f64) -> u32 {
	let mut fooled = 1.0;
	let mut samples = 0;
	while 1.0 - fooled < target && samples < 10_000 {
		fooled *= 0.75;
		samples += 1;
	}
	samples
}

/// The `count` cells (row, column) a sampler identified by `sampler` draws from the extended
/// square (width `2k`) of the blob `data_root`, given chain `randomness`.
pub fn sample_cells(
	randomness: &[u8; 32],
	sampler: &[u8; 32],
	data_root: &Hash,
	extended_width: u32,
	count: u32,
) -> Vec<(u32, u32)> {
	let mut seed = [0u8; 96];
	seed[..32].copy_from_slice(randomness);
	seed[32..64].copy_from_slice(sampler);
	seed[64..].copy_from_slice(data_root);
	let mut random = alloc::vec![0u8; 8 * count as usize];
	derive(DOMAIN, &seed, &mut random);
	let cells = extended_width as u64 * extended_width as u64;
	random
		.chunks_exact(8)
		.map(|bytes| {
			let index = uniform_below(bytes.try_into().expect("chunks of 8; qed"), cells.max(1));
			((index / extended_width as u64) as u32, (index % extended_width as u64) as u32)
		})
		.collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_integer_confidence_matches_the_real_one_to_a_part_per_billion() {
		for k in [1u32, 2, 3, 8, 32, 128] {
			for samples in [0u32, 1, 2, 10, 16, 24, 25, 64, 200] {
				let exact = confidence(k, samples) * 1e9;
				let integer = f64::from(confidence_ppb(k, samples));
				assert!(integer <= exact + 1e-6, "k={k} s={samples}: {integer} > {exact}");
				assert!(exact - integer < 2.0, "k={k} s={samples}: {integer} vs {exact}");
			}
		}
	}

	#[test]
	fn sample_counts_for_the_usual_targets() {
		assert_eq!(samples_for(0.99), 17);
		assert_eq!(samples_for(0.999), 25);
		assert_eq!(samples_for_width(128, 0.99), 16);
		assert_eq!(samples_for_width(128, 0.999), 24);
		assert!(confidence_ppb(128, 24) >= 999_000_000);
	}

	#[test]
	fn a_sampler_draws_cells_inside_the_square_that_depend_on_its_seed() {
		let a = sample_cells(&[1; 32], &[2; 32], &[3; 32], 8, 50);
		let b = sample_cells(&[1; 32], &[9; 32], &[3; 32], 8, 50);
		assert_eq!(a.len(), 50);
		assert!(a.iter().all(|(row, column)| *row < 8 && *column < 8));
		assert_ne!(a, b);
	}
}
