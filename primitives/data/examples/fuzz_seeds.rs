//! Writes honest seed inputs for the cargo-fuzz targets in `primitives/fuzz`, SCALE-encoded in
//! the layout each target decodes, so fuzzing starts from valid proofs and mutates them.
//!
//! `cargo run -p zerog-data --example fuzz_seeds -- primitives/fuzz/corpus`

use codec::Encode;
use std::{fs, path::Path};
use zerog_commitment::{prove, ChunkRange};
use zerog_data::{
	blob::{Axis, CommittedBlob, FraudProof},
	pora::{challenges, prove_challenges, ChallengeSeed, Holding},
	storage::{encode_file, StorageCode},
};

fn bytes(len: usize, seed: u8) -> Vec<u8> {
	(0..len).map(|i| (i as u8).wrapping_mul(37).wrapping_add(seed)).collect()
}

fn write(dir: &Path, target: &str, name: &str, input: impl Encode) {
	let dir = dir.join(target);
	fs::create_dir_all(&dir).expect("creating the corpus directory");
	fs::write(dir.join(name), input.encode()).expect("writing a seed");
}

fn main() {
	let out = std::env::args().nth(1).unwrap_or_else(|| "primitives/fuzz/corpus".into());
	let out = Path::new(&out);

	let data = bytes(5 * 1024 + 300, 1);
	let ranges = vec![
		ChunkRange::chunk(1, data.len() as u64).unwrap(),
		ChunkRange::chunk(5, data.len() as u64).unwrap(),
	];
	let pieces: Vec<Vec<u8>> =
		ranges.iter().map(|r| data[r.start as usize..r.end as usize].to_vec()).collect();
	let proof = prove(&data, &ranges).unwrap();
	write(
		out,
		"verify_chunk_proof",
		"honest",
		(data.clone(), data.len() as u64, ranges, pieces, proof),
	);

	let mut reconstruct = vec![4u8, 2, 0b0000_0101, 17];
	reconstruct.extend(bytes(200, 2));
	fs::create_dir_all(out.join("reconstruct_storage")).unwrap();
	fs::write(out.join("reconstruct_storage").join("honest"), reconstruct).unwrap();

	let committed = CommittedBlob::new(&bytes(9 * 1024, 3)).unwrap();
	let k = committed.layout.width as usize;
	let cell_len = committed.layout.cell_len as usize;
	let row = committed.square.row(1).unwrap();
	let cells: Vec<(u16, Vec<u8>)> = (k / 2..k / 2 + k)
		.map(|p| (p as u16, row[p * cell_len..(p + 1) * cell_len].to_vec()))
		.collect();
	write(out, "reconstruct_line", "honest", (k as u8, cell_len as u16, cells));

	let (commitment, fragments) =
		encode_file(&bytes(3000, 4), StorageCode::new(4, 2).unwrap()).unwrap();
	let present: Vec<Option<Vec<u8>>> = fragments.into_iter().map(Some).collect();
	write(out, "decode_file", "honest", (commitment.layout, present, bytes(700, 5), 0b11_0011u16));

	let blob = bytes(9 * 1024, 3);
	let fraud_cells = (0..k as u32)
		.map(|p| {
			let cell = committed.square.cell(2, p as usize).unwrap().to_vec();
			(p, cell, committed.prove_cell(Axis::Row, 2, p).unwrap())
		})
		.collect();
	let fraud = FraudProof { axis: Axis::Row, index: 2, cells: fraud_cells };
	let cell = committed.square.cell(0, 1).unwrap().to_vec();
	let cell_proof = committed.prove_cell(Axis::Row, 0, 1).unwrap();
	write(out, "check_fraud_proof", "honest", (blob, fraud, 0u32, 1u32, cell, cell_proof));

	let fragments: Vec<Vec<u8>> = [4 * 1024 + 10, 2 * 1024].iter().map(|&n| bytes(n, 6)).collect();
	let holdings: Vec<Holding> = fragments
		.iter()
		.map(|f| Holding { root: *blake3::hash(f).as_bytes(), len: f.len() as u64 })
		.collect();
	let seed = ChallengeSeed { randomness: [3; 32], provider: [4; 32], period: 9 };
	let lens: Vec<u64> = holdings.iter().map(|h| h.len).collect();
	let drawn = challenges(&seed, &lens, 8).unwrap();
	let proof =
		prove_challenges(&drawn, &holdings, |i| fragments.get(i as usize).map(Vec::as_slice))
			.unwrap();
	write(out, "verify_pora", "honest", (seed, holdings, 8u8, proof));

	println!("seeds written under {}", out.display());
}
