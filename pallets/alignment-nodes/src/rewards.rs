//! Rewards from the 15% pool: the epoch's budget, the lazy settlement of each operator's
//! epoch, each licence's share, and claims.
//!
//! # The rule
//!
//! When epoch `e` ends, its **budget** is what the pool vested since the previous end plus the
//! carry (what earlier epochs paid no one). `BaseShare` of the budget is the base part: it is
//! divided by the licences *minted*, and each licence run by an operator live in `e` earns
//! that share; the shares of licences not run, and the rounding, are carried to `e + 1`. The
//! rest is the bonus part, shared among the live operators in proportion to their points
//! (`AuditPoints` per audit, `VotePoints` per vote with a final verdict); with no points it
//! is carried whole. An operator loses `NoRevealPenalty` of its epoch reward per jury seat it
//! did not reveal (at most all of it), also carried. Of an operator's reward its commission
//! is its own and the rest goes in equal parts to the licences it ran in `e`; the rounding of
//! that division is the operator's.
//!
//! So every unit released is either owed to someone or in the carry, and payouts never exceed
//! the release: `Paid ≤ Accounted ≤ released` (try-state checks it, with what is owed).
//!
//! # Bounded work
//!
//! The epoch's end is O(1): it fixes `base_per_licence`, the bonus pot and the points in a
//! [`ClosedEpoch`]. Each operator's record is settled when the operator is next touched
//! (heartbeat, a licence joining or leaving, a claim), adding the owners' part per licence to
//! its `reward_per_licence`; each licence is owed the growth of that since its snapshot.

use crate::{
	Accounted, BalanceOf, ClosedEpoch, ClosedEpochs, Config, CurrentEpoch, EpochState, Error,
	Event, Licence, Licences, Minted, OperatorInfo, Operators, Paid, Pallet, ReleasedRewards,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::Mutate, tokens::Preservation, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedDiv, Zero},
	Perbill, Saturating,
};
use zerog_alignment_primitives::{Delegation, LicenceId};

impl<T: Config> Pallet<T> {
	/// Whether the current epoch ends with block `now`'s start.
	pub(crate) fn epoch_ends(now: BlockNumberFor<T>) -> bool {
		let length = T::EpochLength::get().max(1u32.into());
		now >= CurrentEpoch::<T>::get().started_at.saturating_add(length)
	}

	/// Ends the current epoch: fixes its division and starts the next one.
	pub(crate) fn close_epoch(now: BlockNumberFor<T>) {
		let epoch = CurrentEpoch::<T>::get();
		let released = T::Released::released();
		let accounted = Accounted::<T>::get();
		let release = released.saturating_sub(accounted);
		Accounted::<T>::put(accounted.max(released));
		let budget = release.saturating_add(epoch.carry);
		let base_pot = T::BaseShare::get().mul_floor(budget);
		let mut bonus_pot = budget.saturating_sub(base_pot);
		let base_per_licence = base_pot
			.checked_div(&BalanceOf::<T>::from(Minted::<T>::get()))
			.unwrap_or_else(Zero::zero);
		let base_paid = base_per_licence.saturating_mul(epoch.live.into());
		let mut carried = base_pot.saturating_sub(base_paid);
		if epoch.points == 0 {
			carried = carried.saturating_add(bonus_pot);
			bonus_pot = Zero::zero();
		}
		if epoch.live > 0 || epoch.points > 0 {
			ClosedEpochs::<T>::insert(
				epoch.index,
				ClosedEpoch {
					base_per_licence,
					bonus_pot,
					points: epoch.points,
					unsettled_licences: epoch.live,
					unsettled_points: epoch.points,
					bonus_paid: Zero::zero(),
				},
			);
		}
		Self::deposit_event(Event::EpochClosed {
			epoch: epoch.index,
			budget,
			live_licences: epoch.live,
			points: epoch.points,
			carried,
		});
		let index = epoch.index.saturating_add(1);
		CurrentEpoch::<T>::put(EpochState {
			index,
			started_at: now,
			seed: Self::randomness(&(b"zg/align/epoch", index)),
			live: 0,
			points: 0,
			carry: carried,
		});
	}

	/// Settles `operator`'s record if its epoch ended: its reward, less penalties, split into
	/// its commission and the owners' part per licence. `info` is written back by the caller.
	pub(crate) fn settle_operator(operator: &T::AccountId, info: &mut OperatorInfo<T>) {
		let current = CurrentEpoch::<T>::get().index;
		let Some(record) = info.record.filter(|record| record.epoch < current) else { return };
		info.record = None;
		let Some(mut closed) = ClosedEpochs::<T>::get(record.epoch) else { return };
		let base = closed.base_per_licence.saturating_mul(record.licences.into());
		let bonus = match closed.points {
			0 => Zero::zero(),
			points => Perbill::from_rational(record.points, points)
				.mul_floor(closed.bonus_pot)
				.min(closed.bonus_pot.saturating_sub(closed.bonus_paid)),
		};
		closed.unsettled_licences = closed.unsettled_licences.saturating_sub(record.licences);
		closed.unsettled_points = closed.unsettled_points.saturating_sub(record.points);
		closed.bonus_paid = closed.bonus_paid.saturating_add(bonus);
		let gross = base.saturating_add(bonus);
		let penalty = Perbill::from_parts(
			T::NoRevealPenalty::get().deconstruct().saturating_mul(record.missed_reveals),
		)
		.mul_floor(gross);
		let reward = gross.saturating_sub(penalty);
		let mut carried = penalty;
		if closed.unsettled_licences == 0 && closed.unsettled_points == 0 {
			carried = carried.saturating_add(closed.bonus_pot.saturating_sub(closed.bonus_paid));
			ClosedEpochs::<T>::remove(record.epoch);
		} else {
			ClosedEpochs::<T>::insert(record.epoch, closed);
		}
		if !carried.is_zero() {
			CurrentEpoch::<T>::mutate(|epoch| epoch.carry = epoch.carry.saturating_add(carried));
		}
		let owners = reward.saturating_sub(info.commission.mul_floor(reward));
		let per_licence =
			owners.checked_div(&BalanceOf::<T>::from(record.licences)).unwrap_or_else(Zero::zero);
		info.reward_per_licence = info.reward_per_licence.saturating_add(per_licence);
		let own = reward.saturating_sub(per_licence.saturating_mul(record.licences.into()));
		info.unclaimed = info.unclaimed.saturating_add(own);
		Self::deposit_event(Event::OperatorSettled {
			operator: operator.clone(),
			epoch: record.epoch,
			reward,
			commission: own,
		});
	}

