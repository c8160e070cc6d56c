//! Specifications of the alignment nodes.

use crate::{
	disputes::commitment, mock::*, Accounted, AgentByAddress, Agents, AuditChallenges,
	ClosedEpochs, CurrentEpoch, Disputes, Error, Event, Licences, Minted, Operators, Paid,
};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_core::H160;
use sp_runtime::{DispatchError, Perbill};
use zerog_alignment_primitives::{
	AgentStatus, AuditOutcome, AuditReport, AuditTarget, DaTarget, Delegation, DisputePhase,
	LicenceId, StorageTarget, Verdict,
};
use zerog_data::Hash;

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// Makes `who` a staked, registered operator keeping `commission`.
fn operator(who: AccountId, commission: Perbill) {
	Stakes::set(who, STAKE);
	assert_ok!(Alignment::register_operator(origin(who), commission));
}

/// Mints `count` licences to `owner`; returns their ids.
fn mint(owner: AccountId, count: u32) -> Vec<LicenceId> {
	let first = Minted::<Test>::get();
	assert_ok!(Alignment::mint_licences(RuntimeOrigin::root(), owner, count));
	(first..first + count).collect()
}

/// Has `operator` run `licences` of their owner.
fn run(licences: &[LicenceId], operator: AccountId) {
	for &licence in licences {
		let owner = Licences::<Test>::get(licence).unwrap().owner;
		assert_ok!(Alignment::delegate(origin(owner), licence, operator));
		assert_ok!(Alignment::approve_delegation(origin(operator), licence));
	}
}

fn delegation(licence: LicenceId) -> Delegation<AccountId> {
	Licences::<Test>::get(licence).unwrap().delegation
}

fn claim(who: AccountId, licences: &[LicenceId]) -> Balance {
	let before = balance(who);
	assert_ok!(Alignment::claim_rewards(origin(who), BoundedVec::truncate_from(licences.to_vec())));
	balance(who) - before
}

/// A fragment of 4 KiB and the storage audit target on its chunk 1, held by provider 50.
fn fragment() -> (Vec<u8>, StorageTarget<AccountId>) {
	let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 251) as u8).collect();
	let target = StorageTarget {
		provider: 50,
		order: 3,
		fragment: 1,
		root: zerog_data::root(&bytes),
		len: bytes.len() as u64,
		chunk: 1,
	};
	(bytes, target)
}

fn audit(target: AuditTarget<AccountId>, outcome: AuditOutcome) -> AuditReport<AccountId> {
	AuditReport { target, outcome, evidence: [9; 32] }
}

mod licences {
	use super::*;

	#[test]
	fn supply_is_capped() {
		build_and_execute(|| {
			MaxLicences::set(10);
			mint(1, 7);
			assert_noop!(
				Alignment::mint_licences(RuntimeOrigin::root(), 2, 4),
				Error::<Test>::SupplyCapReached
			);
			mint(2, 3);
			assert_noop!(
				Alignment::mint_licences(RuntimeOrigin::root(), 2, 1),
				Error::<Test>::SupplyCapReached
			);
			assert_eq!(Minted::<Test>::get(), 10);
			assert_eq!(Alignment::licences_of(&2), vec![7, 8, 9]);
		});
	}

	#[test]
	fn only_the_admin_mints_and_in_bounded_batches() {
		build_and_execute(|| {
			assert_noop!(Alignment::mint_licences(origin(1), 1, 1), DispatchError::BadOrigin);
			assert_noop!(
				Alignment::mint_licences(RuntimeOrigin::root(), 1, 0),
				Error::<Test>::BadMintCount
			);
			assert_noop!(
				Alignment::mint_licences(RuntimeOrigin::root(), 1, 101),
				Error::<Test>::BadMintCount
			);
		});
	}

	#[test]
	fn a_licence_is_soulbound_until_its_lock_ends_and_transferable_after() {
		build_and_execute(|| {
			let [licence] = mint(1, 1)[..] else { unreachable!() };
			assert_noop!(
				Alignment::transfer_licence(origin(1), licence, 2),
				Error::<Test>::Soulbound
			);
			run_to(1 + LicenceLockPeriod::get() - 1);
			assert_noop!(
				Alignment::transfer_licence(origin(1), licence, 2),
				Error::<Test>::Soulbound
			);
			run_to(1 + LicenceLockPeriod::get());
			assert_noop!(
				Alignment::transfer_licence(origin(2), licence, 3),
				Error::<Test>::NotOwner
			);
			assert_ok!(Alignment::transfer_licence(origin(1), licence, 2));
			assert_eq!(Licences::<Test>::get(licence).unwrap().owner, 2);
			assert_eq!(Alignment::licences_of(&1), Vec::<LicenceId>::new());
			assert_eq!(Alignment::licences_of(&2), vec![licence]);
		});
	}

