//! Eras on top of sessions: planning an era (the election) when enough sessions have passed,
//! starting it when its first session starts, and setting its payout when its last one ends.

use crate::{
	ActiveEra, ActiveEraInfo, ClaimedRewards, Config, CurrentEra, ErasRewardPoints,
	ErasStakersOverview, ErasStakersPaged, ErasStartSessionIndex, ErasTotalStake,
	ErasValidatorPrefs, ErasValidatorReward, Event, Pallet, SlashedInEra, UnappliedSlashes,
};
use alloc::vec::Vec;
use frame_support::traits::{fungible::Inspect, Get, UnixTime};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{Perbill, SaturatedConversion};
use sp_staking::{EraIndex, SessionIndex};

/// Milliseconds in a (Julian) year, the unit of the annual inflation.
const MILLISECONDS_PER_YEAR: u64 = 1000 * 3600 * 24 * 36525 / 100;

/// Points for authoring a block.
pub const POINTS_PER_BLOCK: u32 = 20;

impl<T: Config> Pallet<T> {
	/// Plans the era starting with session `new_index` if the current one has had its
	/// sessions; returns the new validator set.
	fn plan_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let planned = CurrentEra::<T>::get().unwrap_or_default();
		let start = ErasStartSessionIndex::<T>::get(planned).unwrap_or_default();
		if new_index.saturating_sub(start) < T::SessionsPerEra::get().max(1)
			|| planned > Self::active_era_index()
		{
			return None;
		}
		let era = planned.saturating_add(1);
		match Self::elect(era) {
			Ok(validators) => {
				CurrentEra::<T>::put(era);
				ErasStartSessionIndex::<T>::insert(era, new_index);
				Self::deposit_event(Event::EraPlanned {
					era,
					validators: validators.len() as u32,
					total_stake: ErasTotalStake::<T>::get(era).unwrap_or_default(),
				});
				Some(validators)
			},
			Err(crate::election::ElectionFailure::TooFew(elected)) => {
				Self::deposit_event(Event::ElectionFailed { era, elected });
				None
			},
		}
	}

	/// Makes `era` the active era: applies the slashes waiting for it and forgets the era that
	/// falls out of the history.
	fn start_era(era: EraIndex) {
		ActiveEra::<T>::put(ActiveEraInfo { index: era, start: None });
		Self::apply_unapplied_slashes(era);
		if let Some(old) = era.checked_sub(T::HistoryDepth::get().saturating_add(1)) {
			Self::clear_era(old);
		}
		Self::deposit_event(Event::EraStarted { era });
	}

	/// Sets what the ending era pays: the annual inflation of the issuance for its length.
	fn end_era(active: ActiveEraInfo) {
		let now: u64 = T::UnixTime::now().as_millis().saturated_into();
		let length = now.saturating_sub(active.start.unwrap_or(now));
		let share = Perbill::from_rational(length, MILLISECONDS_PER_YEAR);
		let yearly = T::AnnualInflation::get() * T::Currency::total_issuance();
		let validator_payout = share * yearly;
		ErasValidatorReward::<T>::insert(active.index, validator_payout);
		Self::deposit_event(Event::EraPaid { era: active.index, validator_payout });
	}

	fn clear_era(era: EraIndex) {
		let _ = ErasStakersOverview::<T>::clear_prefix(era, u32::MAX, None);
		let _ = ErasStakersPaged::<T>::clear_prefix((era,), u32::MAX, None);
		let _ = ErasValidatorPrefs::<T>::clear_prefix(era, u32::MAX, None);
		let _ = ClaimedRewards::<T>::clear_prefix(era, u32::MAX, None);
		let _ = SlashedInEra::<T>::clear_prefix(era, u32::MAX, None);
		ErasValidatorReward::<T>::remove(era);
		ErasRewardPoints::<T>::remove(era);
		ErasTotalStake::<T>::remove(era);
		ErasStartSessionIndex::<T>::remove(era);
		UnappliedSlashes::<T>::remove(era);
	}

	/// Gives `points` to each validator for the active era.
	pub fn reward_by_ids(rewards: impl IntoIterator<Item = (T::AccountId, u32)>) {
		let era = Self::active_era_index();
		ErasRewardPoints::<T>::mutate(era, |points| {
			for (validator, earned) in rewards {
				match points.individual.iter_mut().find(|(who, _)| *who == validator) {
					Some((_, held)) => *held = held.saturating_add(earned),
					None => {
						if points.individual.try_push((validator, earned)).is_err() {
							continue;
						}
					},
				}
				points.total = points.total.saturating_add(earned);
			}
		});
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::plan_session(new_index)
	}

	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		if new_index != 0 {
			return None;
		}
		// Era 0's validators come from the genesis stakers; without any, pallet-session keeps
		// the validators of its own genesis keys.
		Self::elect(0).ok().inspect(|validators| {
			Self::deposit_event(Event::EraPlanned {
				era: 0,
				validators: validators.len() as u32,
				total_stake: ErasTotalStake::<T>::get(0).unwrap_or_default(),
			});
		})
	}

	fn start_session(start_index: SessionIndex) {
		let next = Self::active_era_index().saturating_add(1);
		if ErasStartSessionIndex::<T>::get(next) == Some(start_index) {
			Self::start_era(next);
		}
	}

	fn end_session(end_index: SessionIndex) {
		let Some(active) = ActiveEra::<T>::get() else { return };
		let next = active.index.saturating_add(1);
		if ErasStartSessionIndex::<T>::get(next) == Some(end_index.saturating_add(1)) {
			Self::end_era(active);
		}
	}
}

impl<T: Config> pallet_session::historical::SessionManager<T::AccountId, ()> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<(T::AccountId, ())>> {
		<Self as pallet_session::SessionManager<_>>::new_session(new_index)
			.map(|validators| validators.into_iter().map(|v| (v, ())).collect())
	}

	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<(T::AccountId, ())>> {
		<Self as pallet_session::SessionManager<_>>::new_session_genesis(new_index)
			.map(|validators| validators.into_iter().map(|v| (v, ())).collect())
	}

	fn start_session(start_index: SessionIndex) {
		<Self as pallet_session::SessionManager<_>>::start_session(start_index)
	}

	fn end_session(end_index: SessionIndex) {
		<Self as pallet_session::SessionManager<_>>::end_session(end_index)
	}
}

/// Block authors earn era points.
impl<T: Config> pallet_authorship::EventHandler<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn note_author(author: T::AccountId) {
		Self::reward_by_ids([(author, POINTS_PER_BLOCK)]);
	}
}
