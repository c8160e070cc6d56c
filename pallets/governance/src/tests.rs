//! What the origins and tracks promise.

use crate::{
	mock::{new_test_ext, OriginCaller, RuntimeOrigin, Test, UNIT},
	origins::{Spender, StakingAdmin, StorageAdmin},
	tracks::{FellowshipTracks, TrackOrigin, Tracks, FELLOWSHIP_TRACKS, REFERENDA_TRACKS},
	Origin, Timed, TrackTimings, FAST_PERIODS,
};
use frame_support::traits::{ConstU32, EnsureOrigin, Get};
use pallet_referenda::TracksInfo;

type Referenda = Tracks<Test>;
type Fellowship = FellowshipTracks<Test>;

const EVERY_ORIGIN: [Origin; 14] = [
	Origin::StakingAdmin,
	Origin::StorageAdmin,
	Origin::DaAdmin,
	Origin::AlignmentAdmin,
	Origin::FeesAdmin,
	Origin::FellowshipAdmin,
	Origin::Treasurer,
	Origin::SmallSpender,
	Origin::MediumSpender,
	Origin::BigSpender,
	Origin::ReferendumCanceller,
	Origin::ReferendumKiller,
	Origin::WhitelistedCaller,
	Origin::Fellows,
];

fn pallets_origin(origin: Origin) -> OriginCaller {
	OriginCaller::Origins(origin)
}

#[test]
fn tracks_pass_the_integrity_check_on_both_timings() {
	for timings in [TrackTimings::Production, TrackTimings::Fast] {
		new_test_ext(timings).execute_with(|| {
			assert_eq!(Referenda::check_integrity(), Ok(()));
			assert_eq!(Fellowship::check_integrity(), Ok(()));
		});
	}
}

#[test]
fn track_ids_are_strictly_increasing_and_names_fit_and_are_unique() {
	for table in [&REFERENDA_TRACKS[..], &FELLOWSHIP_TRACKS[..]] {
		assert!(table.windows(2).all(|pair| pair[0].id < pair[1].id));
		for track in table {
			assert!(track.name.len() <= 25, "{} is longer than 25 bytes", track.name);
			assert_eq!(table.iter().filter(|other| other.name == track.name).count(), 1);
		}
	}
}

#[test]
fn the_issue_names_every_required_track() {
	let names: Vec<_> = REFERENDA_TRACKS.iter().map(|track| track.name).collect();
	for required in [
		"root",
		"whitelisted_caller",
		"referendum_canceller",
		"referendum_killer",
		"treasurer",
		"small_spender",
		"medium_spender",
		"big_spender",
		"staking_admin",
		"storage_admin",
		"da_admin",
		"alignment_admin",
		"fees_admin",
	] {
		assert!(names.contains(&required), "no {required} track");
	}
}

#[test]
fn every_origin_has_exactly_one_track() {
	for origin in EVERY_ORIGIN {
		let wanted = TrackOrigin::Governance(origin);
		let count = REFERENDA_TRACKS
			.iter()
			.chain(FELLOWSHIP_TRACKS.iter())
			.filter(|track| track.origin == wanted)
			.count();
		assert_eq!(count, 1, "{origin:?}");
	}
}

#[test]
fn root_and_each_origin_find_their_track_and_signed_origins_none() {
	new_test_ext(TrackTimings::Production).execute_with(|| {
		let root = OriginCaller::system(frame_system::RawOrigin::Root);
		assert_eq!(Referenda::track_for(&root), Ok(0));
		assert_eq!(Referenda::track_for(&pallets_origin(Origin::StakingAdmin)), Ok(10));
		assert_eq!(Referenda::track_for(&pallets_origin(Origin::StorageAdmin)), Ok(14));
		assert_eq!(Referenda::track_for(&pallets_origin(Origin::SmallSpender)), Ok(32));
		assert_eq!(Fellowship::track_for(&pallets_origin(Origin::Fellows)), Ok(0));
		let signed = OriginCaller::system(frame_system::RawOrigin::Signed(1));
		assert_eq!(Referenda::track_for(&signed), Err(()));
		assert_eq!(Fellowship::track_for(&root), Err(()));
		assert_eq!(Referenda::track_for(&pallets_origin(Origin::Fellows)), Err(()));
	});
}

#[test]
fn production_timings_are_polkadots_in_blocks() {
	new_test_ext(TrackTimings::Production).execute_with(|| {
		let root = Referenda::info(0).expect("root track");
		let day = 20 * 60 * 24;
		assert_eq!(root.decision_period, 28 * day);
		assert_eq!(root.confirm_period, day);
		assert_eq!(root.prepare_period, 2 * 20 * 60);
		assert_eq!(root.decision_deposit, 67_000 * UNIT);
		assert_eq!(&root.name[..4], b"root");
		assert!(root.name[4..].iter().all(|byte| *byte == 0));
	});
}

#[test]
fn fast_timings_put_a_root_referendum_within_five_minutes_of_three_second_blocks() {
	new_test_ext(TrackTimings::Fast).execute_with(|| {
		for track in Referenda::tracks().chain(Fellowship::tracks()) {
			let info = &track.info;
			assert_eq!(info.prepare_period, u64::from(FAST_PERIODS.prepare));
			assert_eq!(info.decision_period, u64::from(FAST_PERIODS.decision));
		}
		let root = Referenda::info(0).expect("root track");
		// The longest a passing root referendum takes: the whole decision period, then
		// confirmation and enactment.
		let blocks = root.prepare_period
			+ root.decision_period
			+ root.confirm_period
			+ root.min_enactment_period;
		assert!(blocks * 3 <= 5 * 60, "{blocks} blocks");
		// Deposits and curves do not change with the timings.
		assert_eq!(root.decision_deposit, 67_000 * UNIT);
	});
}

#[test]
fn timed_values_follow_the_chain_timings() {
	type Timeout = Timed<Test, ConstU32<100>, ConstU32<7>>;
	new_test_ext(TrackTimings::Production)
		.execute_with(|| assert_eq!(<Timeout as Get<u32>>::get(), 100));
	new_test_ext(TrackTimings::Fast).execute_with(|| assert_eq!(<Timeout as Get<u32>>::get(), 7));
}

#[test]
fn each_origin_check_accepts_its_own_origin_only() {
	assert!(StakingAdmin::try_origin(RuntimeOrigin::from(Origin::StakingAdmin)).is_ok());
	assert!(StakingAdmin::try_origin(RuntimeOrigin::from(Origin::StorageAdmin)).is_err());
	assert!(StorageAdmin::try_origin(RuntimeOrigin::from(Origin::StorageAdmin)).is_ok());
	assert!(StakingAdmin::try_origin(RuntimeOrigin::root()).is_err());
	assert!(StakingAdmin::try_origin(RuntimeOrigin::signed(1)).is_err());
}

#[test]
fn spenders_succeed_with_their_limits_and_other_origins_cannot_spend() {
	let limit = |origin: Origin| Spender::<Test>::try_origin(RuntimeOrigin::from(origin)).ok();
	assert_eq!(limit(Origin::SmallSpender), Some(6_700 * UNIT));
	assert_eq!(limit(Origin::MediumSpender), Some(67_000 * UNIT));
	assert_eq!(limit(Origin::BigSpender), Some(670_000 * UNIT));
	assert_eq!(limit(Origin::Treasurer), Some(6_700_000 * UNIT));
	assert_eq!(limit(Origin::StakingAdmin), None);
	assert!(Spender::<Test>::try_origin(RuntimeOrigin::signed(1)).is_err());
	assert!(Spender::<Test>::try_origin(RuntimeOrigin::root()).is_err());
}