	#[test]
	fn a_delegation_is_pending_until_approved_and_ends_at_once() {
		build_and_execute(|| {
			operator(20, Perbill::from_percent(10));
			let [licence] = mint(1, 1)[..] else { unreachable!() };
			assert_noop!(Alignment::delegate(origin(1), licence, 21), Error::<Test>::NotOperator);
			assert_ok!(Alignment::delegate(origin(1), licence, 20));
			assert_eq!(delegation(licence), Delegation::Pending(20));
			assert_eq!(Operators::<Test>::get(20).unwrap().licences, 0);
			assert_noop!(
				Alignment::approve_delegation(origin(21), licence),
				Error::<Test>::NotPendingWithCaller
			);
			assert_ok!(Alignment::approve_delegation(origin(20), licence));
			assert_eq!(delegation(licence), Delegation::Approved(20));
			assert_eq!(Operators::<Test>::get(20).unwrap().licences, 1);
			assert_noop!(
				Alignment::delegate(origin(1), licence, 20),
				Error::<Test>::AlreadyDelegated
			);
			assert_ok!(Alignment::undelegate(origin(1), licence));
			assert_eq!(delegation(licence), Delegation::Undelegated);
			assert_eq!(Operators::<Test>::get(20).unwrap().licences, 0);
			assert!(events().contains(&Event::DelegationEnded { licence, operator: 20 }));
		});
	}

	#[test]
	fn an_operator_refuses_or_drops_a_licence() {
		build_and_execute(|| {
			operator(20, Perbill::zero());
			let licences = mint(1, 2);
			assert_ok!(Alignment::delegate(origin(1), licences[0], 20));
			assert_ok!(Alignment::refuse_delegation(origin(20), licences[0]));
			assert_eq!(delegation(licences[0]), Delegation::Undelegated);
			run(&licences[1..], 20);
			assert_noop!(
				Alignment::drop_licence(origin(21), licences[1]),
				Error::<Test>::NotRunByCaller
			);
			assert_ok!(Alignment::drop_licence(origin(20), licences[1]));
			assert_eq!(delegation(licences[1]), Delegation::Undelegated);
			assert_eq!(Operators::<Test>::get(20).unwrap().licences, 0);
		});
	}

	#[test]
	fn operators_must_be_staked_and_their_commission_is_fixed() {
		build_and_execute(|| {
			assert_noop!(
				Alignment::register_operator(origin(20), Perbill::from_percent(5)),
				Error::<Test>::NotStaked
			);
			operator(20, Perbill::from_percent(5));
			assert_noop!(
				Alignment::register_operator(origin(20), Perbill::from_percent(1)),
				Error::<Test>::AlreadyOperator
			);
			assert_eq!(Operators::<Test>::get(20).unwrap().commission, Perbill::from_percent(5));
			let licences = mint(1, 2);
			run(&licences[..1], 20);
			assert_noop!(
				Alignment::unregister_operator(origin(20)),
				Error::<Test>::OperatorHasLicences
			);
			// An offer made at 5% stays pending while the operator leaves: it may not come back
			// at another commission and approve it.
			assert_ok!(Alignment::delegate(origin(1), licences[1], 20));
			assert_ok!(Alignment::drop_licence(origin(20), licences[0]));
			assert_ok!(Alignment::unregister_operator(origin(20)));
			assert_noop!(
				Alignment::register_operator(origin(20), Perbill::from_percent(100)),
				Error::<Test>::FormerOperator
			);
		});
	}
}

mod liveness {
	use super::*;

	#[test]
	fn a_heartbeat_marks_the_operator_and_its_licences_live_once_per_epoch() {
		build_and_execute(|| {
			operator(20, Perbill::zero());
			run(&mint(1, 3), 20);
			assert!(!Alignment::operator_view(&20).unwrap().live);
			assert_ok!(Alignment::heartbeat(origin(20)));
			assert!(Alignment::operator_view(&20).unwrap().live);
			assert_eq!(CurrentEpoch::<Test>::get().live, 3);
			assert_noop!(Alignment::heartbeat(origin(20)), Error::<Test>::AlreadyLive);
			next_epoch();
			assert!(!Alignment::operator_view(&20).unwrap().live);
			assert_ok!(Alignment::heartbeat(origin(20)));
		});
	}

	#[test]
	fn an_operator_without_stake_cannot_beat() {
		build_and_execute(|| {
			operator(20, Perbill::zero());
			Stakes::remove(20);
			assert_noop!(Alignment::heartbeat(origin(20)), Error::<Test>::NotStaked);
			assert_noop!(Alignment::heartbeat(origin(21)), Error::<Test>::NotOperator);
		});
	}

