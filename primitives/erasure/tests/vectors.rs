//! Pinned encodings. The runtime (no_std, portable kernels) and the node (SIMD kernels) must
//! produce exactly these bytes: CI runs this file with and without the `simd` feature (the
//! storage code's kernels), and the DA lines are checked against reed-solomon-simd's portable
//! engine, the one it uses without `std`.

use zerog_erasure::{ExtendedSquare, StorageCode, StorageCoder};

fn input(len: usize) -> Vec<u8> {
	let mut state = 0x2545_f491_4f6c_dd1du64;
	(0..len)
		.map(|_| {
			state ^= state << 13;
			state ^= state >> 7;
			state ^= state << 17;
			state as u8
		})
		.collect()
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn storage_parity_digest(k: u8, m: u8, shard_len: usize) -> String {
	let code = StorageCode::new(k, m).unwrap();
	let data = input(k as usize * shard_len);
	let shards: Vec<&[u8]> = data.chunks(shard_len).collect();
	let mut parity = vec![vec![0u8; shard_len]; m as usize];
	let mut refs: Vec<&mut [u8]> = parity.iter_mut().map(Vec::as_mut_slice).collect();
	StorageCoder::new(code).encode(&shards, &mut refs).unwrap();
	hex(blake3::hash(&parity.concat()).as_bytes())
}

#[test]
fn storage_4_plus_2_vector() {
	assert_eq!(storage_parity_digest(4, 2, 65_536), VECTOR_4_2);
}

#[test]
fn storage_10_plus_6_vector() {
	assert_eq!(storage_parity_digest(10, 6, 26_240), VECTOR_10_6);
}

#[test]
fn da_square_vector() {
	let square = ExtendedSquare::extend(8, 1024, &input(8 * 8 * 1024)).unwrap();
	let all: Vec<u8> = (0..square.width()).flat_map(|r| square.row(r).unwrap().to_vec()).collect();
	assert_eq!(hex(blake3::hash(&all).as_bytes()), VECTOR_SQUARE_8);
}

const VECTOR_4_2: &str = "697be0b47a6af18e5cf971affa309c6290facfa4e70b609723928f593f6c0a38";
const VECTOR_10_6: &str = "785aef656689af53c0333f4e5ec027279ec33b5bdb1606174bc7a8fa231803b5";
const VECTOR_SQUARE_8: &str = "970f5b227223abcf8b9ea775ce20701046cece9aa6cca5421a980e5e7cc6ab03";

#[test]
fn da_lines_from_the_portable_engine_match() {
	use reed_solomon_simd::{engine::NoSimd, rate::DefaultRateEncoder, rate::RateEncoder};
	let (k, cell_len) = (8usize, 1024usize);
	let original = input(k * k * cell_len);
	let square = ExtendedSquare::extend(k, cell_len, &original).unwrap();
	for r in 0..k {
		let mut portable = DefaultRateEncoder::new(k, k, cell_len, NoSimd::new(), None).unwrap();
		for cell in original[r * k * cell_len..(r + 1) * k * cell_len].chunks(cell_len) {
			portable.add_original_shard(cell).unwrap();
		}
		let parity: Vec<u8> =
			portable.encode().unwrap().recovery_iter().flatten().copied().collect();
		assert_eq!(&square.row(r).unwrap()[k * cell_len..], &parity[..]);
	}
}
