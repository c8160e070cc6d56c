//! Any `k` of the `k + m` shards rebuild the data, byte for byte.

use proptest::prelude::*;
use zerog_erasure::{StorageCode, StorageCoder, StorageError};

fn encode(code: StorageCode, shard_len: usize, seed: u8) -> Vec<Vec<u8>> {
	let coder = StorageCoder::new(code);
	let data: Vec<Vec<u8>> = (0..code.data_shards())
		.map(|i| (0..shard_len).map(|j| (i * 7 + j * 13) as u8 ^ seed).collect())
		.collect();
	let mut parity = vec![vec![0u8; shard_len]; code.parity_shards()];
	let data_refs: Vec<&[u8]> = data.iter().map(Vec::as_slice).collect();
	let mut parity_refs: Vec<&mut [u8]> = parity.iter_mut().map(Vec::as_mut_slice).collect();
	coder.encode(&data_refs, &mut parity_refs).unwrap();
	data.into_iter().chain(parity).collect()
}

/// Every subset of `n` positions with `n - k` of them erased, for small `n`.
fn erasure_patterns(n: usize, k: usize) -> Vec<Vec<bool>> {
	(0u32..(1 << n))
		.filter(|mask| mask.count_ones() as usize == n - k)
		.map(|mask| (0..n).map(|i| mask & (1 << i) != 0).collect())
		.collect()
}

#[test]
fn every_k_of_n_subset_rebuilds_4_plus_2_and_10_plus_6() {
	for (k, m) in [(4u8, 2u8), (10, 6)] {
		let code = StorageCode::new(k, m).unwrap();
		let coder = StorageCoder::new(code);
		let shards = encode(code, 1024, 5);
		for erased in erasure_patterns(code.total_shards(), code.data_shards()) {
			let mut slots: Vec<Option<Vec<u8>>> = shards
				.iter()
				.zip(&erased)
				.map(|(s, &gone)| if gone { None } else { Some(s.clone()) })
				.collect();
			coder.reconstruct(&mut slots).unwrap();
			let rebuilt: Vec<Vec<u8>> = slots.into_iter().map(Option::unwrap).collect();
			assert_eq!(rebuilt, shards);
		}
	}
}

#[test]
fn fewer_than_k_shards_is_an_error() {
	let code = StorageCode::new(4, 2).unwrap();
	let coder = StorageCoder::new(code);
	let shards = encode(code, 64, 1);
	let mut slots: Vec<Option<Vec<u8>>> = shards.into_iter().map(Some).collect();
	slots[0] = None;
	slots[1] = None;
	slots[5] = None;
	assert_eq!(coder.reconstruct(&mut slots), Err(StorageError::TooFewShards));
}

#[test]
fn invalid_codes_and_shapes_are_refused() {
	assert_eq!(StorageCode::new(0, 2), Err(StorageError::InvalidCode));
	assert_eq!(StorageCode::new(4, 0), Err(StorageError::InvalidCode));
	assert_eq!(StorageCode::new(200, 57), Err(StorageError::InvalidCode));
	assert!(StorageCode::new(200, 56).is_ok());
	let coder = StorageCoder::new(StorageCode::new(2, 1).unwrap());
	let (a, b) = (vec![1u8; 10], vec![2u8; 11]);
	let mut p = vec![0u8; 10];
	assert_eq!(coder.encode(&[&a, &b], &mut [&mut p]), Err(StorageError::ShardShape));
	let mut wrong_slots = vec![Some(vec![1u8; 4]), Some(vec![1u8; 5]), None];
	assert_eq!(coder.reconstruct(&mut wrong_slots), Err(StorageError::ShardShape));
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]

	#[test]
	fn random_codes_rebuild_from_random_k_subsets(
		k in 1u8..20, m in 1u8..12, len in 1usize..300, seed in any::<u8>(),
		keep in proptest::sample::subsequence((0..32usize).collect::<Vec<_>>(), 0..32),
	) {
		let code = StorageCode::new(k, m).unwrap();
		let n = code.total_shards();
		let shards = encode(code, len, seed);
		let mut kept: Vec<usize> = keep.into_iter().filter(|&i| i < n).collect();
		for i in 0..n {
			if kept.len() >= k as usize { break; }
			if !kept.contains(&i) { kept.push(i); }
		}
		let mut slots: Vec<Option<Vec<u8>>> =
			(0..n).map(|i| kept.contains(&i).then(|| shards[i].clone())).collect();
		StorageCoder::new(code).reconstruct(&mut slots).unwrap();
		prop_assert_eq!(slots.into_iter().map(Option::unwrap).collect::<Vec<_>>(), shards);
	}
}
