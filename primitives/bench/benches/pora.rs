//! A storage provider's period: drawing the challenges over 1 GiB of holdings, building the
//! proof from the fragments, and checking it as the runtime does.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use zerog_data::pora::{challenges, prove_challenges, verify_proof, ChallengeSeed, Holding};
use zerog_data_bench::random_bytes;

/// 64 fragments of 16 MiB: a provider holding 1 GiB (a 64 MiB file under 4 + 2 is six such).
const FRAGMENTS: usize = 64;
const FRAGMENT_LEN: usize = 16 << 20;
/// The chain's default challenges per period.
const CHALLENGES: u32 = 32;

fn pora(c: &mut Criterion) {
	let fragments: Vec<Vec<u8>> =
		(0..FRAGMENTS).map(|i| random_bytes(FRAGMENT_LEN, i as u64)).collect();
	let holdings: Vec<Holding> = fragments
		.iter()
		.map(|f| Holding { root: zerog_commitment::root(f), len: f.len() as u64 })
		.collect();
	let lens: Vec<u64> = holdings.iter().map(|h| h.len).collect();
	let seed = ChallengeSeed { randomness: [7; 32], provider: [1; 32], period: 42 };

	let mut group = c.benchmark_group("pora-1GiB");
	group.sample_size(10);
	group.bench_function("build a period's proof (32 chunks)", |b| {
		b.iter(|| {
			let drawn = challenges(black_box(&seed), &lens, CHALLENGES).unwrap();
			prove_challenges(&drawn, &holdings, |i| Some(fragments[i as usize].as_slice())).unwrap()
		})
	});
	let drawn = challenges(&seed, &lens, CHALLENGES).unwrap();
	let proof =
		prove_challenges(&drawn, &holdings, |i| Some(fragments[i as usize].as_slice())).unwrap();
	group.bench_function("verify it (runtime code, native)", |b| {
		b.iter(|| verify_proof(black_box(&seed), &holdings, CHALLENGES, &proof).unwrap())
	});
	group.finish();
	let bytes: usize = proof.holdings.iter().map(|h| codec::Encode::encoded_size(h)).sum();
	println!("proof of {CHALLENGES} chunks over {FRAGMENTS} fragments: {bytes} bytes SCALE-encoded");
}

criterion_group!(benches, pora);
criterion_main!(benches);
