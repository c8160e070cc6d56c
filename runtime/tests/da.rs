//! The DA layer wired to the runtime's real shared staking and BABE epochs: signers are the
//! `da` service's operators, snapshotted when the BABE epoch changes; a blob's fee is held,
//! paid to its attesters once they hold 2/3 of the stake, and an expired blob's charge goes
//! to the treasury; a signer that misses an availability challenge and the attesters of a
//! badly encoded blob are slashed through shared staking's `da` service.

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
		// The samplers' share stays held; the attesters split the rest.
		let pot = pallet_da_commitments::Sampling::<Runtime>::get(0).unwrap().pot;
		assert!(pot > 0 && pot <= da::SamplerShare::get() * fee);
		assert_eq!(Balances::balance(&Bob.to_account_id()), bob_before + (fee - pot) / 2);
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

fn active_bond(who: Sr25519Keyring) -> u128 {
	pallet_shared_staking::Ledger::<Runtime>::get(who.to_account_id()).unwrap().active
}

/// Alice, Bob and Charlie as the signers of epoch 1, attesting `blob` submitted by Eve.
fn certified_by_three(blob: &zerog_data::blob::CommittedBlob) -> u64 {
	use Sr25519Keyring::{Alice, Bob, Charlie, Eve};
	next_block();
	for who in [Alice, Bob, Charlie] {
		signer(who);
	}
	next_epoch();
	assert_ok!(DaCommitments::submit_blob(signed(Eve), blob.data_root, blob.layout.len));
	for who in [Alice, Bob, Charlie] {
		let _ = attest(who, 0);
	}
	assert!(DaCommitments::is_certified(0));
	0
}

#[test]
fn a_signer_that_misses_a_challenge_loses_da_miss_slash_of_its_bond_and_its_attestation() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		use Sr25519Keyring::Ferdie;
		let bytes: Vec<u8> = (0..5_000u32).map(|i| (i % 251) as u8).collect();
		let blob = zerog_data::blob::CommittedBlob::new(&bytes).unwrap();
		let id = certified_by_three(&blob);
		let signers = DaCommitments::signers_of(1);
		let position = |who: Sr25519Keyring| {
			signers.iter().position(|(s, _)| *s == who.to_account_id()).unwrap() as u32
		};
		// A cell whose row and column are both held by the first signer alone.
		let (first, _) = signers[0].clone();
		let first = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
			.into_iter()
			.find(|k| k.to_account_id() == first)
			.unwrap();
		let cell = position(first);
		let bond_before = active_bond(first);
		assert_ok!(DaCommitments::challenge(signed(Ferdie), id, cell, cell));
		for _ in 0..da::ChallengeWindow::get() {
			next_block();
		}
		let slashed = da::DaMissSlash::get() * bond_before;
		assert_eq!(active_bond(first), bond_before - slashed);
		let attesters = pallet_da_commitments::Attesters::<Runtime>::get(id);
		assert!(attesters.iter().all(|a| a.signer != first.to_account_id()));
		assert!(DaCommitments::is_certified(id), "two of three equal stakes still hold 2/3");
	});
}

#[test]
fn a_fraud_proof_slashes_every_attester_to_the_reporter_and_invalidates_the_blob() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		use Sr25519Keyring::{Alice, Ferdie};
		let bytes: Vec<u8> = (0..5_000u32).map(|i| (i % 251) as u8).collect();
		let blob = zerog_data::blob::CommittedBlob::miscoded(&bytes, 3, 0).unwrap();
		let id = certified_by_three(&blob);
		let bond_before = active_bond(Alice);
		let ferdie_before = Balances::balance(&Ferdie.to_account_id());
		let proof = blob.fraud_proof(zerog_data::blob::Axis::Row, 3).unwrap();
		assert_ok!(DaCommitments::report_bad_encoding(signed(Ferdie), id, proof));
		let slashed = da::DaFraudSlash::get() * bond_before;
		assert_eq!(active_bond(Alice), bond_before - slashed);
		assert!(Balances::balance(&Ferdie.to_account_id()) >= ferdie_before + 3 * slashed);
		assert!(matches!(DaCommitments::blob_view(id).unwrap().state, BlobState::Invalid { .. }));
	});
}
