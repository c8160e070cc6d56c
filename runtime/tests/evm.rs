//! The EVM's wiring: pallet-revive's own consistency checks pass, the dev chains fund the
//! Ethereum dev keys, and Substrate accounts are mapped to Ethereum addresses both ways.

use frame_support::traits::IntegrityTest;
use pallet_revive::{evm::Account, AddressMapper};
use sp_core::{H160, U256};
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;
use zerog_runtime::{
	constants::currency::EXISTENTIAL_DEPOSIT, evm::CHAIN_ID, genesis::DEV_ENDOWMENT,
	AllPalletsWithSystem, Revive, Runtime,
};

mod common;

type Mapper = <Runtime as pallet_revive::Config>::AddressMapper;

/// The Ethereum dev keys' secret keys, in the order of `genesis::ethereum_dev_accounts`.
const ETH_DEV_SECRET_KEYS: [[u8; 32]; 6] = [
	sp_core::hex2array!("5fb92d6e98884f76de468fa3f6278f8807c48bebc13595d45af5bdc4da702133"),
	sp_core::hex2array!("8075991ce870b93a8870eca0c0f91913d12f47948ca0fd25b49c6fa7cdbeee8b"),
	sp_core::hex2array!("0b6e18cafb6ed99687ec547bd28139cafdd2bffe70e6b688025de6b445aa5c5b"),
	sp_core::hex2array!("39539ab1876910bbf3a223d84a29e28f1cb4e2e456503e7e91ed39b2e7223d68"),
	sp_core::hex2array!("7dce9bc8babb68fec1409be38c8e1a52650206a7ed90ff956ae8a6d15eeaaef4"),
	sp_core::hex2array!("b9d2ea9a615f3165812e8d44de0d24da9bbd164b65c4f0573e1ce2c8dbd9c8df"),
];

#[test]
fn pallet_revive_accepts_the_runtime_configuration() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		<AllPalletsWithSystem as IntegrityTest>::integrity_test();
	});
}

#[test]
fn chain_id_and_ratio_are_the_documented_ones() {
	assert_eq!(CHAIN_ID, 42_424);
	assert_eq!(<<Runtime as pallet_revive::Config>::ChainId as sp_core::Get<u64>>::get(), 42_424);
	assert_eq!(
		<<Runtime as pallet_revive::Config>::NativeToEthRatio as sp_core::Get<u32>>::get(),
		1
	);
}

#[test]
fn dev_chains_fund_the_ethereum_dev_keys() {
	for preset in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		common::genesis_of(preset).execute_with(|| {
			for secret in ETH_DEV_SECRET_KEYS {
				let account = Account::from_secret_key(secret);
				assert_eq!(Mapper::to_account_id(&account.address()), account.substrate_account());
				assert_eq!(
					Revive::evm_balance(&account.address()),
					U256::from(DEV_ENDOWMENT - EXISTENTIAL_DEPOSIT),
					"{preset}: {:?}",
					account.address()
				);
			}
		});
	}
}

#[test]
fn genesis_accounts_are_mapped_to_their_ethereum_addresses() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert!(Mapper::is_mapped(&alice));
		let address = Mapper::to_address(&alice);
		let hash = sp_io::hashing::keccak_256(alice.as_ref());
		assert_eq!(address, H160::from_slice(&hash[12..]));
		assert_eq!(Mapper::to_account_id(&address), alice);
	});
}

#[test]
fn an_unknown_ethereum_address_falls_back_to_its_padded_account() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let address = H160::repeat_byte(0x42);
		let mut padded = [0xEE; 32];
		padded[..20].copy_from_slice(address.as_bytes());
		assert_eq!(Mapper::to_account_id(&address), padded.into());
		assert_eq!(Revive::evm_balance(&address), U256::zero());
	});
}
