//! Moving a map's entries under new key hashers.
//!
//! The old and the new map share their storage prefix, so each function reads the old map
//! whole (removing it) before it writes a single new key: iterating while writing would visit
//! the new keys as old ones.

use alloc::vec::Vec;
use codec::FullCodec;
use frame_support::storage::{
	IterableStorageDoubleMap, IterableStorageMap, StorageDoubleMap, StorageMap,
};

/// Moves every entry of map `Old` to the same key in `New`; returns how many it moved.
pub fn map<K, V, Old, New>() -> u64
where
	K: FullCodec,
	V: FullCodec,
	Old: IterableStorageMap<K, V>,
	New: StorageMap<K, V>,
{
	let entries: Vec<(K, V)> = Old::drain().collect();
	for (key, value) in &entries {
		New::insert(key, value);
	}
	entries.len() as u64
}

/// Moves every entry of double map `Old` to the same keys in `New`; returns how many.
pub fn double_map<K1, K2, V, Old, New>() -> u64
where
	K1: FullCodec,
	K2: FullCodec,
	V: FullCodec,
	Old: IterableStorageDoubleMap<K1, K2, V>,
	New: StorageDoubleMap<K1, K2, V>,
{
	let entries: Vec<(K1, K2, V)> = Old::drain().collect();
	for (key1, key2, value) in &entries {
		New::insert(key1, key2, value);
	}
	entries.len() as u64
}

#[cfg(test)]
mod tests {
	/// The maps as they were: the same names, so the same prefixes, as the maps as they are.
	mod old {
		use frame_support::{pallet_prelude::*, storage_alias};

		#[storage_alias]
		pub type Map = StorageMap<Test, Twox64Concat, u64, u32>;
		#[storage_alias]
		pub type DoubleMap = StorageDoubleMap<Test, Twox64Concat, u32, Twox64Concat, u64, u8>;
	}

	/// The maps as they are, their account keys hashed.
	mod new {
		use frame_support::{pallet_prelude::*, storage_alias};

		#[storage_alias]
		pub type Map = StorageMap<Test, Blake2_128Concat, u64, u32>;
		#[storage_alias]
		pub type DoubleMap = StorageDoubleMap<Test, Twox64Concat, u32, Blake2_128Concat, u64, u8>;
	}

	#[test]
	fn every_entry_moves_to_the_same_key_under_the_new_hasher() {
		sp_io::TestExternalities::default().execute_with(|| {
			for account in 0..50u64 {
				old::Map::insert(account, account as u32 * 2);
			}
			assert_eq!(super::map::<_, _, old::Map, new::Map>(), 50);
			for account in 0..50u64 {
				assert_eq!(new::Map::get(account), Some(account as u32 * 2));
			}
			assert_eq!(new::Map::iter().count(), 50);
		});
	}

	#[test]
	fn every_entry_of_a_double_map_moves_to_the_same_keys() {
		sp_io::TestExternalities::default().execute_with(|| {
			for era in 0..3u32 {
				for account in 0..10u64 {
					old::DoubleMap::insert(era, account, era as u8 + account as u8);
				}
			}
			assert_eq!(super::double_map::<_, _, _, old::DoubleMap, new::DoubleMap>(), 30);
			for era in 0..3u32 {
				assert_eq!(new::DoubleMap::iter_prefix(era).count(), 10);
				assert_eq!(new::DoubleMap::get(era, 7), Some(era as u8 + 7));
			}
			assert_eq!(new::DoubleMap::iter().count(), 30);
		});
	}
}
