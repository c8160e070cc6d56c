//! What the DA commitments pallet promises.

use crate::{
	assignment, mock::*, Attesters, Blobs, BlobsByRoot, Deadlines, EpochSigners, Error, Event,
	HoldReason, Retention,
};
use frame_support::{
	assert_noop, assert_ok, dispatch::Pays, traits::fungible::InspectHold, BoundedVec,
};
use sp_runtime::traits::BadOrigin;
use zerog_da_primitives::BlobState;
use zerog_data::blob::{BlobLayout, MAX_BLOB_LEN};

const SUBMITTER: AccountId = 1;
/// The fee of a blob of one 1 KiB cell: extended to 2 × 2 cells of 1 KiB.
const SMALL_FEE: Balance = BASE_FEE + 4 * 1024;

fn root(n: u8) -> zerog_data::Hash {
	[n; 32]
}

fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::Da(HoldReason::BlobFee), &who)
}

/// DA operators 10, 11, … with the given stakes, drawn as epoch 1's signers.
fn signers(stakes: &[Balance]) -> Vec<AccountId> {
	let operators: Vec<_> = stakes.iter().enumerate().map(|(i, s)| (10 + i as u64, *s)).collect();
	Operators::set(&operators);
	Epoch::set(1);
	run_to(System::block_number() + 1);
	operators.iter().map(|(who, _)| *who).collect()
}

fn submit(n: u8, len: u32) -> u64 {
	let id = crate::NextBlobId::<Test>::get();
	assert_ok!(Da::submit_blob(RuntimeOrigin::signed(SUBMITTER), root(n), len));
	id
}

fn attest(signer: AccountId, ids: &[u64]) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Da::attest(RuntimeOrigin::signed(signer), BoundedVec::truncate_from(ids.to_vec()))
}

fn certified(id: u64) -> bool {
	matches!(Blobs::<Test>::get(id).map(|b| b.state), Some(BlobState::Certified { .. }))
}

#[test]
fn a_blob_is_committed_with_its_layout_and_its_fee_held() {
	new_test_ext().execute_with(|| {
		signers(&[100, 100, 100]);
		let before = free(SUBMITTER);
		let id = submit(1, 1);
		let blob = Blobs::<Test>::get(id).unwrap();
		assert_eq!(blob.layout, BlobLayout::for_len(1).unwrap());
		assert_eq!(blob.fee, SMALL_FEE);
		assert_eq!(blob.epoch, 1);
		assert_eq!(held(SUBMITTER), SMALL_FEE);
		assert_eq!(free(SUBMITTER), before - SMALL_FEE);
		assert_eq!(BlobsByRoot::<Test>::get(root(1)), Some(id));
		assert_eq!(blob.state, BlobState::Pending { deadline: System::block_number() + WINDOW });
		assert_eq!(Da::do_try_state(), Ok(()));
	});
}

#[test]
fn every_bad_submission_is_refused_and_takes_nothing() {
	new_test_ext().execute_with(|| {
		// No signers yet.
		assert_noop!(
			Da::submit_blob(RuntimeOrigin::signed(SUBMITTER), root(1), 1),
			Error::<Test>::NoSigners
		);
		signers(&[100, 100, 100]);
		let before = free(SUBMITTER);
		let refuse = |len: u32, error: Error<Test>| {
			assert_noop!(Da::submit_blob(RuntimeOrigin::signed(SUBMITTER), root(9), len), error);
		};
		refuse(0, Error::<Test>::EmptyBlob);
		refuse(MAX_BLOB_LEN + 1, Error::<Test>::BlobTooLarge);
		MaxBlobLen::set(1024);
		refuse(1025, Error::<Test>::BlobTooLarge);
		MaxBlobLen::set(MAX_BLOB_LEN);
		// An account that cannot pay the fee.
		assert_noop!(
			Da::submit_blob(RuntimeOrigin::signed(50), root(9), 1),
			Error::<Test>::CannotPayFee
		);
		assert_noop!(Da::submit_blob(RuntimeOrigin::none(), root(9), 1), BadOrigin);
		submit(1, 1);
		assert_noop!(
			Da::submit_blob(RuntimeOrigin::signed(2), root(1), 1),
			Error::<Test>::AlreadySubmitted
		);
		for n in 2..=4 {
			submit(n, 1);
		}
		assert_noop!(
			Da::submit_blob(RuntimeOrigin::signed(SUBMITTER), root(5), 1),
			Error::<Test>::TooManyBlobsInBlock
		);
		assert_eq!(free(SUBMITTER), before - 4 * SMALL_FEE);
	});
}

