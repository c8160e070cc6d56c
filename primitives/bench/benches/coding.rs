//! Erasure-coding throughput on zerog's two shapes, for each candidate crate.
//!
//! Storage shape: one 256 KiB segment, codes 10+6 and 4+2. DA shape: a full 32 MiB blob
//! (k = 128, 2 KiB cells) extended to 256 × 256. Throughput is reported per byte of input.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use zerog_data_bench::{extend_square, random_bytes};
use zerog_erasure::{ExtendedSquare, StorageCode, StorageCoder};

const SEGMENT: usize = 256 * 1024;

fn shards(k: usize, len: usize) -> Vec<Vec<u8>> {
	random_bytes(k * len, 7).chunks(len).map(<[u8]>::to_vec).collect()
}

fn storage_encode(c: &mut Criterion) {
	let mut group = c.benchmark_group("storage-encode");
	group.throughput(Throughput::Bytes(SEGMENT as u64));
	for (k, m) in [(10usize, 6usize), (4, 2)] {
		let shard_len = (SEGMENT / k).next_multiple_of(64);
		let data = shards(k, shard_len);
		let data_refs: Vec<&[u8]> = data.iter().map(Vec::as_slice).collect();
		let id = format!("{k}+{m}");

		let coder = StorageCoder::new(StorageCode::new(k as u8, m as u8).unwrap());
		let mut parity = vec![vec![0u8; shard_len]; m];
		group.bench_function(BenchmarkId::new("zerog (reed-solomon-erasure)", &id), |b| {
			b.iter(|| {
				let mut p: Vec<&mut [u8]> = parity.iter_mut().map(Vec::as_mut_slice).collect();
				coder.encode(black_box(&data_refs), &mut p).unwrap();
			})
		});

		group.bench_function(BenchmarkId::new("reed-solomon-simd", &id), |b| {
			b.iter(|| reed_solomon_simd::encode(k, m, black_box(&data_refs)).unwrap())
		});

		let novel = reed_solomon_novelpoly::CodeParams::derive_parameters(k + m, k).unwrap();
		let segment = random_bytes(SEGMENT, 3);
		group.bench_function(BenchmarkId::new("reed-solomon-novelpoly", &id), |b| {
			b.iter(|| {
				novel
					.make_encoder()
					.encode::<reed_solomon_novelpoly::WrappedShard>(black_box(&segment))
					.unwrap()
			})
		});

		group.bench_function(BenchmarkId::new("polkadot-erasure-coding (n = k + m)", &id), |b| {
			b.iter(|| polkadot_erasure_coding::obtain_chunks(k + m, black_box(&segment)).unwrap())
		});
	}
	group.finish();
}

fn storage_decode(c: &mut Criterion) {
	let mut group = c.benchmark_group("storage-decode");
	group.throughput(Throughput::Bytes(SEGMENT as u64));
	for (k, m) in [(10usize, 6usize), (4, 2)] {
		let shard_len = (SEGMENT / k).next_multiple_of(64);
		let data = shards(k, shard_len);
		let data_refs: Vec<&[u8]> = data.iter().map(Vec::as_slice).collect();
		let id = format!("{k}+{m}, {m} data shards lost");

		let coder = StorageCoder::new(StorageCode::new(k as u8, m as u8).unwrap());
		let mut parity = vec![vec![0u8; shard_len]; m];
		let mut p: Vec<&mut [u8]> = parity.iter_mut().map(Vec::as_mut_slice).collect();
		coder.encode(&data_refs, &mut p).unwrap();
		let all: Vec<Vec<u8>> = data.iter().cloned().chain(parity.iter().cloned()).collect();
		group.bench_function(BenchmarkId::new("zerog (reed-solomon-erasure)", &id), |b| {
			b.iter(|| {
				let mut slots: Vec<Option<Vec<u8>>> =
					all.iter().enumerate().map(|(i, s)| (i >= m).then(|| s.clone())).collect();
				coder.reconstruct_data(&mut slots).unwrap();
				slots
			})
		});

		let recovery = reed_solomon_simd::encode(k, m, &data_refs).unwrap();
		group.bench_function(BenchmarkId::new("reed-solomon-simd", &id), |b| {
			b.iter(|| {
				reed_solomon_simd::decode(
					k,
					m,
					data_refs.iter().enumerate().skip(m).map(|(i, s)| (i, *s)),
					recovery.iter().enumerate().map(|(i, s)| (i, s.as_slice())),
				)
				.unwrap()
			})
		});

		let segment = random_bytes(SEGMENT, 3);
		let chunks = polkadot_erasure_coding::obtain_chunks(k + m, &segment).unwrap();
		group.bench_function(BenchmarkId::new("polkadot-erasure-coding (n = k + m)", &id), |b| {
			b.iter(|| {
				let present = chunks.iter().enumerate().skip(m).map(|(i, c)| (c.as_slice(), i));
				polkadot_erasure_coding::reconstruct::<_, Vec<u8>>(k + m, present).unwrap()
			})
		});
	}
	group.finish();
}

fn da_extend(c: &mut Criterion) {
	let mut group = c.benchmark_group("da-extend-32MiB");
	group.sample_size(10);
	let (k, cell_len) = (128usize, 2048usize);
	let original = random_bytes(k * k * cell_len, 11);
	group.throughput(Throughput::Bytes(original.len() as u64));

	group.bench_function("zerog (reed-solomon-simd)", |b| {
		b.iter(|| ExtendedSquare::extend(k, cell_len, black_box(&original)).unwrap())
	});

	let rs = reed_solomon_erasure::galois_8::ReedSolomon::new(k, k).unwrap();
	group.bench_function("reed-solomon-erasure", |b| {
		b.iter(|| {
			extend_square(k, cell_len, black_box(&original), |cells| {
				let mut parity = vec![vec![0u8; cell_len]; k];
				rs.encode_sep(cells, &mut parity).unwrap();
				parity
			})
		})
	});
	group.finish();
}

criterion_group!(benches, storage_encode, storage_decode, da_extend);
criterion_main!(benches);
