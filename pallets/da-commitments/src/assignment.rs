//! Which rows and columns of each blob a signer holds.
//!
//! At the start of an epoch the signers (the `da` operators meeting the minimum stake, at most
//! `MaxSigners`, largest stake first) are put in an order drawn from the epoch's randomness;
//! a signer's *position* `p` in that order decides its lines. For a blob of width `k` the
//! extended square has `2k` rows and `2k` columns; with `n` signers and `m = min(n, 2k)`, the
//! signer at position `p` holds row `j` and column `j` for every `j < 2k` with
//! `j ≡ p (mod m)`.
//!
//! **Why any `k` rows (and columns) survive the loss of a third of the signers.** Write
//! `f = ⌊n/3⌋` for the signers lost, chosen by an adversary to destroy as many lines as
//! possible.
//!
//! * `n ≤ 2k`: each line has exactly one holder and each signer holds `⌊2k/n⌋` or `⌈2k/n⌉`
//!   lines, so at most `f·⌈2k/n⌉` lines are lost. With `2k = qn + r`, `0 ≤ r < n`, that is
//!   `⌊n/3⌋q ≤ 2k/3` when `r = 0`, and at most `⌊n/3⌋(q + 1)` otherwise.
//! * `n > 2k`: each signer holds one line and line `j` has `⌊n/2k⌋` or `⌈n/2k⌉` holders; it is
//!   lost only when all of them are, so the adversary loses lines with the fewest holders
//!   first, about `f/⌊n/2k⌋ ≤ 2k/3` of them.
//!
//! [`lines_lost_to_worst_third`] computes the adversary's best exactly; a test checks it is at
//! most `k` for every `k ≤ 128` and `n ≤ 512`.
//!
//! So the `2k − (lost)` ≥ `k` surviving rows rebuild the square by Reed–Solomon, and so do the
//! columns. The bound is by count of signers; the certification quorum is by stake.

use sp_runtime::traits::{BlakeTwo256, Hash};

/// The lines of the square of width `width` held by the signer at `position` of `signers`.
pub fn lines_of(position: u32, signers: u32, width: u16) -> impl Iterator<Item = u32> {
	let lines = 2 * u32::from(width);
	let modulus = signers.min(lines).max(1);
	(0..lines).filter(move |j| j % modulus == position % modulus)
}

/// Whether the signer at `position` of `signers` holds line `line` of a square of `width`.
pub fn holds(position: u32, signers: u32, width: u16, line: u32) -> bool {
	let lines = 2 * u32::from(width);
	let modulus = signers.min(lines).max(1);
	line < lines && line % modulus == position % modulus
}

/// Puts `items` in an order drawn from `seed` (Fisher–Yates with BLAKE2 of the seed and the
/// step as the source of randomness).
pub fn shuffle<T>(items: &mut [T], seed: &[u8; 32]) {
	for i in (1..items.len()).rev() {
		let draw = BlakeTwo256::hash_of(&(seed, i as u32));
		let value = u64::from_le_bytes(draw.as_bytes()[..8].try_into().expect("8 bytes"));
		let j = (value % (i as u64 + 1)) as usize;
		items.swap(i, j);
	}
}

/// The most lines of a square of `width` an adversary destroys by taking down the worst
/// `⌊signers/3⌋` signers.
pub fn lines_lost_to_worst_third(signers: u32, width: u16) -> u32 {
	let lines = 2 * u32::from(width);
	let budget = signers / 3;
	if signers <= lines {
		// Each line has one holder: the adversary takes the signers holding the most lines.
		let mut held: alloc::vec::Vec<u32> =
			(0..signers).map(|p| lines_of(p, signers, width).count() as u32).collect();
		held.sort_unstable_by(|a, b| b.cmp(a));
		held.iter().take(budget as usize).sum()
	} else {
		// Each signer holds one line: the adversary takes the lines with the fewest holders.
		let mut holders: alloc::vec::Vec<u32> =
			(0..lines).map(|line| (signers - 1 - line) / lines + 1).collect();
		holders.sort_unstable();
		let mut left = budget;
		let mut lost = 0;
		for count in holders {
			if count > left {
				break;
			}
			left -= count;
			lost += 1;
		}
		lost
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_line_has_a_holder_and_signers_share_lines_evenly() {
		for width in [1u16, 2, 3, 8, 128] {
			for signers in (1..=40u32).chain([255, 256, 257, 300]) {
				let lines = 2 * u32::from(width);
				for line in 0..lines {
					assert!((0..signers).any(|p| holds(p, signers, width, line)));
				}
				let counts: alloc::vec::Vec<usize> =
					(0..signers).map(|p| lines_of(p, signers, width).count()).collect();
				let (min, max) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
				assert!(max - min <= 1, "k={width} n={signers}: {min}..{max}");
			}
		}
	}

	#[test]
	fn any_k_lines_survive_the_loss_of_a_third_of_the_signers() {
		for width in 1..=128u16 {
			for signers in 1..=512u32 {
				let lost = lines_lost_to_worst_third(signers, width);
				assert!(lost <= u32::from(width), "k={width} n={signers}: {lost} lines lost");
			}
		}
	}

	#[test]
	fn shuffling_is_a_permutation_that_depends_on_the_seed() {
		let mut a: alloc::vec::Vec<u32> = (0..50).collect();
		let mut b = a.clone();
		shuffle(&mut a, &[1; 32]);
		shuffle(&mut b, &[2; 32]);
		assert_ne!(a, b);
		let mut sorted = a.clone();
		sorted.sort();
		assert_eq!(sorted, (0..50).collect::<alloc::vec::Vec<_>>());
	}
}
