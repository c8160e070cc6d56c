//! BLAKE3 commitments to data, and proofs of parts of it.
//!
//! A commitment is the plain BLAKE3 hash of the bytes, so anyone can check a download with
//! `b3sum`. BLAKE3 hashes its input as a binary tree of 1 KiB chunks; a [`Proof`] carries the
//! chaining values of the subtrees a verifier does not hold, so that from some chunk-aligned
//! ranges of the data and the proof the verifier recomputes the root. One proof covers any
//! number of ranges (a multi-proof); shared parts of their paths are sent once. A prover that
//! keeps the chaining values of the 64 KiB subtrees beside the data ([`subtrees`]) builds the
//! same proof reading only the challenged blocks.
//!
//! Verification runs without `std` (the runtime checks storage proofs and DA fraud proofs)
//! and never panics on malformed input: every length and index is checked first.
//!
//! Why BLAKE3: on one core of the machines we build on it hashes about 4.5 GiB/s, against
//! 1.1 GiB/s for blake2b and 0.37 GiB/s for keccak-256, so commitments keep up with erasure
//! coding.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod proof;
pub mod subtrees;
mod tree;

pub use proof::{prove, verify, Proof, ProofError};
pub use tree::{is_chunk_aligned, ChunkRange};

/// A BLAKE3 hash: the commitment to some bytes.
pub type Hash = [u8; 32];
/// The chaining value of a BLAKE3 subtree.
pub type ChainingValue = [u8; 32];

/// Bytes in a BLAKE3 chunk, the unit of proofs.
pub const CHUNK_LEN: u64 = blake3::CHUNK_LEN as u64;

/// The commitment to `data`: its BLAKE3 hash.
pub fn root(data: &[u8]) -> Hash {
	*blake3::hash(data).as_bytes()
}

/// Computes a commitment incrementally, for data too large to hold in memory.
#[derive(Clone, Default)]
pub struct StreamingRoot(blake3::Hasher);

impl StreamingRoot {
	/// Starts an empty commitment.
	pub fn new() -> Self {
		Self(blake3::Hasher::new())
	}

	/// Appends bytes.
	pub fn update(&mut self, bytes: &[u8]) -> &mut Self {
		self.0.update(bytes);
		self
	}

	/// Bytes appended so far.
	pub fn len(&self) -> u64 {
		self.0.count()
	}

	/// Whether nothing was appended.
	pub fn is_empty(&self) -> bool {
		self.len() == 0
	}

	/// The commitment to everything appended.
	pub fn finalize(&self) -> Hash {
		*self.0.finalize().as_bytes()
	}
}

/// The commitment to everything `reader` yields, read in blocks.
#[cfg(feature = "std")]
pub fn root_of_reader(reader: impl std::io::Read) -> std::io::Result<Hash> {
	let mut hasher = blake3::Hasher::new();
	hasher.update_reader(reader)?;
	Ok(*hasher.finalize().as_bytes())
}
