//! The DA layer wired to the runtime's real shared staking and BABE epochs: signers are the
//! `da` service's operators, snapshotted when the BABE epoch changes; a blob's fee is held,
//! paid to its attesters once they hold 2/3 of the stake, and an expired blob's charge goes
//! to the treasury.

use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect, Get, Hooks},
	BoundedVec,
};
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use zerog_da_primitives::{BlobState, DaService};
use zerog_data::blob::{BlobLayout, MAX_BLOB_LEN};
use zerog_runtime::{
	configs::governance::TreasuryAccount, constants::currency::ZG, parameters::dynamic_params::da,
	Balances, DaCommitments, Runtime, RuntimeOrigin, Staking, System,
};
use zerog_staking_primitives::Service;

mod common;

type DaError = pallet_da_commitments::Error<Runtime>;

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

fn signer(who: Sr25519Keyring) {
	assert_ok!(Staking::bond(
		signed(who),
		1_000 * ZG,
		pallet_shared_staking::RewardDestination::Staked
	));
	assert_ok!(Staking::opt_in(signed(who), DaService::ID));
}

fn next_block() {
	let next = System::block_number() + 1;
	System::set_block_number(next);
	DaCommitments::on_initialize(next);
}

fn next_epoch() {
	pallet_babe::EpochIndex::<Runtime>::mutate(|epoch| *epoch += 1);
	next_block();
}

fn attest(who: Sr25519Keyring, id: u64) -> frame_support::dispatch::DispatchResultWithPostInfo {
	DaCommitments::attest(signed(who), BoundedVec::truncate_from(vec![id]))
}

#[test]
fn signers_of_the_epoch_certify_and_share_the_fee() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		use Sr25519Keyring::{Alice, Bob, Charlie, Eve};
		next_block();
		assert_noop!(DaCommitments::submit_blob(signed(Eve), [1; 32], 1_000), DaError::NoSigners);
		for who in [Alice, Bob, Charlie] {
			signer(who);
		}
		next_epoch();
		assert_eq!(DaCommitments::signers_of(1).len(), 3);

		let eve_before = Balances::balance(&Eve.to_account_id());
		assert_noop!(
			DaCommitments::submit_blob(signed(Eve), [1; 32], MAX_BLOB_LEN + 1),
			DaError::BlobTooLarge
		);
		assert_ok!(DaCommitments::submit_blob(signed(Eve), [1; 32], MAX_BLOB_LEN));
		let fee = DaCommitments::fee_of(&BlobLayout::for_len(MAX_BLOB_LEN).unwrap());
		assert_eq!(fee, da::BaseFee::get() + da::ByteFee::get() * (256 * 256 * 2048));
		assert_eq!(Balances::balance(&Eve.to_account_id()), eve_before - fee);

		let bob_before = Balances::balance(&Bob.to_account_id());
		assert_ok!(attest(Alice, 0));
		assert!(!DaCommitments::is_certified(0));
		assert_ok!(attest(Bob, 0));
		assert!(DaCommitments::is_certified(0), "two of three equal stakes reach 2/3");
		let view = DaCommitments::blob_view(0).unwrap();
		assert!(matches!(view.state, BlobState::Certified { .. }));
		assert_eq!(Balances::balance(&Bob.to_account_id()), bob_before + fee / 2);
	});
}

#[test]
fn an_expired_blob_is_refunded_minus_the_charge_to_the_treasury() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		use Sr25519Keyring::{Alice, Eve};
		next_block();
		signer(Alice);
		next_epoch();
		let treasury_before = Balances::balance(&TreasuryAccount::get());
		let eve_before = Balances::balance(&Eve.to_account_id());
		assert_ok!(DaCommitments::submit_blob(signed(Eve), [2; 32], 1));
		let fee = DaCommitments::fee_of(&BlobLayout::for_len(1).unwrap());
		for _ in 0..da::AttestationWindow::get() {
			next_block();
		}
		assert_eq!(DaCommitments::blob_view(0), None);
		let charge = da::ExpiryCharge::get() * fee;
		assert_eq!(Balances::balance(&TreasuryAccount::get()), treasury_before + charge);
		assert_eq!(Balances::balance(&Eve.to_account_id()), eve_before - charge);
	});
}
