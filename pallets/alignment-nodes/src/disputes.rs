//! Reports against agents, judged by juries of licences voting commit–reveal.
//!
//! * **Draw**: jurors are licences drawn uniformly from chain randomness among those run by an
//!   operator staked in the `alignment` service, so an operator sits in proportion to the
//!   licences it runs. A licence owned or run by the reporter or the agent's owner is never
//!   drawn, nor one already on the dispute's jury. At most `DRAW_ATTEMPTS` draws per seat.
//! * **Vote**: the juror's operator commits `blake2_256(SCALE((verdict, salt)))`, then reveals
//!   `(verdict, salt)`; a reveal not matching is refused.
//! * **Verdict**: the most votes revealed in the round; a tie goes to the milder verdict; a
//!   round nobody revealed in dismisses the report (`Cleared`, the deposit refunded). A first
//!   verdict may be appealed once, by the reporter or the agent's owner, with twice the
//!   deposit, before twice as many new jurors; their verdict is final (if none of them
//!   reveals, the first verdict stands).
//! * **Stakes**: the report's deposit is lost if the final verdict is `Cleared` (unless
//!   dismissed); the appeal's is lost if the appeal did not change the verdict; a flagged agent
//!   loses `FlagSlash` of its bond, a suspended one `SuspendSlash`. Everything lost is shared
//!   equally by the jurors (of both rounds) who voted the final verdict, paid to their
//!   operators; with no such juror it goes to `PotBeneficiary`. Each juror who did not reveal
//!   costs its operator `NoRevealPenalty` of its epoch reward, and each who voted the final
//!   verdict earns its operator `VotePoints`, both in the epoch of the decision.

use crate::{
	Agents, Appeal, BalanceOf, Config, CurrentEpoch, Dispute, DisputeDeadlines, Disputes, Error,
	Event, HoldReason, Juror, Licences, Minted, NextDisputeId, Operators, Pallet, Verdicts,
	WeightInfo,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
	weights::Weight,
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedDiv, Zero},
	Saturating,
};
use zerog_alignment_primitives::{
	AgentId, AgentStatus, Delegation, DisputeId, DisputePhase, LicenceId, Verdict, VerdictRecord,
};
use zerog_data::Hash;

/// Draws tried per juror seat before a jury is left smaller.
pub const DRAW_ATTEMPTS: u32 = 8;

/// The commitment a juror sends for `verdict` with `salt`.
pub fn commitment(verdict: Verdict, salt: &[u8; 32]) -> Hash {
	sp_io::hashing::blake2_256(&(verdict, salt).encode())
}

impl<T: Config> Pallet<T> {
	/// Seats of a first round's jury.
	pub fn first_jury_size() -> u32 {
		T::JurySize::get().clamp(1, (T::MaxJurors::get() / 3).max(1))
	}

	/// The weight of `report`: the benchmark draws each seat in about one try; the draw may
	/// take up to `DRAW_ATTEMPTS` tries per seat, each reading a licence and its operator's
	/// stake (at most three more reads).
	pub fn report_weight() -> frame_support::weights::Weight {
		let seats = Self::first_jury_size();
		T::WeightInfo::report(seats).saturating_add(Self::extra_draws(seats))
	}

	/// The weight of `appeal`, as [`Self::report_weight`] for twice the seats.
	pub fn appeal_weight() -> frame_support::weights::Weight {
		let seats = Self::first_jury_size().saturating_mul(2);
		T::WeightInfo::appeal(seats).saturating_add(Self::extra_draws(seats))
	}

	/// The reads of the tries a draw of `seats` may take beyond one per seat.
	fn extra_draws(seats: u32) -> frame_support::weights::Weight {
		use frame_support::traits::Get as _;
		let tries = u64::from(seats.saturating_mul(DRAW_ATTEMPTS.saturating_sub(1)));
		<T as frame_system::Config>::DbWeight::get().reads(tries.saturating_mul(3))
	}

