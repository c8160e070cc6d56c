//! Challenge periods: proofs, and what happens when a period ends — payment, slashing,
//! repair, expiry — and the next one starts.

use crate::{
	Assigned, BalanceOf, Config, ConfirmDeadlines, CurrentPeriod, Error, Event, Expiring,
	FragmentState, Fragments, HeldFragment, Holdings, Incoming, Order, OrderId, Orders,
	OrdersByRoot, Pallet, Period, PeriodSeed, Proved, ProviderCount, ProviderStatus, Providers,
	RepairFund, SlashFailures, WeightInfo,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::{DispatchResultWithPostInfo, Pays, Weight},
	traits::{Get, Randomness},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{BlakeTwo256, Hash as _, Saturating, Zero},
	Perbill,
};
use zerog_data::pora::{self, ChallengeSeed, Holding, PoraProof};
use zerog_staking_primitives::{Service, SharedSecurity};
use zerog_storage_primitives::{StorageOffence, StorageService};

impl<T: Config> Pallet<T> {
	/// The period that starts at block `now`, if one does: periods are numbered one after the
	/// other and start at every multiple of `ChallengePeriod`, so changing the length moves the
	/// next boundary without skipping or repeating a period.
	pub(crate) fn period_starting_at(now: BlockNumberFor<T>) -> Option<Period> {
		let length = T::ChallengePeriod::get();
		if now.is_zero() || length.is_zero() || !(now % length).is_zero() {
			return None;
		}
		Some(CurrentPeriod::<T>::get().saturating_add(1))
	}

	/// What the challenges of `provider` in the current period are drawn from.
	pub fn challenge_seed(provider: &T::AccountId) -> ChallengeSeed {
		ChallengeSeed {
			randomness: PeriodSeed::<T>::get(),
			provider: BlakeTwo256::hash_of(provider).into(),
			period: CurrentPeriod::<T>::get() as u64,
		}
	}

	/// The proving set of `provider` in the form the PoRA primitives take.
	pub(crate) fn holdings_of(provider: &T::AccountId) -> Vec<Holding> {
		Holdings::<T>::get(provider)
			.unwrap_or_default()
			.iter()
			.map(|held| Holding { root: held.root, len: held.len })
			.collect()
	}

	pub(crate) fn do_submit_proof(
		who: T::AccountId,
		period: Period,
		proof: &PoraProof,
	) -> DispatchResultWithPostInfo {
		ensure!(Providers::<T>::contains_key(&who), Error::<T>::NotProvider);
		let current = CurrentPeriod::<T>::get();
		ensure!(period == current, Error::<T>::WrongPeriod);
		ensure!(Proved::<T>::get(&who) != Some(current), Error::<T>::AlreadyProved);
		let holdings = Self::holdings_of(&who);
		ensure!(!holdings.is_empty(), Error::<T>::NothingToProve);
		let count = T::ChallengesPerPeriod::get();
		let depth = holdings.iter().map(|h| Self::proof_depth(h.len)).max().unwrap_or_default();
		let weight = T::WeightInfo::submit_proof(count, holdings.len() as u32, depth);
		match pora::verify_proof(&Self::challenge_seed(&who), &holdings, count, proof) {
			Ok(()) => {
				Proved::<T>::insert(&who, current);
				Self::deposit_event(Event::ProofAccepted { provider: who, period: current });
				Ok((Some(weight), Pays::No).into())
			},
			Err(error) => {
				log::debug!(target: "storage-market", "invalid proof from {who:?}: {error:?}");
				let slashed =
					Self::slash(&who, T::InvalidProofSlash::get(), StorageOffence::InvalidProof);
				Self::deposit_event(Event::ProofRejected {
					provider: who,
					period: current,
					slashed,
				});
				Ok((Some(weight), Pays::Yes).into())
			},
		}
	}

	/// Slashes `provider` for a storage offence into the repair fund; returns the amount. A
	/// slash that shared staking refuses takes nothing and is reported (`SlashFailed`) and
	/// counted (`SlashFailures`).
	pub(crate) fn slash(
		provider: &T::AccountId,
		fraction: Perbill,
		offence: StorageOffence,
	) -> BalanceOf<T> {
		match T::Security::slash_to(
			StorageService::ID,
			provider,
			fraction,
			offence.into(),
			&Self::account_id(),
		) {
			Ok(slashed) => {
				RepairFund::<T>::mutate(|fund| fund.saturating_accrue(slashed));
				slashed
			},
			Err(error) => {
				SlashFailures::<T>::mutate(|count| count.saturating_inc());
				Self::deposit_event(Event::SlashFailed {
					provider: provider.clone(),
					offence,
					error,
				});
				Zero::zero()
			},
		}
	}

