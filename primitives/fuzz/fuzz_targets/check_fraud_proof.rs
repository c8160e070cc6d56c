//! Checking arbitrary fraud proofs and cell proofs against a blob never panics, and never
//! convicts an honestly encoded blob.
#![no_main]

use codec::Decode;
use libfuzzer_sys::fuzz_target;
use zerog_data::blob::{
	check_fraud_proof, verify_cell, Axis, CellProof, CommittedBlob, FraudProof, Verdict,
};

#[derive(Decode, Debug)]
struct Input {
	blob: Vec<u8>,
	fraud: FraudProof,
	row: u32,
	column: u32,
	cell: Vec<u8>,
	cell_proof: CellProof,
}

fuzz_target!(|bytes: &[u8]| {
	let Ok(input) = Input::decode(&mut &bytes[..]) else { return };
	if input.blob.is_empty() || input.blob.len() > 64 * 1024 {
		return;
	}
	let committed = CommittedBlob::new(&input.blob).unwrap();
	let verdict = check_fraud_proof(&committed.data_root, &committed.layout, &input.fraud);
	assert_ne!(verdict, Ok(Verdict::BadEncoding), "an honest blob was convicted");
	let _ = verify_cell(
		&committed.data_root,
		&committed.layout,
		Axis::Row,
		input.row,
		input.column,
		&input.cell,
		&input.cell_proof,
	);
});
