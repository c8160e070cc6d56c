//! Orders: placing them, assigning their fragments, confirmations, renewal.

use crate::{
	Assigned, BalanceOf, Config, ConfirmDeadlines, CurrentPeriod, Error, Event, Expiring, Fragment,
	FragmentIndex, FragmentState, Fragments, HeldFragment, Holdings, Incoming, NextOrderId, Order,
	OrderId, Orders, OrdersByRoot, Pallet, Period, Prepaid, Providers, GIB,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::{DispatchError, DispatchResult},
	traits::Get,
	BoundedVec,
};
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedInto, Zero},
	SaturatedConversion,
};
use zerog_data::{
	storage::{FileLayout, StorageCode},
	Hash,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_place_order(
		owner: T::AccountId,
		data_root: Hash,
		size: u64,
		(data_shards, parity_shards): (u8, u8),
		fragment_roots: Vec<Hash>,
		duration: Period,
	) -> Result<OrderId, DispatchError> {
		ensure!(size > 0, Error::<T>::EmptyFile);
		ensure!(size <= T::MaxFileSize::get(), Error::<T>::FileTooLarge);
		let code =
			StorageCode::new(data_shards, parity_shards).map_err(|_| Error::<T>::InvalidCode)?;
		ensure!(code.total_shards() as u32 <= T::MaxFragments::get(), Error::<T>::InvalidCode);
		let layout = FileLayout::new(size, code).map_err(|_| Error::<T>::EmptyFile)?;
		ensure!(fragment_roots.len() == layout.fragments(), Error::<T>::WrongFragmentCount);
		ensure!(
			duration >= 1 && duration <= T::MaxOrderDuration::get(),
			Error::<T>::InvalidDuration
		);
		let fragment_len = layout.fragment_len();
		let price = T::StoragePrice::get();
		let fragment_payment = Self::fragment_payment(price, fragment_len)?;
		let cost = Self::cost_of(fragment_payment, layout.fragments(), duration)?;

		let id = NextOrderId::<T>::get();
		let providers =
			Self::draw_providers(layout.fragments(), fragment_len, price, &[], &(b"order", id))?;
		let start = CurrentPeriod::<T>::get().saturating_add(1);
		let end = start.saturating_add(duration);
		Expiring::<T>::try_mutate(end, |queue| queue.try_push(id))
			.map_err(|_| Error::<T>::ExpiryQueueFull)?;
		Self::take_payment(&owner, cost)?;

		NextOrderId::<T>::put(id.saturating_add(1));
		for (index, (root, provider)) in fragment_roots.into_iter().zip(providers).enumerate() {
			Self::assign(id, index as FragmentIndex, root, provider, fragment_len, false);
		}
		OrdersByRoot::<T>::insert(data_root, id, ());
		Orders::<T>::insert(
			id,
			Order {
				owner: owner.clone(),
				data_root,
				layout,
				fragment_payment,
				start,
				end,
				duration,
				escrow: cost,
				auto_renew: false,
			},
		);
		Self::deposit_event(Event::OrderPlaced {
			order: id,
			owner,
			data_root,
			size,
			escrow: cost,
			end,
		});
		Ok(id)
	}

	/// What a fragment of `len` bytes earns per period at `price` per GiB, rounded up.
	pub(crate) fn fragment_payment(
		price: BalanceOf<T>,
		len: u64,
	) -> Result<BalanceOf<T>, DispatchError> {
		let price: u128 = price.saturated_into();
		let payment =
			price.checked_mul(len as u128).ok_or(Error::<T>::Overflow)?.div_ceil(GIB as u128);
		Ok(payment.unique_saturated_into())
	}

	/// What `fragments` fragments cost for `periods` periods.
	pub(crate) fn cost_of(
		fragment_payment: BalanceOf<T>,
		fragments: usize,
		periods: Period,
	) -> Result<BalanceOf<T>, DispatchError> {
		let payment: u128 = fragment_payment.saturated_into();
		let cost = payment
			.checked_mul(fragments as u128)
			.and_then(|c| c.checked_mul(periods as u128))
			.ok_or(Error::<T>::Overflow)?;
		let balance: BalanceOf<T> = cost.unique_saturated_into();
		ensure!(balance.saturated_into::<u128>() == cost, Error::<T>::Overflow);
		Ok(balance)
	}

	pub(crate) fn fragment_count(order: &OrderId) -> u32 {
		Orders::<T>::get(order).map(|o| o.layout.fragments() as u32).unwrap_or_default()
	}

	/// Gives fragment `index` of `order` to `provider`, which must fetch and confirm it.
	pub(crate) fn assign(
		order: OrderId,
		index: FragmentIndex,
		root: Hash,
		provider: T::AccountId,
		len: u64,
		repair: bool,
	) {
		Providers::<T>::mutate(&provider, |info| {
			if let Some(info) = info {
				info.used = info.used.saturating_add(len);
				info.fragments = info.fragments.saturating_add(1);
			}
		});
		Assigned::<T>::insert(&provider, (order, index), ());
		// Counted from the period after this one, so an assignment made as a period ends (a
		// reassignment) never falls into the deadlines being drained.
		let last_chance = CurrentPeriod::<T>::get().saturating_add(T::ConfirmWindow::get().max(1));
		ConfirmDeadlines::<T>::insert(last_chance, (order, index), &provider);
		Fragments::<T>::insert(
			order,
			index,
			Fragment {
				root,
				provider: provider.clone(),
				state: FragmentState::Assigned,
				confirm_by: last_chance,
				repair,
				last_proven: None,
			},
		);
		Self::deposit_event(Event::FragmentAssigned { order, index, provider });
	}

	/// Takes fragment `index` of `order` away from its provider: frees the capacity and drops
	/// it from the proving set.
	pub(crate) fn unassign(
		order: OrderId,
		index: FragmentIndex,
		provider: &T::AccountId,
		len: u64,
	) {
		Providers::<T>::mutate(provider, |info| {
			if let Some(info) = info {
				info.used = info.used.saturating_sub(len);
				info.fragments = info.fragments.saturating_sub(1);
			}
		});
		Assigned::<T>::remove(provider, (order, index));
		let drop_it = |set: &mut Option<BoundedVec<HeldFragment, T::MaxHoldings>>| {
			if let Some(list) = set {
				list.retain(|held| !(held.order == order && held.index == index));
				if list.is_empty() {
					*set = None;
				}
			}
		};
		Holdings::<T>::mutate_exists(provider, drop_it);
		let confirmed_in: Vec<Period> = Incoming::<T>::iter_key_prefix(provider).collect();
		for period in confirmed_in {
			Incoming::<T>::mutate_exists(provider, period, drop_it);
		}
	}

	pub(crate) fn do_confirm(
		who: &T::AccountId,
		fragments: &[(OrderId, FragmentIndex)],
	) -> DispatchResult {
		for &(order, index) in fragments {
			ensure!(Assigned::<T>::contains_key(who, (order, index)), Error::<T>::NotAssigned);
			let len =
				Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?.layout.fragment_len();
			let root = Fragments::<T>::try_mutate(order, index, |fragment| {
				let fragment = fragment.as_mut().ok_or(Error::<T>::NotAssigned)?;
				ensure!(fragment.state == FragmentState::Assigned, Error::<T>::AlreadyStored);
				fragment.state = FragmentState::Stored;
				ConfirmDeadlines::<T>::remove(fragment.confirm_by, (order, index));
				Ok::<_, DispatchError>(fragment.root)
			})?;
			Incoming::<T>::try_mutate(who, CurrentPeriod::<T>::get(), |set| {
				set.get_or_insert_with(Default::default).try_push(HeldFragment {
					order,
					index,
					root,
					len,
				})
			})
			.map_err(|_| Error::<T>::Overflow)?;
			Self::deposit_event(Event::FragmentStored { order, index, provider: who.clone() });
		}
		Ok(())
	}

	/// Extends `order` by `periods`, paid by its owner (or from its prepaid balance when
	/// `automatic`).
	/// Takes order `id` off the expiry queue of `period`, removing the queue once it is empty
	/// (the period hook may have taken it already: nothing is written back then).
	pub(crate) fn unqueue_expiry(period: Period, id: OrderId) {
		Expiring::<T>::mutate_exists(period, |queue| {
			if let Some(orders) = queue {
				orders.retain(|o| *o != id);
				if orders.is_empty() {
					*queue = None;
				}
			}
		});
	}

	pub(crate) fn extend_order(
		id: OrderId,
		mut order: Order<T>,
		periods: Period,
		automatic: bool,
	) -> DispatchResult {
		ensure!(periods >= 1 && periods <= T::MaxOrderDuration::get(), Error::<T>::InvalidDuration);
		let cost = Self::cost_of(order.fragment_payment, order.layout.fragments(), periods)?;
		if automatic {
			ensure!(Prepaid::<T>::get(&order.owner) >= cost, Error::<T>::PrepaidTooLow);
		}
		let end = order.end.saturating_add(periods);
		Expiring::<T>::try_mutate(end, |queue| queue.try_push(id))
			.map_err(|_| Error::<T>::ExpiryQueueFull)?;
		if automatic {
			Prepaid::<T>::mutate_exists(&order.owner, |balance| {
				let left = balance.unwrap_or_default().saturating_sub(cost);
				*balance = (!left.is_zero()).then_some(left);
			});
		} else {
			Self::take_payment(&order.owner, cost)?;
		}
		Self::unqueue_expiry(order.end, id);
		order.end = end;
		order.escrow = order.escrow.saturating_add(cost);
		Orders::<T>::insert(id, order);
		Self::deposit_event(Event::OrderRenewed { order: id, end, cost, automatic });
		Ok(())
	}
}