	/// Draws up to `seats` jurors for `round` from `seed`, skipping licences owned or run by
	/// `excluded` and licences already in `sitting`.
	pub fn draw_jury(
		seed: &[u8; 32],
		seats: u32,
		round: u8,
		excluded: &[&T::AccountId],
		sitting: &[Juror<T>],
	) -> Vec<Juror<T>> {
		let minted = u64::from(Minted::<T>::get());
		let mut drawn: Vec<Juror<T>> = Vec::new();
		if minted == 0 {
			return drawn;
		}
		for attempt in 0..seats.saturating_mul(DRAW_ATTEMPTS) {
			if drawn.len() as u32 >= seats {
				break;
			}
			let random = Self::derive(seed, b"juror", &attempt);
			let draw = u64::from_le_bytes(random[..8].try_into().expect("32 bytes; qed"));
			let licence = (draw % minted) as LicenceId;
			if sitting.iter().chain(&drawn).any(|juror| juror.licence == licence) {
				continue;
			}
			let Some(record) = Licences::<T>::get(licence) else { continue };
			let Delegation::Approved(operator) = record.delegation else { continue };
			if excluded.iter().any(|who| **who == record.owner || **who == operator)
				|| !Self::is_staked(&operator)
			{
				continue;
			}
			drawn.push(Juror { licence, operator, round, commitment: None, vote: None });
		}
		drawn
	}

	/// The last blocks of the commit and reveal windows of a round opened now.
	fn voting_windows() -> (BlockNumberFor<T>, BlockNumberFor<T>) {
		let now = frame_system::Pallet::<T>::block_number();
		let one: BlockNumberFor<T> = 1u32.into();
		let commit_end = now.saturating_add(T::CommitWindow::get().max(one));
		(commit_end, commit_end.saturating_add(T::RevealWindow::get().max(one)))
	}

	/// The block a phase ends in (the first block after it).
	fn phase_end(phase: &DisputePhase<BlockNumberFor<T>>) -> BlockNumberFor<T> {
		let last = match phase {
			DisputePhase::Voting { reveal_end, .. } => *reveal_end,
			DisputePhase::Appealable { until, .. } => *until,
		};
		last.saturating_add(1u32.into())
	}

	/// Queues the dispute for the end of its phase.
	fn schedule(id: DisputeId, phase: &DisputePhase<BlockNumberFor<T>>) -> DispatchResult {
		Self::first_with_room::<DisputeDeadlines<T>, _, _>(Self::phase_end(phase), id)
			.map(|_| ())
			.ok_or(Error::<T>::TooManyDisputes.into())
	}

	pub(crate) fn do_report(
		who: T::AccountId,
		agent_id: AgentId,
		evidence_root: Hash,
		deposit: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(deposit >= T::MinReportDeposit::get(), Error::<T>::DepositTooLow);
		let mut agent = Agents::<T>::get(agent_id).ok_or(Error::<T>::UnknownAgent)?;
		ensure!(agent.status.is_allowed(), Error::<T>::AgentInactive);
		ensure!(agent.owner != who, Error::<T>::OwnAgent);
		ensure!(agent.open_disputes < T::MaxOpenDisputes::get(), Error::<T>::TooManyDisputes);
		let id = NextDisputeId::<T>::get();
		let seed = Self::randomness(&(b"zg/align/jury", id, 0u8));
		let jurors = Self::draw_jury(&seed, Self::first_jury_size(), 0, &[&who, &agent.owner], &[]);
		ensure!(!jurors.is_empty(), Error::<T>::NoJurors);
		let jurors = BoundedVec::truncate_from(jurors);
		let (commit_end, reveal_end) = Self::voting_windows();
		let phase = DisputePhase::Voting { commit_end, reveal_end };
		Self::schedule(id, &phase)?;
		T::Currency::hold(&HoldReason::DisputeDeposit.into(), &who, deposit)?;
		NextDisputeId::<T>::put(id.saturating_add(1));
		agent.open_disputes = agent.open_disputes.saturating_add(1);
		Agents::<T>::insert(agent_id, agent);
		Self::deposit_event(Event::Reported {
			dispute: id,
			agent: agent_id,
			reporter: who.clone(),
			jurors: jurors.len() as u32,
			commit_end,
			reveal_end,
		});
		Disputes::<T>::insert(
			id,
			Dispute {
				agent: agent_id,
				reporter: who,
				evidence_root,
				deposit,
				appeal: None,
				phase,
				jurors,
			},
		);
		Ok(())
	}

