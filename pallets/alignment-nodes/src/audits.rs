//! Liveness and audits: the heartbeat, the audits drawn for each operator and epoch, failed
//! storage audits as challenges answered with the chunk or expired into a missed proof.
//!
//! Each epoch an operator's node reports at most one storage audit and one DA audit, each of
//! the target drawn for it from the epoch's seed ([`Pallet::audit_plan`]): what it checked is
//! fixed by the chain, not chosen by the operator. A storage audit reported failed cannot be
//! judged by its report alone, so it opens an [`AuditChallenge`] settled by evidence: the
//! chunk and its proof against the fragment's root, from anyone, within
//! `AuditAnswerWindow` blocks. Published, the report was false and its reporter is slashed
//! `FalseReportSlash` to the publisher (never the reporter itself). Not published, the chunk is
//! verifiably unavailable and the storage market counts a missed proof. A provider has at most
//! one open challenge: further failures reported meanwhile are recorded without opening
//! another, so one unavailable chunk costs one miss. An audit earns `AuditPoints` per licence
//! its operator runs. A DA audit's outcome is recorded; DA cells have
//! their own availability challenges in the DA pallet, which anyone may open.

use crate::{
	AuditChallenge, AuditChallenges, AuditDeadlines, ChallengedProviders, Config, CurrentEpoch,
	DaAudits, EpochRecord, EpochState, Error, Event, NextAuditId, Operators, Pallet, StorageAudits,
	WeightInfo,
};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::Saturating;
use zerog_alignment_primitives::{
	AlignmentOffence, AlignmentService, AuditId, AuditOutcome, AuditReport, AuditTarget, DaTarget,
	StorageTarget,
};
use zerog_data::{ChunkRange, Proof};
use zerog_staking_primitives::{Service, SharedSecurity};