	#[test]
	fn a_licence_joining_or_leaving_a_live_operator_joins_or_leaves_the_epoch() {
		build_and_execute(|| {
			operator(20, Perbill::zero());
			let licences = mint(1, 3);
			run(&licences[..2], 20);
			assert_ok!(Alignment::heartbeat(origin(20)));
			run(&licences[2..], 20);
			assert_eq!(CurrentEpoch::<Test>::get().live, 3);
			assert_ok!(Alignment::undelegate(origin(1), licences[0]));
			assert_eq!(CurrentEpoch::<Test>::get().live, 2);
			assert_eq!(Operators::<Test>::get(20).unwrap().record.unwrap().licences, 2);
		});
	}
}

mod audits {
	use super::*;

	#[test]
	fn audits_are_of_the_drawn_targets_once_each_per_epoch_after_the_heartbeat() {
		build_and_execute(|| {
			let (_, target) = fragment();
			let cell = DaTarget { blob: 4, data_root: [3; 32], row: 1, column: 2 };
			Market::set_target(Some(target.clone()));
			Market::set_da_target(Some(cell));
			operator(20, Perbill::zero());
			run(&mint(1, 2), 20);
			let storage = audit(AuditTarget::Storage(target.clone()), AuditOutcome::Pass);
			assert_noop!(
				Alignment::submit_audit(origin(20), storage.clone()),
				Error::<Test>::NotLive
			);
			assert_ok!(Alignment::heartbeat(origin(20)));
			assert_eq!(
				Alignment::audit_plan(&20),
				vec![AuditTarget::Storage(target.clone()), AuditTarget::Da(cell)]
			);
			let wrong = StorageTarget { chunk: 2, ..target.clone() };
			assert_noop!(
				Alignment::submit_audit(
					origin(20),
					audit(AuditTarget::Storage(wrong), AuditOutcome::Pass)
				),
				Error::<Test>::WrongTarget
			);
			assert_ok!(Alignment::submit_audit(origin(20), storage.clone()));
			assert_noop!(
				Alignment::submit_audit(origin(20), storage),
				Error::<Test>::AlreadyAudited
			);
			assert_ok!(Alignment::submit_audit(
				origin(20),
				audit(AuditTarget::Da(cell), AuditOutcome::Pass)
			));
			assert_eq!(Alignment::audit_plan(&20), vec![]);
			// Two audits, each worth `AuditPoints` per licence run.
			assert_eq!(Operators::<Test>::get(20).unwrap().record.unwrap().points, 4);
			assert_eq!(CurrentEpoch::<Test>::get().points, 4);
		});
	}

	#[test]
	fn an_operator_running_no_licence_earns_no_audit_points() {
		build_and_execute(|| {
			let (_, target) = fragment();
			Market::set_target(Some(target.clone()));
			operator(20, Perbill::zero());
			assert_ok!(Alignment::heartbeat(origin(20)));
			assert_ok!(Alignment::submit_audit(
				origin(20),
				audit(AuditTarget::Storage(target), AuditOutcome::Pass)
			));
			assert_eq!(CurrentEpoch::<Test>::get().points, 0);
		});
	}

	#[test]
	fn a_false_failure_report_is_refuted_by_the_chunk_and_slashes_its_reporter() {
		build_and_execute(|| {
			let (bytes, target) = fragment();
			Market::set_target(Some(target.clone()));
			operator(20, Perbill::zero());
			assert_ok!(Alignment::heartbeat(origin(20)));
			assert_ok!(Alignment::submit_audit(
				origin(20),
				audit(AuditTarget::Storage(target.clone()), AuditOutcome::Fail)
			));
			assert_eq!(AuditChallenges::<Test>::get(0).unwrap().reporter, 20);
			let range = zerog_data::ChunkRange::chunk(1, 4096).unwrap();
			let proof = zerog_commitment::prove(&bytes, &[range]).unwrap();
			let chunk = bytes[1024..2048].to_vec();
			let mut forged = chunk.clone();
			forged[0] ^= 1;
			assert_noop!(
				Alignment::answer_audit(
					origin(50),
					0,
					BoundedVec::truncate_from(forged),
					proof.clone()
				),
				Error::<Test>::InvalidChunk
			);
			assert_noop!(
				Alignment::answer_audit(
					origin(20),
					0,
					BoundedVec::truncate_from(chunk.clone()),
					proof.clone()
				),
				Error::<Test>::OwnAudit
			);
			assert_ok!(Alignment::answer_audit(
				origin(50),
				0,
				BoundedVec::truncate_from(chunk),
				proof
			));
			assert_eq!(
				slashes(),
				vec![Slash {
					operator: 20,
					fraction: FalseReportSlash::get(),
					offence: zerog_alignment_primitives::AlignmentOffence::FalseAuditReport.into(),
					beneficiary: Some(50),
				}]
			);
			assert!(AuditChallenges::<Test>::get(0).is_none());
			run_to(20);
			assert!(Market::unavailable().is_empty(), "a refuted report is not a miss");
		});
	}