	/// The juror seat of `licence` in the dispute's current round, checked to be voted by
	/// `who`.
	fn seat<'a>(
		dispute: &'a mut Dispute<T>,
		licence: LicenceId,
		who: &T::AccountId,
	) -> Result<&'a mut Juror<T>, Error<T>> {
		let round = dispute.round();
		let juror = dispute
			.jurors
			.iter_mut()
			.find(|juror| juror.licence == licence && juror.round == round)
			.ok_or(Error::<T>::NotJuror)?;
		ensure!(juror.operator == *who, Error::<T>::NotJurorOperator);
		Ok(juror)
	}

	pub(crate) fn do_commit(
		who: T::AccountId,
		id: DisputeId,
		licence: LicenceId,
		commitment: Hash,
	) -> DispatchResult {
		let mut dispute = Disputes::<T>::get(id).ok_or(Error::<T>::UnknownDispute)?;
		let now = frame_system::Pallet::<T>::block_number();
		let DisputePhase::Voting { commit_end, .. } = dispute.phase else {
			return Err(Error::<T>::NotCommitPhase.into());
		};
		ensure!(now <= commit_end, Error::<T>::NotCommitPhase);
		let juror = Self::seat(&mut dispute, licence, &who)?;
		ensure!(juror.commitment.is_none(), Error::<T>::AlreadyCommitted);
		juror.commitment = Some(commitment);
		Disputes::<T>::insert(id, dispute);
		Self::deposit_event(Event::VoteCommitted { dispute: id, licence });
		Ok(())
	}

	pub(crate) fn do_reveal(
		who: T::AccountId,
		id: DisputeId,
		licence: LicenceId,
		verdict: Verdict,
		salt: [u8; 32],
	) -> DispatchResult {
		let mut dispute = Disputes::<T>::get(id).ok_or(Error::<T>::UnknownDispute)?;
		let now = frame_system::Pallet::<T>::block_number();
		let DisputePhase::Voting { commit_end, reveal_end } = dispute.phase else {
			return Err(Error::<T>::NotRevealPhase.into());
		};
		ensure!(now > commit_end && now <= reveal_end, Error::<T>::NotRevealPhase);
		let juror = Self::seat(&mut dispute, licence, &who)?;
		let committed = juror.commitment.ok_or(Error::<T>::NotCommitted)?;
		ensure!(juror.vote.is_none(), Error::<T>::AlreadyRevealed);
		ensure!(commitment(verdict, &salt) == committed, Error::<T>::RevealMismatch);
		juror.vote = Some(verdict);
		Disputes::<T>::insert(id, dispute);
		Self::deposit_event(Event::VoteRevealed { dispute: id, licence, verdict });
		Ok(())
	}

	pub(crate) fn do_appeal(who: T::AccountId, id: DisputeId) -> DispatchResult {
		let mut dispute = Disputes::<T>::get(id).ok_or(Error::<T>::UnknownDispute)?;
		let now = frame_system::Pallet::<T>::block_number();
		let DisputePhase::Appealable { verdict, until } = dispute.phase else {
			return Err(Error::<T>::NotAppealable.into());
		};
		ensure!(dispute.appeal.is_none() && now <= until, Error::<T>::NotAppealable);
		let owner = Agents::<T>::get(dispute.agent).map(|agent| agent.owner);
		ensure!(who == dispute.reporter || Some(&who) == owner.as_ref(), Error::<T>::NotParty);
		let seed = Self::randomness(&(b"zg/align/jury", id, 1u8));
		let mut excluded = alloc::vec![&dispute.reporter];
		excluded.extend(owner.as_ref());
		let seats = Self::first_jury_size().saturating_mul(2);
		let drawn = Self::draw_jury(&seed, seats, 1, &excluded, &dispute.jurors);
		ensure!(!drawn.is_empty(), Error::<T>::NoJurors);
		let deposit = dispute.deposit.saturating_mul(2u32.into());
		T::Currency::hold(&HoldReason::DisputeDeposit.into(), &who, deposit)?;
		let seated = drawn.len() as u32;
		for juror in drawn {
			dispute.jurors.try_push(juror).map_err(|_| Error::<T>::TooManyDisputes)?;
		}
		dispute.appeal = Some(Appeal { appellant: who.clone(), deposit, first_verdict: verdict });
		let (commit_end, reveal_end) = Self::voting_windows();
		dispute.phase = DisputePhase::Voting { commit_end, reveal_end };
		Self::schedule(id, &dispute.phase)?;
		Disputes::<T>::insert(id, dispute);
		Self::deposit_event(Event::Appealed { dispute: id, appellant: who, jurors: seated });
		Ok(())
	}

	/// The verdict of `round`'s revealed votes, if anyone revealed.
	pub fn tally(dispute: &Dispute<T>, round: u8) -> Option<Verdict> {
		let votes = |verdict: Verdict| {
			dispute
				.jurors
				.iter()
				.filter(|juror| juror.round == round && juror.vote == Some(verdict))
				.count()
		};
		let mut best: Option<(Verdict, usize)> = None;
		for verdict in Verdict::ALL {
			let count = votes(verdict);
			if count > best.map_or(0, |(_, most)| most) {
				best = Some((verdict, count));
			}
		}
		best.map(|(verdict, _)| verdict)
	}

	/// Closes the rounds and applies the verdicts due in block `now`.
	pub(crate) fn close_disputes_due(now: BlockNumberFor<T>) -> Weight {
		let mut weight = Weight::zero();
		for id in DisputeDeadlines::<T>::take(now) {
			let Some(mut dispute) = Disputes::<T>::get(id) else { continue };
			// A queue entry left behind by an appeal, which moved the dispute's end later.
			if now < Self::phase_end(&dispute.phase) {
				continue;
			}
			let jurors = dispute.jurors.len() as u32;
			match (dispute.phase, dispute.appeal.is_some()) {
				(DisputePhase::Voting { .. }, false) => {
					let verdict = Self::tally(&dispute, 0).unwrap_or(Verdict::Cleared);
					let until = now.saturating_add(T::AppealWindow::get());
					dispute.phase = DisputePhase::Appealable { verdict, until };
					if Self::schedule(id, &dispute.phase).is_err() {
						// No room to wait for an appeal: the first verdict is final.
						Self::finalize(id, dispute, verdict, now);
						weight.saturating_accrue(T::WeightInfo::finalize_dispute(jurors));
						continue;
					}
					Disputes::<T>::insert(id, dispute);
					Self::deposit_event(Event::RoundClosed { dispute: id, verdict, until });
					weight.saturating_accrue(T::WeightInfo::close_round(jurors));
				},
				(DisputePhase::Appealable { verdict, .. }, _) => {
					Self::finalize(id, dispute, verdict, now);
					weight.saturating_accrue(T::WeightInfo::finalize_dispute(jurors));
				},
				(DisputePhase::Voting { .. }, true) => {
					let first = dispute.appeal.as_ref().map(|appeal| appeal.first_verdict);
					let verdict = Self::tally(&dispute, 1).or(first).unwrap_or(Verdict::Cleared);
					Self::finalize(id, dispute, verdict, now);
					weight.saturating_accrue(T::WeightInfo::finalize_dispute(jurors));
				},
			}
		}
		weight
	}

	/// Applies the final `verdict`: the agent's status and bond, the deposits, the jurors'
	/// shares, points and penalties.
	fn finalize(id: DisputeId, dispute: Dispute<T>, verdict: Verdict, now: BlockNumberFor<T>) {
		let reason: T::RuntimeHoldReason = HoldReason::DisputeDeposit.into();
		let bond_reason: T::RuntimeHoldReason = HoldReason::AgentBond.into();
		let dismissed = dispute.jurors.iter().all(|juror| juror.vote.is_none());
		let coherent: Vec<&T::AccountId> = dispute
			.jurors
			.iter()
			.filter(|juror| juror.vote == Some(verdict))
			.map(|juror| &juror.operator)
			.collect();
		let mut pot = BalanceOf::<T>::zero();
		let mut lose = |reason: &T::RuntimeHoldReason, from: &T::AccountId, amount| {
			let moved = Self::share_out(reason, from, amount, &coherent);
			pot = pot.saturating_add(moved);
			moved
		};

		let reporter_loses = verdict == Verdict::Cleared && !dismissed;
		if reporter_loses {
			lose(&reason, &dispute.reporter, dispute.deposit);
		} else {
			let _ = T::Currency::release(
				&reason,
				&dispute.reporter,
				dispute.deposit,
				Precision::BestEffort,
			);
		}
		if let Some(appeal) = &dispute.appeal {
			if verdict == appeal.first_verdict {
				lose(&reason, &appeal.appellant, appeal.deposit);
			} else {
				let _ = T::Currency::release(
					&reason,
					&appeal.appellant,
					appeal.deposit,
					Precision::BestEffort,
				);
			}
		}
		if let Some(mut agent) = Agents::<T>::get(dispute.agent) {
			let slash = match verdict {
				Verdict::Cleared => Zero::zero(),
				Verdict::Flagged => T::FlagSlash::get().mul_floor(agent.bond),
				Verdict::Suspended => T::SuspendSlash::get().mul_floor(agent.bond),
			};
			if !slash.is_zero() {
				let moved = lose(&bond_reason, &agent.owner, slash);
				agent.bond = agent.bond.saturating_sub(moved);
			}
			agent.status = match (verdict, agent.status) {
				(Verdict::Suspended, _) => AgentStatus::Suspended,
				(Verdict::Flagged, AgentStatus::Active) => AgentStatus::Flagged,
				(_, status) => status,
			};
			agent.open_disputes = agent.open_disputes.saturating_sub(1);
			Agents::<T>::insert(dispute.agent, agent);
		}
		Verdicts::<T>::mutate(dispute.agent, |verdicts| {
			if verdicts.is_full() {
				verdicts.remove(0);
			}
			let _ = verdicts.try_push(VerdictRecord { dispute: id, verdict, at: now });
		});
		let missed = Self::credit_jurors(&dispute, verdict);
		Disputes::<T>::remove(id);
		Self::deposit_event(Event::Judged {
			dispute: id,
			agent: dispute.agent,
			verdict,
			pot,
			coherent: coherent.len() as u32,
			missed_reveals: missed,
		});
	}

	/// Moves `amount` held from `from` in equal shares to `to` (the rounding to the first),
	/// or all of it to `PotBeneficiary` if `to` is empty. What a juror cannot receive (a share
	/// below the existential deposit of an account that does not exist) goes to
	/// `PotBeneficiary`; what that cannot receive either stays held on `from`, which is then
	/// released to it. Returns what moved.
	fn share_out(
		reason: &T::RuntimeHoldReason,
		from: &T::AccountId,
		amount: BalanceOf<T>,
		to: &[&T::AccountId],
	) -> BalanceOf<T> {
		let transfer = |dest: &T::AccountId, amount: BalanceOf<T>| {
			T::Currency::transfer_on_hold(
				reason,
				from,
				dest,
				amount,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			)
			.unwrap_or_default()
		};
		let mut moved = BalanceOf::<T>::zero();
		if let Some((first, rest)) = to.split_first() {
			let share = amount
				.checked_div(&BalanceOf::<T>::from(to.len() as u32))
				.unwrap_or_else(Zero::zero);
			for juror in rest {
				moved = moved.saturating_add(transfer(juror, share));
			}
			moved = moved.saturating_add(transfer(first, amount.saturating_sub(moved)));
		}
		let left = amount.saturating_sub(moved);
		if !left.is_zero() {
			moved = moved.saturating_add(transfer(&T::PotBeneficiary::get(), left));
		}
		let stuck = amount.saturating_sub(moved);
		if !stuck.is_zero() {
			let _ = T::Currency::release(reason, from, stuck, Precision::BestEffort);
		}
		moved
	}

	/// Credits `VotePoints` to the operators of jurors who voted `verdict` and a missed
	/// reveal to those of jurors who did not reveal, in the records of this epoch. Returns the
	/// missed reveals.
	fn credit_jurors(dispute: &Dispute<T>, verdict: Verdict) -> u32 {
		let current = CurrentEpoch::<T>::get().index;
		let points = u64::from(T::VotePoints::get());
		let mut missed = 0u32;
		let mut earned = 0u64;
		for juror in &dispute.jurors {
			if juror.vote.is_none() {
				missed = missed.saturating_add(1);
			}
			let Some(mut info) = Operators::<T>::get(&juror.operator) else { continue };
			let Some(record) = info.record.as_mut().filter(|record| record.epoch == current) else {
				continue;
			};
			match juror.vote {
				None => record.missed_reveals = record.missed_reveals.saturating_add(1),
				Some(vote) if vote == verdict => {
					record.points = record.points.saturating_add(points);
					earned = earned.saturating_add(points);
				},
				Some(_) => continue,
			}
			Operators::<T>::insert(&juror.operator, info);
		}
		CurrentEpoch::<T>::mutate(|epoch| epoch.points = epoch.points.saturating_add(earned));
		missed
	}
}
