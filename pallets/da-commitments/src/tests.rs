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
fn outsiders_and_repeaters_are_refused_and_late_attesters_join_a_certified_blob() {
	new_test_ext().execute_with(|| {
		let s = signers(&[100, 100, 100]);
		let id = submit(1, 1);
		assert_noop!(attest(7, &[id]), Error::<Test>::NotASigner);
		assert_noop!(attest(s[0], &[]), Error::<Test>::NothingToAttest);
		// A blob gone (or never submitted) is skipped; nothing else counted: refused.
		assert_noop!(attest(s[0], &[id + 1]), Error::<Test>::NothingToAttest);
		assert_ok!(attest(s[0], &[id]));
		assert_noop!(attest(s[0], &[id]), Error::<Test>::AlreadyAttested);
		assert_ok!(attest(s[1], &[id]));
		assert!(certified(id));
		// A late attester of a certified blob counts (it answers to challenges) but is not
		// paid: the fee went to the attesters that certified it.
		let before = free(s[2]);
		let other = submit(2, 1);
		assert_ok!(attest(s[2], &[id, other]));
		assert_eq!(free(s[2]), before);
		assert_eq!(Attesters::<Test>::get(id).len(), 3);
		assert_eq!(Blobs::<Test>::get(id).unwrap().attested_stake, 300);
		assert_eq!(Attesters::<Test>::get(other).len(), 1);
		assert_eq!(Da::do_try_state(), Ok(()));
		// A blob gone since the call was sent does not spoil the rest of the batch.
		let third = submit(3, 1);
		assert_ok!(attest(s[2], &[third, id + 9]));
		assert_eq!(Attesters::<Test>::get(third).len(), 1);
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
		// The samplers' share (10 %, split in 4 equal report rewards) stays held.
		let pot = (SamplerShare::get() * fee) / 4 * 4;
		let attesters_share = fee - pot;
		assert_eq!(
			paid.iter().sum::<Balance>(),
			attesters_share,
			"the whole fee but the samplers' share, and nothing more, is paid"
		);
		assert_eq!(paid[3], 0, "a signer that did not attest earns nothing");
		assert!(paid[0] >= attesters_share * 300 / 700 && paid[1] == attesters_share * 200 / 700);
		assert_eq!(held(SUBMITTER), pot);
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

mod sampling_challenges_and_fraud {
	use super::*;
	use crate::{Challenges, OpenChallenges, Sampling};
	use zerog_da_primitives::{DaOffence, SamplingSummary};
	use zerog_data::{
		blob::{Axis, CommittedBlob},
		sampling::confidence,
	};
	use zerog_staking_primitives::OffenceCode;

	const CHALLENGER: AccountId = 5;
	const REPORTER: AccountId = 6;

	/// A blob of 5000 bytes: 3 × 3 cells of 1 KiB, extended to 6 × 6.
	fn bytes() -> Vec<u8> {
		(0..5000u32).map(|i| (i * 7 % 251) as u8).collect()
	}

	/// Submits `blob` and has `attesters` attest it.
	fn submit_committed(blob: &CommittedBlob, attesters: &[AccountId]) -> u64 {
		let id = crate::NextBlobId::<Test>::get();
		assert_ok!(Da::submit_blob(
			RuntimeOrigin::signed(SUBMITTER),
			blob.data_root,
			blob.layout.len
		));
		for who in attesters {
			assert_ok!(attest(*who, &[id]));
		}
		id
	}

	/// Signers 10, 11, 12 with 100 each, all attesting a certified blob.
	fn certified_blob() -> (u64, CommittedBlob) {
		signers(&[100, 100, 100]);
		let blob = CommittedBlob::new(&bytes()).unwrap();
		let id = submit_committed(&blob, &[10, 11, 12]);
		assert!(certified(id));
		(id, blob)
	}

	fn position_of(who: AccountId) -> u32 {
		EpochSigners::<Test>::get(1).unwrap().find(&who).unwrap().0
	}

	/// A cell whose row is held by `row_holder` and whose column by `column_holder`.
	fn cell_held_by(row_holder: AccountId, column_holder: AccountId) -> (u32, u32) {
		(position_of(row_holder), position_of(column_holder))
	}

	fn respond(
		who: AccountId,
		id: u64,
		blob: &CommittedBlob,
		axis: Axis,
		(row, column): (u32, u32),
	) -> frame_support::dispatch::DispatchResultWithPostInfo {
		let cell = blob.square.cell(row as usize, column as usize).unwrap().to_vec();
		let proof = blob.prove_cell(axis, row, column).unwrap();
		Da::respond(RuntimeOrigin::signed(who), id, row, column, cell, proof)
	}

	fn deposit_held(who: AccountId) -> Balance {
		Balances::balance_on_hold(&RuntimeHoldReason::Da(HoldReason::ChallengeDeposit), &who)
	}

	fn missed_challenge() -> OffenceCode {
		DaOffence::MissedChallenge.into()
	}

	#[test]
	fn a_challenge_is_owed_by_the_attesters_holding_the_cells_row_or_column() {
		new_test_ext().execute_with(|| {
			let (id, _) = certified_blob();
			let cell = cell_held_by(10, 11);
			assert_ok!(Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, cell.0, cell.1));
			let challenge = Challenges::<Test>::get(0).unwrap();
			assert_eq!(challenge.owed_by.to_vec(), vec![10, 11]);
			assert_eq!(challenge.deadline, System::block_number() + CHALLENGE_WINDOW);
			assert_eq!(deposit_held(CHALLENGER), CHALLENGE_DEPOSIT);
			assert_eq!(Da::open_challenges()[0].owed_by, vec![10, 11]);
			assert_eq!(Da::do_try_state(), Ok(()));
		});
	}

	#[test]
	fn valid_responses_clear_the_challenge_publish_the_cell_and_take_the_frivolous_deposit() {
		new_test_ext().execute_with(|| {
			let (id, blob) = certified_blob();
			let cell = cell_held_by(10, 11);
			assert_ok!(Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, cell.0, cell.1));
			let (before_10, before_11) = (free(10), free(11));
			// One answers through the row, the other through the column; both are free.
			let answer = respond(10, id, &blob, Axis::Row, cell).unwrap();
			assert_eq!(answer.pays_fee, Pays::No);
			System::assert_has_event(
				Event::ChallengeAnswered {
					challenge: 0,
					id,
					row: cell.0,
					column: cell.1,
					signer: 10,
					cell: blob.square.cell(cell.0 as usize, cell.1 as usize).unwrap().to_vec(),
				}
				.into(),
			);
			assert_ok!(respond(11, id, &blob, Axis::Column, cell));
			assert!(Challenges::<Test>::get(0).is_none(), "every answer closes the challenge");
			assert!(OpenChallenges::<Test>::get(id).is_empty());
			assert_eq!(deposit_held(CHALLENGER), 0);
			assert_eq!(free(10) + free(11) - before_10 - before_11, CHALLENGE_DEPOSIT);
			run_to(System::block_number() + CHALLENGE_WINDOW);
			assert!(slashes().is_empty());
			assert!(certified(id));
			assert_eq!(Da::do_try_state(), Ok(()));
		});
	}

	#[test]
	fn a_wrong_cell_or_proof_does_not_answer() {
		new_test_ext().execute_with(|| {
			let (id, blob) = certified_blob();
			let cell = cell_held_by(10, 11);
			assert_ok!(Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, cell.0, cell.1));
			let mut wrong = blob.square.cell(cell.0 as usize, cell.1 as usize).unwrap().to_vec();
			wrong[0] ^= 1;
			let proof = blob.prove_cell(Axis::Row, cell.0, cell.1).unwrap();
			assert_noop!(
				Da::respond(RuntimeOrigin::signed(10), id, cell.0, cell.1, wrong, proof),
				Error::<Test>::InvalidCell
			);
			// The proof of a neighbouring cell.
			let right = blob.square.cell(cell.0 as usize, cell.1 as usize).unwrap().to_vec();
			let other = blob.prove_cell(Axis::Row, cell.0, (cell.1 + 1) % 6).unwrap();
			assert_noop!(
				Da::respond(RuntimeOrigin::signed(10), id, cell.0, cell.1, right, other),
				Error::<Test>::InvalidCell
			);
			assert_noop!(respond(12, id, &blob, Axis::Row, cell), Error::<Test>::NotOwed);
			assert_noop!(
				respond(10, id, &blob, Axis::Row, ((cell.0 + 1) % 6, cell.1)),
				Error::<Test>::NoSuchChallenge
			);
			assert_ok!(respond(10, id, &blob, Axis::Row, cell));
			assert_noop!(respond(10, id, &blob, Axis::Row, cell), Error::<Test>::AlreadyAnswered);
		});
	}

	#[test]
	fn a_missing_response_slashes_and_revokes_and_refunds_the_challenger() {
		new_test_ext().execute_with(|| {
			let (id, blob) = certified_blob();
			let cell = cell_held_by(10, 11);
			assert_ok!(Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, cell.0, cell.1));
			assert_ok!(respond(11, id, &blob, Axis::Column, cell));
			let before = free(CHALLENGER);
			run_to(System::block_number() + CHALLENGE_WINDOW);
			assert_eq!(
				slashes(),
				vec![Slash {
					operator: 10,
					fraction: MissSlash::get(),
					offence: missed_challenge(),
					beneficiary: None,
				}]
			);
			let attesters: Vec<_> = Attesters::<Test>::get(id).iter().map(|a| a.signer).collect();
			assert_eq!(attesters, vec![11, 12], "signer 10's attestation is revoked");
			assert_eq!(Blobs::<Test>::get(id).unwrap().attested_stake, 200);
			assert_eq!(free(CHALLENGER), before + CHALLENGE_DEPOSIT);
			// 200 of 300 is still 2/3.
			assert!(certified(id));
			assert_eq!(Da::do_try_state(), Ok(()));
		});
	}

	#[test]
	fn a_blob_drops_to_unavailable_exactly_when_attested_stake_falls_below_the_quorum() {
		new_test_ext().execute_with(|| {
			let (id, _) = certified_blob();
			// Signer 10 misses: 200 of 300 left, exactly 2/3: still available.
			let cell = cell_held_by(10, 10);
			assert_ok!(Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, cell.0, cell.1));
			run_to(System::block_number() + CHALLENGE_WINDOW);
			assert!(certified(id));
			// Signer 11 misses too: 100 of 300.
			let cell = cell_held_by(11, 11);
			assert_ok!(Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, cell.0, cell.1));
			run_to(System::block_number() + CHALLENGE_WINDOW);
			assert!(matches!(Blobs::<Test>::get(id).unwrap().state, BlobState::Unavailable { .. }));
			System::assert_has_event(
				Event::BlobUnavailable {
					id,
					data_root: Blobs::<Test>::get(id).unwrap().data_root,
					attested_stake: 100,
					total_stake: 300,
				}
				.into(),
			);
			assert_noop!(
				Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, 0, 0),
				Error::<Test>::NotCertified
			);
			assert_eq!(Da::do_try_state(), Ok(()));
		});
	}

	#[test]
	fn a_challenger_owes_itself_no_answer() {
		new_test_ext().execute_with(|| {
			let (id, _) = certified_blob();
			// Signer 10 challenges a cell only it holds: no one else owes it.
			let own = cell_held_by(10, 10);
			assert_noop!(
				Da::challenge(RuntimeOrigin::signed(10), id, own.0, own.1),
				Error::<Test>::NoAttesterHolds
			);
			// A cell whose column signer 11 holds binds 11 alone.
			let shared = cell_held_by(10, 11);
			assert_ok!(Da::challenge(RuntimeOrigin::signed(10), id, shared.0, shared.1));
			assert_eq!(Challenges::<Test>::get(0).unwrap().owed_by.to_vec(), vec![11]);
		});
	}

	#[test]
	fn a_blob_whose_signer_count_is_unknown_binds_no_attester_to_a_challenge() {
		new_test_ext().execute_with(|| {
			// As the v1 migration leaves a blob whose epoch snapshot was gone.
			let (id, _) = certified_blob();
			Blobs::<Test>::mutate(id, |blob| blob.as_mut().unwrap().signers = 0);
			assert_noop!(
				Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, 0, 0),
				Error::<Test>::NoAttesterHolds
			);
		});
	}

	#[test]
	fn proving_a_blob_no_one_attested_costs_the_fee() {
		new_test_ext().execute_with(|| {
			signers(&[100, 100, 100]);
			let blob = CommittedBlob::miscoded(&bytes(), 4, 1).unwrap();
			let id = submit_committed(&blob, &[]);
			let proof = blob.fraud_proof(Axis::Row, 4).unwrap();
			let result = Da::report_bad_encoding(RuntimeOrigin::signed(REPORTER), id, proof);
			assert_eq!(result.unwrap().pays_fee, Pays::Yes);
			assert!(matches!(Blobs::<Test>::get(id).unwrap().state, BlobState::Invalid { .. }));
		});
	}

	#[test]
	fn bad_challenges_are_refused_and_take_nothing() {
		new_test_ext().execute_with(|| {
			let (id, _) = certified_blob();
			assert_noop!(
				Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, 6, 0),
				Error::<Test>::CellOutOfSquare
			);
			assert_noop!(
				Da::challenge(RuntimeOrigin::signed(CHALLENGER), 99, 0, 0),
				Error::<Test>::UnknownBlob
			);
			assert_ok!(Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, 0, 0));
			assert_noop!(
				Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, 0, 0),
				Error::<Test>::AlreadyChallenged
			);
			assert_ok!(Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, 0, 1));
			assert_noop!(
				Da::challenge(RuntimeOrigin::signed(CHALLENGER), id, 0, 2),
				Error::<Test>::TooManyChallenges
			);
			let pending = submit(9, 1);
			assert_noop!(
				Da::challenge(RuntimeOrigin::signed(CHALLENGER), pending, 0, 0),
				Error::<Test>::NotCertified
			);
			assert_eq!(Da::do_try_state(), Ok(()));
		});
	}

	#[test]
	fn a_valid_fraud_proof_invalidates_the_blob_and_slashes_every_attester_to_the_reporter() {
		new_test_ext().execute_with(|| {
			signers(&[100, 100, 100]);
			// A broken encoder flipped parity cell (4, 1): row 4 is not a codeword.
			let blob = CommittedBlob::miscoded(&bytes(), 4, 1).unwrap();
			let id = submit_committed(&blob, &[10, 11]);
			assert!(certified(id));
			let pot = Sampling::<Test>::get(id).unwrap().pot;
			let before = free(REPORTER);
			let proof = blob.fraud_proof(Axis::Row, 4).unwrap();
			let result = Da::report_bad_encoding(RuntimeOrigin::signed(REPORTER), id, proof);
			assert_eq!(result.unwrap().pays_fee, Pays::No);
			assert!(matches!(Blobs::<Test>::get(id).unwrap().state, BlobState::Invalid { .. }));
			let fraud: OffenceCode = DaOffence::AttestedBadEncoding.into();
			let slashed: Vec<_> =
				slashes().into_iter().map(|s| (s.operator, s.offence, s.beneficiary)).collect();
			assert_eq!(
				slashed,
				vec![(10, fraud, Some(REPORTER)), (11, fraud, Some(REPORTER))],
				"every attester is slashed to the reporter, the signer that did not attest is not"
			);
			assert_eq!(free(REPORTER), before + pot, "the reporter takes what is held of the fee");
			assert_eq!(held(SUBMITTER), 0);
			assert_noop!(
				Da::report_bad_encoding(
					RuntimeOrigin::signed(REPORTER),
					id,
					blob.fraud_proof(Axis::Column, 1).unwrap()
				),
				Error::<Test>::AlreadyInvalid
			);
			assert_eq!(Da::do_try_state(), Ok(()));
		});
	}

	#[test]
	fn a_pending_blob_proven_bad_is_never_certified_and_its_fee_goes_to_the_reporter() {
		new_test_ext().execute_with(|| {
			signers(&[100, 100, 100]);
			let blob = CommittedBlob::miscoded(&bytes(), 1, 5).unwrap();
			let id = submit_committed(&blob, &[10]);
			let fee = Blobs::<Test>::get(id).unwrap().fee;
			let (before, treasury) = (free(REPORTER), free(ChargeBeneficiary::get()));
			let proof = blob.fraud_proof(Axis::Column, 5).unwrap();
			assert_ok!(Da::report_bad_encoding(RuntimeOrigin::signed(REPORTER), id, proof));
			// The expiry charge goes to the treasury as if the blob expired; the rest to the
			// reporter.
			let charge = ExpiryCharge::get() * fee;
			assert_eq!(free(ChargeBeneficiary::get()), treasury + charge);
			assert_eq!(free(REPORTER), before + fee - charge);
			assert_noop!(attest(11, &[id]), Error::<Test>::NothingToAttest);
			assert_eq!(Da::do_try_state(), Ok(()));
			run_to(System::block_number() + WINDOW);
			assert!(Blobs::<Test>::get(id).is_none(), "forgotten at its deadline");
			assert_eq!(Da::do_try_state(), Ok(()));
		});
	}

	#[test]
	fn a_fraud_proof_against_a_good_blob_is_rejected_and_costs_the_reporter_its_deposit() {
		new_test_ext().execute_with(|| {
			let (id, blob) = certified_blob();
			let before = free(REPORTER);
			let proof = blob.fraud_proof(Axis::Row, 4).unwrap();
			let result = Da::report_bad_encoding(RuntimeOrigin::signed(REPORTER), id, proof);
			assert_eq!(result.unwrap().pays_fee, Pays::Yes);
			assert_eq!(free(REPORTER), before - FRAUD_DEPOSIT);
			System::assert_has_event(
				Event::FraudProofRejected { id, reporter: REPORTER, deposit: FRAUD_DEPOSIT }.into(),
			);
			assert!(certified(id));
			assert!(slashes().is_empty());
			// Cells that do not verify are no proof at all.
			let mut proof = blob.fraud_proof(Axis::Row, 4).unwrap();
			proof.cells[0].1[0] ^= 1;
			assert_noop!(
				Da::report_bad_encoding(RuntimeOrigin::signed(REPORTER), id, proof),
				Error::<Test>::InvalidFraudProof
			);
			let mut short = blob.fraud_proof(Axis::Row, 4).unwrap();
			short.cells.pop();
			assert_noop!(
				Da::report_bad_encoding(RuntimeOrigin::signed(REPORTER), id, short),
				Error::<Test>::InvalidFraudProof
			);
		});
	}

	#[test]
	fn reports_count_once_per_sampler_up_to_the_bound_and_are_paid_from_the_samplers_share() {
		new_test_ext().execute_with(|| {
			signers(&[100, 100, 100, 100, 100]);
			let blob = CommittedBlob::new(&bytes()).unwrap();
			let id = submit_committed(&blob, &[10, 11, 12, 13]);
			let tally = Sampling::<Test>::get(id).unwrap();
			let before = free(10);
			let report = Da::report_samples(RuntimeOrigin::signed(10), id, 25, 25).unwrap();
			assert_eq!(report.pays_fee, Pays::No);
			assert_eq!(free(10), before + tally.reward);
			assert_noop!(
				Da::report_samples(RuntimeOrigin::signed(10), id, 25, 25),
				Error::<Test>::AlreadyReported
			);
			assert_noop!(
				Da::report_samples(RuntimeOrigin::signed(1), id, 25, 25),
				Error::<Test>::NotASampler
			);
			for (sampled, ok) in [(0, 0), (65, 65), (10, 11)] {
				assert_noop!(
					Da::report_samples(RuntimeOrigin::signed(11), id, sampled, ok),
					Error::<Test>::InvalidReport
				);
			}
			for sampler in [11, 12, 13] {
				assert_ok!(Da::report_samples(RuntimeOrigin::signed(sampler), id, 10, 10));
			}
			assert_noop!(
				Da::report_samples(RuntimeOrigin::signed(14), id, 10, 10),
				Error::<Test>::TooManyReports
			);
			assert_eq!(Sampling::<Test>::get(id).unwrap().pot, 0, "four reports take the pot");
			assert_eq!(held(SUBMITTER), 0);
			assert_eq!(Da::do_try_state(), Ok(()));
		});
	}

	#[test]
	fn confidence_adds_up_the_clean_reports_as_the_primitives_compute_it() {
		new_test_ext().execute_with(|| {
			let (id, _) = certified_blob();
			let pending = submit(9, 1);
			assert_noop!(
				Da::report_samples(RuntimeOrigin::signed(10), pending, 10, 10),
				Error::<Test>::NotCertified
			);
			assert_ok!(Da::report_samples(RuntimeOrigin::signed(10), id, 10, 10));
			// A report with a failed cell counts its cells but adds no confidence.
			assert_ok!(Da::report_samples(RuntimeOrigin::signed(11), id, 20, 19));
			assert_ok!(Da::report_samples(RuntimeOrigin::signed(12), id, 15, 15));
			let summary = Da::sampling_of(id);
			assert_eq!(
				(summary.reports, summary.sampled, summary.ok, summary.clean),
				(3, 45, 44, 25)
			);
			let k = 3;
			let exact = confidence(k, 25);
			let recorded = f64::from(summary.confidence.deconstruct()) / 1e9;
			assert!((exact - recorded).abs() < 2e-9, "{exact} vs {recorded}");
			assert!(recorded >= 0.999);
			assert_eq!(Da::blob_view(id).unwrap().sampling, summary);
			assert_eq!(Da::sampling_of(pending), SamplingSummary::default());
			assert_eq!(Da::do_try_state(), Ok(()));
		});
	}

	#[test]
	fn the_samplers_share_no_report_earned_is_refunded_when_the_blob_is_pruned() {
		new_test_ext().execute_with(|| {
			let (id, _) = certified_blob();
			let pot = Sampling::<Test>::get(id).unwrap().pot;
			assert!(pot > 0);
			let before = free(SUBMITTER);
			run_to(System::block_number() + WINDOW + RETENTION);
			assert!(Blobs::<Test>::get(id).is_none());
			assert!(Sampling::<Test>::get(id).is_none());
			assert_eq!(free(SUBMITTER), before + pot);
			assert_eq!(held(SUBMITTER), 0);
		});
	}
}
