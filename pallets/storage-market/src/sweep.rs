//! The period sweep: what ended periods leave to do, done a step at a time within
//! `MaxSweepWeight` per block, so the market's hook costs the same at a thousand fragments as
//! at a million.
//!
//! Each block, in this order and while the weight lasts, it
//! 1. works through the confirmation deadlines of ended periods: a fragment still unconfirmed
//!    by its provider is reassigned and the provider slashed `MissSlash`;
//! 2. goes on with the pass over the providers that each period boundary starts, settling
//!    each provider's ended periods ([`crate::settlement`]);
//! 3. hands the proving sets of evicted providers to others, one fragment per step;
//! 4. ends or renews the orders whose last paid period is over.
//!
//! Every step is charged its benchmarked weight before it runs, and where the sweep stopped
//! is kept in `Sweep`, so nothing is skipped and nothing is done twice.

use crate::{
	Config, ConfirmDeadlines, CurrentPeriod, Event, Evicting, Expiring, FragmentState, Fragments,
	HeldFragment, Holdings, Orders, Pallet, Providers, Sweep, SweepState, WeightInfo,
};
use frame_support::{traits::Get, weights::WeightMeter, BoundedVec};
use zerog_storage_primitives::StorageOffence;

/// What one step of the sweep did.
pub(crate) enum Step {
	/// It did some work: go on.
	Done,
	/// Nothing is left in this part of the sweep.
	Finished,
	/// The weight left in this block does not cover the step.
	OutOfWeight,
}

