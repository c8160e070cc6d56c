//! Blobs commit through row and column roots; every cell proves, altered cells do not, and
//! fraud proofs tell bad encodings from good ones.

use zerog_data::blob::{
	check_fraud_proof, line_root, prove_cell_in_line, verify_blob, verify_cell, Axis, BlobError,
	BlobLayout, CommittedBlob, FraudProof, Verdict, MAX_BLOB_LEN,
};

fn blob(len: usize) -> Vec<u8> {
	(0..len).map(|i| (i % 251) as u8).collect()
}

#[test]
fn layouts_fit_the_blob_in_a_square_of_power_of_two_cells() {
	let small = BlobLayout::for_len(100 * 1024).unwrap();
	assert_eq!((small.width, small.cell_len), (10, 1024));
	let full = BlobLayout::for_len(MAX_BLOB_LEN).unwrap();
	assert_eq!((full.width, full.cell_len), (128, 2048));
	for len in [1u32, 1024, 1025, 5_000_000, MAX_BLOB_LEN] {
		let l = BlobLayout::for_len(len).unwrap();
		assert!(l.width as u64 * l.width as u64 * l.cell_len as u64 >= len as u64);
		assert!(l.cell_len.is_power_of_two() && l.cell_len >= 1024);
	}
	assert_eq!(BlobLayout::for_len(0), Err(BlobError::InvalidLength));
	assert_eq!(BlobLayout::for_len(MAX_BLOB_LEN + 1), Err(BlobError::InvalidLength));
}

#[test]
fn every_cell_proves_along_both_axes() {
	let committed = CommittedBlob::new(&blob(9 * 1024 + 5)).unwrap();
	let width = committed.layout.extended_width();
	for row in 0..width {
		for column in 0..width {
			let cell = committed.square.cell(row as usize, column as usize).unwrap();
			for axis in [Axis::Row, Axis::Column] {
				let proof = committed.prove_cell(axis, row, column).unwrap();
				verify_cell(
					&committed.data_root,
					&committed.layout,
					axis,
					row,
					column,
					cell,
					&proof,
				)
				.unwrap();
			}
		}
	}
}

#[test]
fn a_node_holding_one_line_proves_its_cells_against_the_roots_document() {
	let committed = CommittedBlob::new(&blob(20_000)).unwrap();
	let layout = committed.layout;
	let column = committed.square.column(3).unwrap();
	assert_eq!(
		line_root(&layout, &committed.roots_document, Axis::Column, 3),
		Some(*blake3::hash(&column).as_bytes())
	);
	for row in 0..layout.extended_width() {
		let proof =
			prove_cell_in_line(&layout, &committed.roots_document, Axis::Column, row, 3, &column)
				.unwrap();
		assert_eq!(proof, committed.prove_cell(Axis::Column, row, 3).unwrap());
	}
	assert_eq!(
		prove_cell_in_line(&layout, &committed.roots_document, Axis::Row, 0, 0, &column[1..]),
		Err(BlobError::WrongLineLength)
	);
	assert_eq!(
		line_root(&layout, &committed.roots_document, Axis::Row, layout.extended_width()),
		None
	);
}

#[test]
fn an_altered_or_misplaced_cell_fails() {
	let committed = CommittedBlob::new(&blob(20_000)).unwrap();
	let proof = committed.prove_cell(Axis::Row, 1, 2).unwrap();
	let mut cell = committed.square.cell(1, 2).unwrap().to_vec();
	let root = committed.data_root;
	let layout = committed.layout;
	assert!(verify_cell(&root, &layout, Axis::Row, 1, 3, &cell, &proof).is_err());
	assert!(verify_cell(&root, &layout, Axis::Column, 1, 2, &cell, &proof).is_err());
	cell[100] ^= 1;
	assert!(matches!(
		verify_cell(&root, &layout, Axis::Row, 1, 2, &cell, &proof),
		Err(BlobError::Proof(_))
	));
	let wide = layout.extended_width();
	assert_eq!(
		verify_cell(&root, &layout, Axis::Row, wide, 0, &cell, &proof),
		Err(BlobError::InvalidIndex)
	);
}

fn fraud_proof(committed: &CommittedBlob, axis: Axis, index: u32, positions: &[u32]) -> FraudProof {
	let cells = positions
		.iter()
		.map(|&p| {
			let (row, column) = match axis {
				Axis::Row => (index, p),
				Axis::Column => (p, index),
			};
			let cell = committed.square.cell(row as usize, column as usize).unwrap().to_vec();
			(p, cell, committed.prove_cell(axis, row, column).unwrap())
		})
		.collect();
	FraudProof { axis, index, cells }
}

