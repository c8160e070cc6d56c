//! A test runtime: the system pallet and `Origins`, with 20 blocks a minute and a token of
//! 10^18 units, like zerog.

use crate as pallet_governance;
use crate::TrackTimings;
use frame_support::{derive_impl, traits::ConstU128, traits::ConstU64};
use sp_runtime::BuildStorage;

/// One whole token.
pub const UNIT: u128 = 1_000_000_000_000_000_000;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Origins: pallet_governance,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_governance::Config for Test {
	type Balance = u128;
	type Unit = ConstU128<UNIT>;
	type BlocksPerMinute = ConstU64<20>;
}

/// State at genesis with the tracks on `timings`.
pub fn new_test_ext(timings: TrackTimings) -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		origins: pallet_governance::GenesisConfig { timings, ..Default::default() },
	}
	.build_storage()
	.expect("the test genesis builds");
	storage.into()
}