	/// Ends the current period and starts `period`: settles every provider's proof, repairs
	/// failing fragments, expires ended orders, moves confirmed fragments into the proving
	/// sets, and draws the new challenge randomness.
	pub(crate) fn start_period(period: Period) -> Weight {
		let ended = CurrentPeriod::<T>::get();
		let (overdue, looked_at) = Self::missed_confirmations(ended);
		let (providers, fragments, missed) = Self::settle(ended);
		for (provider, fragment) in &overdue {
			Self::reassign(provider, fragment, &missed);
		}
		let expired = Self::expire_orders(period);
		let joined = Self::admit_incoming();
		CurrentPeriod::<T>::put(period);
		let (random, _) = T::Randomness::random(&(b"zg/pora", period).encode());
		PeriodSeed::<T>::put(BlakeTwo256::hash_of(&random).0);
		Self::deposit_event(Event::PeriodStarted { period });
		T::WeightInfo::start_period(providers, fragments.saturating_add(joined))
			.saturating_add(T::WeightInfo::expire_order().saturating_mul(expired.into()))
			.saturating_add(T::WeightInfo::miss_confirmations(
				looked_at.saturating_sub(overdue.len() as u32),
				overdue.len() as u32,
				ProviderCount::<T>::get(),
			))
	}

	/// Slashes the providers that did not confirm a fragment whose confirmation window ended
	/// with `period` and makes them idle, so that no repair drawn as the period ends goes to
	/// them. Returns those fragments, to reassign, and the deadlines looked at.
	pub(crate) fn missed_confirmations(period: Period) -> (Vec<(T::AccountId, HeldFragment)>, u32) {
		let mut overdue = Vec::new();
		let mut looked_at = 0u32;
		for ((order, index), provider) in ConfirmDeadlines::<T>::drain_prefix(period) {
			looked_at = looked_at.saturating_add(1);
			let Some(fragment) = Fragments::<T>::get(order, index) else { continue };
			if fragment.state != FragmentState::Assigned || fragment.provider != provider {
				continue;
			}
			let Some(info) = Orders::<T>::get(order) else { continue };
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
			Self::make_idle(&provider);
			overdue.push((provider, held));
		}
		(overdue, looked_at)
	}

	/// Pays each proven fragment of `period`, slashes providers that did not prove and
	/// reassigns fragments that missed `MissLimit` periods in a row. Returns the providers and
	/// fragments looked at, and the providers that missed.
	fn settle(period: Period) -> (u32, u32, Vec<T::AccountId>) {
		let sets: Vec<_> = Holdings::<T>::iter().collect();
		let mut failing = Vec::new();
		let mut missed = Vec::new();
		let mut fragments = 0u32;
		for (provider, held) in &sets {
			fragments = fragments.saturating_add(held.len() as u32);
			if Proved::<T>::get(provider) == Some(period) {
				for fragment in held.iter() {
					Self::pay_fragment(provider, fragment, period);
				}
			} else {
				let slashed =
					Self::slash(provider, T::MissSlash::get(), StorageOffence::MissedProof);
				Self::deposit_event(Event::ProofMissed {
					provider: provider.clone(),
					period,
					slashed,
				});
				missed.push(provider.clone());
				for fragment in held.iter() {
					if Self::note_miss(fragment) {
						failing.push((provider.clone(), *fragment));
					}
				}
			}
		}
		for (provider, fragment) in failing {
			Self::reassign(&provider, &fragment, &missed);
		}
		(sets.len() as u32, fragments, missed)
	}

	/// Pays `provider` one period of `fragment` from its order's escrow, and the repair
	/// reward if it rebuilt it.
	fn pay_fragment(provider: &T::AccountId, fragment: &HeldFragment, period: Period) {
		let (order, index) = (fragment.order, fragment.index);
		let Some(mut info) = Orders::<T>::get(order) else { return };
		let amount = info.fragment_payment.min(info.escrow);
		if Self::pay_out(provider, amount).is_ok() {
			info.escrow.saturating_reduce(amount);
			Orders::<T>::insert(order, info);
			Self::deposit_event(Event::FragmentPaid {
				order,
				index,
				provider: provider.clone(),
				amount,
			});
		}
		let mut repaired = false;
		Fragments::<T>::mutate(order, index, |state| {
			if let Some(state) = state {
				state.misses = 0;
				state.last_proven = Some(period);
				repaired = core::mem::take(&mut state.repair);
			}
		});
		if repaired {
			let reward = T::RepairReward::get().min(RepairFund::<T>::get());
			if Self::pay_out(provider, reward).is_ok() {
				RepairFund::<T>::mutate(|fund| fund.saturating_reduce(reward));
				Self::deposit_event(Event::RepairRewarded {
					order,
					index,
					provider: provider.clone(),
					amount: reward,
				});
			}
		}
	}

	/// Counts a missed period against `fragment`; whether it reached the miss limit.
	fn note_miss(fragment: &HeldFragment) -> bool {
		Fragments::<T>::mutate(fragment.order, fragment.index, |state| match state {
			Some(state) => {
				state.misses = state.misses.saturating_add(1);
				state.misses >= T::MissLimit::get()
			},
			None => false,
		})
	}

