//! A proof verifier fed arbitrary proofs, ranges and pieces never panics, and accepts only
//! what matches the committed data.
#![no_main]

use codec::Decode;
use libfuzzer_sys::fuzz_target;
use zerog_commitment::{prove, root, verify, ChunkRange, Proof};

#[derive(Decode, Debug)]
struct Input {
	data: Vec<u8>,
	claimed_len: u64,
	ranges: Vec<ChunkRange>,
	pieces: Vec<Vec<u8>>,
	proof: Proof,
}

fuzz_target!(|bytes: &[u8]| {
	let Ok(input) = Input::decode(&mut &bytes[..]) else { return };
	let commitment = root(&input.data);
	let pieces: Vec<&[u8]> = input.pieces.iter().map(Vec::as_slice).collect();
	let accepted =
		verify(&commitment, input.claimed_len, &input.ranges, &pieces, &input.proof).is_ok();
	if accepted {
		// Whatever was accepted must be the data's own bytes at those ranges.
		assert_eq!(input.claimed_len, input.data.len() as u64);
		for (r, p) in input.ranges.iter().zip(&pieces) {
			assert_eq!(&input.data[r.start as usize..r.end as usize], *p);
		}
	}
	// Honest proofs of the same ranges always verify.
	if let Ok(honest) = prove(&input.data, &input.ranges) {
		let own: Vec<&[u8]> =
			input.ranges.iter().map(|r| &input.data[r.start as usize..r.end as usize]).collect();
		assert!(verify(&commitment, input.data.len() as u64, &input.ranges, &own, &honest).is_ok());
	}
});
