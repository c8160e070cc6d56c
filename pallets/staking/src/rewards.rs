//! Paying an era's rewards: the validator's share by era points, its commission, and the rest
//! by stake among it and its nominators, one page of nominators per call.

use crate::{
	BalanceOf, ClaimedRewards, Config, ErasRewardPoints, ErasStakersOverview, ErasStakersPaged,
	ErasValidatorPrefs, ErasValidatorReward, Error, Event, HoldReason, Ledger, Page, Pallet, Payee,
	RewardDestination,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchError,
	traits::{
		fungible::{Mutate, MutateHold},
		Get,
	},
};
use sp_runtime::{traits::Zero, Perbill, Saturating};
use sp_staking::EraIndex;

impl<T: Config> Pallet<T> {
	/// Pays `page` of `validator`'s rewards for `era`; returns how many nominators were paid.
	pub(crate) fn do_payout_stakers(
		validator: &T::AccountId,
		era: EraIndex,
		page: Page,
	) -> Result<u32, DispatchError> {
		let active = Self::active_era_index();
		ensure!(
			era < active && era.saturating_add(T::HistoryDepth::get()) >= active,
			Error::<T>::InvalidEraToReward
		);
		let era_payout =
			ErasValidatorReward::<T>::get(era).ok_or(Error::<T>::InvalidEraToReward)?;
		let overview =
			ErasStakersOverview::<T>::get(era, validator).ok_or(Error::<T>::NotElected)?;
		ensure!(page < overview.page_count, Error::<T>::InvalidPage);
		ClaimedRewards::<T>::try_mutate(era, validator, |claimed| {
			ensure!(!claimed.contains(&page), Error::<T>::AlreadyClaimed);
			claimed.try_push(page).map_err(|_| Error::<T>::InvalidPage)
		})?;
		Self::deposit_event(Event::PayoutStarted { era, validator: validator.clone(), page });

		let points = ErasRewardPoints::<T>::get(era);
		let earned = points
			.individual
			.iter()
			.find(|(who, _)| who == validator)
			.map(|(_, p)| *p)
			.unwrap_or_default();
		if earned == 0 || overview.total.is_zero() {
			return Ok(0);
		}
		let validator_reward = Perbill::from_rational(earned, points.total) * era_payout;
		let commission =
			ErasValidatorPrefs::<T>::get(era, validator).unwrap_or_default().commission
				* validator_reward;
		let shared = validator_reward.saturating_sub(commission);

		if page == 0 {
			let own_share = Perbill::from_rational(overview.own, overview.total) * shared;
			Self::pay(validator, commission.saturating_add(own_share));
		}
		let Some(exposure) = ErasStakersPaged::<T>::get((era, validator, page)) else {
			return Ok(0);
		};
		for nominator in &exposure.others {
			Self::pay(
				&nominator.who,
				Perbill::from_rational(nominator.value, overview.total) * shared,
			);
		}
		Ok(exposure.others.len() as u32)
	}

	/// Mints `amount` to `stash`, bonding it if the stash's rewards are staked.
	fn pay(stash: &T::AccountId, amount: BalanceOf<T>) {
		if amount.is_zero() || T::Currency::mint_into(stash, amount).is_err() {
			return;
		}
		let mut dest = Payee::<T>::get(stash).unwrap_or(RewardDestination::Stash);
		if dest == RewardDestination::Staked {
			let bonded = Ledger::<T>::mutate(stash, |ledger| match ledger {
				Some(ledger)
					if T::Currency::hold(&HoldReason::Staking.into(), stash, amount).is_ok() =>
				{
					ledger.total = ledger.total.saturating_add(amount);
					ledger.active = ledger.active.saturating_add(amount);
					true
				},
				_ => false,
			});
			if !bonded {
				dest = RewardDestination::Stash;
			}
		}
		Self::deposit_event(Event::Rewarded { stash: stash.clone(), dest, amount });
	}
}
