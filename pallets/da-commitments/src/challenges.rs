//! Availability challenges: a cell of a certified blob that its attesters must publish within
//! a window, or lose stake and their attestation.

use crate::{
	assignment, Attesters, BalanceOf, Blob, Blobs, Challenge, ChallengeDeadlines, Challenges,
	Config, Error, Event, HoldReason, NextChallengeId, OpenChallenges, Pallet, WeightInfo,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::{DispatchResult, Weight},
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating, Zero};
use zerog_da_primitives::{BlobId, BlobState, ChallengeId, DaOffence, DaService};
use zerog_data::blob::{verify_cell, Axis, CellProof};
use zerog_staking_primitives::{Service, SharedSecurity};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_challenge(
		challenger: T::AccountId,
		id: BlobId,
		row: u32,
		column: u32,
	) -> DispatchResult {
		let blob = Blobs::<T>::get(id).ok_or(Error::<T>::UnknownBlob)?;
		let BlobState::Certified { retained_until, .. } = blob.state else {
			return Err(Error::<T>::NotCertified.into());
		};
		let width = blob.layout.extended_width();
		ensure!(row < width && column < width, Error::<T>::CellOutOfSquare);
		let now = frame_system::Pallet::<T>::block_number();
		// At least one block: this block's queue was taken by its `on_initialize`.
		let window = T::ChallengeWindow::get().max(One::one());
		let deadline = now.saturating_add(window);
		ensure!(deadline <= retained_until, Error::<T>::RetentionEndsTooSoon);
		let open = OpenChallenges::<T>::get(id);
		ensure!(
			!open
				.iter()
				.filter_map(Challenges::<T>::get)
				.any(|c| c.row == row && c.column == column),
			Error::<T>::AlreadyChallenged
		);
		ensure!(
			open.len() < T::MaxChallengesPerBlob::get() as usize,
			Error::<T>::TooManyChallenges
		);
		// A challenger that attests the blob owes itself nothing: it can neither answer its own
		// challenge nor take back its deposit as a responder.
		let mut owed_by = Self::holders_of_cell(&blob, &Attesters::<T>::get(id), row, column);
		owed_by.retain(|holder| *holder != challenger);
		ensure!(!owed_by.is_empty(), Error::<T>::NoAttesterHolds);

		let challenge = NextChallengeId::<T>::get();
		ChallengeDeadlines::<T>::try_mutate(deadline, |due| due.try_push(challenge))
			.map_err(|_| Error::<T>::TooManyChallengesInBlock)?;
		OpenChallenges::<T>::try_mutate(id, |open| open.try_push(challenge))
			.map_err(|_| Error::<T>::TooManyChallenges)?;
		let deposit = T::ChallengeDeposit::get();
		T::Currency::hold(&HoldReason::ChallengeDeposit.into(), &challenger, deposit)
			.map_err(|_| Error::<T>::CannotPayDeposit)?;
		NextChallengeId::<T>::put(challenge.saturating_add(1));
		let owed = owed_by.len() as u32;
		Challenges::<T>::insert(
			challenge,
			Challenge {
				blob: id,
				row,
				column,
				challenger: challenger.clone(),
				deposit,
				deadline,
				owed_by,
				answered: BoundedVec::new(),
			},
		);
		Self::deposit_event(Event::ChallengeOpened {
			challenge,
			id,
			row,
			column,
			challenger,
			owed_by: owed,
			deadline,
		});
		Ok(())
	}

	/// The `attesters` of the blob assigned row `row` or column `column`; none when the
	/// blob's signer count is unknown (a blob migrated after its epoch's snapshot was gone).
	fn holders_of_cell(
		blob: &Blob<T>,
		attesters: &[crate::Attestation<T>],
		row: u32,
		column: u32,
	) -> BoundedVec<T::AccountId, T::MaxSigners> {
		let (signers, width) = (blob.signers, blob.layout.width);
		if signers == 0 {
			return BoundedVec::new();
		}
		let holders: Vec<T::AccountId> = attesters
			.iter()
			.filter(|a| {
				assignment::holds(a.position, signers, width, row)
					|| assignment::holds(a.position, signers, width, column)
			})
			.map(|a| a.signer.clone())
			.collect();
		BoundedVec::truncate_from(holders)
	}

	pub(crate) fn do_respond(
		signer: T::AccountId,
		id: BlobId,
		row: u32,
		column: u32,
		cell: Vec<u8>,
		proof: CellProof,
	) -> DispatchResult {
		let (challenge_id, mut challenge) = OpenChallenges::<T>::get(id)
			.into_iter()
			.filter_map(|c| Challenges::<T>::get(c).map(|challenge| (c, challenge)))
			.find(|(_, c)| c.row == row && c.column == column)
			.ok_or(Error::<T>::NoSuchChallenge)?;
		ensure!(challenge.owed_by.contains(&signer), Error::<T>::NotOwed);
		ensure!(!challenge.answered.contains(&signer), Error::<T>::AlreadyAnswered);
		let blob = Blobs::<T>::get(id).ok_or(Error::<T>::UnknownBlob)?;
		let valid = [Axis::Row, Axis::Column].into_iter().any(|axis| {
			verify_cell(&blob.data_root, &blob.layout, axis, row, column, &cell, &proof).is_ok()
		});
		ensure!(valid, Error::<T>::InvalidCell);
		challenge.answered.try_push(signer.clone()).map_err(|_| Error::<T>::NotOwed)?;
		Self::deposit_event(Event::ChallengeAnswered {
			challenge: challenge_id,
			id,
			row,
			column,
			signer,
			cell,
		});
		if challenge.missing().next().is_none() {
			Self::close(challenge_id, challenge);
		} else {
			Challenges::<T>::insert(challenge_id, challenge);
		}
		Ok(())
	}

	/// Closes the challenges whose window ends at `now`; returns the weight it took.
	pub(crate) fn close_challenges(now: BlockNumberFor<T>) -> Weight {
		// Taking the deadline queue is in the `on_initialize` benchmark.
		let mut weight = Weight::zero();
		for challenge_id in ChallengeDeadlines::<T>::take(now) {
			let Some(challenge) = Challenges::<T>::get(challenge_id) else {
				weight.saturating_accrue(T::DbWeight::get().reads(1));
				continue;
			};
			let missed = Self::close(challenge_id, challenge);
			weight.saturating_accrue(T::WeightInfo::close_challenge(missed));
		}
		weight
	}

	/// Ends a challenge: slashes and revokes the attesters that did not answer, settles the
	/// deposit and marks the blob unavailable if it fell below the quorum. Returns how many
	/// missed.
	fn close(challenge_id: ChallengeId, challenge: Challenge<T>) -> u32 {
		Challenges::<T>::remove(challenge_id);
		OpenChallenges::<T>::mutate_exists(challenge.blob, |open| {
			if let Some(list) = open {
				list.retain(|c| *c != challenge_id);
				if list.is_empty() {
					*open = None;
				}
			}
		});
		let missing: Vec<T::AccountId> = challenge.missing().cloned().collect();
		let missed = missing.len() as u32;
		if let Some(mut blob) = Blobs::<T>::get(challenge.blob) {
			Self::revoke_missing(challenge_id, challenge.blob, &mut blob, &missing);
			Blobs::<T>::insert(challenge.blob, blob);
		}
		Self::settle_deposit(&challenge, missed == 0);
		Self::deposit_event(Event::ChallengeClosed {
			challenge: challenge_id,
			id: challenge.blob,
			missed,
		});
		missed
	}

	/// Slashes each attester in `missing` still attesting the blob, revokes its attestation,
	/// and marks a certified blob unavailable once its attested stake is below the quorum.
	fn revoke_missing(
		challenge: ChallengeId,
		id: BlobId,
		blob: &mut Blob<T>,
		missing: &[T::AccountId],
	) {
		let mut attesters = Attesters::<T>::get(id);
		for signer in missing {
			let Some(at) = attesters.iter().position(|a| a.signer == *signer) else { continue };
			let attestation = attesters.remove(at);
			blob.attested_stake = blob.attested_stake.saturating_sub(attestation.stake);
			let slashed = T::Security::slash(
				DaService::ID,
				signer,
				T::MissSlash::get(),
				DaOffence::MissedChallenge.into(),
			)
			.unwrap_or_else(|_| BalanceOf::<T>::zero());
			Self::deposit_event(Event::ChallengeMissed {
				challenge,
				id,
				signer: signer.clone(),
				slashed,
				revoked_stake: attestation.stake,
			});
		}
		Attesters::<T>::insert(id, attesters);
		let BlobState::Certified { retained_until, .. } = blob.state else { return };
		let total_stake = blob.total_stake;
		if blob.attested_stake < Self::quorum_of(total_stake) {
			blob.state = BlobState::Unavailable {
				at: frame_system::Pallet::<T>::block_number(),
				retained_until,
			};
			Self::deposit_event(Event::BlobUnavailable {
				id,
				data_root: blob.data_root,
				attested_stake: blob.attested_stake,
				total_stake,
			});
		}
	}

	/// A challenge every attester answered pays its deposit to them (what rounding leaves to
	/// the first); otherwise the deposit goes back to the challenger.
	fn settle_deposit(challenge: &Challenge<T>, frivolous: bool) {
		let reason = HoldReason::ChallengeDeposit.into();
		let responders = challenge.answered.len() as u32;
		if frivolous && responders > 0 {
			let share = challenge.deposit / BalanceOf::<T>::from(responders);
			let mut left = challenge.deposit;
			for (i, responder) in challenge.answered.iter().enumerate() {
				let amount = if i + 1 == challenge.answered.len() { left } else { share };
				let paid = T::Currency::transfer_on_hold(
					&reason,
					&challenge.challenger,
					responder,
					amount,
					Precision::BestEffort,
					Restriction::Free,
					Fortitude::Force,
				)
				.unwrap_or_default();
				left = left.saturating_sub(paid);
			}
		} else {
			let _ = T::Currency::release(
				&reason,
				&challenge.challenger,
				challenge.deposit,
				Precision::BestEffort,
			);
		}
	}
}