/// Blocks after the wanted one searched for room in a deadline queue.
pub(crate) const DEADLINE_SCAN: u32 = 16;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_heartbeat(who: T::AccountId) -> DispatchResult {
		let mut info = Operators::<T>::get(&who).ok_or(Error::<T>::NotOperator)?;
		ensure!(Self::is_staked(&who), Error::<T>::NotStaked);
		let epoch = CurrentEpoch::<T>::get().index;
		ensure!(info.record.is_none_or(|record| record.epoch != epoch), Error::<T>::AlreadyLive);
		Self::settle_operator(&who, &mut info);
		info.record = Some(EpochRecord { epoch, licences: info.licences, ..Default::default() });
		CurrentEpoch::<T>::mutate(|state| state.live = state.live.saturating_add(info.licences));
		let licences = info.licences;
		Operators::<T>::insert(&who, info);
		Self::deposit_event(Event::Heartbeat { operator: who, epoch, licences });
		Ok(())
	}

	/// The storage chunk drawn for `operator` in `epoch`.
	pub fn storage_target(
		operator: &T::AccountId,
		epoch: &EpochState<T>,
	) -> Option<StorageTarget<T::AccountId>> {
		T::StorageAudits::target(Self::derive(&epoch.seed, b"storage", operator))
	}

	/// The DA cell drawn for `operator` in `epoch`.
	pub fn da_target(operator: &T::AccountId, epoch: &EpochState<T>) -> Option<DaTarget> {
		T::DaAudits::target(Self::derive(&epoch.seed, b"da", operator))
	}

	/// The audits drawn for `operator` this epoch that it has not reported yet (none before
	/// its heartbeat).
	pub fn audit_plan(operator: &T::AccountId) -> Vec<AuditTarget<T::AccountId>> {
		let epoch = CurrentEpoch::<T>::get();
		let Some(record) = Operators::<T>::get(operator)
			.and_then(|info| info.record)
			.filter(|record| record.epoch == epoch.index)
		else {
			return Vec::new();
		};
		let storage = (!record.storage_audited)
			.then(|| Self::storage_target(operator, &epoch).map(AuditTarget::Storage))
			.flatten();
		let da = (!record.da_audited)
			.then(|| Self::da_target(operator, &epoch).map(AuditTarget::Da))
			.flatten();
		storage.into_iter().chain(da).collect()
	}

	pub(crate) fn do_submit_audit(
		who: T::AccountId,
		report: AuditReport<T::AccountId>,
	) -> DispatchResult {
		let mut info = Operators::<T>::get(&who).ok_or(Error::<T>::NotOperator)?;
		let mut epoch = CurrentEpoch::<T>::get();
		let record = info
			.record
			.as_mut()
			.filter(|record| record.epoch == epoch.index)
			.ok_or(Error::<T>::NotLive)?;
		match &report.target {
			AuditTarget::Storage(target) => {
				ensure!(!record.storage_audited, Error::<T>::AlreadyAudited);
				ensure!(
					Self::storage_target(&who, &epoch).as_ref() == Some(target),
					Error::<T>::WrongTarget
				);
				record.storage_audited = true;
				// One open challenge per provider: an unavailable chunk counts one miss, however
				// many auditors drew it.
				if report.outcome == AuditOutcome::Fail
					&& !ChallengedProviders::<T>::contains_key(&target.provider)
				{
					Self::open_audit_challenge(&who, target.clone())?;
				}
			},
			AuditTarget::Da(target) => {
				ensure!(!record.da_audited, Error::<T>::AlreadyAudited);
				ensure!(Self::da_target(&who, &epoch) == Some(*target), Error::<T>::WrongTarget);
				record.da_audited = true;
			},
		}
		// An audit earns its points per licence run: an operator running none earns nothing,
		// and many operators of one licence each earn what one operator of them all would.
		let points = u64::from(T::AuditPoints::get()).saturating_mul(u64::from(record.licences));
		record.points = record.points.saturating_add(points);
		epoch.points = epoch.points.saturating_add(points);
		let epoch_index = epoch.index;
		CurrentEpoch::<T>::put(epoch);
		Operators::<T>::insert(&who, info);
		Self::deposit_event(Event::AuditReported { operator: who, epoch: epoch_index, report });
		Ok(())
	}

	/// Opens the challenge of a storage audit `reporter` reported failed.
	fn open_audit_challenge(
		reporter: &T::AccountId,
		target: StorageTarget<T::AccountId>,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let deadline = now.saturating_add(T::AuditAnswerWindow::get().max(1u32.into()));
		let id = NextAuditId::<T>::get();
		let expires = Self::first_with_room::<AuditDeadlines<T>, _, _>(
			deadline.saturating_add(1u32.into()),
			id,
		)
		.ok_or(Error::<T>::TooManyAudits)?;
		NextAuditId::<T>::put(id.saturating_add(1));
		let provider = target.provider.clone();
		// The challenge is answerable until the block before it expires.
		let deadline = expires.saturating_sub(1u32.into());
		ChallengedProviders::<T>::insert(&provider, id);
		AuditChallenges::<T>::insert(
			id,
			AuditChallenge { reporter: reporter.clone(), target, deadline },
		);
		Self::deposit_event(Event::AuditChallenged { audit: id, provider, deadline });
		Ok(())
	}

	/// Puts `id` in the queue of the first block from `at` with room, among `DEADLINE_SCAN`.
	pub(crate) fn first_with_room<Queue, Bound, Id>(
		at: BlockNumberFor<T>,
		id: Id,
	) -> Option<BlockNumberFor<T>>
	where
		Queue: frame_support::storage::StorageMap<
			BlockNumberFor<T>,
			frame_support::BoundedVec<Id, Bound>,
			Query = frame_support::BoundedVec<Id, Bound>,
		>,
		Bound: Get<u32>,
		Id: codec::FullCodec + Clone,
	{
		let mut block = at;
		for _ in 0..DEADLINE_SCAN {
			let placed = Queue::mutate(block, |queue| queue.try_push(id.clone()).is_ok());
			if placed {
				return Some(block);
			}
			block = block.saturating_add(1u32.into());
		}
		None
	}

	pub(crate) fn do_answer_audit(
		who: T::AccountId,
		id: AuditId,
		chunk: Vec<u8>,
		proof: Proof,
	) -> DispatchResult {
		let challenge = AuditChallenges::<T>::get(id).ok_or(Error::<T>::UnknownAudit)?;
		// Else a reporter could take its own stake out through its slash, skipping unbonding.
		ensure!(who != challenge.reporter, Error::<T>::OwnAudit);
		let target = &challenge.target;
		let range = ChunkRange::chunk(target.chunk, target.len).ok_or(Error::<T>::InvalidChunk)?;
		zerog_commitment::verify(&target.root, target.len, &[range], &[&chunk[..]], &proof)
			.map_err(|_| Error::<T>::InvalidChunk)?;
		AuditChallenges::<T>::remove(id);
		ChallengedProviders::<T>::remove(&target.provider);
		AuditDeadlines::<T>::mutate(challenge.deadline.saturating_add(1u32.into()), |queue| {
			queue.retain(|queued| *queued != id)
		});
		let slashed = T::Security::slash_to(
			AlignmentService::ID,
			&challenge.reporter,
			T::FalseReportSlash::get(),
			AlignmentOffence::FalseAuditReport.into(),
			&who,
		)
		.unwrap_or_default();
		Self::deposit_event(Event::AuditRefuted {
			audit: id,
			reporter: challenge.reporter,
			slashed,
		});
		Ok(())
	}

	/// Expires the audit challenges nobody answered by the end of the previous block: each
	/// provider is counted as having missed a proof.
	pub(crate) fn expire_audits_due(now: BlockNumberFor<T>) -> Weight {
		let due = AuditDeadlines::<T>::take(now);
		let mut weight = Weight::zero();
		for id in due {
			if let Some(challenge) = AuditChallenges::<T>::take(id) {
				ChallengedProviders::<T>::remove(&challenge.target.provider);
				T::StorageAudits::chunk_unavailable(&challenge.target);
				Self::deposit_event(Event::AuditUpheld {
					audit: id,
					provider: challenge.target.provider,
				});
			}
			weight.saturating_accrue(T::WeightInfo::expire_audit());
		}
		weight
	}
}
