//! Which blobs a role has not looked at yet: blob ids are given in order of submission, so a
//! role remembers the next id it has not seen.

use std::ops::Range;
use zerog_da_primitives::BlobId;

/// The next blob id a role has not seen.
#[derive(Debug, Default)]
pub struct BlobCursor {
	next: Option<BlobId>,
}

impl BlobCursor {
	/// The ids submitted since the last call, given the chain's next id; on the first call,
	/// the last `look_back` of them.
	pub fn advance(&mut self, next: BlobId, look_back: BlobId) -> Range<BlobId> {
		let from = self.next.unwrap_or(next.saturating_sub(look_back));
		self.next = Some(next);
		from..next
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_cursor_starts_a_look_back_behind_and_then_yields_each_id_once() {
		let mut cursor = BlobCursor::default();
		assert_eq!(cursor.advance(10, 4), 6..10);
		assert_eq!(cursor.advance(10, 4), 10..10);
		assert_eq!(cursor.advance(13, 4), 10..13);
		assert_eq!(BlobCursor::default().advance(2, 4), 0..2);
	}
}
