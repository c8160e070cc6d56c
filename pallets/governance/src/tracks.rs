//! The referendum tracks: which origin each track decides for, its deposit, its periods and
//! its approval and support curves ([`REFERENDA_TRACKS`] for the public referenda,
//! [`FELLOWSHIP_TRACKS`] for the fellowship's), and their [`TracksInfo`] for pallet-referenda.
//!
//! The shapes are Polkadot's (polkadot-fellows runtimes, `relay/polkadot/src/governance`):
//! the same periods on [`TrackTimings::Production`] and the same curves on every timing,
//! deposits scaled to the ZG supply (one billion ZG against about 1.5 billion DOT: 2/3,
//! rounded to two significant figures). The protocol areas Polkadot does not have (storage,
//! DA, alignment, fees) take the shape of its `staking_admin` track.

use crate::{whole_tokens, Config, Origin, Periods, Timings, TrackTimings, FAST_PERIODS};
use alloc::borrow::Cow;
use core::marker::PhantomData;
use frame_support::traits::{Get, OriginTrait};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_referenda::{Curve, Track, TrackInfo, TracksInfo};
use sp_runtime::{str_array, FixedI64};

/// A track's identifier, as pallet-referenda stores it.
pub type TrackId = u16;

/// The origin a track decides for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TrackOrigin {
	/// The chain's root origin.
	Root,
	/// One of zerog's governance origins.
	Governance(Origin),
}

/// One track as zerog defines it, before it is put into the chain's types.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct TrackSpec {
	/// The track's identifier; tracks are listed in increasing order of it.
	pub id: TrackId,
	/// The name Apps shows (at most 25 bytes).
	pub name: &'static str,
	/// The origin the track's referenda dispatch as.
	pub origin: TrackOrigin,
	/// How many referenda of the track may be deciding at once.
	pub max_deciding: u32,
	/// The decision deposit, in whole tokens.
	pub decision_deposit: u64,
	/// The periods on [`TrackTimings::Production`], in minutes.
	pub production_minutes: Periods<u32>,
	/// The least share of conviction-weighted votes in favour, over the decision period.
	pub min_approval: Curve,
	/// The least share of the issuance voting in favour (without conviction), over the
	/// decision period.
	pub min_support: Curve,
}

impl TrackSpec {
	/// The periods of this track on the given timings, in blocks.
	pub fn periods<B: sp_runtime::traits::AtLeast32BitUnsigned + Copy>(
		&self,
		timings: TrackTimings,
		blocks_per_minute: B,
	) -> Periods<B> {
		match timings {
			TrackTimings::Production => {
				self.production_minutes.minutes_to_blocks(blocks_per_minute)
			},
			TrackTimings::Fast => FAST_PERIODS.blocks(),
		}
	}

	/// This track in pallet-referenda's types, on the given timings.
	pub fn to_track<T: Config>(
		&self,
		timings: TrackTimings,
	) -> Track<TrackId, T::Balance, BlockNumberFor<T>> {
		let periods = self.periods(timings, T::BlocksPerMinute::get());
		Track {
			id: self.id,
			info: TrackInfo {
				name: str_array(self.name),
				max_deciding: self.max_deciding,
				decision_deposit: whole_tokens::<T>(self.decision_deposit),
				prepare_period: periods.prepare,
				decision_period: periods.decision,
				confirm_period: periods.confirm,
				min_enactment_period: periods.min_enactment,
				min_approval: self.min_approval.clone(),
				min_support: self.min_support.clone(),
			},
		}
	}
}

const fn percent(x: u128) -> FixedI64 {
	FixedI64::from_rational(x, 100)
}

const HOUR: u32 = 60;
const DAY: u32 = 24 * HOUR;

const fn minutes(prepare: u32, decision: u32, confirm: u32, min_enactment: u32) -> Periods<u32> {
	Periods { prepare, decision, confirm, min_enactment }
}

/// Root: approval falls from 100% to 50% (reciprocal), support from 50% to 0 (linear).
const APPROVAL_ROOT: Curve = Curve::make_reciprocal(4, 28, percent(80), percent(50), percent(100));
const SUPPORT_ROOT: Curve = Curve::make_linear(28, 28, percent(0), percent(50));
/// Whitelisted caller: a high approval bar that falls slowly, a low support bar.
const APPROVAL_WHITELISTED: Curve =
	Curve::make_reciprocal(16, 28 * 24, percent(96), percent(50), percent(100));
