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
use frame_support::{traits::Get, weights::Weight};
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

impl StorageMarketPrecompile {
	/// What reading one order's status costs: the order, its fragments, the period.
	fn order_status_weight() -> Weight {
		let fragments: u32 = <Runtime as pallet_storage_market::Config>::MaxFragments::get();
		<Runtime as frame_system::Config>::DbWeight::get().reads(u64::from(fragments) + 2)
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
				let db = <Runtime as frame_system::Config>::DbWeight::get();
				env.charge(
					Self::order_status_weight()
						.saturating_mul(ORDERS_CHECKED as u64)
						.saturating_add(db.reads(1)),
				)?;
				let stored = StorageMarket::is_proven(call.dataRoot.0, ORDERS_CHECKED);
				Ok(IStorageMarket::isStoredCall::abi_encode_returns(&stored))
			},
			Calls::currentPeriod(_) => {
				env.charge(<Runtime as frame_system::Config>::DbWeight::get().reads(1))?;
				let period = pallet_storage_market::CurrentPeriod::<Runtime>::get();
				Ok(IStorageMarket::currentPeriodCall::abi_encode_returns(&period))
			},
		}
	}
}
