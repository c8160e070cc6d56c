//! Sample reports: staked samplers tell the chain how many random cells of a certified blob
//! they could get, and the clean reports add up to the blob's confidence.

use crate::{
	BalanceOf, Blob, Blobs, Config, Error, Event, HoldReason, Pallet, SampleTally, Sampling,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Contains, Get,
	},
	BoundedVec,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill,
};
use zerog_da_primitives::{BlobId, BlobState, SamplingSummary};
use zerog_data::sampling::confidence_ppb;

impl<T: Config> Pallet<T> {
	/// The tally a blob starts with when it is certified: `SamplerShare` of its fee kept back,
	/// split evenly between the `MaxSampleReports` reports it may take.
	pub(crate) fn open_tally(fee: BalanceOf<T>) -> SampleTally<T> {
		let reports: BalanceOf<T> = T::MaxSampleReports::get().max(1).into();
		let reward = (T::SamplerShare::get() * fee) / reports;
		SampleTally {
			samplers: BoundedVec::new(),
			summary: SamplingSummary::default(),
			reward,
			pot: reward.saturating_mul(reports),
		}
	}

	pub(crate) fn do_report_samples(
		sampler: T::AccountId,
		id: BlobId,
		sampled: u32,
		ok: u32,
	) -> DispatchResult {
		ensure!(T::Samplers::contains(&sampler), Error::<T>::NotASampler);
		ensure!(
			sampled > 0 && sampled <= T::MaxSamplesPerReport::get() && ok <= sampled,
			Error::<T>::InvalidReport
		);
		let blob = Blobs::<T>::get(id).ok_or(Error::<T>::UnknownBlob)?;
		ensure!(matches!(blob.state, BlobState::Certified { .. }), Error::<T>::NotCertified);
		// A blob certified before samplers were paid has no tally: its reports count, unpaid.
		let mut tally = Sampling::<T>::get(id).unwrap_or_else(|| SampleTally {
			samplers: BoundedVec::new(),
			summary: SamplingSummary::default(),
			reward: Zero::zero(),
			pot: Zero::zero(),
		});
		ensure!(!tally.samplers.contains(&sampler), Error::<T>::AlreadyReported);
		tally.samplers.try_push(sampler.clone()).map_err(|_| Error::<T>::TooManyReports)?;

		let summary = &mut tally.summary;
		summary.reports.saturating_inc();
		summary.sampled = summary.sampled.saturating_add(sampled);
		summary.ok = summary.ok.saturating_add(ok);
		if ok == sampled {
			summary.clean = summary.clean.saturating_add(sampled);
			summary.confidence =
				Perbill::from_parts(confidence_ppb(u32::from(blob.layout.width), summary.clean));
		}
		let reward = tally.reward.min(tally.pot);
		Self::pay_from_hold(&blob, &sampler, reward)?;
		tally.pot = tally.pot.saturating_sub(reward);
		let confidence = tally.summary.confidence;
		Sampling::<T>::insert(id, tally);
		Self::deposit_event(Event::SamplesReported {
			id,
			sampler,
			sampled,
			ok,
			confidence,
			reward,
		});
		Ok(())
	}

	/// Pays `amount` of what is held from the blob's submitter to `to`.
	pub(crate) fn pay_from_hold(
		blob: &Blob<T>,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::transfer_on_hold(
			&HoldReason::BlobFee.into(),
			&blob.submitter,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		Ok(())
	}

	/// Refunds the samplers' share no report earned to the submitter, and forgets the tally.
	pub(crate) fn close_tally(id: BlobId, blob: &Blob<T>) {
		if let Some(tally) = Sampling::<T>::take(id) {
			let _ = T::Currency::release(
				&HoldReason::BlobFee.into(),
				&blob.submitter,
				tally.pot,
				Precision::BestEffort,
			);
		}
	}
}