#[test]
fn blobs_per_block_is_tunable_below_the_bound() {
	new_test_ext().execute_with(|| {
		signers(&[100]);
		BlobsPerBlock::set(2);
		submit(1, 1);
		submit(2, 1);
		assert_noop!(
			Da::submit_blob(RuntimeOrigin::signed(SUBMITTER), root(3), 1),
			Error::<Test>::TooManyBlobsInBlock
		);
		BlobsPerBlock::set(4);
	});
}

#[test]
fn a_32_mib_blob_is_accepted_and_priced_by_its_extended_square() {
	new_test_ext().execute_with(|| {
		signers(&[100]);
		let id = submit(1, MAX_BLOB_LEN);
		let layout = BlobLayout::for_len(MAX_BLOB_LEN).unwrap();
		let extended = u128::from(layout.extended_width()).pow(2) * u128::from(layout.cell_len);
		assert_eq!(Blobs::<Test>::get(id).unwrap().fee, BASE_FEE + extended);
	});
}

#[test]
fn certification_happens_exactly_at_two_thirds_of_the_stake() {
	new_test_ext().execute_with(|| {
		let s = signers(&[100, 100, 100]);
		let id = submit(1, 1);
		assert_ok!(attest(s[0], &[id]));
		assert!(!certified(id), "a third is not enough");
		assert_ok!(attest(s[1], &[id]));
		assert!(certified(id), "two thirds certify");
	});
	new_test_ext().execute_with(|| {
		// 4 × 100: the quorum is ⌈266.67⌉ = 267, so 200 is below and 300 reaches it.
		let s = signers(&[100, 100, 100, 100]);
		let id = submit(1, 1);
		assert_ok!(attest(s[0], &[id]));
		assert_ok!(attest(s[1], &[id]));
		assert!(!certified(id));
		assert_ok!(attest(s[2], &[id]));
		assert!(certified(id));
	});
	new_test_ext().execute_with(|| {
		// Stake, not count: one signer with 2/3 of the stake certifies alone.
		signers(&[200, 50, 50]);
		let id = submit(1, 1);
		assert_ok!(attest(10, &[id]));
		assert!(certified(id));
	});
}

#[test]
fn valid_attestations_are_free_and_cover_many_blobs_at_once() {
	new_test_ext().execute_with(|| {
		let s = signers(&[100, 100, 100]);
		let ids: Vec<_> = (1..=3).map(|n| submit(n, 1)).collect();
		let result = attest(s[0], &ids).unwrap();
		assert_eq!(result.pays_fee, Pays::No);
		assert_ok!(attest(s[1], &ids));
		assert!(ids.iter().all(|id| certified(*id)));
	});
}

