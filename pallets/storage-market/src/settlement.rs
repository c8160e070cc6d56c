//! Settling a provider's ended periods, one provider at a time.
//!
//! A proven period is paid when the proof lands, so what is left once a period ended is the
//! providers that held fragments and did not prove: each is slashed `MissSlash` per missed
//! period, and once it missed `MissLimit` periods in a row its proving set is handed to other
//! providers (`Evicting`). Settling also moves the fragments the provider confirmed into its
//! proving set (`Incoming` → `Holdings`) from the period after their confirmation.
//!
//! A provider is settled by the sweep's pass over all providers after each period boundary,
//! or by its own next proof if that comes first; either way the work is per provider, never
//! per period over everyone.

use crate::{
	Config, Event, Evicting, HeldFragment, Holdings, Incoming, Pallet, Period, ProviderInfo,
};
use alloc::vec::Vec;
use frame_support::{traits::Get, BoundedVec};
use zerog_storage_primitives::StorageOffence;

impl<T: Config> Pallet<T> {
	/// The fragments `provider` confirmed before `period`, by the period of confirmation.
	pub(crate) fn incoming_before(
		provider: &T::AccountId,
		period: Period,
	) -> Vec<(Period, BoundedVec<HeldFragment, T::MaxHoldings>)> {
		let mut incoming: Vec<_> =
			Incoming::<T>::iter_prefix(provider).filter(|(at, _)| *at < period).collect();
		incoming.sort_by_key(|(at, _)| *at);
		incoming
	}

	/// Settles `provider` (whose record is `info`, written back by the caller) up to period
	/// `through`: slashes it for each period it held fragments and did not prove, counts its
	/// misses in a row, queues its proving set for eviction once they reach `MissLimit`, and
	/// moves what it confirmed up to `through` into its proving set. Returns whether there was
	/// anything to settle: nothing for a provider that proved `through` (what it confirmed
	/// meanwhile joins its set at its next proof or settlement; until then views add it).
	pub(crate) fn settle_provider(
		provider: &T::AccountId,
		info: &mut ProviderInfo<T>,
		through: Period,
	) -> bool {
		let from = Self::first_unsettled(info);
		if from > through {
			return false;
		}
		let incoming = Self::incoming_before(provider, through.saturating_add(1));
		// The first period with something to prove: at once if the set holds anything,
		// otherwise the one after the earliest confirmation.
		let first_held = match Holdings::<T>::contains_key(provider) {
			true => Some(from),
			false => incoming.first().map(|(at, _)| at.saturating_add(1).max(from)),
		};
		if let Some(first) = first_held.filter(|first| *first <= through) {
			let missed = through.saturating_add(1).saturating_sub(first);
			info.proofs.missed_in_a_row = info.proofs.missed_in_a_row.saturating_add(missed);
			// A provider away for longer than `MissLimit` periods is slashed for `MissLimit`
			// of them: by then its data is on its way to others.
			let slashed_periods = missed.min(T::MissLimit::get().max(1));
			for period in (through.saturating_add(1).saturating_sub(slashed_periods))..=through {
				let slashed =
					Self::slash(provider, T::MissSlash::get(), StorageOffence::MissedProof);
				Self::deposit_event(Event::ProofMissed {
					provider: provider.clone(),
					period,
					slashed,
				});
			}
			if missed > 0 && info.proofs.missed_in_a_row >= T::MissLimit::get() {
				Evicting::<T>::insert(provider, ());
			}
		}
		Self::admit(provider, incoming);
		info.proofs.unsettled = through.saturating_add(1);
		true
	}

	/// The first period `info`'s provider still has to be settled for. A proof settled every
	/// period before its own, and its own needs nothing more.
	pub(crate) fn first_unsettled(info: &ProviderInfo<T>) -> Period {
		let after_proof = info.proofs.last_proved.map_or(0, |p| p.saturating_add(1));
		info.proofs.unsettled.max(after_proof)
	}

	/// Appends confirmed fragments to `provider`'s proving set. Assignments are capped at
	/// `MaxHoldings`, so they always fit.
	pub(crate) fn admit(
		provider: &T::AccountId,
		incoming: Vec<(Period, BoundedVec<HeldFragment, T::MaxHoldings>)>,
	) {
		if incoming.is_empty() {
			return;
		}
		Holdings::<T>::mutate(provider, |set| {
			let set = set.get_or_insert_with(Default::default);
			for (at, joined) in incoming {
				Incoming::<T>::remove(provider, at);
				for held in joined {
					let _ = set.try_push(held);
				}
			}
		});
	}
}
