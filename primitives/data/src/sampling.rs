//! DA sampling: which cells to ask for, and what their arrival proves.
//!
//! A `2k × 2k` extended square can be rebuilt from any `k × k` cells it holds in the right
//! places; to prevent that, an adversary must withhold at least `(k + 1)²` cells, a fraction
//! [`min_withheld_fraction`]` = (k + 1)² / 4k²` of the square, which is more than 1/4. A
//! sampler that draws `s` cells uniformly (with replacement) and receives all of them is
//! fooled with probability at most `(1 − (k + 1)² / 4k²)^s < 0.75^s`, so
//! [`confidence`]` ≥ 1 − 0.75^s`: 16 samples give 99%, 24 give 99.9%.

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
