//! The storage market seen from Solidity: a precompile at [`STORAGE_MARKET_ADDRESS`].
//!
//! ```solidity
//! interface IStorageMarket {
//!     // 0 unknown, 1 pending (fragments not all confirmed), 2 stored, 3 proven (k fragments
//!     // proven in the last ended challenge period)
//!     function orderStatus(uint64 orderId) external view returns (uint8 status, uint64 size,
//!         uint32 storedFragments, uint32 totalFragments, uint32 endPeriod);
//!     function isStored(bytes32 dataRoot) external view returns (bool);
//!     function currentPeriod() external view returns (uint32);
//! }
//! ```
//!
//! Every call charges the database reads it makes before making them.

use crate::{Runtime, StorageMarket};
use alloc::vec::Vec;
use alloy_core::{sol, sol_types::SolCall};
use core::num::NonZero;
use frame_support::{
	traits::{Get, StorageInfoTrait},
	weights::Weight,
};
use pallet_revive::precompiles::{AddressMatcher, Error, Ext, Precompile};
use pallet_storage_market::OrderStatus;

sol! {
	interface IStorageMarket {
		function orderStatus(uint64 orderId) external view returns (uint8 status, uint64 size, uint32 storedFragments, uint32 totalFragments, uint32 endPeriod);
		function isStored(bytes32 dataRoot) external view returns (bool);
		function currentPeriod() external view returns (uint32);
	}
}

/// The address selector of the precompile: `0x…0A000000`.
const PREFIX: u16 = 0x0A00;
/// The precompile's address, as contracts call it.
pub const STORAGE_MARKET_ADDRESS: [u8; 20] = {
	let mut address = [0u8; 20];
	let prefix = PREFIX.to_be_bytes();
	address[16] = prefix[0];
	address[17] = prefix[1];
	address
};
/// Orders of one file `isStored` looks at.
const ORDERS_CHECKED: usize = 4;

/// Reads status from the storage market for contracts.
pub struct StorageMarketPrecompile;

/// Trie nodes a proof carries above a value, per level: 15 sibling hashes of 33 bytes.
pub(crate) const TRIE_NODE_BYTES: u64 = 15 * 33;

/// The proof size of reading one entry of the storage item `S`, estimated as FRAME's
/// benchmarks do in `MaxEncodedLen` mode: the largest value and its key, plus the trie nodes
/// above it (one level for a plain value, five for a map).
pub(crate) fn read_proof_size<S: StorageInfoTrait>() -> u64 {
	S::storage_info()
		.iter()
		.map(|info| {
			let levels = if info.max_values == Some(1) { 1 } else { 5 };
			u64::from(info.max_size.unwrap_or(u32::MAX)).saturating_add(TRIE_NODE_BYTES * levels)
		})
		.fold(0, u64::saturating_add)
}

impl StorageMarketPrecompile {
	/// What reading one order's status costs: the order, its fragments, the period, each read
	/// with its share of the block's proof.
	pub fn order_status_weight() -> Weight {
		let fragments: u32 = <Runtime as pallet_storage_market::Config>::MaxFragments::get();
		let fragments = u64::from(fragments);
		let proof = read_proof_size::<pallet_storage_market::Orders<Runtime>>()
			.saturating_add(
				read_proof_size::<pallet_storage_market::Fragments<Runtime>>()
					.saturating_mul(fragments),
			)
			.saturating_add(read_proof_size::<pallet_storage_market::CurrentPeriod<Runtime>>());
		<Runtime as frame_system::Config>::DbWeight::get()
			.reads(fragments + 2)
			.saturating_add(Weight::zero().set_proof_size(proof))
	}

	/// What reading the orders of one root costs before their statuses.
	fn orders_of_root_weight() -> Weight {
		<Runtime as frame_system::Config>::DbWeight::get().reads(1).saturating_add(
			Weight::zero()
				.set_proof_size(read_proof_size::<pallet_storage_market::OrdersByRoot<Runtime>>()),
		)
	}

	/// What reading the current period costs.
	fn current_period_weight() -> Weight {
		<Runtime as frame_system::Config>::DbWeight::get().reads(1).saturating_add(
			Weight::zero()
				.set_proof_size(read_proof_size::<pallet_storage_market::CurrentPeriod<Runtime>>()),
		)
	}
}

impl Precompile for StorageMarketPrecompile {
	type T = Runtime;
	type Interface = IStorageMarket::IStorageMarketCalls;
	const MATCHER: AddressMatcher = AddressMatcher::Fixed(NonZero::new(PREFIX).unwrap());
	const HAS_CONTRACT_INFO: bool = false;

	fn call(
		_address: &[u8; 20],
		input: &Self::Interface,
		env: &mut impl Ext<T = Self::T>,
	) -> Result<Vec<u8>, Error> {
		use IStorageMarket::IStorageMarketCalls as Calls;
		match input {
			Calls::orderStatus(call) => {
				env.charge(Self::order_status_weight())?;
				let (status, size, stored, total, end) = StorageMarket::order_status(call.orderId);
				let status: u8 = match status {
					OrderStatus::Unknown => 0,
					OrderStatus::Pending => 1,
					OrderStatus::Stored => 2,
					OrderStatus::Proven => 3,
				};
				Ok(IStorageMarket::orderStatusCall::abi_encode_returns(
					&IStorageMarket::orderStatusReturn {
						status,
						size,
						storedFragments: stored,
						totalFragments: total,
						endPeriod: end,
					},
				))
			},
			Calls::isStored(call) => {
				env.charge(
					Self::order_status_weight()
						.saturating_mul(ORDERS_CHECKED as u64)
						.saturating_add(Self::orders_of_root_weight()),
				)?;
				let stored = StorageMarket::is_proven(call.dataRoot.0, ORDERS_CHECKED);
				Ok(IStorageMarket::isStoredCall::abi_encode_returns(&stored))
			},
			Calls::currentPeriod(_) => {
				env.charge(Self::current_period_weight())?;
				let period = pallet_storage_market::CurrentPeriod::<Runtime>::get();
				Ok(IStorageMarket::currentPeriodCall::abi_encode_returns(&period))
			},
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn reads_are_charged_with_their_proof_size() {
		let weight = StorageMarketPrecompile::order_status_weight();
		let fragments: u32 = <Runtime as pallet_storage_market::Config>::MaxFragments::get();
		let fragments = u64::from(fragments);
		assert!(weight.proof_size() > fragments * TRIE_NODE_BYTES * 5);
		assert!(StorageMarketPrecompile::current_period_weight().proof_size() > TRIE_NODE_BYTES);
		assert!(StorageMarketPrecompile::orders_of_root_weight().proof_size() > TRIE_NODE_BYTES);
	}
}
