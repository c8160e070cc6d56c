//! Ethereum transactions are refused past `MAX_ETH_TRANSACTION_INDEX` in a block, as a block
//! out of room refuses a transaction (so the pool keeps it), and nothing else is limited.

use frame_support::{dispatch::GetDispatchInfo, storage::unhashed};
use sp_core::{H160, U256};
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{DispatchTransaction, TransactionExtension},
	transaction_validity::{
		InvalidTransaction, TransactionSource, TransactionValidityError, ValidTransaction,
	},
	Weight,
};
use zerog_runtime::{
	eth_transactions_per_block::{EthTransactionsPerBlock, MAX_ETH_TRANSACTION_INDEX},
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

/// Validates `call` as the extrinsic at `index` of the block being built.
fn validate_at(
	index: u32,
	call: &RuntimeCall,
) -> Result<ValidTransaction, TransactionValidityError> {
	unhashed::put(sp_core::storage::well_known_keys::EXTRINSIC_INDEX, &index);
	let origin = RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
	EthTransactionsPerBlock
		.validate_only(origin, call, &call.get_dispatch_info(), 0, TransactionSource::InBlock, 0)
		.map(|(valid, _, _)| valid)
}

#[test]
fn ethereum_transactions_fit_up_to_the_limit_and_then_exhaust_the_block() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		assert!(validate_at(1, &eth_transfer()).is_ok());
		assert!(validate_at(MAX_ETH_TRANSACTION_INDEX - 1, &eth_transfer()).is_ok());
		for index in [MAX_ETH_TRANSACTION_INDEX, MAX_ETH_TRANSACTION_INDEX + 1_000] {
			assert_eq!(
				validate_at(index, &eth_transfer()),
				Err(TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources))
			);
		}
	});
}

#[test]
fn substrate_transactions_are_not_limited() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		assert!(validate_at(MAX_ETH_TRANSACTION_INDEX + 1_000, &substrate_transfer()).is_ok());
	});
}

#[test]
fn only_ethereum_transactions_pay_for_the_index_read() {
	let read = <Runtime as frame_system::Config>::DbWeight::get().reads(1);
	assert_eq!(EthTransactionsPerBlock.weight(&eth_transfer()), read);
	assert_eq!(EthTransactionsPerBlock.weight(&substrate_transfer()), Weight::zero());
}

#[test]
fn every_signed_transaction_carries_the_limit() {
	let extension = zerog_runtime::tx_extension(sp_runtime::generic::Era::Immortal, 0, 0);
	assert_eq!(extension.9, EthTransactionsPerBlock);
}
