//! A blob's life: submission, attestation up to certification (and the fee paid out), expiry
//! and pruning; and the epoch's signer snapshot.

use crate::{
	assignment, AttestOutcome, Attestation, Attesters, BalanceOf, Blob, Blobs, BlobsByRoot, Config,
	CurrentEpoch, Deadlines, EpochSigners, EpochSource, Error, Event, HoldReason, NextBlobId,
	Pallet, Retention, Sampling, SignerSet,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Saturating, UniqueSaturatedInto, Zero},
	DispatchError, Rounding, SaturatedConversion,
};
use zerog_da_primitives::{BlobId, BlobState, DaService};
use zerog_data::{
	blob::{BlobLayout, MAX_BLOB_LEN},
	Hash,
};
use zerog_staking_primitives::{Service, SharedSecurity};

/// `value × numerator / denominator`, rounded as asked, in the chain's balance.
fn scale<T: Config>(
	value: BalanceOf<T>,
	numerator: u128,
	denominator: u128,
	rounding: Rounding,
) -> BalanceOf<T> {
	let value: u128 = value.unique_saturated_into();
	multiply_by_rational_with_rounding(value, numerator, denominator.max(1), rounding)
		.unwrap_or(u128::MAX)
		.saturated_into()
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_submit(submitter: T::AccountId, data_root: Hash, len: u32) -> DispatchResult {
		ensure!(len > 0, Error::<T>::EmptyBlob);
		ensure!(len <= T::MaxBlobLen::get().min(MAX_BLOB_LEN), Error::<T>::BlobTooLarge);
		let layout = BlobLayout::for_len(len).map_err(|_| Error::<T>::BlobTooLarge)?;
		ensure!(!BlobsByRoot::<T>::contains_key(data_root), Error::<T>::AlreadySubmitted);
		let epoch = CurrentEpoch::<T>::get().ok_or(Error::<T>::NoSigners)?;
		let signers = EpochSigners::<T>::get(epoch).ok_or(Error::<T>::NoSigners)?;
		ensure!(!signers.signers.is_empty(), Error::<T>::NoSigners);
		let now = frame_system::Pallet::<T>::block_number();
		let deadline = now.saturating_add(T::AttestationWindow::get());
		let id = NextBlobId::<T>::get();
		let fee = Self::fee_of(&layout);
		let per_block = T::BlobsPerBlock::get().min(T::MaxBlobsPerBlock::get()) as usize;
		Deadlines::<T>::try_mutate(deadline, |due| {
			if due.len() >= per_block {
				return Err(());
			}
			due.try_push(id).map_err(|_| ())
		})
		.map_err(|_| Error::<T>::TooManyBlobsInBlock)?;
		T::Currency::hold(&HoldReason::BlobFee.into(), &submitter, fee)
			.map_err(|_| Error::<T>::CannotPayFee)?;

		NextBlobId::<T>::put(id.saturating_add(1));
		BlobsByRoot::<T>::insert(data_root, id);
		Blobs::<T>::insert(
			id,
			Blob {
				data_root,
				layout,
				submitter: submitter.clone(),
				fee,
				epoch,
				signers: signers.signers.len() as u32,
				total_stake: signers.total_stake,
				attested_stake: Zero::zero(),
				state: BlobState::Pending { deadline },
			},
		);
		Self::deposit_event(Event::BlobSubmitted {
			id,
			data_root,
			submitter,
			len,
			fee,
			epoch,
			deadline,
		});
		Ok(())
	}

	pub(crate) fn attest_one(
		signer: &T::AccountId,
		id: BlobId,
	) -> Result<AttestOutcome, DispatchError> {
		// A blob that expired or was pruned since the signer sent the call is skipped.
		let Some(mut blob) = Blobs::<T>::get(id) else { return Ok(AttestOutcome::Closed) };
		let pending_until = match blob.state {
			BlobState::Pending { deadline } => Some(deadline),
			BlobState::Certified { .. } => None,
			BlobState::Unavailable { .. } | BlobState::Invalid { .. } => {
				return Ok(AttestOutcome::Closed)
			},
		};
		let set = EpochSigners::<T>::get(blob.epoch).ok_or(Error::<T>::UnknownEpoch)?;
		let (position, stake) = set.find(signer).ok_or(Error::<T>::NotASigner)?;
		let mut attesters = Attesters::<T>::get(id);
		ensure!(!attesters.iter().any(|a| a.signer == *signer), Error::<T>::AlreadyAttested);
		attesters
			.try_push(Attestation { signer: signer.clone(), position, stake })
			.map_err(|_| Error::<T>::NotASigner)?;
		blob.attested_stake = blob.attested_stake.saturating_add(stake);
		Self::deposit_event(Event::Attested { id, signer: signer.clone(), stake });

		let certifies = blob.attested_stake >= Self::quorum_of(blob.total_stake);
		if let (Some(deadline), true) = (pending_until, certifies) {
			let retained_until = deadline.saturating_add(T::RetentionPeriod::get());
			Retention::<T>::try_mutate(retained_until, |due| due.try_push(id))
				.map_err(|_| Error::<T>::TooManyBlobsInBlock)?;
			let tally = Self::open_tally(blob.fee);
			Self::pay_attesters(&blob, blob.fee.saturating_sub(tally.pot), &attesters)?;
			Sampling::<T>::insert(id, tally);
			blob.state = BlobState::Certified {
				at: frame_system::Pallet::<T>::block_number(),
				retained_until,
			};
			Self::deposit_event(Event::BlobCertified {
				id,
				data_root: blob.data_root,
				attested_stake: blob.attested_stake,
				total_stake: blob.total_stake,
				retained_until,
			});
		}
		Attesters::<T>::insert(id, attesters);
		Blobs::<T>::insert(id, blob);
		Ok(AttestOutcome::Counted)
	}

	/// The least attested stake that certifies a blob of an epoch with `total` stake:
	/// `⌈total × Quorum⌉`.
	pub fn quorum_of(total: BalanceOf<T>) -> BalanceOf<T> {
		let quorum = T::Quorum::get();
		scale::<T>(total, quorum.numerator.into(), quorum.denominator.into(), Rounding::Up)
	}

	/// Pays `amount` of the blob's fee to its attesters in proportion to their stake; what
	/// rounding leaves goes to the first attester.
	fn pay_attesters(
		blob: &Blob<T>,
		amount: BalanceOf<T>,
		attesters: &[Attestation<T>],
	) -> DispatchResult {
		let total: u128 = blob.attested_stake.unique_saturated_into();
		let mut paid = BalanceOf::<T>::zero();
		let shares: Vec<BalanceOf<T>> = attesters
			.iter()
			.map(|a| scale::<T>(amount, a.stake.unique_saturated_into(), total, Rounding::Down))
			.collect();
		for (attester, share) in attesters.iter().zip(shares.iter()).skip(1) {
			Self::pay_from_hold(blob, &attester.signer, *share)?;
			paid = paid.saturating_add(*share);
		}
		if let Some(first) = attesters.first() {
			Self::pay_from_hold(blob, &first.signer, amount.saturating_sub(paid))?;
		}
		Ok(())
	}

	/// Expires the blobs still pending whose deadline is `now`, and forgets those a fraud
	/// proof showed invalid while pending; returns how many were due.
	pub(crate) fn expire(now: BlockNumberFor<T>) -> u32 {
		let due = Deadlines::<T>::take(now);
		for id in due.iter() {
			let Some(blob) = Blobs::<T>::get(id) else { continue };
			if matches!(blob.state, BlobState::Invalid { until, .. } if until == now) {
				Self::forget(*id, &blob);
				Self::deposit_event(Event::BlobPruned { id: *id, data_root: blob.data_root });
				continue;
			}
			if !matches!(blob.state, BlobState::Pending { .. }) {
				continue;
			}
			let charged = T::ExpiryCharge::get() * blob.fee;
			let reason = HoldReason::BlobFee.into();
			let charged = T::Currency::transfer_on_hold(
				&reason,
				&blob.submitter,
				&T::ChargeBeneficiary::get(),
				charged,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			)
			.unwrap_or_default();
			let refunded = T::Currency::release(
				&reason,
				&blob.submitter,
				blob.fee.saturating_sub(charged),
				Precision::BestEffort,
			)
			.unwrap_or_default();
			Self::forget(*id, &blob);
			Self::deposit_event(Event::BlobExpired {
				id: *id,
				data_root: blob.data_root,
				refunded,
				charged,
			});
		}
		due.len() as u32
	}

	/// Prunes the certified blobs whose retention ends at `now`; returns how many were due.
	pub(crate) fn prune(now: BlockNumberFor<T>) -> u32 {
		let due = Retention::<T>::take(now);
		for id in due.iter() {
			if let Some(blob) = Blobs::<T>::get(id) {
				Self::forget(*id, &blob);
				Self::deposit_event(Event::BlobPruned { id: *id, data_root: blob.data_root });
			}
		}
		due.len() as u32
	}

	fn forget(id: BlobId, blob: &Blob<T>) {
		Self::close_tally(id, blob);
		Blobs::<T>::remove(id);
		BlobsByRoot::<T>::remove(blob.data_root);
		Attesters::<T>::remove(id);
	}

	/// Draws the signers of a new epoch; returns how many were drawn (0 if the epoch did not
	/// change).
	pub(crate) fn select_signers_if_new_epoch() -> u32 {
		let (epoch, randomness) = T::Epochs::current();
		if CurrentEpoch::<T>::get() == Some(epoch) {
			return 0;
		}
		let mut operators = T::Security::operators(DaService::ID);
		operators.sort_by(|(a, stake_a), (b, stake_b)| stake_b.cmp(stake_a).then_with(|| a.cmp(b)));
		operators.truncate(T::MaxSigners::get() as usize);
		assignment::shuffle(&mut operators, &randomness);
		let total_stake = operators
			.iter()
			.fold(BalanceOf::<T>::zero(), |sum, (_, stake)| sum.saturating_add(*stake));
		let count = operators.len() as u32;
		let signers = BoundedVec::truncate_from(operators);
		EpochSigners::<T>::insert(epoch, SignerSet { signers, total_stake });
		if let Some(old) = epoch.checked_sub(u64::from(T::EpochsKept::get())) {
			EpochSigners::<T>::remove(old);
		}
		CurrentEpoch::<T>::put(epoch);
		Self::deposit_event(Event::SignersSelected { epoch, signers: count, total_stake });
		count
	}

	/// The invariants: every blob is indexed by its root and queued for its expiry or pruning,
	/// its attested stake is the sum of its attesters', what is held from each submitter is
	/// the fees of its pending blobs and the samplers' share left of its others, a blob's
	/// confidence is the one its clean samples give, and every open challenge is queued for
	/// its deadline, listed under its blob and its deposit held.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		let mut pending_fees: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, blob) in Blobs::<T>::iter() {
			ensure!(
				BlobsByRoot::<T>::get(blob.data_root) == Some(id),
				"a blob is not indexed by its root"
			);
			let attested = Attesters::<T>::get(id)
				.iter()
				.fold(BalanceOf::<T>::zero(), |sum, a| sum.saturating_add(a.stake));
			ensure!(attested == blob.attested_stake, "attested stake is not its attesters' sum");
			match blob.state {
				BlobState::Pending { deadline } => {
					ensure!(
						Deadlines::<T>::get(deadline).contains(&id),
						"a pending blob has no deadline"
					);
					let held = pending_fees.entry(blob.submitter.clone()).or_default();
					*held = held.saturating_add(blob.fee);
				},
				BlobState::Certified { retained_until, .. }
				| BlobState::Unavailable { retained_until, .. } => ensure!(
					Retention::<T>::get(retained_until).contains(&id),
					"a certified blob is not queued for pruning"
				),
				BlobState::Invalid { until, .. } => ensure!(
					Retention::<T>::get(until).contains(&id)
						|| Deadlines::<T>::get(until).contains(&id),
					"an invalid blob is not queued to be forgotten"
				),
			}
			if let Some(tally) = Sampling::<T>::get(id) {
				let held = pending_fees.entry(blob.submitter.clone()).or_default();
				*held = held.saturating_add(tally.pot);
				let expected = zerog_data::sampling::confidence_ppb(
					u32::from(blob.layout.width),
					tally.summary.clean,
				);
				ensure!(
					tally.summary.confidence.deconstruct() == expected,
					"a blob's confidence is not its clean samples'"
				);
				ensure!(
					tally.summary.reports == tally.samplers.len() as u32,
					"a report is not counted once"
				);
			}
		}
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (challenge_id, challenge) in crate::Challenges::<T>::iter() {
			ensure!(
				crate::ChallengeDeadlines::<T>::get(challenge.deadline).contains(&challenge_id),
				"an open challenge is not queued for its deadline"
			);
			ensure!(
				crate::OpenChallenges::<T>::get(challenge.blob).contains(&challenge_id),
				"an open challenge is not listed under its blob"
			);
			let held = deposits.entry(challenge.challenger.clone()).or_default();
			*held = held.saturating_add(challenge.deposit);
		}
		for (who, deposit) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ChallengeDeposit.into(), &who) == deposit,
				"held challenge deposits differ from the open challenges'"
			);
		}
		for (who, fees) in pending_fees {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::BlobFee.into(), &who) == fees,
				"held fees differ from the pending blobs' fees"
			);
		}
		Ok(())
	}
}
