//! Rebuilding storage shards from arbitrary slots never panics, and when enough honest
//! shards remain it restores the originals.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zerog_erasure::{StorageCode, StorageCoder};

fuzz_target!(|bytes: &[u8]| {
	if bytes.len() < 4 {
		return;
	}
	let (k, m, erase_mask, shard_len) =
		(bytes[0] % 16 + 1, bytes[1] % 8 + 1, bytes[2], (bytes[3] as usize % 64) + 1);
	let Ok(code) = StorageCode::new(k, m) else { return };
	let coder = StorageCoder::new(code);
	let payload = &bytes[4..];
	let data: Vec<Vec<u8>> = (0..k as usize)
		.map(|i| (0..shard_len).map(|j| *payload.get(i * shard_len + j).unwrap_or(&0)).collect())
		.collect();
	let mut parity = vec![vec![0u8; shard_len]; m as usize];
	let data_refs: Vec<&[u8]> = data.iter().map(Vec::as_slice).collect();
	let mut parity_refs: Vec<&mut [u8]> = parity.iter_mut().map(Vec::as_mut_slice).collect();
	coder.encode(&data_refs, &mut parity_refs).unwrap();
	let all: Vec<Vec<u8>> = data.into_iter().chain(parity).collect();
	let mut slots: Vec<Option<Vec<u8>>> = all
		.iter()
		.enumerate()
		.map(|(i, s)| if i < 8 && erase_mask & (1 << i) != 0 { None } else { Some(s.clone()) })
		.collect();
	let present = slots.iter().flatten().count();
	match coder.reconstruct(&mut slots) {
		Ok(()) => assert_eq!(slots.into_iter().map(Option::unwrap).collect::<Vec<_>>(), all),
		Err(_) => assert!(present < k as usize),
	}
	// Arbitrary, misshapen slots are refused without panicking.
	let mut junk: Vec<Option<Vec<u8>>> =
		payload.chunks(3).take(code.total_shards()).map(|c| Some(c.to_vec())).collect();
	let _ = coder.reconstruct(&mut junk);
});
