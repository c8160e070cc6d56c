//! The storage market wired to the runtime's real shared staking: providers must stake and opt
//! in, orders escrow into the market's account, and a missed period slashes the provider's bond
//! into the market's repair fund.

use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect, Get, Hooks},
	BoundedVec,
};
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use zerog_runtime::{
	constants::currency::ZG, parameters::dynamic_params::storage, Balances, Runtime, RuntimeOrigin,
	Staking, StorageMarket, System,
};
use zerog_staking_primitives::Service;
use zerog_storage_primitives::StorageService;

mod common;

type MarketError = pallet_storage_market::Error<Runtime>;
type StakingError = pallet_shared_staking::Error<Runtime>;

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

fn provider(who: Sr25519Keyring) {
	assert_ok!(Staking::bond(
		signed(who),
		1_000 * ZG,
		pallet_shared_staking::RewardDestination::Staked
	));
	assert_noop!(StorageMarket::register_provider(signed(who), 1 << 40, 0), MarketError::NotStaked);
	assert_ok!(Staking::opt_in(signed(who), StorageService::ID));
	assert_ok!(StorageMarket::register_provider(signed(who), 1 << 40, 0));
}

fn run_to(block: u32) {
	while System::block_number() < block {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		StorageMarket::on_initialize(next);
	}
}

#[test]
fn providers_stake_orders_escrow_and_misses_slash_into_the_repair_fund() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let (alice, bob, charlie) =
			(Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie);
		provider(alice);
		provider(bob);

		let data = vec![42u8; 300_000];
		let code = zerog_data::storage::StorageCode::new(1, 1).unwrap();
		let (commitment, _) = zerog_data::storage::encode_file(&data, code).unwrap();
		let pot = StorageMarket::account_id();
		let before = Balances::balance(&pot);
		assert_ok!(StorageMarket::place_order(
			signed(charlie),
			commitment.data_root,
			data.len() as u64,
			1,
			1,
			BoundedVec::truncate_from(commitment.fragment_roots.clone()),
			10,
		));
		let escrow = pallet_storage_market::Orders::<Runtime>::get(0).unwrap().escrow;
		assert!(escrow > 0);
		assert_eq!(Balances::balance(&pot), before + escrow);

		// Both providers confirm; from the next period on they owe proofs and send none.
		for who in [alice, bob] {
			let index = (0..2u8)
				.find(|i| {
					pallet_storage_market::Fragments::<Runtime>::get(0, i).unwrap().provider
						== who.to_account_id()
				})
				.unwrap();
			assert_ok!(StorageMarket::confirm_fragments(
				signed(who),
				BoundedVec::truncate_from(vec![(0, index)])
			));
		}
		// Neither can walk away from the stake these fragments may still cost it.
		for who in [alice, bob] {
			assert_noop!(
				Staking::opt_out(signed(who), StorageService::ID),
				StakingError::ServiceHoldsOperatorData
			);
			assert_ok!(Staking::chill(signed(who)));
			assert_noop!(
				Staking::unbond(signed(who), 1_000 * ZG),
				StakingError::ServiceHoldsOperatorData
			);
		}
		let period: u32 = <storage::ChallengePeriod as Get<u32>>::get();
		run_to(period);
		let bond = |who: Sr25519Keyring| {
			pallet_shared_staking::Ledger::<Runtime>::get(who.to_account_id()).unwrap().active
		};
		assert_eq!(bond(alice), 1_000 * ZG);
		run_to(2 * period);
		let slash = <storage::MissSlash as Get<sp_runtime::Perbill>>::get() * (1_000 * ZG);
		assert_eq!(bond(alice), 1_000 * ZG - slash);
		assert_eq!(bond(bob), 1_000 * ZG - slash);
		assert_eq!(pallet_storage_market::RepairFund::<Runtime>::get(), 2 * slash);
		assert_eq!(Balances::balance(&pot), before + escrow + 2 * slash);
		assert_eq!(pallet_storage_market::SlashFailures::<Runtime>::get(), 0);
	});
}
