//! Drawing providers for fragments in time independent of how many providers there are.
//!
//! Providers sit in numbered slots (`ProviderSlots`, `0..ProviderCount` without gaps). A draw
//! for an order starts at a slot chosen by chain randomness and looks at the next
//! [`DRAW_WINDOW`] slots, going on while it has fewer candidates than fragments to place, up to
//! [`MAX_DRAW_SCAN`]. Among the candidates found, each fragment goes to one drawn with
//! probability proportional to its free capacity (a drawn provider no longer staked is put
//! aside and another drawn). With at most `DRAW_WINDOW` providers the window is every
//! provider, so small networks draw exactly by free capacity; large ones draw by free capacity
//! within a random window, which every provider falls into equally often.
//!
//! A repair needs one provider and is drawn by the period sweep, whose weight per block is
//! small: it looks at [`REPAIR_WINDOW`] slots at most, and postpones the repair when none of
//! them can take the fragment.

use crate::{
	BalanceOf, Config, Error, Pallet, ProviderCount, ProviderInfo, ProviderSlots, ProviderStatus,
	Providers,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::DispatchError,
	traits::{Get, Randomness},
};
use sp_runtime::traits::{BlakeTwo256, Hash as _};

/// Slots a draw looks at, at least (all of them when there are fewer providers).
pub const DRAW_WINDOW: u32 = 64;

/// Most slots a draw looks at before it gives up finding enough candidates.
pub const MAX_DRAW_SCAN: u32 = 256;

/// Slots a draw of one provider, for a repair, looks at.
pub const REPAIR_WINDOW: u32 = 16;

impl<T: Config> Pallet<T> {
	/// Most slots a draw for an order looks at now: what its weight is bounded by.
	pub fn draw_scan_bound() -> u32 {
		ProviderCount::<T>::get().min(MAX_DRAW_SCAN)
	}

	/// Whether `info` may take a new fragment of `len` bytes at `price`: it is active, asks no
	/// more, has room, and did not miss its last settled period.
	fn can_take(info: &ProviderInfo<T>, len: u64, price: BalanceOf<T>) -> bool {
		info.status == ProviderStatus::Active
			&& info.ask <= price
			&& info.free() >= len
			&& info.fragments < T::MaxHoldings::get()
			&& info.proofs.missed_in_a_row == 0
	}

	/// Draws `count` distinct providers able to take a fragment of `len` bytes at `price`,
	/// none of them in `exclude`, each draw weighted by free capacity among the candidates of
	/// a random window of slots.
	pub(crate) fn draw_providers(
		count: usize,
		len: u64,
		price: BalanceOf<T>,
		exclude: &[T::AccountId],
		subject: &impl Encode,
	) -> Result<Vec<T::AccountId>, DispatchError> {
		let (random, _) = T::Randomness::random(&(b"zg/assign", subject).encode());
		let total = ProviderCount::<T>::get();
		let (window, limit) = match count {
			1 => (REPAIR_WINDOW, REPAIR_WINDOW),
			_ => (DRAW_WINDOW, MAX_DRAW_SCAN),
		};
		let start = match total > window {
			true => Self::random_word(&random, u32::MAX) as u32 % total,
			false => 0,
		};
		let limit = total.min(limit);
		let mut candidates: Vec<(T::AccountId, u64)> = Vec::new();
		let mut scanned = 0u32;
		while scanned < limit && (scanned < window || candidates.len() < count) {
			let slot = start.saturating_add(scanned) % total;
			scanned = scanned.saturating_add(1);
			let Some(who) = ProviderSlots::<T>::get(slot) else { continue };
			let Some(info) = Providers::<T>::get(&who) else { continue };
			if Self::can_take(&info, len, price) && !exclude.contains(&who) {
				candidates.push((who, info.free()));
			}
		}
		let mut chosen = Vec::with_capacity(count);
		let mut draw = 0u32;
		while chosen.len() < count {
			ensure!(!candidates.is_empty(), Error::<T>::NotEnoughProviders);
			let total: u128 = candidates.iter().map(|(_, free)| *free as u128).sum();
			let mut target = Self::random_word(&random, draw) % total.max(1);
			draw = draw.saturating_add(1);
			let mut pick = candidates.len() - 1;
			for (i, (_, free)) in candidates.iter().enumerate() {
				if target < *free as u128 {
					pick = i;
					break;
				}
				target -= *free as u128;
			}
			let (who, _) = candidates.swap_remove(pick);
			if Self::is_staked(&who) {
				chosen.push(who);
			}
		}
		Ok(chosen)
	}

	/// The `index`-th random word drawn from `random`.
	fn random_word(random: &T::Hash, index: u32) -> u128 {
		let bytes = BlakeTwo256::hash_of(&(random, index));
		u128::from_le_bytes(bytes.as_ref()[..16].try_into().unwrap_or_default())
	}

	/// Empties `slot` of a leaving provider: the last slot's provider moves into it, so the
	/// slots stay `0..ProviderCount`.
	pub(crate) fn free_slot(slot: u32) {
		let last = ProviderCount::<T>::get().saturating_sub(1);
		if let Some(moved) = ProviderSlots::<T>::take(last) {
			if slot != last {
				Providers::<T>::mutate(&moved, |info| {
					if let Some(info) = info {
						info.slot = slot;
					}
				});
				ProviderSlots::<T>::insert(slot, moved);
			}
		}
		ProviderCount::<T>::put(last);
	}
}
