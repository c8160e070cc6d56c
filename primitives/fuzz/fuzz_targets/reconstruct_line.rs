//! Rebuilding a DA row or column from arbitrary cells never panics.
#![no_main]

use codec::Decode;
use libfuzzer_sys::fuzz_target;
use zerog_erasure::reconstruct_line;

#[derive(Decode, Debug)]
struct Input {
	k: u8,
	cell_len: u16,
	cells: Vec<(u16, Vec<u8>)>,
}

fuzz_target!(|bytes: &[u8]| {
	let Ok(input) = Input::decode(&mut &bytes[..]) else { return };
	let present: Vec<(usize, &[u8])> =
		input.cells.iter().map(|(p, c)| (*p as usize, c.as_slice())).collect();
	if let Ok(line) = reconstruct_line(input.k as usize, input.cell_len as usize, &present) {
		assert_eq!(line.len(), 2 * input.k as usize * input.cell_len as usize);
	}
});
