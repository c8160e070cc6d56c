//! Slashing: consensus offences reported by pallet-offences become deferred slashes of the
//! offender's own stake and its nominators' exposure; services slash their operators directly.

use crate::{
	BalanceOf, Config, ErasStakersOverview, ErasStakersPaged, ErasStartSessionIndex, Event,
	HoldReason, Invulnerables, Ledger, Pallet, SlashedInEra, UnappliedSlash, UnappliedSlashes,
	Validators,
};
use frame_support::{
	traits::{
		fungible::{Balanced, BalancedHold},
		Get, OnUnbalanced,
	},
	weights::Weight,
	BoundedVec,
};
use sp_runtime::{traits::Zero, Perbill, Saturating};
use sp_staking::{
	offence::{OffenceDetails, OnOffenceHandler},
	EraIndex, SessionIndex,
};

impl<T: Config> Pallet<T> {
	/// The kept era that `session` belongs to.
	fn era_of_session(session: SessionIndex) -> Option<EraIndex> {
		let active = Self::active_era_index();
		let oldest = active.saturating_sub(T::HistoryDepth::get());
		(oldest..=active)
			.rev()
			.find(|era| ErasStartSessionIndex::<T>::get(era).is_some_and(|start| start <= session))
	}

	/// The slash of `validator` and its nominators for raising its era's slashed fraction from
	/// `prior` to `fraction`.
	fn compute_slash(
		validator: &T::AccountId,
		era: EraIndex,
		extra: Perbill,
	) -> Option<UnappliedSlash<T>> {
		let overview = ErasStakersOverview::<T>::get(era, validator)?;
		let mut others = BoundedVec::new();
		for page in 0..overview.page_count {
			let Some(exposure) = ErasStakersPaged::<T>::get((era, validator, page)) else {
				continue;
			};
			for nominator in exposure.others {
				let value = extra * nominator.value;
				if !value.is_zero() && others.try_push((nominator.who, value)).is_err() {
					break;
				}
			}
		}
		Some(UnappliedSlash {
			validator: validator.clone(),
			offence_era: era,
			own: extra * overview.own,
			others,
		})
	}

	/// Applies the slashes waiting for `era`.
	pub(crate) fn apply_unapplied_slashes(era: EraIndex) {
		for slash in UnappliedSlashes::<T>::take(era) {
			Self::apply_slash(&slash);
		}
	}

	fn apply_slash(slash: &UnappliedSlash<T>) {
		Self::slash_stash(&slash.validator, slash.own);
		for (nominator, value) in &slash.others {
			Self::slash_stash(nominator, *value);
		}
	}

	/// Takes up to `amount` from `stash`'s bond (active first, then unlocking) to `T::Slash`;
	/// returns how much was taken. A validator left below `MinValidatorBond` is chilled.
	pub(crate) fn slash_stash(stash: &T::AccountId, amount: BalanceOf<T>) -> BalanceOf<T> {
		Self::slash_stash_to(stash, amount, None)
	}

	/// As [`Self::slash_stash`], but the slashed funds go to `beneficiary` when one is given
	/// (and can receive them), to `T::Slash` otherwise.
	pub(crate) fn slash_stash_to(
		stash: &T::AccountId,
		amount: BalanceOf<T>,
		beneficiary: Option<&T::AccountId>,
	) -> BalanceOf<T> {
		let Some(mut ledger) = Ledger::<T>::get(stash) else { return Zero::zero() };
		let taken = ledger.slash(amount);
		if taken.is_zero() {
			return taken;
		}
		let (credit, missing) = T::Currency::slash(&HoldReason::Staking.into(), stash, taken);
		let unclaimed = match beneficiary {
			Some(to) => T::Currency::resolve(to, credit).err(),
			None => Some(credit),
		};
		if let Some(credit) = unclaimed {
			T::Slash::on_unbalanced(credit);
		}
		let taken = taken.saturating_sub(missing);
		if Validators::<T>::contains_key(stash) && ledger.active < T::MinValidatorBond::get() {
			Self::do_chill(stash);
		}
		Ledger::<T>::insert(stash, ledger);
		Self::deposit_event(Event::Slashed { staker: stash.clone(), amount: taken });
		taken
	}
}

impl<T: Config> OnOffenceHandler<T::AccountId, (T::AccountId, ()), Weight> for Pallet<T> {
	fn on_offence(
		offenders: &[OffenceDetails<T::AccountId, (T::AccountId, ())>],
		slash_fraction: &[Perbill],
		session: SessionIndex,
	) -> Weight {
		let db = T::DbWeight::get();
		let mut weight = db.reads(2);
		let Some(offence_era) = Self::era_of_session(session) else { return weight };
		let active = Self::active_era_index();
		let apply_era = active.saturating_add(T::SlashDeferDuration::get());
		let invulnerables = Invulnerables::<T>::get();
		for (details, fraction) in offenders.iter().zip(slash_fraction) {
			let validator = &details.offender.0;
			weight.saturating_accrue(db.reads(2));
			if invulnerables.contains(validator) {
				continue;
			}
			let prior = SlashedInEra::<T>::get(offence_era, validator).unwrap_or_default();
			if *fraction <= prior {
				continue;
			}
			let extra = fraction.saturating_sub(prior);
			let Some(slash) = Self::compute_slash(validator, offence_era, extra) else {
				continue;
			};
			SlashedInEra::<T>::insert(offence_era, validator, *fraction);
			Self::do_chill(validator);
			let pages = slash.others.len() as u64;
			weight.saturating_accrue(db.reads_writes(pages.saturating_add(2), 3));
			let deferred = apply_era > active
				&& UnappliedSlashes::<T>::try_mutate(apply_era, |slashes| {
					slashes.try_push(slash.clone())
				})
				.is_ok();
			if !deferred {
				weight.saturating_accrue(db.reads_writes(pages.saturating_add(1), pages));
				Self::apply_slash(&slash);
			}
			Self::deposit_event(Event::SlashReported {
				validator: validator.clone(),
				fraction: *fraction,
				offence_era,
				apply_era: if deferred { apply_era } else { active },
			});
		}
		weight
	}
}
