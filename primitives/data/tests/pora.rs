//! PoRA challenges are deterministic and spread by bytes held; honest proofs verify,
//! tampered ones fail, and a provider missing data is caught as often as the bound says.

use zerog_commitment::root;
use zerog_data::pora::{
	challenges, pass_probability, prove_challenges, verify_proof, ChallengeSeed, Holding, PoraError,
};

fn seed(period: u64) -> ChallengeSeed {
	ChallengeSeed { randomness: [7; 32], provider: [9; 32], period }
}

fn fragments() -> Vec<Vec<u8>> {
	[10 * 1024 + 17, 64 * 1024, 3 * 1024]
		.into_iter()
		.enumerate()
		.map(|(i, len)| (0..len).map(|j| (j * (i + 3)) as u8).collect())
		.collect()
}

fn holdings(fragments: &[Vec<u8>]) -> Vec<Holding> {
	fragments.iter().map(|f| Holding { root: root(f), len: f.len() as u64 }).collect()
}

#[test]
fn challenges_are_deterministic_and_inside_the_holdings() {
	let lens = [10 * 1024 + 17, 64 * 1024, 3 * 1024];
	let a = challenges(&seed(1), &lens, 64).unwrap();
	assert_eq!(a, challenges(&seed(1), &lens, 64).unwrap());
	assert_ne!(a, challenges(&seed(2), &lens, 64).unwrap());
	for c in &a {
		assert!(c.chunk < lens[c.holding as usize].div_ceil(1024));
	}
	assert_eq!(challenges(&seed(1), &[], 4), Err(PoraError::NothingHeld));
	assert_eq!(challenges(&seed(1), &[10, 0], 4), Err(PoraError::NothingHeld));
}

#[test]
fn challenges_fall_in_proportion_to_bytes_held() {
	let lens = [1024 * 1024u64, 3 * 1024 * 1024];
	let mut hits = [0u32; 2];
	for period in 0..200 {
		for c in challenges(&seed(period), &lens, 50).unwrap() {
			hits[c.holding as usize] += 1;
		}
	}
	let share = hits[1] as f64 / 10_000.0;
	assert!((share - 0.75).abs() < 0.02, "the 3 MiB holding drew {share} of challenges");
}

#[test]
fn an_honest_proof_verifies_and_a_tampered_one_fails() {
	let fragments = fragments();
	let holdings = holdings(&fragments);
	let lens: Vec<u64> = holdings.iter().map(|h| h.len).collect();
	let drawn = challenges(&seed(5), &lens, 16).unwrap();
	let proof =
		prove_challenges(&drawn, &holdings, |i| fragments.get(i as usize).map(Vec::as_slice))
			.unwrap();
	assert_eq!(verify_proof(&seed(5), &holdings, 16, &proof), Ok(()));
	assert!(verify_proof(&seed(6), &holdings, 16, &proof).is_err(), "another period's challenges");

	let mut tampered = proof.clone();
	tampered.holdings[0].chunks[0][0] ^= 1;
	assert!(matches!(verify_proof(&seed(5), &holdings, 16, &tampered), Err(PoraError::Proof(_))));
	let mut dropped = proof;
	dropped.holdings.pop();
	assert_eq!(verify_proof(&seed(5), &holdings, 16, &dropped), Err(PoraError::WrongHoldings));
}

#[test]
fn missing_data_is_detected_as_often_as_the_bound_says() {
	// A provider that kept only chunks whose index is not ≡ 0 mod 10 lacks f = 10% of them.
	let lens = [2000 * 1024u64];
	let count = 16;
	let periods = 4000;
	let passed = (0..periods)
		.filter(|&p| challenges(&seed(p), &lens, count).unwrap().iter().all(|c| c.chunk % 10 != 0))
		.count();
	let observed = passed as f64 / periods as f64;
	let expected = pass_probability(0.1, count);
	assert!((observed - expected).abs() < 0.03, "observed {observed}, bound {expected}");
	assert!((pass_probability(0.1, 32) - 0.0343).abs() < 0.001);
}