	#[test]
	fn a_failure_nobody_refutes_counts_a_missed_proof_for_the_provider() {
		build_and_execute(|| {
			let (_, target) = fragment();
			Market::set_target(Some(target.clone()));
			operator(20, Perbill::zero());
			assert_ok!(Alignment::heartbeat(origin(20)));
			assert_ok!(Alignment::submit_audit(
				origin(20),
				audit(AuditTarget::Storage(target.clone()), AuditOutcome::Fail)
			));
			// A second operator failing the same provider opens no second challenge.
			operator(21, Perbill::zero());
			assert_ok!(Alignment::heartbeat(origin(21)));
			assert_ok!(Alignment::submit_audit(
				origin(21),
				audit(AuditTarget::Storage(target.clone()), AuditOutcome::Fail)
			));
			assert_eq!(AuditChallenges::<Test>::iter().count(), 1);
			let deadline = AuditChallenges::<Test>::get(0).unwrap().deadline;
			assert_eq!(deadline, 1 + AuditAnswerWindow::get());
			run_to(deadline);
			assert!(Market::unavailable().is_empty());
			run_to(deadline + 1);
			assert_eq!(Market::unavailable(), vec![target]);
			assert!(events().contains(&Event::AuditUpheld { audit: 0, provider: 50 }));
			assert!(slashes().is_empty());
		});
	}
}

mod rewards {
	use super::*;

	/// Ten licences of owner 1: four run by operator 20 (10%), two by 21 (0%), four not run.
	fn ten_licences() -> Vec<LicenceId> {
		operator(20, Perbill::from_percent(10));
		operator(21, Perbill::zero());
		let licences = mint(1, 10);
		run(&licences[..4], 20);
		run(&licences[4..6], 21);
		licences
	}

	#[test]
	fn an_epochs_release_splits_by_liveness_points_and_commission_to_the_unit() {
		build_and_execute(|| {
			let licences = ten_licences();
			let (_, target) = fragment();
			Market::set_target(Some(target.clone()));
			assert_ok!(Alignment::heartbeat(origin(20)));
			assert_ok!(Alignment::heartbeat(origin(21)));
			assert_ok!(Alignment::submit_audit(
				origin(20),
				audit(AuditTarget::Storage(target), AuditOutcome::Pass)
			));
			Release::set(1_000_000);
			next_epoch();
			// Base 80%: 80,000 per licence minted; six run. Bonus 200,000: all to 20's point.
			// 20: 4 × 80,000 + 200,000 = 520,000, 10% commission 52,000, 117,000 per licence.
			// 21: 2 × 80,000 = 160,000, 80,000 per licence. Carried: 4 × 80,000 not run.
			assert_eq!(CurrentEpoch::<Test>::get().carry, 320_000);
			let owner = claim(1, &licences);
			assert_eq!(owner, 4 * 117_000 + 2 * 80_000);
			assert_eq!(claim(20, &[]), 52_000);
			assert_noop!(
				Alignment::claim_rewards(origin(21), BoundedVec::new()),
				Error::<Test>::NothingToClaim
			);
			assert_eq!(Paid::<Test>::get() + CurrentEpoch::<Test>::get().carry, 1_000_000);
			assert!(ClosedEpochs::<Test>::get(0).is_none(), "a fully settled epoch is dropped");
		});
	}

	#[test]
	fn rounding_and_penalties_roll_over_so_the_release_is_accounted_exactly() {
		build_and_execute(|| {
			BaseShare::set(Perbill::from_percent(70));
			operator(20, Perbill::from_percent(33));
			operator(21, Perbill::from_percent(7));
			let licences = mint(1, 7);
			run(&licences[..3], 20);
			run(&licences[3..6], 21);
			let (_, target) = fragment();
			Market::set_target(Some(target.clone()));
			for who in [20, 21] {
				assert_ok!(Alignment::heartbeat(origin(who)));
				assert_ok!(Alignment::submit_audit(
					origin(who),
					audit(AuditTarget::Storage(target.clone()), AuditOutcome::Pass)
				));
			}
			let released = 999_999_997;
			Release::set(released);
			next_epoch();
			claim(1, &licences);
			claim(20, &[]);
			claim(21, &[]);
			assert_eq!(
				Paid::<Test>::get() + CurrentEpoch::<Test>::get().carry,
				released,
				"every unit released is paid or carried"
			);
			assert_eq!(balance(POOL), POOL_FUNDS - Paid::<Test>::get());
		});
	}

