//! # zerog governance: origins and tracks
//!
//! zerog is governed by OpenGov: `Referenda` (pallet-referenda) decides proposals that
//! `ConvictionVoting` counts, `Scheduler` enacts them from `Preimage`s, `Treasury` pays what
//! spenders approve, and `Whitelist` lets the fellowship (`FellowshipCollective` with its
//! `FellowshipReferenda`) fast-track calls it has checked. This crate is the part that is
//! zerog's own, so the runtime wires governance from one place:
//!
//! - the pallet `Origins`: the [`Origin`]s a passed referendum dispatches as, one per protocol
//!   area (staking, storage, DA, alignment, fees, the fellowship), the treasurer and the
//!   three spenders, the referendum canceller and killer, the whitelisted caller and the
//!   fellows; the pallets accept them through the types of [`origins`];
//! - the [`tracks`]: for each origin, the deposit, periods and curves of its referenda;
//! - the [`TrackTimings`] the chain runs them on, chosen in the genesis config.
//!
//! ## Tracks
//!
//! Polkadot's shapes, deposits scaled to the ZG supply by 2/3 (see [`tracks`]). Periods are on
//! [`TrackTimings::Production`]; on [`TrackTimings::Fast`] (the `development` and
//! `local_testnet` presets) every track prepares for 2 blocks, decides within 40 blocks
//! (2 minutes), confirms for 2 blocks and enacts after 1 ([`FAST_PERIODS`]), with the same
//! deposits and curves.
//!
//! | id | track | origin | max deciding | decision deposit | prepare | decision | confirm | min enactment | approval | support |
//! | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
//! | 0 | `root` | Root | 1 | 67,000 ZG | 2 h | 28 d | 1 d | 1 d | reciprocal 100% → 50%, 80% at 4 d | linear 50% → 0 |
//! | 1 | `whitelisted_caller` | WhitelistedCaller | 100 | 6,700 ZG | 30 min | 28 d | 10 min | 10 min | reciprocal 100% → 50%, 96% at 16 h | reciprocal 50% → 5%, 20% at 1 d |
//! | 10 | `staking_admin` | StakingAdmin | 10 | 3,300 ZG | 2 h | 28 d | 3 h | 10 min | linear 100% → 50% over 17 d | reciprocal 50% → 0, 1% at 12 d |
//! | 11 | `treasurer` | Treasurer | 10 | 670 ZG | 2 h | 28 d | 7 d | 1 d | as root | as root |
//! | 12 | `fellowship_admin` | FellowshipAdmin | 10 | 3,300 ZG | 2 h | 28 d | 3 h | 10 min | as staking_admin | as staking_admin |
//! | 13 | `fees_admin` | FeesAdmin | 10 | 3,300 ZG | 2 h | 28 d | 3 h | 10 min | as staking_admin | as staking_admin |
//! | 14 | `storage_admin` | StorageAdmin | 10 | 3,300 ZG | 2 h | 28 d | 3 h | 10 min | as staking_admin | as staking_admin |
//! | 15 | `da_admin` | DaAdmin | 10 | 3,300 ZG | 2 h | 28 d | 3 h | 10 min | as staking_admin | as staking_admin |
//! | 16 | `alignment_admin` | AlignmentAdmin | 10 | 3,300 ZG | 2 h | 28 d | 3 h | 10 min | as staking_admin | as staking_admin |
//! | 20 | `referendum_canceller` | ReferendumCanceller | 1,000 | 6,700 ZG | 2 h | 7 d | 3 h | 10 min | as staking_admin | as staking_admin |
//! | 21 | `referendum_killer` | ReferendumKiller | 1,000 | 33,000 ZG | 2 h | 28 d | 3 h | 10 min | as staking_admin | as staking_admin |
//! | 32 | `small_spender` | SmallSpender (≤ 6,700 ZG) | 50 | 67 ZG | 4 h | 28 d | 2 d | 1 d | linear 100% → 50% over 17 d | reciprocal 50% → 0, 1% at 12 d |
//! | 33 | `medium_spender` | MediumSpender (≤ 67,000 ZG) | 50 | 130 ZG | 4 h | 28 d | 4 d | 1 d | linear 100% → 50% over 23 d | reciprocal 50% → 0, 1% at 16 d |
//! | 34 | `big_spender` | BigSpender (≤ 670,000 ZG) | 50 | 270 ZG | 4 h | 28 d | 7 d | 1 d | linear 100% → 50% over 28 d | reciprocal 50% → 0, 1% at 20 d |
//!
//! The treasurer may spend up to 6,700,000 ZG per spend; root without limit. The fellowship
//! decides on one track, `fellows` (id 0 of `FellowshipReferenda`: 10 ZG deposit, 30 min
//! prepare, 7 d decision, 30 min confirm, approval linear 100% → 50% and support linear
//! 50% → 0 over the decision period), as [`Origin::Fellows`].
//!
//! ## Why the timings live in state
//!
//! pallet-referenda reads tracks through [`pallet_referenda::TracksInfo`] and exposes them as
//! the metadata constant `referenda.tracks`, which Apps reads. Both are computed from the
//! [`Timings`] this pallet stores at genesis, so one runtime serves the main network and the
//! dev chains, and the constant always shows the periods in force. The cost is one read of a
//! one-byte value per track lookup, which the block's overlay caches after the first.
//!
//! The pallet has no calls and no hooks, so it has no weights to measure.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod origins;
pub mod tracks;
pub mod types;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::{Periods, TrackTimings, FAST_PERIODS};