	/// Moves a failing fragment to another provider, to be rebuilt from the others: one holding
	/// nothing else of its order if there is one, otherwise any provider that did not miss the
	/// period (`missed`), so the file keeps `k + m` live fragments even when the providers are
	/// fewer than that.
	///
	/// `from` goes idle first: a provider failing a fragment is most likely down, and drawing
	/// it for the repair of another would pass fragments between dead providers. It takes new
	/// fragments again once it makes itself active (`set_provider_status`).
	pub(crate) fn reassign(from: &T::AccountId, fragment: &HeldFragment, missed: &[T::AccountId]) {
		Self::make_idle(from);
		let (order, index) = (fragment.order, fragment.index);
		let mut holders: Vec<T::AccountId> =
			Fragments::<T>::iter_prefix_values(order).map(|f| f.provider).collect();
		holders.extend(missed.iter().cloned());
		let subject = (b"repair", order, index, CurrentPeriod::<T>::get());
		let price = T::StoragePrice::get();
		let drawn = Self::draw_providers(1, fragment.len, price, &holders, &subject)
			.or_else(|_| Self::draw_providers(1, fragment.len, price, missed, &subject));
		match drawn.ok().and_then(|mut drawn| drawn.pop()) {
			Some(to) => {
				Self::unassign(order, index, from, fragment.len);
				Self::assign(order, index, fragment.root, to.clone(), fragment.len, true);
				Self::deposit_event(Event::FragmentReassigned {
					order,
					index,
					from: from.clone(),
					to,
				});
			},
			None => Self::deposit_event(Event::RepairPostponed { order, index }),
		}
	}

	/// Stops drawing `provider` for new fragments, if it was active.
	fn make_idle(provider: &T::AccountId) {
		let went_idle = Providers::<T>::mutate(provider, |info| match info {
			Some(info) if info.status == ProviderStatus::Active => {
				info.status = ProviderStatus::Idle;
				true
			},
			_ => false,
		});
		if went_idle {
			Self::deposit_event(Event::ProviderStatusChanged {
				provider: provider.clone(),
				status: ProviderStatus::Idle,
			});
		}
	}

	/// Ends the orders whose last paid period was the one before `period`, or renews those
	/// that renew themselves and can. Returns how many were looked at.
	fn expire_orders(period: Period) -> u32 {
		let due = Expiring::<T>::take(period);
		for id in &due {
			let Some(order) = Orders::<T>::get(id) else { continue };
			if order.auto_renew
				&& Self::extend_order(*id, order.clone(), order.duration, true).is_ok()
			{
				continue;
			}
			Self::end_order(*id, order);
		}
		due.len() as u32
	}

	/// Removes an order: frees its providers and refunds its escrow.
	pub(crate) fn end_order(id: OrderId, order: Order<T>) {
		let len = order.layout.fragment_len();
		for (index, fragment) in Fragments::<T>::drain_prefix(id) {
			Self::unassign(id, index, &fragment.provider, len);
		}
		OrdersByRoot::<T>::remove(order.data_root, id);
		Orders::<T>::remove(id);
		let refund = if Self::pay_out(&order.owner, order.escrow).is_ok() {
			order.escrow
		} else {
			RepairFund::<T>::mutate(|fund| fund.saturating_accrue(order.escrow));
			Zero::zero()
		};
		Self::deposit_event(Event::OrderExpired { order: id, refund });
	}

	/// Moves fragments confirmed during the ended period into their providers' proving sets.
	fn admit_incoming() -> u32 {
		let mut moved = 0u32;
		for (provider, incoming) in Incoming::<T>::drain() {
			moved = moved.saturating_add(incoming.len() as u32);
			Holdings::<T>::mutate(&provider, |set| {
				let set = set.get_or_insert_with(Default::default);
				for held in incoming {
					// Assignments are capped at `MaxHoldings`, so this always fits.
					let _ = set.try_push(held);
				}
			});
		}
		moved
	}

	/// Whether the provider owes a proof this period: it holds fragments and has not proved
	/// them yet.
	pub fn owes_proof(provider: &T::AccountId) -> bool {
		Holdings::<T>::contains_key(provider)
			&& Proved::<T>::get(provider) != Some(CurrentPeriod::<T>::get())
	}

	/// Fragments assigned to `provider` that it has not yet confirmed.
	pub fn unconfirmed(provider: &T::AccountId) -> Vec<(OrderId, u8, [u8; 32], u64)> {
		Assigned::<T>::iter_key_prefix(provider)
			.filter_map(|(order, index)| {
				let fragment = Fragments::<T>::get(order, index)?;
				(fragment.state == FragmentState::Assigned).then_some(())?;
				let len = Orders::<T>::get(order)?.layout.fragment_len();
				Some((order, index, fragment.root, len))
			})
			.collect()
	}
}
