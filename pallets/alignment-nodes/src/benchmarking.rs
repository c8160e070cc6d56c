//! Benchmarks of every call and of the block hook's parts, each at its worst case.

use super::*;
use crate::Pallet as Alignment;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{Bounded, Saturating},
	Perbill,
};
use zerog_alignment_primitives::{
	AgentId, AuditOutcome, AuditReport, AuditTarget, Delegation, DisputeId, DisputePhase,
	LicenceId, Verdict,
};

const SEED: u32 = 0;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

/// A funded, staked, registered operator keeping 10%.
fn operator<T: Config>(index: u32) -> T::AccountId {
	let who = funded::<T>("operator", index);
	T::BenchmarkHelper::make_operator(&who);
	Alignment::<T>::do_register_operator(who.clone(), Perbill::from_percent(10)).unwrap();
	who
}

/// Mints `count` licences to `owner` and has `operator` run them.
fn run<T: Config>(owner: &T::AccountId, operator: &T::AccountId, count: u32) -> Vec<LicenceId> {
	let first = Minted::<T>::get();
	Alignment::<T>::do_mint(owner.clone(), count).unwrap();
	(first..first + count)
		.inspect(|&licence| {
			Alignment::<T>::do_delegate(owner.clone(), licence, operator.clone()).unwrap();
			Alignment::<T>::do_approve(operator.clone(), licence).unwrap();
		})
		.collect()
}

/// A pool that released plenty, and epochs that were given it.
fn funded_pool<T: Config>() {
	let plenty = BalanceOf::<T>::max_value() / 1_000_000u32.into();
	T::Currency::set_balance(&T::RewardPool::get(), plenty);
	Accounted::<T>::put(plenty / 2u32.into());
}

/// Ends the epoch `operators` beat in, with a release, leaving their records to settle.
fn epoch_to_settle<T: Config>(operators: &[T::AccountId]) {
	for operator in operators {
		Alignment::<T>::do_heartbeat(operator.clone()).unwrap();
	}
	CurrentEpoch::<T>::mutate(|epoch| epoch.carry = 1_000_000_000u32.into());
	Alignment::<T>::close_epoch(frame_system::Pallet::<T>::block_number());
}

fn advance_to<T: Config>(block: BlockNumberFor<T>) {
	frame_system::Pallet::<T>::set_block_number(block);
}

/// An agent of a fresh owner, and that owner.
fn agent<T: Config>() -> (AgentId, T::AccountId) {
	let owner = funded::<T>("agent-owner", 0);
	let root = T::BenchmarkHelper::stored_root();
	let id = NextAgentId::<T>::get();
	Alignment::<T>::do_register_agent(
		owner.clone(),
		BoundedVec::truncate_from(vec![b'a'; MAX_NAME_LEN as usize]),
		root,
		BoundedVec::truncate_from(vec![root; T::MaxDataRoots::get() as usize]),
		[1; 32],
		T::MinAgentBond::get(),
	)
	.unwrap();
	(id, owner)
}

/// `licences` licences run by as many operators (live this epoch), all eligible jurors.
fn jurors_pool<T: Config>(licences: u32) -> Vec<T::AccountId> {
	let owner = funded::<T>("licence-owner", 0);
	(0..licences)
		.map(|_| {
			// A fresh operator per licence, however many pools a benchmark made before.
			let operator = operator::<T>(1_000 + Minted::<T>::get());
			run::<T>(&owner, &operator, 1);
			Alignment::<T>::do_heartbeat(operator.clone()).unwrap();
			operator
		})
		.collect()
}

/// A reported agent whose first jury has (about) `seats` jurors from a pool of four licences
/// per seat.
fn dispute<T: Config>(seats: u32) -> (DisputeId, T::AccountId) {
	T::BenchmarkHelper::set_jury_size(seats);
	jurors_pool::<T>(seats.saturating_mul(4));
	let (id, _) = agent::<T>();
	let reporter = funded::<T>("reporter", 0);
	let dispute = NextDisputeId::<T>::get();
	Alignment::<T>::do_report(reporter.clone(), id, [2; 32], T::MinReportDeposit::get()).unwrap();
	(dispute, reporter)
}

/// Every juror of the current round commits and reveals `verdict`.
fn vote_all<T: Config>(id: DisputeId, verdict: Verdict) {
	let dispute = Disputes::<T>::get(id).unwrap();
	let round = dispute.round();
	let DisputePhase::Voting { commit_end, .. } = dispute.phase else { panic!("voting") };
	let seats: Vec<_> = dispute
		.jurors
		.iter()
		.filter(|juror| juror.round == round)
		.map(|juror| (juror.licence, juror.operator.clone()))
		.collect();
	let salt = [3; 32];
	for (licence, operator) in &seats {
		Alignment::<T>::do_commit(
			operator.clone(),
			id,
			*licence,
			disputes::commitment(verdict, &salt),
		)
		.unwrap();
	}
	advance_to::<T>(commit_end.saturating_add(1u32.into()));
	for (licence, operator) in &seats {
		Alignment::<T>::do_reveal(operator.clone(), id, *licence, verdict, salt).unwrap();
	}
}

