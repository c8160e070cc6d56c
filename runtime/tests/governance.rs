//! Governance as the runtime wires it: tracks that pass their integrity check on the timings
//! of each chain, every parameter group changed by root or its own area's origin only, admin
//! calls closed to signed accounts, spend limits per spender origin, and fees shared between
//! the treasury and the block author.

use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect, Get},
};
use pallet_governance::{tracks::Tracks, Origin};
use pallet_referenda::TracksInfo;
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{DispatchError, Perbill};
use zerog_runtime::{
	configs::governance::TreasuryAccount,
	constants::{currency::ZG, time::DAYS},
	genesis::MAINNET_RUNTIME_PRESET,
	parameters::dynamic_params::{da, fees, staking, storage},
	Balances, Parameters, Runtime, RuntimeOrigin, RuntimeParameters, Staking, Treasury,
};

mod common;

type TreasuryError = pallet_treasury::Error<Runtime>;

fn governance(origin: Origin) -> RuntimeOrigin {
	RuntimeOrigin::from(origin)
}

fn alice() -> RuntimeOrigin {
	RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id())
}

fn challenge_period(blocks: u32) -> RuntimeParameters {
	RuntimeParameters::Storage(storage::Parameters::ChallengePeriod(
		storage::ChallengePeriod,
		Some(blocks),
	))
}

fn sessions_per_era(sessions: u32) -> RuntimeParameters {
	RuntimeParameters::Staking(staking::Parameters::SessionsPerEra(
		staking::SessionsPerEra,
		Some(sessions),
	))
}

fn attestation_window(blocks: u32) -> RuntimeParameters {
	RuntimeParameters::Da(da::Parameters::AttestationWindow(da::AttestationWindow, Some(blocks)))
}

fn byte_fee(fee: u128) -> RuntimeParameters {
	RuntimeParameters::Fees(fees::Parameters::TransactionByteFee(
		fees::TransactionByteFee,
		Some(fee),
	))
}

#[test]
fn tracks_pass_their_integrity_check_on_every_chain() {
	for preset in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET, MAINNET_RUNTIME_PRESET] {
		common::genesis_of(preset).execute_with(|| {
			assert_eq!(Tracks::<Runtime>::check_integrity(), Ok(()), "{preset}");
			assert_eq!(
				pallet_governance::tracks::FellowshipTracks::<Runtime>::check_integrity(),
				Ok(())
			);
		});
	}
}

#[test]
fn dev_and_local_run_fast_timings_and_mainnet_polkadots() {
	for (preset, root_decision) in [
		(DEV_RUNTIME_PRESET, 40),
		(LOCAL_TESTNET_RUNTIME_PRESET, 40),
		(MAINNET_RUNTIME_PRESET, 28 * DAYS),
	] {
		common::genesis_of(preset).execute_with(|| {
			let root = Tracks::<Runtime>::info(0).expect("a root track");
			assert_eq!(root.decision_period, root_decision, "{preset}");
		});
	}
}

#[test]
fn each_parameter_group_is_changed_by_root_or_its_own_origin_only() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let cases = [
			(challenge_period(30), Origin::StorageAdmin, Origin::StakingAdmin),
			(sessions_per_era(2), Origin::StakingAdmin, Origin::StorageAdmin),
			(byte_fee(ZG / 1_000_000), Origin::FeesAdmin, Origin::StorageAdmin),
			(attestation_window(20), Origin::DaAdmin, Origin::StorageAdmin),
		];
		for (parameter, own, other) in cases {
			assert_ok!(Parameters::set_parameter(RuntimeOrigin::root(), parameter.clone()));
			assert_ok!(Parameters::set_parameter(governance(own), parameter.clone()));
			assert_noop!(
				Parameters::set_parameter(governance(other), parameter.clone()),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Parameters::set_parameter(governance(Origin::Treasurer), parameter.clone()),
				DispatchError::BadOrigin
			);
			assert_noop!(Parameters::set_parameter(alice(), parameter), DispatchError::BadOrigin);
		}
		assert_eq!(storage::ChallengePeriod::get(), 30);
		assert_eq!(staking::SessionsPerEra::get(), 2);
		assert_eq!(da::AttestationWindow::get(), 20);
	});
}

