//! Verifying arbitrary PoRA proofs never panics, and accepts nothing for data the prover
//! does not hold.
#![no_main]

use codec::Decode;
use libfuzzer_sys::fuzz_target;
use zerog_data::pora::{verify_proof, ChallengeSeed, Holding, PoraProof};

#[derive(Decode, Debug)]
struct Input {
	seed: ChallengeSeed,
	holdings: Vec<Holding>,
	count: u8,
	proof: PoraProof,
}

fuzz_target!(|bytes: &[u8]| {
	let Ok(input) = Input::decode(&mut &bytes[..]) else { return };
	if input.holdings.iter().any(|h| h.len > 1 << 40) {
		return;
	}
	let _ = verify_proof(&input.seed, &input.holdings, input.count as u32, &input.proof);
});