use core::marker::PhantomData;
use frame_support::traits::Get;
use sp_runtime::traits::Saturating;

/// `tokens` whole tokens in the chain's balance.
pub(crate) fn whole_tokens<T: Config>(tokens: u64) -> T::Balance {
	T::Balance::from(tokens).saturating_mul(T::Unit::get())
}

/// A value that depends on the chain's [`TrackTimings`]: `Production` on the main network,
/// `Fast` on dev chains. For the governance pallets' own periods (pallet-referenda's
/// `UndecidingTimeout`, conviction voting's `VoteLockingPeriod`, …), so they follow the
/// tracks.
pub struct Timed<T, Production, Fast>(PhantomData<(T, Production, Fast)>);

impl<T: Config, V, Production: Get<V>, Fast: Get<V>> Get<V> for Timed<T, Production, Fast> {
	fn get() -> V {
		match Timings::<T>::get() {
			TrackTimings::Production => Production::get(),
			TrackTimings::Fast => Fast::get(),
		}
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_runtime::traits::AtLeast32BitUnsigned;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The chain's balance, in which deposits and spend limits are paid.
		type Balance: AtLeast32BitUnsigned + From<u64> + Parameter + Copy + MaxEncodedLen + 'static;
		/// One whole token: deposits and spend limits are written in whole tokens.
		#[pallet::constant]
		type Unit: Get<Self::Balance>;
		/// Blocks in a minute: production periods are written in minutes.
		#[pallet::constant]
		type BlocksPerMinute: Get<BlockNumberFor<Self>>;
	}

	/// What a passed referendum dispatches as, besides root: one origin per track.
	#[derive(
		PartialEq,
		Eq,
		Clone,
		Copy,
		MaxEncodedLen,
		Encode,
		Decode,
		DecodeWithMemTracking,
		TypeInfo,
		Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// Shared staking: validator count, slashes, chains and services.
		StakingAdmin,
		/// The storage market's parameters.
		StorageAdmin,
		/// The data-availability layer's parameters.
		DaAdmin,
		/// The AI alignment nodes' parameters and licences.
		AlignmentAdmin,
		/// Transaction fees.
		FeesAdmin,
		/// Membership of the fellowship.
		FellowshipAdmin,
		/// Treasury spends up to 6,700,000 ZG.
		Treasurer,
		/// Treasury spends up to 6,700 ZG.
		SmallSpender,
		/// Treasury spends up to 67,000 ZG.
		MediumSpender,
		/// Treasury spends up to 670,000 ZG.
		BigSpender,
		/// Cancelling a referendum (deposits refunded).
		ReferendumCanceller,
		/// Killing a referendum (deposits slashed).
		ReferendumKiller,
		/// Dispatching a call the fellowship whitelisted.
		WhitelistedCaller,
		/// A decision of the fellowship.
		Fellows,
	}

	/// The timings the tracks run on.
	#[pallet::storage]
	pub type Timings<T> = StorageValue<_, TrackTimings, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The timings the chain's tracks run on.
		pub timings: TrackTimings,
		#[serde(skip)]
		pub _config: PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Timings::<T>::put(self.timings);
		}
	}
}