const SUPPORT_WHITELISTED: Curve =
	Curve::make_reciprocal(1, 28, percent(20), percent(5), percent(50));
/// Administration of one protocol area, cancelling and killing referenda.
const APPROVAL_ADMIN: Curve = Curve::make_linear(17, 28, percent(50), percent(100));
const SUPPORT_ADMIN: Curve = Curve::make_reciprocal(12, 28, percent(1), percent(0), percent(50));
/// Treasurer: as root.
const APPROVAL_TREASURER: Curve = APPROVAL_ROOT;
const SUPPORT_TREASURER: Curve = SUPPORT_ROOT;
/// Spenders: the larger the limit, the longer approval and support take to fall.
const APPROVAL_SMALL_SPENDER: Curve = Curve::make_linear(17, 28, percent(50), percent(100));
const SUPPORT_SMALL_SPENDER: Curve =
	Curve::make_reciprocal(12, 28, percent(1), percent(0), percent(50));
const APPROVAL_MEDIUM_SPENDER: Curve = Curve::make_linear(23, 28, percent(50), percent(100));
const SUPPORT_MEDIUM_SPENDER: Curve =
	Curve::make_reciprocal(16, 28, percent(1), percent(0), percent(50));
const APPROVAL_BIG_SPENDER: Curve = Curve::make_linear(28, 28, percent(50), percent(100));
const SUPPORT_BIG_SPENDER: Curve =
	Curve::make_reciprocal(20, 28, percent(1), percent(0), percent(50));

/// A protocol area's administration track.
const fn admin_track(id: TrackId, name: &'static str, origin: Origin) -> TrackSpec {
	TrackSpec {
		id,
		name,
		origin: TrackOrigin::Governance(origin),
		max_deciding: 10,
		decision_deposit: 3_300,
		production_minutes: minutes(2 * HOUR, 28 * DAY, 3 * HOUR, 10),
		min_approval: APPROVAL_ADMIN,
		min_support: SUPPORT_ADMIN,
	}
}

/// A spender track.
const fn spender_track(
	id: TrackId,
	name: &'static str,
	origin: Origin,
	decision_deposit: u64,
	confirm_days: u32,
	min_approval: Curve,
	min_support: Curve,
) -> TrackSpec {
	TrackSpec {
		id,
		name,
		origin: TrackOrigin::Governance(origin),
		max_deciding: 50,
		decision_deposit,
		production_minutes: minutes(4 * HOUR, 28 * DAY, confirm_days * DAY, DAY),
		min_approval,
		min_support,
	}
}

/// The public referenda's tracks, by increasing id.
pub const REFERENDA_TRACKS: [TrackSpec; 14] = [
	TrackSpec {
		id: 0,
		name: "root",
		origin: TrackOrigin::Root,
		max_deciding: 1,
		decision_deposit: 67_000,
		production_minutes: minutes(2 * HOUR, 28 * DAY, DAY, DAY),
		min_approval: APPROVAL_ROOT,
		min_support: SUPPORT_ROOT,
	},
	TrackSpec {
		id: 1,
		name: "whitelisted_caller",
		origin: TrackOrigin::Governance(Origin::WhitelistedCaller),
		max_deciding: 100,
		decision_deposit: 6_700,
		production_minutes: minutes(30, 28 * DAY, 10, 10),
		min_approval: APPROVAL_WHITELISTED,
		min_support: SUPPORT_WHITELISTED,
	},
	admin_track(10, "staking_admin", Origin::StakingAdmin),
	TrackSpec {
		id: 11,
		name: "treasurer",
		origin: TrackOrigin::Governance(Origin::Treasurer),
		max_deciding: 10,
		decision_deposit: 670,
		production_minutes: minutes(2 * HOUR, 28 * DAY, 7 * DAY, DAY),
		min_approval: APPROVAL_TREASURER,
		min_support: SUPPORT_TREASURER,
	},
	admin_track(12, "fellowship_admin", Origin::FellowshipAdmin),
	admin_track(13, "fees_admin", Origin::FeesAdmin),
	admin_track(14, "storage_admin", Origin::StorageAdmin),
	admin_track(15, "da_admin", Origin::DaAdmin),
	admin_track(16, "alignment_admin", Origin::AlignmentAdmin),
	TrackSpec {
		id: 20,
		name: "referendum_canceller",
		origin: TrackOrigin::Governance(Origin::ReferendumCanceller),
		max_deciding: 1_000,
		decision_deposit: 6_700,
		production_minutes: minutes(2 * HOUR, 7 * DAY, 3 * HOUR, 10),
		min_approval: APPROVAL_ADMIN,
		min_support: SUPPORT_ADMIN,
	},
	TrackSpec {
		id: 21,
		name: "referendum_killer",
		origin: TrackOrigin::Governance(Origin::ReferendumKiller),
		max_deciding: 1_000,
		decision_deposit: 33_000,
		production_minutes: minutes(2 * HOUR, 28 * DAY, 3 * HOUR, 10),
		min_approval: APPROVAL_ADMIN,
		min_support: SUPPORT_ADMIN,
	},
	spender_track(
		32,
		"small_spender",
		Origin::SmallSpender,
		67,
		2,
		APPROVAL_SMALL_SPENDER,
		SUPPORT_SMALL_SPENDER,
	),
	spender_track(
		33,
		"medium_spender",
		Origin::MediumSpender,
		130,
		4,
		APPROVAL_MEDIUM_SPENDER,
		SUPPORT_MEDIUM_SPENDER,
	),
	spender_track(
		34,
		"big_spender",
		Origin::BigSpender,
		270,
		7,
		APPROVAL_BIG_SPENDER,
		SUPPORT_BIG_SPENDER,
	),
];