#[test]
fn outsiders_repeaters_and_late_attesters_are_refused() {
	new_test_ext().execute_with(|| {
		let s = signers(&[100, 100, 100]);
		let id = submit(1, 1);
		assert_noop!(attest(7, &[id]), Error::<Test>::NotASigner);
		assert_noop!(attest(s[0], &[]), Error::<Test>::NothingToAttest);
		assert_noop!(attest(s[0], &[id + 1]), Error::<Test>::UnknownBlob);
		assert_ok!(attest(s[0], &[id]));
		assert_noop!(attest(s[0], &[id]), Error::<Test>::AlreadyAttested);
		assert_ok!(attest(s[1], &[id]));
		// Attesting only certified blobs counts nothing and is refused; beside a pending blob
		// a certified one is skipped.
		assert_noop!(attest(s[2], &[id]), Error::<Test>::NothingToAttest);
		let other = submit(2, 1);
		assert_ok!(attest(s[2], &[id, other]));
		assert_eq!(Attesters::<Test>::get(id).len(), 2);
		assert_eq!(Attesters::<Test>::get(other).len(), 1);
		// One bad blob in a batch records nothing.
		let third = submit(3, 1);
		assert_noop!(attest(s[2], &[third, id + 9]), Error::<Test>::UnknownBlob);
		assert!(Attesters::<Test>::get(third).is_empty());
	});
}

#[test]
fn a_signer_of_another_epoch_cannot_attest() {
	new_test_ext().execute_with(|| {
		signers(&[100, 100, 100]);
		let id = submit(1, 1);
		// Epoch 2 has other signers; the blob stays with epoch 1's.
		Operators::set(&[(30, 100), (31, 100), (32, 100)]);
		Epoch::set(2);
		run_to(System::block_number() + 1);
		assert_eq!(EpochSigners::<Test>::get(2).unwrap().signers.len(), 3);
		assert_noop!(attest(30, &[id]), Error::<Test>::NotASigner);
		assert_ok!(attest(10, &[id]));
	});
}

#[test]
fn the_fee_pays_the_attesters_in_proportion_to_stake_and_adds_up() {
	new_test_ext().execute_with(|| {
		let s = signers(&[300, 200, 200, 100]);
		let id = submit(1, 1000);
		let fee = Blobs::<Test>::get(id).unwrap().fee;
		let before: Vec<_> = s.iter().map(|who| free(*who)).collect();
		// 300 + 200 + 200 = 700 of 800 ≥ 2/3.
		for who in [10, 11, 12] {
			assert_ok!(attest(who, &[id]));
		}
		assert!(certified(id));
		let paid: Vec<_> = s.iter().zip(&before).map(|(who, b)| free(*who) - b).collect();
		assert_eq!(paid.iter().sum::<Balance>(), fee, "the whole fee and nothing more is paid");
		assert_eq!(paid[3], 0, "a signer that did not attest earns nothing");
		assert!(paid[0] >= fee * 300 / 700 && paid[1] == fee * 200 / 700);
		assert_eq!(held(SUBMITTER), 0);
		assert_eq!(Da::do_try_state(), Ok(()));
	});
}

#[test]
fn an_uncertified_blob_expires_refunded_minus_the_charge() {
	new_test_ext().execute_with(|| {
		let s = signers(&[100, 100, 100]);
		let before = free(SUBMITTER);
		let id = submit(1, 1);
		assert_ok!(attest(s[0], &[id]));
		let deadline = System::block_number() + WINDOW;
		run_to(deadline - 1);
		assert!(Blobs::<Test>::contains_key(id));
		run_to(deadline);
		assert!(!Blobs::<Test>::contains_key(id));
		assert!(BlobsByRoot::<Test>::get(root(1)).is_none());
		assert!(Attesters::<Test>::get(id).is_empty());
		let charge = ExpiryCharge::get() * SMALL_FEE;
		assert_eq!(free(SUBMITTER), before - charge);
		assert_eq!(free(ChargeBeneficiary::get()), charge);
		System::assert_has_event(
			Event::BlobExpired {
				id,
				data_root: root(1),
				refunded: SMALL_FEE - charge,
				charged: charge,
			}
			.into(),
		);
		// The root may be submitted again.
		submit(1, 1);
	});
}

