//! Proofs of random access (PoRA) for storage providers.
//!
//! Each challenge period a provider proves `c` chunks of what it holds. The chunks are drawn
//! from a [`ChallengeSeed`] (chain randomness, the provider, the period) uniformly over every
//! 1 KiB chunk of every fragment it holds, so a fragment is challenged in proportion to its
//! size. Draws are independent (with replacement).
//!
//! # Detection bound
//!
//! A provider missing a fraction `f` of its chunks answers one challenge with probability
//! `1 − f`, so it passes all `c` challenges of a period with probability
//! [`pass_probability`]` = (1 − f)^c`, and `n` consecutive periods with `(1 − f)^(c·n)`.
//! With `c = 32`: `f = 10%` passes a period 3.4% of the time, `f = 50%` never in practice
//! (2.3 · 10⁻¹⁰). `tests/pora.rs` checks the bound empirically.

use crate::{derive, uniform_below, ChunkRange, Hash, Proof, CHUNK_LEN};
use alloc::{vec, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use zerog_commitment::{prove, verify, ProofError};

const DOMAIN: &str = "zerog 2026 PoRA challenge v1";

/// What a period's challenges are derived from.
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
pub struct ChallengeSeed {
	/// Chain randomness of the period (BABE's).
	pub randomness: [u8; 32],
	/// The provider's account.
	pub provider: [u8; 32],
	/// The challenge period.
	pub period: u64,
}

/// A fragment a provider holds: its root and length.
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
pub struct Holding {
	/// BLAKE3 root of the fragment.
	pub root: Hash,
	/// Its length in bytes.
	pub len: u64,
}

/// One challenged chunk: which holding, which chunk of it.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Challenge {
	/// Index into the provider's holdings.
	pub holding: u32,
	/// Chunk index within that fragment.
	pub chunk: u64,
}

/// The answer to one holding's challenges: the distinct challenged chunks in ascending order
/// and one multi-proof of them.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct HoldingProof {
	/// The challenged chunks' bytes, in ascending chunk order.
	pub chunks: Vec<Vec<u8>>,
	/// Their multi-proof against the holding's root.
	pub proof: Proof,
}

/// A period's proof: one [`HoldingProof`] per challenged holding, in ascending holding order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct PoraProof {
	/// The per-holding proofs.
	pub holdings: Vec<HoldingProof>,
}

/// Why challenges could not be drawn or a proof failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PoraError {
	/// The provider holds nothing, or a holding is empty.
	NothingHeld,
	/// The proof answers other holdings than those challenged.
	WrongHoldings,
	/// A holding's chunks are not the challenged ones.
	WrongChunks,
	/// The prover lacks data it was challenged on.
	MissingData,
	/// A chunk's proof failed.
	Proof(ProofError),
}

impl From<ProofError> for PoraError {
	fn from(e: ProofError) -> Self {
		PoraError::Proof(e)
	}
}

/// The `count` chunks challenged for `seed` over `holdings` (lengths in bytes), sorted.
pub fn challenges(
	seed: &ChallengeSeed,
	holdings: &[u64],
	count: u32,
) -> Result<Vec<Challenge>, PoraError> {
	if holdings.is_empty() || holdings.contains(&0) {
		return Err(PoraError::NothingHeld);
	}
	let mut cumulative = Vec::with_capacity(holdings.len());
	let mut total = 0u64;
	for len in holdings {
		total = total.saturating_add(len.div_ceil(CHUNK_LEN));
		cumulative.push(total);
	}
	let mut random = vec![0u8; 8 * count as usize];
	derive(DOMAIN, &seed.encode(), &mut random);
	let mut drawn: Vec<Challenge> = random
		.chunks_exact(8)
		.map(|bytes| {
			let global = uniform_below(bytes.try_into().expect("chunks of 8; qed"), total);
			let holding = cumulative.partition_point(|&end| end <= global);
			let first = if holding == 0 { 0 } else { cumulative[holding - 1] };
			Challenge { holding: holding as u32, chunk: global - first }
		})
		.collect();
	drawn.sort();
	Ok(drawn)
}

/// The distinct chunks challenged in each challenged holding, in ascending order.
fn grouped(challenges: &[Challenge]) -> Vec<(u32, Vec<u64>)> {
	let mut groups: Vec<(u32, Vec<u64>)> = Vec::new();
	for c in challenges {
		match groups.last_mut() {
			Some((holding, chunks)) if *holding == c.holding => {
				if chunks.last() != Some(&c.chunk) {
					chunks.push(c.chunk);
				}
			},
			_ => groups.push((c.holding, vec![c.chunk])),
		}
	}
	groups
}

/// Answers `challenges`, reading each challenged holding's bytes with `fragment`.
pub fn prove_challenges<'a>(
	challenges: &[Challenge],
	holdings: &[Holding],
	mut fragment: impl FnMut(u32) -> Option<&'a [u8]>,
) -> Result<PoraProof, PoraError> {
	let mut out = Vec::new();
	for (holding, chunks) in grouped(challenges) {
		let data = fragment(holding).ok_or(PoraError::MissingData)?;
		let expected = holdings.get(holding as usize).ok_or(PoraError::WrongHoldings)?;
		if data.len() as u64 != expected.len {
			return Err(PoraError::MissingData);
		}
		let ranges: Vec<ChunkRange> = chunks
			.iter()
			.map(|&i| ChunkRange::chunk(i, expected.len).ok_or(PoraError::WrongChunks))
			.collect::<Result<_, _>>()?;
		let proof = prove(data, &ranges)?;
		let bytes =
			ranges.iter().map(|r| data[r.start as usize..r.end as usize].to_vec()).collect();
		out.push(HoldingProof { chunks: bytes, proof });
	}
	Ok(PoraProof { holdings: out })
}

/// Checks a period's proof against the provider's holdings; `count` is the challenges per
/// period.
pub fn verify_proof(
	seed: &ChallengeSeed,
	holdings: &[Holding],
	count: u32,
	proof: &PoraProof,
) -> Result<(), PoraError> {
	let lens: Vec<u64> = holdings.iter().map(|h| h.len).collect();
	let groups = grouped(&challenges(seed, &lens, count)?);
	if groups.len() != proof.holdings.len() {
		return Err(PoraError::WrongHoldings);
	}
	for ((holding, chunks), answer) in groups.iter().zip(&proof.holdings) {
		let held = holdings[*holding as usize];
		if chunks.len() != answer.chunks.len() {
			return Err(PoraError::WrongChunks);
		}
		let ranges: Vec<ChunkRange> = chunks
			.iter()
			.map(|&i| ChunkRange::chunk(i, held.len).ok_or(PoraError::WrongChunks))
			.collect::<Result<_, _>>()?;
		let pieces: Vec<&[u8]> = answer.chunks.iter().map(Vec::as_slice).collect();
		verify(&held.root, held.len, &ranges, &pieces, &answer.proof)?;
	}
	Ok(())
}

/// The probability that a provider missing a fraction `missing` of its chunks passes `count`
/// independent challenges: `(1 − missing)^count`.
pub fn pass_probability(missing: f64, count: u32) -> f64 {
	let mut p = 1.0;
	for _ in 0..count {
		p *= 1.0 - missing;
	}
	p
}
