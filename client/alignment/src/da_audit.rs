//! The DA audit: one drawn cell of a certified blob, fetched and checked against its root.

use zerog_alignment_primitives::{AuditOutcome, DaTarget};
use zerog_da_client::fetch::Fetcher;
use zerog_data::{
	blob::{Axis, BlobLayout},
	Hash,
};

/// Samples `target`'s cell through its row, else its column. Passes with the hash of the cell
/// as evidence; fails with the hash of why it could not be had.
pub async fn audit(
	fetcher: &Fetcher,
	layout: &BlobLayout,
	target: &DaTarget,
) -> (AuditOutcome, Hash) {
	let mut reasons = Vec::new();
	for axis in [Axis::Row, Axis::Column] {
		match fetcher.cell(&target.data_root, layout, axis, target.row, target.column).await {
			Ok(answer) => return (AuditOutcome::Pass, *blake3::hash(&answer.cell).as_bytes()),
			Err(error) => reasons.push(error.to_string()),
		}
	}
	log::info!(
		target: "alignment",
		"DA audit of blob {} cell ({}, {}) failed: {}",
		target.blob,
		target.row,
		target.column,
		reasons.join("; ")
	);
	(AuditOutcome::Fail, *blake3::hash(reasons.join("\n").as_bytes()).as_bytes())
}
