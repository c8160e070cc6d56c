//! Decoding a file from arbitrary fragments and layouts never panics; decoding honest
//! fragments returns the file.
#![no_main]

use codec::Decode;
use libfuzzer_sys::fuzz_target;
use zerog_data::storage::{decode_file, encode_file, FileLayout, StorageCode};

#[derive(Decode, Debug)]
struct Input {
	layout: FileLayout,
	fragments: Vec<Option<Vec<u8>>>,
	file: Vec<u8>,
	keep: u16,
}

fuzz_target!(|bytes: &[u8]| {
	let Ok(input) = Input::decode(&mut &bytes[..]) else { return };
	if input.layout.size <= 1 << 20 {
		let _ = decode_file(&input.layout, &input.fragments);
	}
	if input.file.is_empty() {
		return;
	}
	let code = StorageCode::new(4, 2).unwrap();
	let (commitment, fragments) = encode_file(&input.file, code).unwrap();
	let present: Vec<Option<Vec<u8>>> = fragments
		.into_iter()
		.enumerate()
		.map(|(i, f)| (input.keep & (1 << i) != 0).then_some(f))
		.collect();
	let kept = present.iter().flatten().count();
	match decode_file(&commitment.layout, &present) {
		Ok(file) => assert_eq!(file, input.file),
		Err(_) => assert!(kept < 4),
	}
});
