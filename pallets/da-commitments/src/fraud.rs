//! Bad-encoding fraud proofs: `k` proven cells of a line that decode to another line than the
//! one committed make the blob invalid and cost its attesters.

use crate::{Attesters, BalanceOf, Blobs, Config, Error, Event, Pallet, Sampling, WeightInfo};
use frame_support::{
	dispatch::{DispatchResultWithPostInfo, Pays, PostDispatchInfo},
	ensure,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
		Get,
	},
};
use sp_runtime::traits::{Saturating, Zero};
use zerog_da_primitives::{BlobId, BlobState, DaOffence, DaService};
use zerog_data::blob::{check_fraud_proof, FraudProof, Verdict};
use zerog_staking_primitives::{Service, SharedSecurity};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_report_bad_encoding(
		reporter: T::AccountId,
		id: BlobId,
		proof: FraudProof,
	) -> DispatchResultWithPostInfo {
		let mut blob = Blobs::<T>::get(id).ok_or(Error::<T>::UnknownBlob)?;
		ensure!(!matches!(blob.state, BlobState::Invalid { .. }), Error::<T>::AlreadyInvalid);
		let deposit = T::FraudDeposit::get();
		ensure!(
			T::Currency::reducible_balance(&reporter, Preservation::Preserve, Fortitude::Polite)
				>= deposit,
			Error::<T>::CannotPayDeposit
		);
		let verdict = check_fraud_proof(&blob.data_root, &blob.layout, &proof)
			.map_err(|_| Error::<T>::InvalidFraudProof)?;
		let attesters = Attesters::<T>::get(id);
		let actual = Some(T::WeightInfo::report_bad_encoding(attesters.len() as u32));
		if verdict == Verdict::Consistent {
			T::Currency::transfer(
				&reporter,
				&T::ChargeBeneficiary::get(),
				deposit,
				Preservation::Preserve,
			)?;
			Self::deposit_event(Event::FraudProofRejected { id, reporter, deposit });
			return Ok(PostDispatchInfo { actual_weight: actual, pays_fee: Pays::Yes });
		}

		let mut slashed = BalanceOf::<T>::zero();
		for attester in attesters.iter() {
			let amount = T::Security::slash_to(
				DaService::ID,
				&attester.signer,
				T::FraudSlash::get(),
				DaOffence::AttestedBadEncoding.into(),
				&reporter,
			)
			.unwrap_or_else(|_| BalanceOf::<T>::zero());
			slashed = slashed.saturating_add(amount);
			Self::deposit_event(Event::AttesterSlashed {
				id,
				signer: attester.signer.clone(),
				slashed: amount,
			});
		}
		let now = frame_system::Pallet::<T>::block_number();
		let (fee_taken, until) = match blob.state {
			BlobState::Pending { deadline } => {
				// As if it expired: the charge to the treasury first, so a submitter proving
				// its own blob bad gets no more back than expiry would give.
				let charge = T::ExpiryCharge::get() * blob.fee;
				Self::pay_from_hold(&blob, &T::ChargeBeneficiary::get(), charge)?;
				(blob.fee.saturating_sub(charge), deadline)
			},
			BlobState::Certified { retained_until, .. }
			| BlobState::Unavailable { retained_until, .. } => {
				let pot = Sampling::<T>::mutate(id, |tally| {
					tally
						.as_mut()
						.map(|t| core::mem::replace(&mut t.pot, Zero::zero()))
						.unwrap_or_default()
				});
				(pot, retained_until)
			},
			BlobState::Invalid { .. } => return Err(Error::<T>::AlreadyInvalid.into()),
		};
		Self::pay_from_hold(&blob, &reporter, fee_taken)?;
		blob.state = BlobState::Invalid { at: now, until };
		let data_root = blob.data_root;
		Blobs::<T>::insert(id, blob);
		Self::deposit_event(Event::BlobInvalid {
			id,
			data_root,
			reporter,
			attesters_slashed: attesters.len() as u32,
			slashed,
			fee_taken,
		});
		// Free when it caught attesters; proving a blob no one attested costs the fee.
		let pays_fee = if attesters.is_empty() { Pays::Yes } else { Pays::No };
		Ok(PostDispatchInfo { actual_weight: actual, pays_fee })
	}
}
