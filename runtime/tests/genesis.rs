//! The genesis presets build, and `mainnet` carries the 0G allocation exactly.

use frame_support::traits::fungible::Inspect;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_runtime::traits::AccountIdConversion;
use zerog_runtime::{
	constants::{
		currency::{EXISTENTIAL_DEPOSIT, TOTAL_SUPPLY, ZG},
		time::MONTHS,
	},
	genesis::{
		self, MainnetAccounts, ALIGNMENT_REWARDS_POOL, COMMUNITY_POOL, ECOSYSTEM_POOL,
		MAINNET_RUNTIME_PRESET,
	},
	AccountId, Balance, Balances, Runtime, Session,
};

mod common;

fn build(preset: &str) -> sp_io::TestExternalities {
	common::genesis_of(preset)
}

fn pool(id: frame_support::PalletId) -> AccountId {
	id.into_account_truncating()
}

#[test]
fn every_listed_preset_builds() {
	for name in genesis::preset_names() {
		let name: &str = name.as_ref();
		build(name).execute_with(|| {
			assert!(!Session::validators().is_empty(), "{name} has no validators");
		});
	}
}

#[test]
fn unknown_preset_is_absent() {
	assert!(genesis::get_preset(&PresetId::from("no-such-preset")).is_none());
}

#[test]
fn development_has_alice_as_sole_validator_and_sudo() {
	build(DEV_RUNTIME_PRESET).execute_with(|| {
		let alice_stash = sp_keyring::Sr25519Keyring::AliceStash.to_account_id();
		assert_eq!(Session::validators(), vec![alice_stash]);
		assert_eq!(
			pallet_sudo::Key::<Runtime>::get(),
			Some(sp_keyring::Sr25519Keyring::Alice.to_account_id())
		);
		for account in genesis::ethereum_dev_accounts() {
			assert_eq!(Balances::free_balance(&account), genesis::DEV_ENDOWMENT);
		}
	});
}

#[test]
fn local_testnet_has_four_validators() {
	use sp_keyring::Sr25519Keyring::*;
	build(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let mut expected: Vec<AccountId> = [AliceStash, BobStash, CharlieStash, DaveStash]
			.into_iter()
			.map(|k| k.to_account_id())
			.collect();
		expected.sort();
		let mut validators = Session::validators();
		validators.sort();
		assert_eq!(validators, expected);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None, "local testnets have no sudo key");
	});
}

#[test]
fn mainnet_total_issuance_is_exactly_one_billion_zg() {
	build(MAINNET_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(Balances::total_issuance(), 1_000_000_000 * ZG);
		assert_eq!(Balances::total_issuance(), TOTAL_SUPPLY);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None, "mainnet has no sudo key");
	});
}

#[test]
fn mainnet_balances_follow_the_allocation_table() {
	let accounts = MainnetAccounts::placeholders();
	let share = |percent: Balance| TOTAL_SUPPLY / 100 * percent;
	build(MAINNET_RUNTIME_PRESET).execute_with(|| {
		// The ecosystem pool pays the existential deposits of pallet-revive's, the storage
		// market's and the treasury's accounts.
		assert_eq!(
			Balances::total_balance(&pool(ECOSYSTEM_POOL)),
			share(28) - 3 * EXISTENTIAL_DEPOSIT
		);
		for account in [
			pallet_revive::Pallet::<Runtime>::account_id(),
			pallet_storage_market::Pallet::<Runtime>::account_id(),
			pallet_treasury::Pallet::<Runtime>::account_id(),
		] {
			assert_eq!(Balances::total_balance(&account), EXISTENTIAL_DEPOSIT);
		}
		assert_eq!(Balances::total_balance(&pool(ALIGNMENT_REWARDS_POOL)), share(15));
		assert_eq!(Balances::total_balance(&pool(COMMUNITY_POOL)), share(13));
		assert_eq!(Balances::total_balance(&accounts.team), share(22));
		assert_eq!(Balances::total_balance(&accounts.backers), share(22));
	});
}

