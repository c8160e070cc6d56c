//! The runtime charges the weights measured on the benchmark machine: the database weights,
//! the block and extrinsic overheads and the hot path's pallets come from the generated files,
//! not from upstream's reference figures.

use frame_support::{
	dispatch::DispatchClass,
	weights::{constants, RuntimeDbWeight},
};
use zerog_runtime::{weights, Runtime};

#[test]
fn database_weights_are_the_generated_ones() {
	let chosen: RuntimeDbWeight = <Runtime as frame_system::Config>::DbWeight::get();
	assert_eq!(chosen, weights::rocksdb_weights::constants::RocksDbWeight::get());
	assert_ne!(chosen, constants::RocksDbWeight::get(), "upstream's reference figures, not ours");
}

#[test]
fn block_and_extrinsic_overheads_are_the_generated_ones() {
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	assert_eq!(limits.base_block, weights::block_weights::BlockExecutionWeight::get());
	for class in DispatchClass::all() {
		assert_eq!(
			limits.get(*class).base_extrinsic,
			weights::extrinsic_weights::ExtrinsicBaseWeight::get(),
			"{class:?}"
		);
	}
}

#[test]
fn the_transfer_path_charges_its_generated_weights() {
	use frame_system::ExtensionsWeightInfo as _;
	use pallet_balances::WeightInfo as _;
	use pallet_transaction_payment::WeightInfo as _;

	let transfer = <Runtime as pallet_balances::Config>::WeightInfo::transfer_keep_alive();
	assert_eq!(transfer, weights::pallet_balances::WeightInfo::<Runtime>::transfer_keep_alive());
	assert_ne!(
		transfer,
		pallet_balances::weights::SubstrateWeight::<Runtime>::transfer_keep_alive()
	);

	let fee =
		<Runtime as pallet_transaction_payment::Config>::WeightInfo::charge_transaction_payment();
	assert_eq!(
		fee,
		weights::pallet_transaction_payment::WeightInfo::<Runtime>::charge_transaction_payment()
	);

	let nonce = <Runtime as frame_system::Config>::ExtensionsWeightInfo::check_nonce();
	assert_eq!(nonce, weights::frame_system_extensions::WeightInfo::<Runtime>::check_nonce());
	assert!(nonce.ref_time() > 0, "the nonce check is charged what it costs, not nothing");
}

#[test]
fn contracts_are_charged_their_generated_weights() {
	use pallet_revive::WeightInfo as _;

	let call = <Runtime as pallet_revive::Config>::WeightInfo::call();
	assert_eq!(call, weights::pallet_revive::WeightInfo::<Runtime>::call());
	assert_ne!(call, pallet_revive::weights::SubstrateWeight::<Runtime>::call());
}
