//! Challenge periods: proofs and their payment, slashes, repairs, and the start of each
//! period. What an ended period leaves to do is settled by the sweep ([`crate::sweep`]).

use crate::{
	Assigned, BalanceOf, Config, ConfirmDeadlines, CurrentPeriod, Error, Event, Evicting,
	FragmentState, Fragments, HeldFragment, Holdings, Order, OrderId, Orders, OrdersByRoot, Pallet,
	Period, PeriodSeed, ProviderPass, ProviderStatus, Providers, RepairFund, SlashFailures, Sweep,
	WeightInfo,
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

	/// The proving set of `provider` for the current period in the form the PoRA primitives
	/// take: its settled set, then what it confirmed before this period, in the order the
	/// next settlement appends it.
	pub fn holdings_of(provider: &T::AccountId) -> Vec<Holding> {
		let current = CurrentPeriod::<T>::get();
		let mut set: Vec<HeldFragment> = Holdings::<T>::get(provider).unwrap_or_default().into();
		for (_, joined) in Self::incoming_before(provider, current) {
			set.extend(joined);
		}
		set.iter().map(|held| Holding { root: held.root, len: held.len }).collect()
	}

	pub(crate) fn do_submit_proof(
		who: T::AccountId,
		period: Period,
		proof: &PoraProof,
	) -> DispatchResultWithPostInfo {
		let mut info = Providers::<T>::get(&who).ok_or(Error::<T>::NotProvider)?;
		let current = CurrentPeriod::<T>::get();
		ensure!(period == current, Error::<T>::WrongPeriod);
		ensure!(info.proofs.last_proved != Some(current), Error::<T>::AlreadyProved);
		ensure!(!Self::holdings_of(&who).is_empty(), Error::<T>::NothingToProve);
		let settled = Self::settle_provider(&who, &mut info, current.saturating_sub(1));
		Self::admit(&who, Self::incoming_before(&who, current));
		let held = Holdings::<T>::get(&who).unwrap_or_default();
		let holdings: Vec<Holding> =
			held.iter().map(|h| Holding { root: h.root, len: h.len }).collect();
		let count = T::ChallengesPerPeriod::get();
		let depth = holdings.iter().map(|h| Self::proof_depth(h.len)).max().unwrap_or_default();
		let mut weight = T::WeightInfo::submit_proof(count, holdings.len() as u32, depth);
		if settled {
			weight.saturating_accrue(T::WeightInfo::settle_provider(info.fragments));
		}
		match pora::verify_proof(&Self::challenge_seed(&who), &holdings, count, proof) {
			Ok(()) => {
				info.proofs.last_proved = Some(current);
				info.proofs.missed_in_a_row = 0;
				Providers::<T>::insert(&who, &info);
				Evicting::<T>::remove(&who);
				for fragment in held.iter() {
					Self::pay_fragment(&who, fragment, current);
				}
				Self::deposit_event(Event::ProofAccepted { provider: who, period: current });
				Ok((Some(weight), Pays::No).into())
			},
			Err(error) => {
				log::debug!(target: "storage-market", "invalid proof from {who:?}: {error:?}");
				Providers::<T>::insert(&who, &info);
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

	/// Ends the current period and starts `period`: draws the new challenge randomness and
	/// starts a pass of the sweep over the providers, which settles the ended period for each
	/// of them in the blocks that follow.
	pub(crate) fn start_period(period: Period) -> Weight {
		let ended = CurrentPeriod::<T>::get();
		CurrentPeriod::<T>::put(period);
		let (random, _) = T::Randomness::random(&(b"zg/pora", period).encode());
		PeriodSeed::<T>::put(BlakeTwo256::hash_of(&random).0);
		Sweep::<T>::mutate(|sweep| {
			sweep.providers.get_or_insert(ProviderPass { through: ended, after: None });
		});
		Self::deposit_event(Event::PeriodStarted { period });
		T::WeightInfo::start_period()
	}

	/// Pays `provider` one period of `fragment` from its order's escrow, and the repair
	/// reward if it rebuilt it. A fragment of an order that ended (its expiry not yet swept)
	/// earns nothing more.
	fn pay_fragment(provider: &T::AccountId, fragment: &HeldFragment, period: Period) {
		let (order, index) = (fragment.order, fragment.index);
		let Some(mut info) = Orders::<T>::get(order) else { return };
		if info.end <= period {
			return;
		}
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

	/// Moves a failing fragment to another provider, to be rebuilt from the others: one holding
	/// nothing else of its order if there is one, otherwise any other, so the file keeps
	/// `k + m` live fragments even when the providers are fewer than that. Providers that
	/// missed their last settled period are never drawn. Returns whether it moved.
	///
	/// `from` goes idle first: a provider failing a fragment is most likely down, and drawing
	/// it for the repair of another would pass fragments between dead providers. It takes new
	/// fragments again once it makes itself active (`set_provider_status`).
	pub(crate) fn reassign(from: &T::AccountId, fragment: &HeldFragment) -> bool {
		Self::make_idle(from);
		let (order, index) = (fragment.order, fragment.index);
		let holders: Vec<T::AccountId> =
			Fragments::<T>::iter_prefix_values(order).map(|f| f.provider).collect();
		let subject = (b"repair", order, index, CurrentPeriod::<T>::get());
		let price = T::StoragePrice::get();
		let drawn =
			Self::draw_providers(1, fragment.len, price, &holders, &subject).or_else(|_| {
				Self::draw_providers(1, fragment.len, price, core::slice::from_ref(from), &subject)
			});
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
				true
			},
			None => {
				Self::deposit_event(Event::RepairPostponed { order, index });
				false
			},
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

	/// Takes one fragment of an ended order from its provider; whether there was one left.
	pub(crate) fn release_fragment(id: OrderId, order: &Order<T>) -> bool {
		let Some((index, fragment)) = Fragments::<T>::iter_prefix(id).next() else { return false };
		Fragments::<T>::remove(id, index);
		if fragment.state == FragmentState::Assigned {
			ConfirmDeadlines::<T>::remove(fragment.confirm_by, (id, index));
		}
		Self::unassign(id, index, &fragment.provider, order.layout.fragment_len());
		true
	}

	/// Removes an ended order whose fragments were all released and refunds its escrow.
	pub(crate) fn close_order(id: OrderId, order: Order<T>) {
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

	/// Whether the provider owes a proof this period: it holds fragments and has not proved
	/// them yet.
	pub fn owes_proof(provider: &T::AccountId) -> bool {
		let Some(info) = Providers::<T>::get(provider) else { return false };
		info.proofs.last_proved != Some(CurrentPeriod::<T>::get())
			&& !Self::holdings_of(provider).is_empty()
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
