//! Commitment, proof and blob throughput.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use zerog_commitment::{prove, root, verify, ChunkRange};
use zerog_data::blob::CommittedBlob;
use zerog_data_bench::random_bytes;

fn commitment(c: &mut Criterion) {
	let data = random_bytes(64 << 20, 5);
	let mut group = c.benchmark_group("commitment");
	group.throughput(Throughput::Bytes(data.len() as u64));
	group.sample_size(20);
	group.bench_function("root of 64 MiB (one core)", |b| b.iter(|| root(black_box(&data))));
	group.finish();

	let mut group = c.benchmark_group("proof-64MiB");
	let ranges: Vec<ChunkRange> = [17u64, 9_000, 40_000]
		.iter()
		.map(|&i| ChunkRange::chunk(i, data.len() as u64).unwrap())
		.collect();
	group.sample_size(10);
	group.bench_function("build 1 chunk", |b| {
		b.iter(|| prove(black_box(&data), &ranges[..1]).unwrap())
	});
	group
		.bench_function("build 3 chunks", |b| b.iter(|| prove(black_box(&data), &ranges).unwrap()));
	let proof = prove(&data, &ranges).unwrap();
	let commitment = root(&data);
	let pieces: Vec<&[u8]> =
		ranges.iter().map(|r| &data[r.start as usize..r.end as usize]).collect();
	group.sample_size(100);
	group.bench_function("verify 3 chunks", |b| {
		b.iter(|| {
			verify(&commitment, data.len() as u64, &ranges, &pieces, black_box(&proof)).unwrap()
		})
	});
	group.finish();
}

fn blob(c: &mut Criterion) {
	let data = random_bytes(32 << 20, 9);
	let mut group = c.benchmark_group("blob-32MiB");
	group.throughput(Throughput::Bytes(data.len() as u64));
	group.sample_size(10);
	group.bench_function("extend and commit", |b| {
		b.iter(|| CommittedBlob::new(black_box(&data)).unwrap())
	});
	group.finish();
}

criterion_group!(benches, commitment, blob);
criterion_main!(benches);