	#[test]
	fn payouts_never_exceed_what_the_pool_released() {
		build_and_execute(|| {
			let licences = ten_licences();
			// Released but nobody live: the whole epoch is carried, not paid.
			Release::set(500_000);
			next_epoch();
			assert_eq!(CurrentEpoch::<Test>::get().carry, 500_000);
			for epoch in 0..5 {
				assert_ok!(Alignment::heartbeat(origin(20)));
				if epoch % 2 == 0 {
					assert_ok!(Alignment::heartbeat(origin(21)));
				}
				next_epoch();
				let _ = Alignment::claim_rewards(
					origin(1),
					BoundedVec::truncate_from(licences.clone()),
				);
				let _ = Alignment::claim_rewards(origin(20), BoundedVec::new());
				let _ = Alignment::claim_rewards(origin(21), BoundedVec::new());
				assert!(Paid::<Test>::get() <= Accounted::<Test>::get());
				assert!(Accounted::<Test>::get() <= 500_000);
				Alignment::do_try_state().unwrap();
			}
			assert!(Paid::<Test>::get() > 0);
			assert_eq!(balance(POOL), POOL_FUNDS - Paid::<Test>::get());
		});
	}

	#[test]
	fn the_pool_refuses_to_pay_beyond_what_epochs_were_given() {
		build_and_execute(|| {
			Paid::<Test>::put(10);
			assert_noop!(Alignment::pay(&1, 1), Error::<Test>::PoolExhausted);
			Paid::<Test>::put(0);
		});
	}

	#[test]
	fn a_licence_leaving_mid_epoch_forgoes_that_epochs_share() {
		build_and_execute(|| {
			let licences = ten_licences();
			assert_ok!(Alignment::heartbeat(origin(20)));
			assert_ok!(Alignment::heartbeat(origin(21)));
			assert_ok!(Alignment::undelegate(origin(1), licences[0]));
			Release::set(1_000_000);
			next_epoch();
			// Five licences run: base 5 × 80,000, no points: bonus and 5 shares carried.
			assert_eq!(CurrentEpoch::<Test>::get().carry, 200_000 + 5 * 80_000);
			assert_eq!(Alignment::licence_view(licences[0]).unwrap().rewards, 0);
			assert_eq!(Alignment::licence_view(licences[1]).unwrap().rewards, 72_000);
		});
	}

	#[test]
	fn the_epoch_change_touches_no_licence_at_mainnet_scale() {
		build_and_execute(|| {
			MaxLicences::set(175_500);
			for _ in 0..1_755 {
				mint(1, 100);
			}
			operator(20, Perbill::zero());
			run(&[0, 175_499], 20);
			assert_ok!(Alignment::heartbeat(origin(20)));
			Release::set(175_500 * 1_000);
			next_epoch();
			// 80% of the release per licence minted: 800 each; the other 175,498 shares carried.
			let licence = Alignment::licence_view(175_499).unwrap();
			assert_eq!(licence.rewards, 800);
			assert_eq!(CurrentEpoch::<Test>::get().carry, 175_500 * 1_000 - 2 * 800);
		});
	}
}

mod agents {
	use super::*;

	pub(super) const MODEL: Hash = [1; 32];
	pub(super) const DATA: Hash = [2; 32];

	pub(super) fn register(owner: AccountId) -> u32 {
		Market::store(MODEL);
		Market::store(DATA);
		let id = crate::NextAgentId::<Test>::get();
		assert_ok!(Alignment::register_agent(
			origin(owner),
			BoundedVec::truncate_from(b"assistant".to_vec()),
			MODEL,
			BoundedVec::truncate_from(vec![DATA]),
			[3; 32],
			MinAgentBond::get(),
		));
		id
	}

	#[test]
	fn an_agent_needs_stored_roots_a_bond_and_a_free_address() {
		build_and_execute(|| {
			Market::store(MODEL);
			let name = || BoundedVec::truncate_from(b"a".to_vec());
			assert_noop!(
				Alignment::register_agent(
					origin(30),
					name(),
					MODEL,
					BoundedVec::truncate_from(vec![DATA]),
					[0; 32],
					MinAgentBond::get()
				),
				Error::<Test>::NotStored
			);
			assert_noop!(
				Alignment::register_agent(
					origin(30),
					name(),
					MODEL,
					BoundedVec::new(),
					[0; 32],
					MinAgentBond::get() - 1
				),
				Error::<Test>::BondTooLow
			);
			let id = register(30);
			assert_eq!(Agents::<Test>::get(id).unwrap().address, H160::from_low_u64_be(30));
			assert!(Alignment::is_agent_allowed(H160::from_low_u64_be(30)));
			assert!(!Alignment::is_agent_allowed(H160::from_low_u64_be(31)));
			assert_noop!(
				Alignment::register_agent(
					origin(30),
					name(),
					MODEL,
					BoundedVec::new(),
					[0; 32],
					MinAgentBond::get()
				),
				Error::<Test>::AddressInUse
			);
			assert_eq!(balance(30), INITIAL - MinAgentBond::get());
		});
	}

