//! Each Ethereum transaction adds to its block's weight what pallet-revive's Ethereum block
//! builder costs it for the Ethereum transactions before it in the block; a block without room
//! for that refuses it as a full block does (so the pool keeps it), and Substrate transactions
//! are untouched.

use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
use sp_core::{H160, U256};
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::TransactionExtension,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	Weight,
};
use zerog_runtime::{
	eth_block_builder::{
		builder_weight, eth_transactions_before, EthBlockBuilderWeight, EthTransactionsInBlock,
		EthTransactionsSoFar,
	},
	Runtime, RuntimeCall, RuntimeOrigin,
};

mod common;

/// A native transfer as pallet-revive dispatches a checked Ethereum transaction.
fn eth_transfer() -> RuntimeCall {
	RuntimeCall::Revive(pallet_revive::Call::eth_call {
		dest: H160::repeat_byte(7),
		value: U256::from(1),
		weight_limit: Weight::from_parts(1_000_000_000, 100_000),
		eth_gas_limit: U256::from(100_000),
		data: Vec::new(),
		transaction_encoded: Vec::new(),
		effective_gas_price: U256::from(4_000_000_000u64),
		encoded_len: 110,
	})
}

fn substrate_transfer() -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: Sr25519Keyring::Bob.to_account_id().into(),
		value: 1,
	})
}

/// Prepares `call` as the next transaction of the block being built.
fn prepare(call: &RuntimeCall) -> Result<(), TransactionValidityError> {
	let origin = RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
	EthBlockBuilderWeight.prepare((), &origin, call, &call.get_dispatch_info(), 0)
}

fn normal_weight() -> Weight {
	*frame_system::Pallet::<Runtime>::block_weight().get(DispatchClass::Normal)
}

fn set_normal_weight(weight: Weight) {
	frame_system::BlockWeight::<Runtime>::mutate(|consumed| {
		*consumed.get_mut(DispatchClass::Normal) = weight
	});
}

fn normal_limit() -> Weight {
	let weights = <Runtime as frame_system::Config>::BlockWeights::get();
	weights.get(DispatchClass::Normal).max_total.expect("the normal class is bounded")
}

fn in_block(number: u32, test: impl FnOnce()) {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(number);
		test()
	})
}

#[test]
fn the_builder_costs_more_with_every_transaction_before_and_nothing_with_none() {
	assert_eq!(builder_weight(0), Weight::zero());
	assert!(builder_weight(100).ref_time() > 0);
	assert!(builder_weight(1_000).ref_time() > builder_weight(100).ref_time());
}

#[test]
fn each_ethereum_transaction_adds_the_builder_weight_of_its_position_to_the_block() {
	in_block(1, || {
		for position in 0..3 {
			assert_eq!(eth_transactions_before(), position);
			let before = normal_weight();
			assert_eq!(prepare(&eth_transfer()), Ok(()));
			assert_eq!(normal_weight(), before + builder_weight(position));
		}
		assert_eq!(eth_transactions_before(), 3);
	});
}

#[test]
fn a_count_left_by_an_earlier_block_reads_as_none() {
	in_block(2, || {
		EthTransactionsSoFar::put(EthTransactionsInBlock { block: 1, count: 500 });
		assert_eq!(eth_transactions_before(), 0);
		assert_eq!(prepare(&eth_transfer()), Ok(()));
		assert_eq!(EthTransactionsSoFar::get(), EthTransactionsInBlock { block: 2, count: 1 });
	});
}

#[test]
fn a_block_without_room_for_the_builder_weight_refuses_the_transaction_as_full() {
	in_block(1, || {
		EthTransactionsSoFar::put(EthTransactionsInBlock { block: 1, count: 2_000 });
		let builder = builder_weight(2_000);
		set_normal_weight(normal_limit() - builder / 2);
		assert_eq!(
			prepare(&eth_transfer()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources))
		);
		assert_eq!(normal_weight(), normal_limit() - builder / 2);
		assert_eq!(eth_transactions_before(), 2_000);

		set_normal_weight(normal_limit() - builder);
		assert_eq!(prepare(&eth_transfer()), Ok(()));
		assert_eq!(normal_weight(), normal_limit());
		assert_eq!(eth_transactions_before(), 2_001);
	});
}

#[test]
fn substrate_transactions_are_untouched() {
	in_block(1, || {
		EthTransactionsSoFar::put(EthTransactionsInBlock { block: 1, count: 2_000 });
		set_normal_weight(normal_limit());
		assert_eq!(prepare(&substrate_transfer()), Ok(()));
		assert_eq!(normal_weight(), normal_limit());
		assert_eq!(eth_transactions_before(), 2_000);
	});
}

#[test]
fn only_ethereum_transactions_pay_for_the_count() {
	let count = <Runtime as frame_system::Config>::DbWeight::get().reads_writes(1, 1);
	assert_eq!(EthBlockBuilderWeight.weight(&eth_transfer()), count);
	assert_eq!(EthBlockBuilderWeight.weight(&substrate_transfer()), Weight::zero());
}

#[test]
fn every_signed_transaction_carries_the_count() {
	let extension = zerog_runtime::tx_extension(sp_runtime::generic::Era::Immortal, 0, 0);
	assert_eq!(extension.9, EthBlockBuilderWeight);
}