/// The fellowship's one track: every member votes, with weight growing with rank, and a
/// passed referendum acts as [`Origin::Fellows`], which may whitelist calls for the
/// `whitelisted_caller` track.
pub const FELLOWSHIP_TRACKS: [TrackSpec; 1] = [TrackSpec {
	id: 0,
	name: "fellows",
	origin: TrackOrigin::Governance(Origin::Fellows),
	max_deciding: 10,
	decision_deposit: 10,
	production_minutes: minutes(30, 7 * DAY, 30, 1),
	min_approval: Curve::make_linear(7, 7, percent(50), percent(100)),
	min_support: Curve::make_linear(7, 7, percent(0), percent(50)),
}];

/// The track of the given table that decides for `origin`.
fn track_for<O, A>(tracks: &[TrackSpec], origin: &O) -> Result<TrackId, ()>
where
	O: Clone + TryInto<frame_system::RawOrigin<A>> + TryInto<Origin>,
{
	let wanted = if let Ok(frame_system::RawOrigin::Root) =
		TryInto::<frame_system::RawOrigin<A>>::try_into(origin.clone())
	{
		TrackOrigin::Root
	} else if let Ok(governance) = TryInto::<Origin>::try_into(origin.clone()) {
		TrackOrigin::Governance(governance)
	} else {
		return Err(());
	};
	tracks.iter().find(|track| track.origin == wanted).map(|track| track.id).ok_or(())
}

/// The origin type pallet-referenda keys tracks by: the runtime's pallets' origins.
pub type PalletsOriginOf<T> =
	<<T as frame_system::Config>::RuntimeOrigin as OriginTrait>::PalletsOrigin;

/// Declares a [`TracksInfo`] over one table of tracks, on the chain's timings.
macro_rules! tracks_info {
	($(#[$doc:meta])* $name:ident, $table:expr) => {
		$(#[$doc])*
		pub struct $name<T>(PhantomData<T>);

		impl<T: Config> TracksInfo<T::Balance, BlockNumberFor<T>> for $name<T>
		where
			PalletsOriginOf<T>:
				Clone + TryInto<frame_system::RawOrigin<T::AccountId>> + TryInto<Origin>,
		{
			type Id = TrackId;
			type RuntimeOrigin = PalletsOriginOf<T>;

			fn tracks() -> impl Iterator<Item = Cow<'static, Track<TrackId, T::Balance, BlockNumberFor<T>>>> {
				let timings = Timings::<T>::get();
				$table.iter().map(move |spec| Cow::Owned(spec.to_track::<T>(timings)))
			}

			fn track_for(origin: &Self::RuntimeOrigin) -> Result<TrackId, ()> {
				track_for::<_, T::AccountId>(&$table, origin)
			}
		}
	};
}

tracks_info!(
	/// The public referenda's tracks ([`REFERENDA_TRACKS`]) for `Referenda`.
	Tracks,
	REFERENDA_TRACKS
);

tracks_info!(
	/// The fellowship's tracks ([`FELLOWSHIP_TRACKS`]) for `FellowshipReferenda`.
	FellowshipTracks,
	FELLOWSHIP_TRACKS
);
