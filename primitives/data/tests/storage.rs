//! Files encode into fragments that commit and decode back byte for byte.

use zerog_data::storage::{
	decode_file, encode_file, FileLayout, LayoutError, StorageCode, SEGMENT_LEN,
};

fn file(len: usize, seed: u8) -> Vec<u8> {
	(0..len).map(|i| ((i * 2654435761) >> 7) as u8 ^ seed).collect()
}

#[test]
fn layout_sizes_follow_the_rules() {
	let code = StorageCode::new(4, 2).unwrap();
	let layout = FileLayout::new(SEGMENT_LEN * 2 + 1000, code).unwrap();
	assert_eq!(layout.segments(), 3);
	assert_eq!(layout.shard_len(SEGMENT_LEN), 64 * 1024);
	assert_eq!(layout.shard_len(1000), 256, "⌈1000 / 4⌉ = 250, rounded up to 64");
	assert_eq!(layout.fragment_len(), 2 * 64 * 1024 + 256);
	assert_eq!(FileLayout::new(0, code), Err(LayoutError::EmptyFile));
}

#[test]
fn data_root_and_fragment_roots_are_plain_blake3() {
	let data = file(600_000, 1);
	let (commitment, fragments) = encode_file(&data, StorageCode::new(10, 6).unwrap()).unwrap();
	assert_eq!(commitment.data_root, *blake3::hash(&data).as_bytes());
	assert_eq!(fragments.len(), 16);
	for (fragment, root) in fragments.iter().zip(&commitment.fragment_roots) {
		assert_eq!(fragment.len() as u64, commitment.layout.fragment_len());
		assert_eq!(root, blake3::hash(fragment).as_bytes());
	}
}

#[test]
fn every_k_of_n_fragment_subset_decodes_byte_identical() {
	for (k, m, len) in [(4u8, 2u8, 3 * SEGMENT_LEN as usize + 12_345), (10, 6, 70_001), (4, 2, 1)] {
		let data = file(len, k);
		let (commitment, fragments) = encode_file(&data, StorageCode::new(k, m).unwrap()).unwrap();
		let n = fragments.len();
		for mask in 0u32..(1 << n) {
			if mask.count_ones() != k as u32 {
				continue;
			}
			let present: Vec<Option<Vec<u8>>> =
				(0..n).map(|i| (mask & (1 << i) != 0).then(|| fragments[i].clone())).collect();
			assert_eq!(decode_file(&commitment.layout, &present).unwrap(), data);
		}
	}
}

#[test]
fn too_few_or_misshapen_fragments_fail() {
	let data = file(5000, 2);
	let (commitment, fragments) = encode_file(&data, StorageCode::new(4, 2).unwrap()).unwrap();
	let mut present: Vec<Option<Vec<u8>>> = fragments.iter().cloned().map(Some).collect();
	present[0] = None;
	present[1] = None;
	present[2] = None;
	assert_eq!(decode_file(&commitment.layout, &present), Err(LayoutError::TooFewFragments));
	let mut short: Vec<Option<Vec<u8>>> = fragments.into_iter().map(Some).collect();
	short[3].as_mut().unwrap().pop();
	assert_eq!(decode_file(&commitment.layout, &short), Err(LayoutError::FragmentShape));
}

#[test]
fn segments_encoded_and_decoded_one_at_a_time_equal_the_whole_file_coding() {
	use zerog_data::storage::{FileCommitter, SegmentCoder};
	let data = file(3 * SEGMENT_LEN as usize + 4321, 9);
	let code = StorageCode::new(3, 2).unwrap();
	let (whole, fragments) = encode_file(&data, code).unwrap();
	let layout = whole.layout;
	let mut committer = FileCommitter::new(layout).unwrap();
	let coder = SegmentCoder::new(layout).unwrap();
	let mut offset = 0;
	for (index, segment) in data.chunks(SEGMENT_LEN as usize).enumerate() {
		let encoded = committer.push_segment(segment).unwrap();
		assert_eq!(
			encoded,
			coder.encode(index as u64, segment).unwrap(),
			"hashing changes nothing"
		);
		for (i, fragment) in fragments.iter().enumerate() {
			assert_eq!(encoded.shard(i), &fragment[offset..offset + encoded.shard_len]);
		}
		let mut shards: Vec<Option<Vec<u8>>> =
			(0..5).map(|i| (i >= 2).then(|| encoded.shard(i).to_vec())).collect();
		assert_eq!(coder.decode(index as u64, &mut shards).unwrap(), segment, "from 3 of 5");
		offset += encoded.shard_len;
	}
	assert_eq!(committer.finish().unwrap(), whole);
	assert_eq!(coder.encode(0, &data[..10]), Err(LayoutError::WrongSize));
	assert_eq!(coder.encode(4, &data[..10]), Err(LayoutError::WrongSize), "past the last segment");
	let mut too_few: Vec<Option<Vec<u8>>> = vec![None; 5];
	assert_eq!(coder.decode(0, &mut too_few), Err(LayoutError::TooFewFragments));
}