#[test]
fn a_fraud_proof_against_a_good_blob_is_refuted() {
	let committed = CommittedBlob::new(&blob(30_000)).unwrap();
	let k = committed.layout.width as u32;
	let positions: Vec<u32> = (k / 2..k / 2 + k).collect();
	for axis in [Axis::Row, Axis::Column] {
		let fraud = fraud_proof(&committed, axis, 3, &positions);
		assert_eq!(
			check_fraud_proof(&committed.data_root, &committed.layout, &fraud),
			Ok(Verdict::Consistent)
		);
	}
}

#[test]
fn a_badly_encoded_row_is_caught() {
	use zerog_data::blob::HEADER_LEN;
	let mut committed = CommittedBlob::new(&blob(30_000)).unwrap();
	let layout = committed.layout;
	let width = layout.extended_width() as usize;
	let cell_len = layout.cell_len as usize;
	// A dishonest encoder changes one parity cell of row 2 and commits to the changed row.
	let mut square_bytes: Vec<u8> =
		(0..width).flat_map(|r| committed.square.row(r).unwrap().to_vec()).collect();
	let bad = (2 * width + width - 1) * cell_len;
	square_bytes[bad] ^= 0xff;
	let row2 = &square_bytes[2 * width * cell_len..3 * width * cell_len];
	committed.roots_document[2 * 32..3 * 32].copy_from_slice(blake3::hash(row2).as_bytes());
	let doc_len = committed.roots_document.len();
	assert_eq!(&committed.roots_document[doc_len - HEADER_LEN..], &layout.header());
	let data_root = *blake3::hash(&committed.roots_document).as_bytes();

	// The proofs a sampler would receive from the dishonest encoder.
	let k = layout.width as usize;
	let cells = (0..k as u32)
		.map(|p| {
			let cell = row2[p as usize * cell_len..(p as usize + 1) * cell_len].to_vec();
			let line_proof = zerog_commitment::prove(
				row2,
				&[zerog_commitment::ChunkRange {
					start: p as u64 * cell_len as u64,
					end: (p as u64 + 1) * cell_len as u64,
				}],
			)
			.unwrap();
			let chunk = zerog_commitment::ChunkRange::chunk(0, doc_len as u64).unwrap();
			let roots_proof = zerog_commitment::prove(&committed.roots_document, &[chunk]).unwrap();
			let roots_chunk = committed.roots_document[..chunk.end as usize].to_vec();
			(p, cell, zerog_data::blob::CellProof { line_proof, roots_chunk, roots_proof })
		})
		.collect();
	let fraud = FraudProof { axis: Axis::Row, index: 2, cells };
	assert_eq!(check_fraud_proof(&data_root, &layout, &fraud), Ok(Verdict::BadEncoding));
}

#[test]
fn a_fraud_proof_needs_k_cells() {
	let committed = CommittedBlob::new(&blob(30_000)).unwrap();
	let fraud = fraud_proof(&committed, Axis::Row, 0, &[0, 1]);
	assert_eq!(
		check_fraud_proof(&committed.data_root, &committed.layout, &fraud),
		Err(BlobError::TooFewCells)
	);
}

#[test]
fn a_blob_is_checked_by_its_rows_against_its_roots_document() {
	for len in [1, 1024, 1025, 30_000, 1 << 20] {
		let bytes = blob(len);
		let committed = CommittedBlob::new(&bytes).unwrap();
		let (root, document) = (committed.data_root, &committed.roots_document);
		assert_eq!(verify_blob(&root, document, &bytes), Ok(()), "{len} bytes");

		let mut altered = bytes.clone();
		altered[len / 2] ^= 1;
		assert_eq!(verify_blob(&root, document, &altered), Err(BlobError::NotCommitted));
		let mut padded = bytes.clone();
		padded.push(0);
		assert!(verify_blob(&root, document, &padded).is_err(), "{len} bytes and a zero");
		assert_eq!(verify_blob(&[0; 32], document, &bytes), Err(BlobError::NotCommitted));
		assert_eq!(verify_blob(&root, &document[1..], &bytes), Err(BlobError::NotCommitted));
	}
	let committed = CommittedBlob::new(b"abc").unwrap();
	assert_eq!(
		verify_blob(&committed.data_root, &committed.roots_document, b""),
		Err(BlobError::InvalidLength)
	);
}

#[test]
fn a_square_whose_row_was_encoded_wrongly_fails_the_row_check() {
	let bytes = blob(30_000);
	let mut committed = CommittedBlob::new(&bytes).unwrap();
	let width = committed.layout.extended_width() as usize;
	let cell_len = committed.layout.cell_len as usize;
	// A dishonest encoder commits to row 1 with one parity cell changed.
	let mut row1 = committed.square.row(1).unwrap().to_vec();
	row1[(width - 1) * cell_len] ^= 0xff;
	committed.roots_document[32..64].copy_from_slice(blake3::hash(&row1).as_bytes());
	let data_root = *blake3::hash(&committed.roots_document).as_bytes();
	assert_eq!(
		verify_blob(&data_root, &committed.roots_document, &bytes),
		Err(BlobError::NotCommitted)
	);
}
