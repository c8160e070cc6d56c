//! What outside auditors (the alignment nodes) check in the market: one of the chunks a
//! provider is challenged on this period, drawn at random (so its proof of the period carries
//! the chunk, proven against the fragment's root, for the auditor to compare with what the
//! provider serves), and the miss a chunk shown unavailable costs its provider.
//!
//! The runtime hands these to the auditing pallet through its own traits; the market knows
//! nothing of who audits it.

use crate::{
	Config, CurrentPeriod, Event, Evicting, HeldFragment, Holdings, Pallet, ProviderCount,
	ProviderSlots, Providers,
};
use alloc::vec::Vec;
use frame_support::traits::Get;
use zerog_data::pora;
use zerog_storage_primitives::{ProvingSet, StorageOffence};

/// Provider slots looked at for one with something to prove, from the drawn one on.
pub const AUDIT_SCAN: u32 = 8;

/// A chunk an auditor checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditedChunk<AccountId> {
	/// The provider that proves it.
	pub provider: AccountId,
	/// Its fragment.
	pub fragment: HeldFragment,
	/// The chunk's index in the fragment.
	pub chunk: u64,
}

impl<T: Config> Pallet<T> {
	/// The chunk an audit drawn with `draw` checks: the first provider from a drawn slot (among
	/// `AUDIT_SCAN`) with something to prove this period, and one of the chunks it is
	/// challenged on, both drawn from their own part of `draw`. `None` if no provider in reach
	/// proves anything.
	pub fn audit_draw(draw: [u8; 32]) -> Option<AuditedChunk<T::AccountId>> {
		let word = |i: usize| u64::from_le_bytes(draw[i * 8..i * 8 + 8].try_into().expect("8"));
		let count = ProviderCount::<T>::get();
		if count == 0 {
			return None;
		}
		let start = (word(0) % u64::from(count)) as u32;
		(0..AUDIT_SCAN.min(count)).find_map(|step| {
			let provider = ProviderSlots::<T>::get(start.saturating_add(step) % count)?;
			let set = Self::proving_fragments(&provider);
			let lens: Vec<u64> = set.iter().map(|held| held.len).collect();
			let challenges = pora::challenges(
				&Self::challenge_seed(&provider),
				&lens,
				T::ChallengesPerPeriod::get().max(1),
			)
			.ok()?;
			let challenge = challenges[(word(1) % challenges.len() as u64) as usize];
			let fragment = *set.get(challenge.holding as usize)?;
			Some(AuditedChunk { provider, fragment, chunk: challenge.chunk })
		})
	}

	/// The fragments `provider` proves this period, in proof order (as
	/// [`Pallet::holdings_of`]).
	fn proving_fragments(provider: &T::AccountId) -> Vec<HeldFragment> {
		let mut set: Vec<HeldFragment> = Holdings::<T>::get(provider).unwrap_or_default().into();
		for (_, joined) in Self::incoming_before(provider, CurrentPeriod::<T>::get()) {
			set.extend(joined);
		}
		set
	}

	/// What `provider` proves this period, for auditors re-checking its proof.
	pub fn proving_set(provider: &T::AccountId) -> Option<ProvingSet> {
		let holdings = Self::holdings_of(provider);
		(!holdings.is_empty()).then(|| ProvingSet {
			period: CurrentPeriod::<T>::get(),
			seed: Self::challenge_seed(provider),
			holdings,
			challenges: T::ChallengesPerPeriod::get(),
		})
	}

	/// A chunk of `provider`'s was reported unavailable and nobody published it in time: it is
	/// counted as a missed proof, slashed `MissSlash`, and a miss in a row that may evict the
	/// provider's proving set at `MissLimit`.
	pub fn count_unavailable_chunk(provider: &T::AccountId, fragment: &HeldFragment) {
		let Some(mut info) = Providers::<T>::get(provider) else { return };
		let slashed = Self::slash(provider, T::MissSlash::get(), StorageOffence::MissedProof);
		info.proofs.missed_in_a_row = info.proofs.missed_in_a_row.saturating_add(1);
		if info.proofs.missed_in_a_row >= T::MissLimit::get() {
			Evicting::<T>::insert(provider, ());
		}
		Providers::<T>::insert(provider, info);
		Self::deposit_event(Event::ChunkUnavailable {
			provider: provider.clone(),
			order: fragment.order,
			index: fragment.index,
			slashed,
		});
	}
}