impl<T: Config> Pallet<T> {
	/// Runs the sweep until it is done or `meter` runs out.
	pub(crate) fn sweep(meter: &mut WeightMeter) {
		let mut state = Sweep::<T>::get();
		let parts: [fn(&mut SweepState, &mut WeightMeter) -> Step; 4] =
			[Self::deadline_step, Self::provider_step, Self::eviction_step, Self::expiry_step];
		'parts: for part in parts {
			loop {
				match part(&mut state, meter) {
					Step::Done => continue,
					Step::Finished => continue 'parts,
					Step::OutOfWeight => break 'parts,
				}
			}
		}
		Sweep::<T>::put(state);
	}

	/// Takes one deadline of the earliest ended period not yet worked through.
	pub(crate) fn deadline_step(state: &mut SweepState, meter: &mut WeightMeter) -> Step {
		let current = CurrentPeriod::<T>::get();
		if state.next_deadlines >= current {
			return Step::Finished;
		}
		let skip = T::WeightInfo::skip_deadline();
		if !meter.can_consume(skip) {
			return Step::OutOfWeight;
		}
		let period = state.next_deadlines;
		let Some(((order, index), provider)) = ConfirmDeadlines::<T>::iter_prefix(period).next()
		else {
			meter.consume(skip);
			state.next_deadlines = period.saturating_add(1);
			return Step::Done;
		};
		let worst = T::WeightInfo::miss_confirmation();
		if !meter.can_consume(worst) {
			return Step::OutOfWeight;
		}
		ConfirmDeadlines::<T>::remove(period, (order, index));
		let overdue = Fragments::<T>::get(order, index)
			.filter(|f| f.state == FragmentState::Assigned && f.provider == provider);
		let (Some(fragment), Some(info)) = (overdue, Orders::<T>::get(order)) else {
			meter.consume(T::WeightInfo::skip_deadline());
			return Step::Done;
		};
		let held =
			HeldFragment { order, index, root: fragment.root, len: info.layout.fragment_len() };
		let slashed =
			Self::slash(&provider, T::MissSlash::get(), StorageOffence::MissedConfirmation);
		Self::deposit_event(Event::ConfirmationMissed {
			order,
			index,
			provider: provider.clone(),
			slashed,
		});
		if !Self::reassign(&provider, &held) {
			// Tried again when the current period ends.
			ConfirmDeadlines::<T>::insert(current, (order, index), &provider);
			Fragments::<T>::mutate(order, index, |f| {
				if let Some(f) = f {
					f.confirm_by = current;
				}
			});
		}
		meter.consume(worst);
		Step::Done
	}

	/// Settles the next provider of the pass under way.
	pub(crate) fn provider_step(state: &mut SweepState, meter: &mut WeightMeter) -> Step {
		let Some(pass) = state.providers.as_mut() else { return Step::Finished };
		let visit = T::WeightInfo::visit_provider();
		if !meter.can_consume(visit) {
			return Step::OutOfWeight;
		}
		let mut providers = match &pass.after {
			Some(key) => Providers::<T>::iter_from(key.to_vec()),
			None => Providers::<T>::iter(),
		};
		meter.consume(visit);
		let Some((who, mut info)) = providers.next() else {
			// The pass is over; another starts if a period ended meanwhile.
			let through = CurrentPeriod::<T>::get().saturating_sub(1);
			state.providers =
				(pass.through < through).then_some(crate::ProviderPass { through, after: None });
			return Step::Done;
		};
		if Self::first_unsettled(&info) <= pass.through {
			// Bounded by what is assigned: its proving set and confirmations are part of it.
			let settle = T::WeightInfo::settle_provider(info.fragments);
			if !meter.can_consume(settle) {
				// The next block visits this provider again.
				return Step::OutOfWeight;
			}
			meter.consume(settle);
			Self::settle_provider(&who, &mut info, pass.through);
			Providers::<T>::insert(&who, info);
		}
		pass.after = Some(BoundedVec::truncate_from(Providers::<T>::hashed_key_for(&who)));
		Step::Done
	}

	/// Hands one fragment of an evicted provider to another provider.
	pub(crate) fn eviction_step(_: &mut SweepState, meter: &mut WeightMeter) -> Step {
		let worst = T::WeightInfo::evict_fragment();
		let Some(provider) = Evicting::<T>::iter_keys().next() else { return Step::Finished };
		if !meter.can_consume(worst) {
			return Step::OutOfWeight;
		}
		meter.consume(worst);
		let still_failing = Providers::<T>::get(&provider)
			.is_some_and(|info| info.proofs.missed_in_a_row >= T::MissLimit::get());
		let next = Holdings::<T>::get(&provider).and_then(|set| set.last().copied());
		match next.filter(|_| still_failing) {
			// A repair that finds no provider waits for the next period the provider misses.
			Some(fragment) if Self::reassign(&provider, &fragment) => {},
			_ => Evicting::<T>::remove(&provider),
		}
		Step::Done
	}

	/// Works on the first order of the earliest expiry queue due: renews it if it renews
	/// itself and can (or stops it renewing), else releases one of its fragments, else closes
	/// it and refunds its escrow.
	pub(crate) fn expiry_step(state: &mut SweepState, meter: &mut WeightMeter) -> Step {
		if state.next_expiry > CurrentPeriod::<T>::get() {
			return Step::Finished;
		}
		let worst = T::WeightInfo::renew_expiring()
			.max(T::WeightInfo::release_fragment())
			.max(T::WeightInfo::close_order());
		if !meter.can_consume(worst) {
			return Step::OutOfWeight;
		}
		meter.consume(worst);
		let period = state.next_expiry;
		let Some(&id) = Expiring::<T>::get(period).first() else {
			Expiring::<T>::remove(period);
			state.next_expiry = period.saturating_add(1);
			return Step::Done;
		};
		let Some(mut order) = Orders::<T>::get(id) else {
			Self::unqueue_expiry(period, id);
			return Step::Done;
		};
		if order.auto_renew {
			// A renewal moves the order to another queue; one that fails stops the renewals
			// before any fragment goes.
			if Self::extend_order(id, order.clone(), order.duration, true).is_err() {
				order.auto_renew = false;
				Orders::<T>::insert(id, order);
			}
		} else if !Self::release_fragment(id, &order) {
			Self::unqueue_expiry(period, id);
			Self::close_order(id, order);
		}
		Step::Done
	}
}