	#[test]
	fn owners_update_and_retire_their_agents() {
		build_and_execute(|| {
			let id = register(30);
			Market::store([8; 32]);
			assert_noop!(
				Alignment::update_agent(origin(31), id, [8; 32], BoundedVec::new(), [4; 32]),
				Error::<Test>::NotAgentOwner
			);
			assert_ok!(Alignment::update_agent(
				origin(30),
				id,
				[8; 32],
				BoundedVec::new(),
				[4; 32]
			));
			assert_eq!(Agents::<Test>::get(id).unwrap().model_root, [8; 32]);
			assert_ok!(Alignment::retire_agent(origin(30), id));
			assert_eq!(Agents::<Test>::get(id).unwrap().status, AgentStatus::Retired);
			assert!(!Alignment::is_agent_allowed(H160::from_low_u64_be(30)));
			assert!(AgentByAddress::<Test>::get(H160::from_low_u64_be(30)).is_none());
			assert_eq!(balance(30), INITIAL);
		});
	}
}

mod disputes {
	use super::{agents::register, *};

	/// Three operators running four licences of owner 1 each; agent of 30 reported by 31.
	fn reported() -> (u32, u32) {
		for who in [20, 21, 22] {
			operator(who, Perbill::zero());
			run(&mint(1, 4), who);
		}
		let agent = register(30);
		assert_ok!(Alignment::report(origin(31), agent, [5; 32], MinReportDeposit::get()));
		(agent, crate::NextDisputeId::<Test>::get() - 1)
	}

	fn salt(licence: LicenceId) -> [u8; 32] {
		[licence as u8; 32]
	}

	fn phase(dispute: u32) -> DisputePhase<u64> {
		Disputes::<Test>::get(dispute).unwrap().phase
	}

	/// The current round's jurors.
	fn jurors(dispute: u32) -> Vec<(LicenceId, AccountId)> {
		let dispute = Disputes::<Test>::get(dispute).unwrap();
		let round = dispute.round();
		dispute
			.jurors
			.iter()
			.filter(|j| j.round == round)
			.map(|j| (j.licence, j.operator))
			.collect()
	}

	fn commit(dispute: u32, (licence, operator): (LicenceId, AccountId), verdict: Verdict) {
		assert_ok!(Alignment::commit_vote(
			origin(operator),
			dispute,
			licence,
			commitment(verdict, &salt(licence))
		));
	}

	fn reveal(dispute: u32, (licence, operator): (LicenceId, AccountId), verdict: Verdict) {
		assert_ok!(Alignment::reveal_vote(
			origin(operator),
			dispute,
			licence,
			verdict,
			salt(licence)
		));
	}

	fn to_reveal_phase(dispute: u32) {
		let DisputePhase::Voting { commit_end, .. } = phase(dispute) else { panic!("voting") };
		run_to(commit_end + 1);
	}

	fn close_round(dispute: u32) {
		let DisputePhase::Voting { reveal_end, .. } = phase(dispute) else { panic!("voting") };
		run_to(reveal_end + 1);
	}

	fn apply(dispute: u32) {
		let DisputePhase::Appealable { until, .. } = phase(dispute) else { panic!("appealable") };
		run_to(until + 1);
	}

	/// Every juror votes as told.
	fn vote(dispute: u32, verdicts: &[Verdict]) {
		let seats = jurors(dispute);
		assert_eq!(seats.len(), verdicts.len());
		for (seat, verdict) in seats.iter().zip(verdicts) {
			commit(dispute, *seat, *verdict);
		}
		to_reveal_phase(dispute);
		for (seat, verdict) in seats.iter().zip(verdicts) {
			reveal(dispute, *seat, *verdict);
		}
	}

	#[test]
	fn the_jury_draw_is_fixed_by_the_randomness_and_excludes_the_parties() {
		build_and_execute(|| {
			for who in [20, 21] {
				operator(who, Perbill::zero());
			}
			// Owner 1's licences run by 20, the reporter's (31) by 21, the agent owner's (30)
			// by 20, and licences run by the reporter as an operator.
			run(&mint(1, 6), 20);
			run(&mint(31, 6), 21);
			run(&mint(30, 6), 20);
			operator(31, Perbill::zero());
			run(&mint(2, 6), 31);
			let seed = [7; 32];
			let draw = || Alignment::draw_jury(&seed, 5, 0, &[&31, &30], &[]);
			let jury = draw();
			assert_eq!(jury.len(), 5);
			assert_eq!(jury, draw(), "the same randomness draws the same jury");
			assert_ne!(
				jury.iter().map(|j| j.licence).collect::<Vec<_>>(),
				Alignment::draw_jury(&[8; 32], 5, 0, &[&31, &30], &[])
					.iter()
					.map(|j| j.licence)
					.collect::<Vec<_>>(),
				"other randomness draws another jury"
			);
			for juror in jury {
				let licence = Licences::<Test>::get(juror.licence).unwrap();
				assert_eq!(licence.owner, 1, "only licences of neither party sit");
				assert_eq!(juror.operator, 20);
			}
		});
	}

