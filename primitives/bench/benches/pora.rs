//! A storage provider's period: drawing the challenges over 1 GiB of holdings, building the
//! proof from the fragments, and checking it as the runtime does.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use zerog_data::{
	pora::{
		challenges, prove_challenges, verify_proof, Challenge, ChallengeSeed, Holding,
		HoldingProof, PoraProof,
	},
	subtrees::{levels_of, prove_from_subtrees, InMemory, SubtreeLevels},
	ChunkRange,
};
use zerog_data_bench::random_bytes;

/// 64 fragments of 16 MiB: a provider holding 1 GiB (a 64 MiB file under 4 + 2 is six such).
const FRAGMENTS: usize = 64;
const FRAGMENT_LEN: usize = 16 << 20;
/// The chain's default challenges per period.
const CHALLENGES: u32 = 32;
/// A provider holding 1 TiB, simulated: 1,024 holdings of 1 GiB sharing one fragment's bytes
/// and chaining values (a proof reads only challenged blocks, so their content is immaterial).
const TIB_HOLDINGS: usize = 1024;
const GIB_FRAGMENT: usize = 1 << 30;

/// A period's proof as a provider node builds it: for each challenged holding, its chunks and
/// their proof from the holding's stored chaining values and challenged blocks.
fn prove_from_stored(
	drawn: &[Challenge],
	holdings: &[Holding],
	data: impl Fn(u32) -> (&'static [u8], &'static SubtreeLevels),
) -> PoraProof {
	let mut answers = Vec::new();
	let mut start = 0;
	while start < drawn.len() {
		let holding = drawn[start].holding;
		let end = start + drawn[start..].iter().take_while(|c| c.holding == holding).count();
		let len = holdings[holding as usize].len;
		let mut chunks: Vec<u64> = drawn[start..end].iter().map(|c| c.chunk).collect();
		chunks.dedup();
		let ranges: Vec<ChunkRange> =
			chunks.iter().map(|&i| ChunkRange::chunk(i, len).unwrap()).collect();
		let (bytes, levels) = data(holding);
		let (proof, chunks) =
			prove_from_subtrees(len, &ranges, &mut InMemory { data: bytes, levels }).unwrap();
		answers.push(HoldingProof { chunks, proof });
		start = end;
	}
	PoraProof { holdings: answers }
}

fn pora(c: &mut Criterion) {
	let fragments: Vec<Vec<u8>> =
		(0..FRAGMENTS).map(|i| random_bytes(FRAGMENT_LEN, i as u64)).collect();
	let holdings: Vec<Holding> = fragments
		.iter()
		.map(|f| Holding { root: zerog_commitment::root(f), len: f.len() as u64 })
		.collect();
	let lens: Vec<u64> = holdings.iter().map(|h| h.len).collect();
	let seed = ChallengeSeed { randomness: [7; 32], provider: [1; 32], period: 42 };

	let fragments: &'static [Vec<u8>] = Box::leak(fragments.into_boxed_slice());
	let levels: &'static [SubtreeLevels] =
		Box::leak(fragments.iter().map(|f| levels_of(f)).collect::<Vec<_>>().into_boxed_slice());
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
	let stored = |i: u32| (fragments[i as usize].as_slice(), &levels[i as usize]);
	assert_eq!(prove_from_stored(&drawn, &holdings, stored), proof, "the same proof");
	group.bench_function("build it from stored chaining values (32 chunks)", |b| {
		b.iter(|| {
			let drawn = challenges(black_box(&seed), &lens, CHALLENGES).unwrap();
			prove_from_stored(&drawn, &holdings, stored)
		})
	});
	group.finish();

	let fragment: &'static [u8] = random_bytes(GIB_FRAGMENT, 99).leak();
	let fragment_levels: &'static SubtreeLevels = Box::leak(Box::new(levels_of(fragment)));
	let root = zerog_commitment::root(fragment);
	let tib: Vec<Holding> =
		(0..TIB_HOLDINGS).map(|_| Holding { root, len: GIB_FRAGMENT as u64 }).collect();
	let tib_lens: Vec<u64> = tib.iter().map(|h| h.len).collect();
	let mut group = c.benchmark_group("pora-1TiB-simulated");
	group.sample_size(10);
	group.bench_function("build a period's proof from stored chaining values (32 chunks)", |b| {
		b.iter(|| {
			let drawn = challenges(black_box(&seed), &tib_lens, CHALLENGES).unwrap();
			prove_from_stored(&drawn, &tib, |_| (fragment, fragment_levels))
		})
	});
	let drawn = challenges(&seed, &tib_lens, CHALLENGES).unwrap();
	let tib_proof = prove_from_stored(&drawn, &tib, |_| (fragment, fragment_levels));
	assert_eq!(verify_proof(&seed, &tib, CHALLENGES, &tib_proof), Ok(()));
	group.bench_function("verify it (runtime code, native)", |b| {
		b.iter(|| verify_proof(black_box(&seed), &tib, CHALLENGES, &tib_proof).unwrap())
	});
	group.finish();
	let stored_bytes: usize = fragment_levels.iter().map(|level| level.len() * 32).sum();
	println!(
		"chaining values kept per GiB of fragment: {stored_bytes} bytes ({:.3}%)",
		stored_bytes as f64 * 100.0 / GIB_FRAGMENT as f64
	);
	let bytes: usize = proof.holdings.iter().map(|h| codec::Encode::encoded_size(h)).sum();
	println!(
		"proof of {CHALLENGES} chunks over {FRAGMENTS} fragments: {bytes} bytes SCALE-encoded"
	);
}

criterion_group!(benches, pora);
criterion_main!(benches);