#[test]
fn a_certified_blob_is_kept_for_the_retention_period_then_pruned() {
	new_test_ext().execute_with(|| {
		let s = signers(&[100, 100, 100]);
		let id = submit(1, 1);
		let deadline = System::block_number() + WINDOW;
		assert_ok!(attest(s[0], &[id]));
		assert_ok!(attest(s[1], &[id]));
		run_to(deadline + 1);
		assert!(certified(id), "certified blobs do not expire");
		run_to(deadline + RETENTION - 1);
		assert!(certified(id));
		run_to(deadline + RETENTION);
		assert!(!Blobs::<Test>::contains_key(id));
		assert!(BlobsByRoot::<Test>::get(root(1)).is_none());
		assert!(Retention::<Test>::get(deadline + RETENTION).is_empty());
	});
}

#[test]
fn signer_sets_change_with_the_epoch_and_old_ones_are_dropped() {
	new_test_ext().execute_with(|| {
		signers(&[100, 200]);
		let first = EpochSigners::<Test>::get(1).unwrap();
		assert_eq!(first.total_stake, 300);
		for epoch in 2..=4 {
			Operators::set(&[(10, 100), (11, 200), (12 + epoch, 50)]);
			Epoch::set(epoch);
			run_to(System::block_number() + 1);
		}
		assert!(EpochSigners::<Test>::get(1).is_none(), "only the last two epochs are kept");
		assert!(EpochSigners::<Test>::get(2).is_none());
		assert_eq!(EpochSigners::<Test>::get(4).unwrap().total_stake, 350);
	});
}

#[test]
fn at_most_max_signers_are_drawn_largest_stake_first() {
	new_test_ext().execute_with(|| {
		let operators: Vec<_> = (0..20).map(|i| (100 + i, 1 + i as u128)).collect();
		Operators::set(&operators);
		Epoch::set(1);
		run_to(2);
		let set = EpochSigners::<Test>::get(1).unwrap();
		assert_eq!(set.signers.len(), 16);
		assert!(set.signers.iter().all(|(who, _)| *who >= 104), "the four smallest are left out");
	});
}

#[test]
fn each_signer_holds_the_lines_of_its_drawn_position() {
	new_test_ext().execute_with(|| {
		signers(&[100, 100, 100]);
		let set = EpochSigners::<Test>::get(1).unwrap();
		let width = BlobLayout::for_len(MAX_BLOB_LEN).unwrap().width;
		let mut covered = vec![0u32; 2 * width as usize];
		for (position, _) in set.signers.iter().enumerate() {
			for line in assignment::lines_of(position as u32, 3, width) {
				covered[line as usize] += 1;
			}
		}
		assert!(covered.iter().all(|holders| *holders == 1));
	});
}

#[test]
fn try_state_catches_a_broken_invariant() {
	new_test_ext().execute_with(|| {
		signers(&[100, 100, 100]);
		submit(1, 1);
		assert_eq!(Da::do_try_state(), Ok(()));
		Deadlines::<Test>::remove(System::block_number() + WINDOW);
		assert!(Da::do_try_state().is_err());
	});
}

#[test]
fn the_hook_handles_a_full_block_of_expiries_and_prunings() {
	new_test_ext().execute_with(|| {
		let s = signers(&[100, 100, 100]);
		let start = System::block_number();
		let certified_ids: Vec<_> = (1..=4).map(|n| submit(n, 1)).collect();
		run_to(start + 1);
		let expiring: Vec<_> = (5..=8).map(|n| submit(n, 1)).collect();
		for who in [s[0], s[1]] {
			assert_ok!(attest(who, &certified_ids));
		}
		run_to(start + 1 + WINDOW);
		assert!(expiring.iter().all(|id| !Blobs::<Test>::contains_key(id)));
		run_to(start + WINDOW + RETENTION);
		assert!(certified_ids.iter().all(|id| !Blobs::<Test>::contains_key(id)));
		assert_eq!(Da::do_try_state(), Ok(()));
	});
}