	#[test]
	fn an_agent_owner_cannot_report_its_agent_and_a_report_needs_jurors() {
		build_and_execute(|| {
			let agent = register(30);
			assert_noop!(
				Alignment::report(origin(30), agent, [5; 32], MinReportDeposit::get()),
				Error::<Test>::OwnAgent
			);
			assert_noop!(
				Alignment::report(origin(31), agent, [5; 32], MinReportDeposit::get() - 1),
				Error::<Test>::DepositTooLow
			);
			assert_noop!(
				Alignment::report(origin(31), agent, [5; 32], MinReportDeposit::get()),
				Error::<Test>::NoJurors
			);
		});
	}

	#[test]
	fn a_reveal_must_match_its_commitment_and_phases_are_enforced() {
		build_and_execute(|| {
			let (_, dispute) = reported();
			let seat = jurors(dispute)[0];
			assert_noop!(
				Alignment::reveal_vote(
					origin(seat.1),
					dispute,
					seat.0,
					Verdict::Flagged,
					salt(seat.0)
				),
				Error::<Test>::NotRevealPhase
			);
			let stranger = if seat.1 == 20 { 21 } else { 20 };
			assert_noop!(
				Alignment::commit_vote(origin(stranger), dispute, seat.0, [0; 32]),
				Error::<Test>::NotJurorOperator
			);
			commit(dispute, seat, Verdict::Flagged);
			assert_noop!(
				Alignment::commit_vote(origin(seat.1), dispute, seat.0, [0; 32]),
				Error::<Test>::AlreadyCommitted
			);
			to_reveal_phase(dispute);
			assert_noop!(
				Alignment::commit_vote(origin(seat.1), dispute, seat.0, [0; 32]),
				Error::<Test>::NotCommitPhase
			);
			assert_noop!(
				Alignment::reveal_vote(
					origin(seat.1),
					dispute,
					seat.0,
					Verdict::Suspended,
					salt(seat.0)
				),
				Error::<Test>::RevealMismatch
			);
			assert_noop!(
				Alignment::reveal_vote(origin(seat.1), dispute, seat.0, Verdict::Flagged, [0; 32]),
				Error::<Test>::RevealMismatch
			);
			reveal(dispute, seat, Verdict::Flagged);
			assert_noop!(
				Alignment::reveal_vote(
					origin(seat.1),
					dispute,
					seat.0,
					Verdict::Flagged,
					salt(seat.0)
				),
				Error::<Test>::AlreadyRevealed
			);
		});
	}

	#[test]
	fn the_majority_verdict_applies_and_its_jurors_share_the_bond_slash() {
		build_and_execute(|| {
			let (agent, dispute) = reported();
			let seats = jurors(dispute);
			assert_eq!(seats.len(), 3);
			let operators: std::collections::BTreeSet<AccountId> =
				seats.iter().map(|(_, op)| *op).collect();
			let before: Vec<Balance> = operators.iter().map(|op| balance(*op)).collect();
			vote(dispute, &[Verdict::Suspended, Verdict::Suspended, Verdict::Cleared]);
			close_round(dispute);
			assert!(matches!(
				phase(dispute),
				DisputePhase::Appealable { verdict: Verdict::Suspended, .. }
			));
			assert!(
				Alignment::is_agent_allowed(H160::from_low_u64_be(30)),
				"not before it applies"
			);
			apply(dispute);
			assert!(Disputes::<Test>::get(dispute).is_none());
			let record = Agents::<Test>::get(agent).unwrap();
			assert_eq!(record.status, AgentStatus::Suspended);
			assert!(!Alignment::is_agent_allowed(H160::from_low_u64_be(30)));
			let slash = SuspendSlash::get() * MinAgentBond::get();
			assert_eq!(record.bond, MinAgentBond::get() - slash);
			// The two who voted Suspended share the slash; the reporter is refunded.
			let gained: Balance =
				operators.iter().zip(&before).map(|(op, was)| balance(*op) - was).sum();
			assert_eq!(gained, slash);
			assert_eq!(balance(31), INITIAL);
			assert_eq!(Alignment::verdicts_of(agent)[0].verdict, Verdict::Suspended);
			assert_noop!(
				Alignment::report(origin(31), agent, [5; 32], MinReportDeposit::get()),
				Error::<Test>::AgentInactive
			);
		});
	}

