//! zerog's data layouts and the protocols over them.
//!
//! * [`storage`]: a file is cut into 256 KiB segments; each segment into `k` data shards plus
//!   `m` parity shards; fragment `i` of the file is shard `i` of every segment, back to back.
//!   Providers hold fragments and prove 1 KiB chunks of them.
//! * [`blob`]: a DA blob (at most 32 MiB) is laid out as a `k × k` square of cells, extended
//!   to `2k × 2k`, and committed through the BLAKE3 roots of its rows and columns.
//! * [`pora`]: which chunks a storage provider must prove in a period, the proof, its check,
//!   and the detection bound.
//! * [`sampling`]: which cells a DA sampler asks for, and the confidence that a blob whose
//!   samples all arrived can be rebuilt.
//!
//! Everything here is FRAME-free and builds without `std`, so the runtime checks proofs with
//! the same code the node builds them with.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod blob;
pub mod pora;
pub mod sampling;
pub mod storage;

pub use zerog_commitment::{root, subtrees, ChunkRange, Hash, Proof, CHUNK_LEN};

/// Derives pseudo-random bytes for `domain` from `seed`: the BLAKE3 XOF of the seed, keyed by
/// the domain, so challenge streams of different protocols never coincide.
pub(crate) fn derive(domain: &str, seed: &[u8], out: &mut [u8]) {
	let mut hasher = blake3::Hasher::new_derive_key(domain);
	hasher.update(seed);
	hasher.finalize_xof().fill(out);
}

/// An index below `bound` from 8 random bytes, by multiply-shift: each index is drawn with
/// probability within `1 / 2^64` of `1 / bound`.
pub(crate) fn uniform_below(random: [u8; 8], bound: u64) -> u64 {
	((u64::from_le_bytes(random) as u128 * bound as u128) >> 64) as u64
}
