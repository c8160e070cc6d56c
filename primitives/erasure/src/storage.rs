//! The `k + m` code of storage segments.

use alloc::vec::Vec;
use reed_solomon_erasure::galois_8::ReedSolomon;

/// A storage code: `data` shards plus `parity` shards, at most 256 in all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StorageCode {
	data: u8,
	parity: u8,
}

/// Why a storage code could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
	/// A code needs at least one data shard and one parity shard, and at most 256 in all.
	InvalidCode,
	/// The shards given are not `k + m` of one equal, non-zero length.
	ShardShape,
	/// Fewer than `k` shards are present.
	TooFewShards,
}

impl StorageCode {
	/// The code with `data` data shards and `parity` parity shards.
	pub const fn new(data: u8, parity: u8) -> Result<Self, StorageError> {
		if data == 0 || parity == 0 || data as u16 + parity as u16 > 256 {
			return Err(StorageError::InvalidCode);
		}
		Ok(Self { data, parity })
	}

	/// Number of data shards, `k`.
	pub const fn data_shards(&self) -> usize {
		self.data as usize
	}

	/// Number of parity shards, `m`.
	pub const fn parity_shards(&self) -> usize {
		self.parity as usize
	}

	/// `k + m`.
	pub const fn total_shards(&self) -> usize {
		self.data as usize + self.parity as usize
	}
}

/// Encodes and rebuilds the shards of one [`StorageCode`].
pub struct StorageCoder {
	code: StorageCode,
	rs: ReedSolomon,
}

impl StorageCoder {
	/// A coder for `code`.
	pub fn new(code: StorageCode) -> Self {
		let rs = ReedSolomon::new(code.data_shards(), code.parity_shards())
			.expect("StorageCode::new admits only codes reed-solomon-erasure supports; qed");
		Self { code, rs }
	}

	/// Its code.
	pub fn code(&self) -> StorageCode {
		self.code
	}

	/// Fills `parity` (`m` shards) from `data` (`k` shards), all of one length.
	pub fn encode(&self, data: &[&[u8]], parity: &mut [&mut [u8]]) -> Result<(), StorageError> {
		let len = data.first().map(|s| s.len()).unwrap_or(0);
		let shaped = data.len() == self.code.data_shards()
			&& parity.len() == self.code.parity_shards()
			&& len > 0
			&& data.iter().all(|s| s.len() == len)
			&& parity.iter().all(|s| s.len() == len);
		if !shaped {
			return Err(StorageError::ShardShape);
		}
		self.rs.encode_sep(data, parity).map_err(|_| StorageError::ShardShape)
	}

	/// Rebuilds every missing shard of `shards` (`k + m` slots, `None` where missing).
	pub fn reconstruct(&self, shards: &mut [Option<Vec<u8>>]) -> Result<(), StorageError> {
		self.check_slots(shards)?;
		self.rs.reconstruct(shards).map_err(|_| StorageError::TooFewShards)
	}

	/// Rebuilds the missing data shards of `shards`, leaving missing parity missing.
	pub fn reconstruct_data(&self, shards: &mut [Option<Vec<u8>>]) -> Result<(), StorageError> {
		self.check_slots(shards)?;
		self.rs.reconstruct_data(shards).map_err(|_| StorageError::TooFewShards)
	}

	fn check_slots(&self, shards: &[Option<Vec<u8>>]) -> Result<(), StorageError> {
		if shards.len() != self.code.total_shards() {
			return Err(StorageError::ShardShape);
		}
		let mut present = shards.iter().flatten();
		let len = present.next().map(Vec::len).ok_or(StorageError::TooFewShards)?;
		if len == 0 || present.any(|s| s.len() != len) {
			return Err(StorageError::ShardShape);
		}
		if shards.iter().flatten().count() < self.code.data_shards() {
			return Err(StorageError::TooFewShards);
		}
		Ok(())
	}
}