#[test]
fn mainnet_vesting_schedules_match_the_table() {
	let accounts = MainnetAccounts::placeholders();
	build(MAINNET_RUNTIME_PRESET).execute_with(|| {
		let schedule = |who: &AccountId| {
			let schedules = pallet_vesting::Vesting::<Runtime>::get(who).expect("vests");
			assert_eq!(schedules.len(), 1);
			schedules[0]
		};

		for who in [&accounts.team, &accounts.backers] {
			let s = schedule(who);
			assert_eq!(s.locked(), TOTAL_SUPPLY / 100 * 22);
			assert_eq!(s.starting_block(), 12 * MONTHS, "12-month cliff");
			assert_eq!(s.per_block(), s.locked() / (36 * MONTHS) as Balance, "36 months linear");
			assert_eq!(s.locked_at::<sp_runtime::traits::ConvertInto>(12 * MONTHS), s.locked());
			assert!(s.locked_at::<sp_runtime::traits::ConvertInto>(48 * MONTHS) < ZG);
			assert!(
				Balances::reducible_balance(
					who,
					frame_support::traits::tokens::Preservation::Expendable,
					frame_support::traits::tokens::Fortitude::Polite,
				) < ZG
			);
		}

		let alignment = schedule(&pool(ALIGNMENT_REWARDS_POOL));
		assert_eq!(alignment.locked(), TOTAL_SUPPLY / 100 * 15);
		assert_eq!(alignment.starting_block(), 0, "released from genesis");
		assert_eq!(alignment.per_block(), alignment.locked() / (36 * MONTHS) as Balance);

		for immediate in [pool(ECOSYSTEM_POOL), pool(COMMUNITY_POOL)] {
			assert!(pallet_vesting::Vesting::<Runtime>::get(&immediate).is_none());
		}
	});
}

#[test]
fn allocation_shares_add_up_to_the_whole_supply() {
	let total: u32 = genesis::GENESIS_ALLOCATION.iter().map(|a| a.share.deconstruct() as u32).sum();
	assert_eq!(total, 100);
}

#[test]
fn local_testnet_validators_are_bonded_and_elected_for_era_zero() {
	use zerog_runtime::genesis::DEV_VALIDATOR_BOND;
	build(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		for (stash, _) in zerog_runtime::genesis::dev_validators(4) {
			let ledger = pallet_shared_staking::Ledger::<Runtime>::get(&stash).expect("bonded");
			assert_eq!(ledger.active, DEV_VALIDATOR_BOND);
			let exposure =
				pallet_shared_staking::ErasStakersOverview::<Runtime>::get(0, &stash).unwrap();
			assert_eq!(exposure.total, DEV_VALIDATOR_BOND);
		}
		assert_eq!(pallet_shared_staking::Services::<Runtime>::iter().count(), 4);
	});
}

#[test]
fn mainnet_starts_with_its_session_validators_and_no_bonds() {
	build(MAINNET_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(pallet_shared_staking::Ledger::<Runtime>::iter().count(), 0);
		assert_eq!(Session::validators().len(), 4);
	});
}

#[test]
fn development_funds_and_vests_the_alignment_pool_as_mainnet_does() {
	use pallet_alignment_nodes::ReleasedRewards;
	use zerog_runtime::configs::alignment::VestedPool;
	build(DEV_RUNTIME_PRESET).execute_with(|| {
		let alignment = pool(ALIGNMENT_REWARDS_POOL);
		assert_eq!(Balances::total_balance(&alignment), TOTAL_SUPPLY / 100 * 15);
		let schedules = pallet_vesting::Vesting::<Runtime>::get(&alignment).expect("vests");
		let schedule = schedules[0];
		assert_eq!(VestedPool::released(), 0, "nothing released at genesis");
		for block in [1, 28_800, 18 * MONTHS, 36 * MONTHS, 40 * MONTHS] {
			frame_system::Pallet::<Runtime>::set_block_number(block);
			let locked = schedule.locked_at::<sp_runtime::traits::ConvertInto>(block);
			let released = VestedPool::released();
			assert!(
				released.abs_diff(schedule.locked() - locked) < 36 * MONTHS as Balance,
				"the release follows the vesting schedule at block {block}"
			);
		}
		assert_eq!(VestedPool::released(), TOTAL_SUPPLY / 100 * 15, "all of it after 36 months");
	});
}
