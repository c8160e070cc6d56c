//! Proofs verify for every range they were built for and fail for any alteration.

use proptest::prelude::*;
use zerog_commitment::{prove, root, verify, ChunkRange, Proof, ProofError, CHUNK_LEN};

fn data_of(len: usize, seed: u8) -> Vec<u8> {
	(0..len).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed)).collect()
}

fn chunk(index: u64, total: u64) -> ChunkRange {
	ChunkRange::chunk(index, total).unwrap()
}

fn piece<'a>(data: &'a [u8], r: &ChunkRange) -> &'a [u8] {
	&data[r.start as usize..r.end as usize]
}

#[test]
fn root_is_plain_blake3() {
	for len in [0, 1, 1023, 1024, 1025, 4096, 100_000] {
		let data = data_of(len, 7);
		assert_eq!(root(&data), *blake3::hash(&data).as_bytes());
	}
}

#[test]
fn streaming_root_equals_root() {
	let data = data_of(300_000, 3);
	let mut streaming = zerog_commitment::StreamingRoot::new();
	for part in data.chunks(7_777) {
		streaming.update(part);
	}
	assert_eq!(streaming.finalize(), root(&data));
	assert_eq!(zerog_commitment::root_of_reader(&data[..]).unwrap(), root(&data));
}

#[test]
fn every_chunk_of_uneven_inputs_verifies() {
	for len in [1usize, 1000, 1024, 1025, 2048, 3 * 1024 + 17, 7 * 1024, 9 * 1024 + 1, 33 * 1024] {
		let data = data_of(len, 1);
		let total = len as u64;
		let commitment = root(&data);
		let chunks = total.div_ceil(CHUNK_LEN);
		for i in 0..chunks {
			let r = chunk(i, total);
			let proof = prove(&data, &[r]).unwrap();
			assert_eq!(verify(&commitment, total, &[r], &[piece(&data, &r)], &proof), Ok(()));
		}
	}
}

#[test]
fn a_proof_is_logarithmic() {
	let data = data_of(1 << 20, 9);
	let proof = prove(&data, &[chunk(517, 1 << 20)]).unwrap();
	assert_eq!(proof.nodes.len(), 10, "1024 chunks: one sibling per level");
}

#[test]
fn no_ranges_and_misaligned_ranges_are_refused() {
	let data = data_of(4096, 0);
	assert_eq!(prove(&data, &[]), Err(ProofError::NoRanges));
	let misaligned = ChunkRange { start: 1, end: 1024 };
	assert_eq!(prove(&data, &[misaligned]), Err(ProofError::MisalignedRanges));
	let overlapping = [ChunkRange { start: 0, end: 2048 }, ChunkRange { start: 1024, end: 3072 }];
	assert_eq!(prove(&data, &overlapping), Err(ProofError::MisalignedRanges));
	let outside = ChunkRange { start: 4096, end: 5120 };
	assert_eq!(prove(&data, &[outside]), Err(ProofError::MisalignedRanges));
}

#[test]
fn mismatched_pieces_are_refused() {
	let data = data_of(8192, 0);
	let r = chunk(2, 8192);
	let proof = prove(&data, &[r]).unwrap();
	let commitment = root(&data);
	assert_eq!(verify(&commitment, 8192, &[r], &[], &proof), Err(ProofError::PieceCountMismatch));
	assert_eq!(
		verify(&commitment, 8192, &[r], &[&data[..10]], &proof),
		Err(ProofError::PieceLengthMismatch)
	);
	let mut short = proof.clone();
	short.nodes.pop();
	assert_eq!(
		verify(&commitment, 8192, &[r], &[piece(&data, &r)], &short),
		Err(ProofError::TooFewNodes)
	);
	let mut long = proof;
	long.nodes.push([0; 32]);
	assert_eq!(
		verify(&commitment, 8192, &[r], &[piece(&data, &r)], &long),
		Err(ProofError::TooManyNodes)
	);
}

fn ranges_strategy() -> impl Strategy<Value = (Vec<u8>, Vec<ChunkRange>)> {
	(1usize..40 * 1024, any::<u8>()).prop_flat_map(|(len, seed)| {
		let chunks = (len as u64).div_ceil(CHUNK_LEN);
		let data = data_of(len, seed);
		proptest::collection::btree_set(0..chunks, 1..=(chunks as usize).min(6)).prop_map(
			move |picked| {
				let total = data.len() as u64;
				let mut ranges: Vec<ChunkRange> = Vec::new();
				for i in picked {
					let r = chunk(i, total);
					match ranges.last_mut() {
						Some(last) if last.end == r.start && i % 3 == 0 => last.end = r.end,
						_ => ranges.push(r),
					}
				}
				(data.clone(), ranges)
			},
		)
	})
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(200))]

	#[test]
	fn multi_proofs_verify((data, ranges) in ranges_strategy()) {
		let total = data.len() as u64;
		let pieces: Vec<&[u8]> = ranges.iter().map(|r| piece(&data, r)).collect();
		let proof = prove(&data, &ranges).unwrap();
		prop_assert_eq!(verify(&root(&data), total, &ranges, &pieces, &proof), Ok(()));
	}

	#[test]
	fn any_altered_byte_fails((data, ranges) in ranges_strategy(), which in any::<prop::sample::Index>(), bit in 0u8..8) {
		let total = data.len() as u64;
		let commitment = root(&data);
		let proof = prove(&data, &ranges).unwrap();
		let mut pieces: Vec<Vec<u8>> = ranges.iter().map(|r| piece(&data, r).to_vec()).collect();
		let proof_bytes = proof.nodes.len() * 32;
		let piece_bytes: usize = pieces.iter().map(Vec::len).sum();
		let mut target = which.index(proof_bytes + piece_bytes);
		let mut altered_proof: Proof = proof.clone();
		if target < proof_bytes {
			altered_proof.nodes[target / 32][target % 32] ^= 1 << bit;
		} else {
			target -= proof_bytes;
			for p in pieces.iter_mut() {
				if target < p.len() {
					p[target] ^= 1 << bit;
					break;
				}
				target -= p.len();
			}
		}
		let views: Vec<&[u8]> = pieces.iter().map(Vec::as_slice).collect();
		prop_assert_eq!(
			verify(&commitment, total, &ranges, &views, &altered_proof),
			Err(ProofError::RootMismatch)
		);
	}

	/// Chaining values bind content but not subtree lengths, so a verifier must take the
	/// length from a trusted source. Claiming another length can at most re-confirm the very
	/// bytes the data holds; it never makes other bytes verify.
	#[test]
	fn a_wrong_length_never_proves_other_bytes(
		(data, ranges) in ranges_strategy(), extra in 1u64..5000, flip in any::<prop::sample::Index>(),
	) {
		let total = data.len() as u64;
		let proof = prove(&data, &ranges).unwrap();
		let mut pieces: Vec<Vec<u8>> = ranges.iter().map(|r| piece(&data, r).to_vec()).collect();
		let flat: usize = pieces.iter().map(Vec::len).sum();
		let mut at = flip.index(flat);
		for p in pieces.iter_mut() {
			if at < p.len() {
				p[at] ^= 0x80;
				break;
			}
			at -= p.len();
		}
		let views: Vec<&[u8]> = pieces.iter().map(Vec::as_slice).collect();
		prop_assert!(verify(&root(&data), total + extra, &ranges, &views, &proof).is_err());
	}
}
