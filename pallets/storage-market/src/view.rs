//! What nodes, contracts and the runtime API see of the market.

use crate::{
	Assigned, BalanceOf, Config, CurrentPeriod, FragmentState, Fragments, Orders, OrdersByRoot,
	Pallet, ProviderStatus, Providers,
};
use alloc::vec::Vec;
use frame_support::traits::Get;
use zerog_data::Hash;
use zerog_storage_primitives::{
	Assignment, FragmentView, MarketLimits, OrderId, OrderView, ProviderView,
};

/// An order's state as contracts see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderStatus {
	/// No live order has this id.
	Unknown,
	/// Some fragments are not yet confirmed by their providers.
	Pending,
	/// Every fragment is confirmed.
	Stored,
	/// At least `k` fragments were proven in the last ended period or already in the current
	/// one: the file is recoverable from proven data.
	Proven,
}

impl<T: Config> Pallet<T> {
	/// An order and its fragments.
	pub fn order_view(id: OrderId) -> Option<OrderView<T::AccountId, BalanceOf<T>>> {
		let order = Orders::<T>::get(id)?;
		let fragments = Fragments::<T>::iter_prefix(id)
			.map(|(index, f)| FragmentView {
				index,
				root: f.root,
				provider: f.provider,
				state: f.state,
				repair: f.repair,
				last_proven: f.last_proven,
			})
			.collect::<Vec<_>>();
		let mut fragments = fragments;
		fragments.sort_by_key(|f| f.index);
		Some(OrderView {
			id,
			owner: order.owner,
			data_root: order.data_root,
			layout: order.layout,
			start: order.start,
			end: order.end,
			escrow: order.escrow,
			auto_renew: order.auto_renew,
			fragments,
		})
	}

	/// The live orders of a file.
	pub fn orders_of(data_root: Hash) -> Vec<OrderId> {
		OrdersByRoot::<T>::iter_key_prefix(data_root).collect()
	}

	/// What one order may ask for.
	pub fn limits() -> MarketLimits {
		MarketLimits {
			max_fragments: T::MaxFragments::get(),
			max_file_size: T::MaxFileSize::get(),
			max_order_duration: T::MaxOrderDuration::get(),
		}
	}

	/// A provider's state.
	pub fn provider_view(who: &T::AccountId) -> Option<ProviderView<BalanceOf<T>>> {
		let info = Providers::<T>::get(who)?;
		Some(ProviderView {
			capacity: info.capacity,
			used: info.used,
			ask: info.ask,
			active: info.status == ProviderStatus::Active,
			holdings: Self::holdings_of(who).len() as u32,
			last_proved: info.proofs.last_proved,
		})
	}

	/// Every fragment assigned to `who`.
	pub fn assignments_of(who: &T::AccountId) -> Vec<Assignment> {
		Assigned::<T>::iter_key_prefix(who)
			.filter_map(|(order, index)| {
				let fragment = Fragments::<T>::get(order, index)?;
				let len = Orders::<T>::get(order)?.layout.fragment_len();
				Some(Assignment { order, index, root: fragment.root, len, state: fragment.state })
			})
			.collect()
	}

	/// The status of order `id` and the numbers behind it: (status, file size, fragments
	/// confirmed, fragments in all, first period no longer paid for).
	pub fn order_status(id: OrderId) -> (OrderStatus, u64, u32, u32, u32) {
		let Some(order) = Orders::<T>::get(id) else {
			return (OrderStatus::Unknown, 0, 0, 0, 0);
		};
		// Proofs are paid, and their fragments marked proven, when they land.
		let recent = CurrentPeriod::<T>::get().saturating_sub(1);
		let (mut stored, mut proven) = (0u32, 0u32);
		for fragment in Fragments::<T>::iter_prefix_values(id) {
			stored += (fragment.state == FragmentState::Stored) as u32;
			proven += fragment.last_proven.is_some_and(|p| p >= recent) as u32;
		}
		let total = order.layout.fragments() as u32;
		let status = if proven >= order.layout.data_shards as u32 {
			OrderStatus::Proven
		} else if stored == total {
			OrderStatus::Stored
		} else {
			OrderStatus::Pending
		};
		(status, order.layout.size, stored, total, order.end)
	}

	/// Whether some live order of `data_root` had `k` fragments proven in the last ended
	/// period or the current one; looks at most at `limit` orders.
	pub fn is_proven(data_root: Hash, limit: usize) -> bool {
		OrdersByRoot::<T>::iter_key_prefix(data_root)
			.take(limit)
			.any(|id| Self::order_status(id).0 == OrderStatus::Proven)
	}
}