	/// Settles the licence's share from its operator (settling the operator first).
	pub(crate) fn settle_licence(licence: &mut Licence<T>) {
		let Delegation::Approved(operator) = &licence.delegation else { return };
		let Some(mut info) = Operators::<T>::get(operator) else { return };
		Self::settle_operator(operator, &mut info);
		licence.unclaimed = licence
			.unclaimed
			.saturating_add(info.reward_per_licence.saturating_sub(licence.reward_snapshot));
		licence.reward_snapshot = info.reward_per_licence;
		Operators::<T>::insert(operator, info);
	}

	pub(crate) fn do_claim(who: T::AccountId, ids: Vec<LicenceId>) -> DispatchResult {
		let mut total = BalanceOf::<T>::zero();
		for id in ids {
			let mut licence = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
			ensure!(licence.owner == who, Error::<T>::NotOwner);
			Self::settle_licence(&mut licence);
			total = total.saturating_add(core::mem::take(&mut licence.unclaimed));
			Licences::<T>::insert(id, licence);
		}
		if let Some(mut info) = Operators::<T>::get(&who) {
			Self::settle_operator(&who, &mut info);
			total = total.saturating_add(core::mem::take(&mut info.unclaimed));
			Operators::<T>::insert(&who, info);
		}
		ensure!(!total.is_zero(), Error::<T>::NothingToClaim);
		Self::pay(&who, total)?;
		Self::deposit_event(Event::RewardsClaimed { who, amount: total });
		Ok(())
	}

	/// Pays `amount` out of the pool to `who`.
	pub(crate) fn pay(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		let paid = Paid::<T>::get().saturating_add(amount);
		ensure!(paid <= Accounted::<T>::get(), Error::<T>::PoolExhausted);
		T::Released::unlock();
		T::Currency::transfer(&T::RewardPool::get(), who, amount, Preservation::Preserve)
			.map_err(|_| Error::<T>::PoolExhausted)?;
		Paid::<T>::put(paid);
		Ok(())
	}

	/// What the licence's owner could claim now, settlement included, without writing.
	pub fn licence_rewards(licence: &Licence<T>) -> BalanceOf<T> {
		let Delegation::Approved(operator) = &licence.delegation else { return licence.unclaimed };
		let Some(mut info) = Operators::<T>::get(operator) else { return licence.unclaimed };
		frame_support::storage::with_transaction_unchecked(|| {
			Self::settle_operator(operator, &mut info);
			sp_runtime::TransactionOutcome::Rollback(())
		});
		licence
			.unclaimed
			.saturating_add(info.reward_per_licence.saturating_sub(licence.reward_snapshot))
	}

	/// What the operator could claim now as commission, settlement included, without writing.
	pub fn operator_rewards(operator: &T::AccountId) -> BalanceOf<T> {
		let Some(mut info) = Operators::<T>::get(operator) else { return Zero::zero() };
		frame_support::storage::with_transaction_unchecked(|| {
			Self::settle_operator(operator, &mut info);
			sp_runtime::TransactionOutcome::Rollback(())
		});
		info.unclaimed
	}

	/// Every unit released is paid, owed or carried: checks that payouts never exceed the
	/// release and that what is paid and owed fits in what was assigned to epochs.
	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn check_rewards() -> Result<(), sp_runtime::TryRuntimeError> {
		let paid = Paid::<T>::get();
		let accounted = Accounted::<T>::get();
		ensure!(paid <= accounted, "paid more than the epochs were given");
		ensure!(accounted <= T::Released::released(), "assigned more than the pool released");
		let mut owed = CurrentEpoch::<T>::get().carry;
		for (_, licence) in Licences::<T>::iter() {
			owed = owed.saturating_add(Self::licence_rewards(&licence));
		}
		for (operator, info) in Operators::<T>::iter() {
			owed = owed.saturating_add(Self::operator_rewards(&operator));
			ensure!(
				info.record.is_none_or(|r| r.epoch <= CurrentEpoch::<T>::get().index),
				"an operator's record is ahead of the epoch"
			);
		}
		ensure!(
			paid.saturating_add(owed) <= accounted,
			"what is paid, owed and carried exceeds what epochs were given"
		);
		Ok(())
	}
}