#[test]
fn staking_admin_calls_take_root_or_staking_admin_and_refuse_signed_origins() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		assert_ok!(Staking::set_validator_count(governance(Origin::StakingAdmin), 7));
		assert_ok!(Staking::set_validator_count(RuntimeOrigin::root(), 8));
		assert_noop!(
			Staking::set_validator_count(governance(Origin::StorageAdmin), 9),
			DispatchError::BadOrigin
		);
		assert_noop!(Staking::set_validator_count(alice(), 9), DispatchError::BadOrigin);
		assert_noop!(Staking::set_invulnerables(alice(), vec![]), DispatchError::BadOrigin);
		assert_noop!(
			Staking::cancel_deferred_slash(alice(), 1, Sr25519Keyring::Bob.to_account_id()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Staking::register_chain(alice(), b"rollup".to_vec(), [7; 32], ZG, Perbill::one()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Staking::set_service_params(alice(), 1, ZG, Perbill::one()),
			DispatchError::BadOrigin
		);
		assert_ok!(Staking::register_chain(
			governance(Origin::StakingAdmin),
			b"rollup".to_vec(),
			[7; 32],
			ZG,
			Perbill::from_percent(10)
		));
	});
}

#[test]
fn delegating_and_undelegating_every_vote_fits_a_normal_block() {
	use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
	let normal = zerog_runtime::configs::system::RuntimeBlockWeights::get()
		.get(DispatchClass::Normal)
		.max_extrinsic
		.expect("normal transactions have a limit");
	let bob = Sr25519Keyring::Bob.to_account_id();
	for call in [
		pallet_conviction_voting::Call::<Runtime>::delegate {
			class: 14,
			to: bob.into(),
			conviction: pallet_conviction_voting::Conviction::Locked1x,
			balance: ZG,
		},
		pallet_conviction_voting::Call::<Runtime>::undelegate { class: 14 },
	] {
		let weight =
			zerog_runtime::RuntimeCall::ConvictionVoting(call).get_dispatch_info().call_weight;
		assert!(weight.all_lte(normal), "{weight:?} exceeds {normal:?}");
	}
}

#[test]
fn spenders_spend_up_to_their_limits() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let bob = Sr25519Keyring::Bob.to_account_id();
		let spend = |origin: RuntimeOrigin, amount: u128| {
			Treasury::spend(origin, Box::new(()), amount, Box::new(bob.clone()), None)
		};
		for (origin, limit) in [
			(Origin::SmallSpender, 6_700 * ZG),
			(Origin::MediumSpender, 67_000 * ZG),
			(Origin::BigSpender, 670_000 * ZG),
			(Origin::Treasurer, 6_700_000 * ZG),
		] {
			assert_ok!(spend(governance(origin), limit));
			assert_noop!(
				spend(governance(origin), limit + 1),
				TreasuryError::InsufficientPermission
			);
		}
		assert_ok!(spend(RuntimeOrigin::root(), 100_000_000 * ZG));
		assert_noop!(spend(governance(Origin::StakingAdmin), ZG), DispatchError::BadOrigin);
		assert_noop!(spend(alice(), ZG), DispatchError::BadOrigin);
	});
}

#[test]
fn the_treasury_is_the_account_staking_slashes_go_to() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let keyless: zerog_runtime::AccountId =
			sp_runtime::traits::AccountIdConversion::into_account_truncating(
				&frame_support::PalletId(*b"zg/trsry"),
			);
		assert_eq!(Treasury::account_id(), keyless);
		assert_eq!(TreasuryAccount::get(), keyless);
		assert!(Balances::balance(&keyless) > 0, "the treasury account exists from genesis");
	});
}