fn reveal_end<T: Config>(id: DisputeId) -> BlockNumberFor<T> {
	match Disputes::<T>::get(id).unwrap().phase {
		DisputePhase::Voting { reveal_end, .. } => reveal_end,
		DisputePhase::Appealable { until, .. } => until,
	}
}

/// A live operator and the storage chunk drawn for it to audit.
fn storage_auditor<T: Config>(
) -> (T::AccountId, zerog_alignment_primitives::StorageTarget<T::AccountId>) {
	T::BenchmarkHelper::prepare_storage_audit();
	let operator = operator::<T>(0);
	Alignment::<T>::do_heartbeat(operator.clone()).unwrap();
	let target = Alignment::<T>::storage_target(&operator, &CurrentEpoch::<T>::get())
		.expect("the helper set a provider up");
	(operator, target)
}

/// The largest first jury and the largest appeal jury the bounds allow.
fn max_first_jury<T: Config>() -> u32 {
	(T::MaxJurors::get() / 3).max(1)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn mint_licences(n: Linear<1, { T::MaxMintPerCall::get() }>) {
		let owner = funded::<T>("owner", 0);
		#[extrinsic_call]
		_(RawOrigin::Root, owner, n);
		assert_eq!(Minted::<T>::get(), n);
	}

	#[benchmark]
	fn transfer_licence() {
		funded_pool::<T>();
		let owner = funded::<T>("owner", 0);
		let operator = operator::<T>(0);
		let [licence] = run::<T>(&owner, &operator, 1)[..] else { panic!("one") };
		epoch_to_settle::<T>(core::slice::from_ref(&operator));
		Alignment::<T>::do_heartbeat(operator).unwrap();
		advance_to::<T>(T::LicenceLockPeriod::get().saturating_add(1u32.into()));
		let to = funded::<T>("to", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), licence, to.clone());
		assert_eq!(Licences::<T>::get(licence).unwrap().owner, to);
	}

	#[benchmark]
	fn register_operator() {
		let who = funded::<T>("operator", 0);
		T::BenchmarkHelper::make_operator(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Perbill::from_percent(10));
		assert!(Operators::<T>::contains_key(&who));
	}

	#[benchmark]
	fn unregister_operator() {
		funded_pool::<T>();
		let owner = funded::<T>("owner", 0);
		let operator = operator::<T>(0);
		let [licence] = run::<T>(&owner, &operator, 1)[..] else { panic!("one") };
		epoch_to_settle::<T>(core::slice::from_ref(&operator));
		Alignment::<T>::do_drop(operator.clone(), licence).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()));
		assert!(!Operators::<T>::contains_key(&operator));
	}

	#[benchmark]
	fn delegate() {
		let owner = funded::<T>("owner", 0);
		let operator = operator::<T>(0);
		Alignment::<T>::do_mint(owner.clone(), 1).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), 0, operator.clone());
		assert_eq!(Licences::<T>::get(0).unwrap().delegation, Delegation::Pending(operator));
	}

	#[benchmark]
	fn undelegate() {
		let owner = funded::<T>("owner", 0);
		let operator = operator::<T>(0);
		let [licence] = run::<T>(&owner, &operator, 1)[..] else { panic!("one") };
		epoch_to_settle::<T>(core::slice::from_ref(&operator));
		Alignment::<T>::do_heartbeat(operator).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), licence);
		assert_eq!(Licences::<T>::get(licence).unwrap().delegation, Delegation::Undelegated);
	}

	#[benchmark]
	fn approve_delegation() {
		let owner = funded::<T>("owner", 0);
		let operator = operator::<T>(0);
		run::<T>(&owner, &operator, 1);
		epoch_to_settle::<T>(core::slice::from_ref(&operator));
		Alignment::<T>::do_heartbeat(operator.clone()).unwrap();
		CurrentEpoch::<T>::mutate(|epoch| epoch.carry = 1_000_000_000u32.into());
		Alignment::<T>::close_epoch(frame_system::Pallet::<T>::block_number());
		Alignment::<T>::do_mint(owner.clone(), 1).unwrap();
		Alignment::<T>::do_delegate(owner, 1, operator.clone()).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), 1);
		assert_eq!(Licences::<T>::get(1).unwrap().delegation, Delegation::Approved(operator));
	}

	#[benchmark]
	fn refuse_delegation() {
		let owner = funded::<T>("owner", 0);
		let operator = operator::<T>(0);
		Alignment::<T>::do_mint(owner.clone(), 1).unwrap();
		Alignment::<T>::do_delegate(owner, 0, operator.clone()).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(operator), 0);
		assert_eq!(Licences::<T>::get(0).unwrap().delegation, Delegation::Undelegated);
	}

	#[benchmark]
	fn drop_licence() {
		let owner = funded::<T>("owner", 0);
		let operator = operator::<T>(0);
		let [licence] = run::<T>(&owner, &operator, 1)[..] else { panic!("one") };
		epoch_to_settle::<T>(core::slice::from_ref(&operator));
		Alignment::<T>::do_heartbeat(operator.clone()).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(operator), licence);
		assert_eq!(Licences::<T>::get(licence).unwrap().delegation, Delegation::Undelegated);
	}

	#[benchmark]
	fn heartbeat() {
		let owner = funded::<T>("owner", 0);
		let operator = operator::<T>(0);
		run::<T>(&owner, &operator, 1);
		epoch_to_settle::<T>(core::slice::from_ref(&operator));
		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()));
		assert!(Alignment::<T>::operator_view(&operator).unwrap().live);
	}

	#[benchmark]
	fn submit_audit() {
		let (operator, target) = storage_auditor::<T>();
		let failed = AuditReport {
			target: AuditTarget::Storage(target),
			outcome: AuditOutcome::Fail,
			evidence: [4; 32],
		};
		#[extrinsic_call]
		_(RawOrigin::Signed(operator), failed);
		assert!(AuditChallenges::<T>::contains_key(0));
	}

	#[benchmark]
	fn answer_audit() {
		let (operator, target) = storage_auditor::<T>();
		let (chunk, proof) = T::BenchmarkHelper::prove_chunk(&target);
		let failed = AuditReport {
			target: AuditTarget::Storage(target),
			outcome: AuditOutcome::Fail,
			evidence: [4; 32],
		};
		Alignment::<T>::do_submit_audit(operator, failed).unwrap();
		let answerer = funded::<T>("answerer", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(answerer), 0, BoundedVec::truncate_from(chunk), proof);
		assert!(!AuditChallenges::<T>::contains_key(0));
	}

	#[benchmark]
	fn register_agent(r: Linear<0, { T::MaxDataRoots::get() }>) {
		let owner = funded::<T>("agent-owner", 0);
		let root = T::BenchmarkHelper::stored_root();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			BoundedVec::truncate_from(vec![b'a'; MAX_NAME_LEN as usize]),
			root,
			BoundedVec::truncate_from(vec![root; r as usize]),
			[1; 32],
			T::MinAgentBond::get(),
		);
		assert!(Agents::<T>::contains_key(0));
	}

	#[benchmark]
	fn update_agent(r: Linear<0, { T::MaxDataRoots::get() }>) {
		let (id, owner) = agent::<T>();
		let root = T::BenchmarkHelper::stored_root();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			id,
			root,
			BoundedVec::truncate_from(vec![root; r as usize]),
			[5; 32],
		);
		assert_eq!(Agents::<T>::get(id).unwrap().policy_hash, [5; 32]);
	}

	#[benchmark]
	fn retire_agent() {
		let (id, owner) = agent::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);
		assert!(!Alignment::<T>::is_agent_allowed(Agents::<T>::get(id).unwrap().address));
	}

	#[benchmark]
	fn report(j: Linear<1, { max_first_jury::<T>() }>) {
		T::BenchmarkHelper::set_jury_size(j);
		jurors_pool::<T>(j.saturating_mul(4));
		let (id, _) = agent::<T>();
		let reporter = funded::<T>("reporter", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(reporter), id, [2; 32], T::MinReportDeposit::get());
		assert!(Disputes::<T>::contains_key(0));
	}

	#[benchmark]
	fn commit_vote() {
		let (id, _) = dispute::<T>(max_first_jury::<T>());
		let juror = Disputes::<T>::get(id).unwrap().jurors.last().cloned().unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(juror.operator), id, juror.licence, [6; 32]);
		assert!(Disputes::<T>::get(id).unwrap().jurors.iter().any(|j| j.commitment.is_some()));
	}

	#[benchmark]
	fn reveal_vote() {
		let (id, _) = dispute::<T>(max_first_jury::<T>());
		let dispute = Disputes::<T>::get(id).unwrap();
		let juror = dispute.jurors.last().cloned().unwrap();
		let salt = [3; 32];
		Alignment::<T>::do_commit(
			juror.operator.clone(),
			id,
			juror.licence,
			disputes::commitment(Verdict::Suspended, &salt),
		)
		.unwrap();
		let DisputePhase::Voting { commit_end, .. } = dispute.phase else { panic!("voting") };
		advance_to::<T>(commit_end.saturating_add(1u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(juror.operator), id, juror.licence, Verdict::Suspended, salt);
		assert!(Disputes::<T>::get(id).unwrap().jurors.iter().any(|j| j.vote.is_some()));
	}

	#[benchmark]
	fn appeal(j: Linear<2, { max_first_jury::<T>() * 2 }>) {
		let (id, reporter) = dispute::<T>(j / 2);
		jurors_pool::<T>(j.saturating_mul(4));
		vote_all::<T>(id, Verdict::Cleared);
		let closes = reveal_end::<T>(id).saturating_add(1u32.into());
		advance_to::<T>(closes);
		Alignment::<T>::close_disputes_due(closes);
		T::BenchmarkHelper::set_jury_size(j / 2);
		#[extrinsic_call]
		_(RawOrigin::Signed(reporter), id);
		assert!(Disputes::<T>::get(id).unwrap().appeal.is_some());
	}

	#[benchmark]
	fn claim_rewards(n: Linear<1, { T::MaxClaim::get() }>) {
		funded_pool::<T>();
		let owner = funded::<T>("owner", 0);
		let mut operators = Vec::new();
		let mut licences = Vec::new();
		for i in 0..n {
			let operator = operator::<T>(i);
			licences.extend(run::<T>(&owner, &operator, 1));
			operators.push(operator);
		}
		epoch_to_settle::<T>(&operators);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), BoundedVec::truncate_from(licences));
		assert!(Paid::<T>::get() > 0u32.into());
	}

	#[benchmark]
	fn on_initialize_idle() {
		let now = frame_system::Pallet::<T>::block_number();
		#[block]
		{
			let _ = Alignment::<T>::epoch_ends(now);
			Alignment::<T>::close_disputes_due(now);
			Alignment::<T>::expire_audits_due(now);
		}
	}

	#[benchmark]
	fn close_epoch() {
		let owner = funded::<T>("owner", 0);
		let operator = operator::<T>(0);
		run::<T>(&owner, &operator, 1);
		Alignment::<T>::do_heartbeat(operator).unwrap();
		Minted::<T>::put(T::MaxLicences::get());
		let now = frame_system::Pallet::<T>::block_number();
		#[block]
		{
			Alignment::<T>::close_epoch(now);
		}
		assert!(ClosedEpochs::<T>::contains_key(0));
	}

	#[benchmark]
	fn close_round(j: Linear<1, { max_first_jury::<T>() }>) {
		let (id, _) = dispute::<T>(j);
		vote_all::<T>(id, Verdict::Suspended);
		let closes = reveal_end::<T>(id).saturating_add(1u32.into());
		advance_to::<T>(closes);
		#[block]
		{
			Alignment::<T>::close_disputes_due(closes);
		}
		assert!(matches!(Disputes::<T>::get(id).unwrap().phase, DisputePhase::Appealable { .. }));
	}

	#[benchmark]
	fn finalize_dispute(j: Linear<3, { max_first_jury::<T>() * 3 }>) {
		let (id, reporter) = dispute::<T>(j / 3);
		jurors_pool::<T>(j.saturating_mul(4));
		vote_all::<T>(id, Verdict::Cleared);
		let closes = reveal_end::<T>(id).saturating_add(1u32.into());
		advance_to::<T>(closes);
		Alignment::<T>::close_disputes_due(closes);
		T::BenchmarkHelper::set_jury_size(j / 3);
		Alignment::<T>::do_appeal(reporter, id).unwrap();
		vote_all::<T>(id, Verdict::Suspended);
		let applies = reveal_end::<T>(id).saturating_add(1u32.into());
		advance_to::<T>(applies);
		#[block]
		{
			Alignment::<T>::close_disputes_due(applies);
		}
		assert!(!Disputes::<T>::contains_key(id));
	}

	#[benchmark]
	fn expire_audit() {
		let (operator, target) = storage_auditor::<T>();
		let failed = AuditReport {
			target: AuditTarget::Storage(target),
			outcome: AuditOutcome::Fail,
			evidence: [4; 32],
		};
		Alignment::<T>::do_submit_audit(operator, failed).unwrap();
		let expires = AuditChallenges::<T>::get(0).unwrap().deadline.saturating_add(1u32.into());
		advance_to::<T>(expires);
		#[block]
		{
			Alignment::<T>::expire_audits_due(expires);
		}
		assert!(!AuditChallenges::<T>::contains_key(0));
	}

	impl_benchmark_test_suite!(Alignment, crate::mock::new_test_ext(), crate::mock::Test);
}