	#[test]
	fn a_tie_goes_to_the_milder_verdict_and_a_cleared_report_loses_its_deposit() {
		build_and_execute(|| {
			let (agent, dispute) = reported();
			let seats = jurors(dispute);
			commit(dispute, seats[0], Verdict::Flagged);
			commit(dispute, seats[1], Verdict::Cleared);
			to_reveal_phase(dispute);
			reveal(dispute, seats[0], Verdict::Flagged);
			reveal(dispute, seats[1], Verdict::Cleared);
			close_round(dispute);
			apply(dispute);
			assert_eq!(Agents::<Test>::get(agent).unwrap().status, AgentStatus::Active);
			assert_eq!(balance(31), INITIAL - MinReportDeposit::get());
		});
	}

	#[test]
	fn a_juror_who_commits_and_does_not_reveal_costs_its_operator_part_of_its_reward() {
		build_and_execute(|| {
			EpochLength::set(100);
			VotePoints::set(0);
			let (_, dispute) = reported();
			for who in [20, 21, 22] {
				assert_ok!(Alignment::heartbeat(origin(who)));
			}
			let seats = jurors(dispute);
			let silent = seats[0];
			for seat in &seats {
				commit(dispute, *seat, Verdict::Flagged);
			}
			to_reveal_phase(dispute);
			for seat in &seats[1..] {
				reveal(dispute, *seat, Verdict::Flagged);
			}
			close_round(dispute);
			apply(dispute);
			assert!(matches!(
				events().last(),
				Some(Event::Judged { missed_reveals: 1, verdict: Verdict::Flagged, .. })
			));
			let record = Operators::<Test>::get(silent.1).unwrap().record.unwrap();
			assert_eq!(record.missed_reveals, 1);
			Release::set(12_000_000);
			run_to(100);
			let rewards: Vec<Balance> = [20, 21, 22]
				.iter()
				.map(|who| {
					let mut info = Operators::<Test>::get(who).unwrap();
					Alignment::settle_operator(who, &mut info);
					info.reward_per_licence * 4 + info.unclaimed
				})
				.collect();
			let silent_index = (silent.1 - 20) as usize;
			let others: Vec<Balance> = rewards
				.iter()
				.enumerate()
				.filter(|(i, _)| *i != silent_index)
				.map(|(_, r)| *r)
				.collect();
			assert!(others.iter().all(|reward| *reward == others[0] && *reward > 0));
			assert_eq!(
				rewards[silent_index],
				others[0] - NoRevealPenalty::get() * others[0],
				"the silent juror's operator loses the penalty: {rewards:?}"
			);
		});
	}

	#[test]
	fn an_appeal_redraws_a_jury_twice_as_large_whose_verdict_is_final() {
		build_and_execute(|| {
			let (agent, dispute) = reported();
			vote(dispute, &[Verdict::Cleared, Verdict::Cleared, Verdict::Cleared]);
			close_round(dispute);
			assert_noop!(Alignment::appeal(origin(1), dispute), Error::<Test>::NotParty);
			assert_ok!(Alignment::appeal(origin(31), dispute));
			assert_noop!(Alignment::appeal(origin(31), dispute), Error::<Test>::NotAppealable);
			assert_eq!(balance(31), INITIAL - 3 * MinReportDeposit::get());
			let appeal_jury = jurors(dispute);
			assert_eq!(appeal_jury.len(), 6);
			let first: Vec<LicenceId> = Disputes::<Test>::get(dispute)
				.unwrap()
				.jurors
				.iter()
				.filter(|j| j.round == 0)
				.map(|j| j.licence)
				.collect();
			assert!(appeal_jury.iter().all(|(licence, _)| !first.contains(licence)));
			vote(dispute, &[Verdict::Flagged; 6]);
			close_round(dispute);
			assert!(Disputes::<Test>::get(dispute).is_none(), "an appeal's verdict is final");
			assert_eq!(Agents::<Test>::get(agent).unwrap().status, AgentStatus::Flagged);
			// The appeal changed the verdict: both deposits are refunded.
			assert_eq!(balance(31), INITIAL);
		});
	}

	#[test]
	fn a_report_nobody_votes_on_is_dismissed_and_refunded() {
		build_and_execute(|| {
			let (agent, dispute) = reported();
			close_round(dispute);
			apply(dispute);
			assert_eq!(Agents::<Test>::get(agent).unwrap().status, AgentStatus::Active);
			assert_eq!(balance(31), INITIAL);
			assert_eq!(Agents::<Test>::get(agent).unwrap().open_disputes, 0);
		});
	}
}
