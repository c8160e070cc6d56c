//! A test runtime: balances, timestamp and this pallet, with pallet-session's calls into the
//! `SessionManager` replayed by [`rotate_session`].

use crate::{self as pallet_shared_staking, StakerStatus};
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU32, Time},
};
use frame_system::EnsureRoot;
use pallet_session::SessionManager;
use sp_runtime::{BuildStorage, Perbill};
use sp_staking::SessionIndex;

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Timestamp: pallet_timestamp,
		Staking: pallet_shared_staking,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = frame_support::traits::ConstU128<1>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

/// Where slashed funds go.
pub const TREASURY: AccountId = 999;
/// A session lasts an hour of timestamp in these tests.
pub const SESSION_MILLIS: u64 = 3_600_000;

parameter_types! {
	pub const TreasuryAccount: AccountId = TREASURY;
	pub static SessionsPerEra: SessionIndex = 3;
	pub static BondingDuration: u32 = 3;
	pub static SlashDeferDuration: u32 = 2;
	pub static MinValidatorBond: Balance = 100;
	pub static MinNominatorBond: Balance = 10;
	pub static MinimumValidatorCount: u32 = 2;
	pub static AnnualInflation: Perbill = Perbill::from_percent(10);
	pub static MaxExposurePageSize: u32 = 4;
}

impl pallet_shared_staking::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type UnixTime = Timestamp;
	type CurrencyToVote = sp_staking::currency_to_vote::U128CurrencyToVote;
	type Slash = ResolveTo<TreasuryAccount, Balances>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type SlashCancelOrigin = EnsureRoot<AccountId>;
	type SessionsPerEra = SessionsPerEra;
	type BondingDuration = BondingDuration;
	type SlashDeferDuration = SlashDeferDuration;
	type MinValidatorBond = MinValidatorBond;
	type MinNominatorBond = MinNominatorBond;
	type MinimumValidatorCount = MinimumValidatorCount;
	type AnnualInflation = AnnualInflation;
	type HistoryDepth = ConstU32<10>;
	type MaxValidatorCount = ConstU32<10>;
	type MaxNominations = ConstU32<4>;
	type MaxUnlockingChunks = ConstU32<8>;
	type MaxExposurePageSize = MaxExposurePageSize;
	type MaxExposurePages = ConstU32<8>;
	type MaxElectingVoters = ConstU32<1000>;
	type MaxNominatorsSlashed = ConstU32<64>;
	type MaxUnappliedSlashes = ConstU32<16>;
	type MaxServiceNameLen = ConstU32<32>;
	type MaxServicesPerOperator = ConstU32<4>;
	type MaxInvulnerables = ConstU32<4>;
	type ProtocolServices = ProtocolServices;
	type Obligations = HeldData;
	type WeightInfo = ();
}

thread_local! {
	static SESSION: RefCell<SessionIndex> = const { RefCell::new(0) };
	static ACTIVE_SET: RefCell<Vec<AccountId>> = const { RefCell::new(Vec::new()) };
	static QUEUED_SET: RefCell<Vec<AccountId>> = const { RefCell::new(Vec::new()) };
}

/// The current session index.
pub fn current_session() -> SessionIndex {
	SESSION.with(|s| *s.borrow())
}

/// The validators producing blocks in the current session.
pub fn active_set() -> Vec<AccountId> {
	ACTIVE_SET.with(|s| s.borrow().clone())
}

/// Ends the current session and starts the next, as pallet-session does: `end_session(i)`,
/// `start_session(i + 1)`, then `new_session(i + 2)` plans the set after next. The timestamp
/// advances by a session.
pub fn rotate_session() {
	let ending = current_session();
	Timestamp::set_timestamp(Timestamp::now() + SESSION_MILLIS);
	<Staking as SessionManager<AccountId>>::end_session(ending);
	<Staking as SessionManager<AccountId>>::start_session(ending + 1);
	let queued = QUEUED_SET.with(|s| s.borrow().clone());
	ACTIVE_SET.with(|s| *s.borrow_mut() = queued.clone());
	let planned = <Staking as SessionManager<AccountId>>::new_session(ending + 2);
	QUEUED_SET.with(|s| *s.borrow_mut() = planned.unwrap_or(queued));
	SESSION.with(|s| *s.borrow_mut() = ending + 1);
	Staking::on_finalize_for_tests();
}

/// Rotates sessions until a new era is active.
pub fn advance_era() {
	let era = Staking::active_era_index();
	while Staking::active_era_index() == era {
		rotate_session();
	}
}

impl Staking {
	/// Runs `on_finalize`, which stamps the active era's start.
	pub fn on_finalize_for_tests() {
		use frame_support::traits::Hooks;
		<Staking as Hooks<u64>>::on_finalize(System::block_number());
	}
}

/// Builds a test chain.
pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
	stakers: Vec<(AccountId, Balance, StakerStatus<AccountId>)>,
	validator_count: u32,
	invulnerables: Vec<AccountId>,
}

impl Default for ExtBuilder {
	/// Validators 11, 21, 31 (bonds 1000, 2000, 3000) and nominator 101 (500 on 11 and 21);
	/// accounts 1..=4 hold 10,000 unbonded.
	fn default() -> Self {
		Self {
			balances: vec![
				(1, 10_000),
				(2, 10_000),
				(3, 10_000),
				(4, 10_000),
				(11, 10_000),
				(21, 10_000),
				(31, 10_000),
				(41, 10_000),
				(101, 10_000),
				(TREASURY, 1),
			],
			stakers: vec![
				(11, 1_000, StakerStatus::Validator),
				(21, 2_000, StakerStatus::Validator),
				(31, 3_000, StakerStatus::Validator),
				(101, 500, StakerStatus::Nominator(vec![11, 21])),
			],
			validator_count: 2,
			invulnerables: vec![],
		}
	}
}

impl ExtBuilder {
	pub fn stakers(mut self, stakers: Vec<(AccountId, Balance, StakerStatus<AccountId>)>) -> Self {
		self.stakers = stakers;
		self
	}

	pub fn balance(mut self, who: AccountId, value: Balance) -> Self {
		self.balances.push((who, value));
		self
	}

	pub fn invulnerables(mut self, invulnerables: Vec<AccountId>) -> Self {
		self.invulnerables = invulnerables;
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		pallet_shared_staking::GenesisConfig::<Test> {
			validator_count: self.validator_count,
			invulnerables: self.invulnerables,
			stakers: self
				.stakers
				.into_iter()
				.map(|(stash, value, status)| (stash, stash, value, status))
				.collect(),
			service_params: vec![],
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			Timestamp::set_timestamp(1_000_000);
			SESSION.with(|s| *s.borrow_mut() = 0);
			let initial =
				<Staking as SessionManager<AccountId>>::new_session_genesis(0).unwrap_or_default();
			ACTIVE_SET.with(|s| *s.borrow_mut() = initial.clone());
			QUEUED_SET.with(|s| *s.borrow_mut() = initial);
			<Staking as SessionManager<AccountId>>::start_session(0);
			Staking::on_finalize_for_tests();
		});
		ext
	}

	/// Builds, runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Staking::do_try_state().expect("invariants hold");
		});
	}
}

/// A chain built with the default builder.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}

/// The events this pallet emitted, oldest first.
pub fn staking_events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Staking(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The protocol services of the test chain, as their pallets would declare them.
pub mod test_services {
	use zerog_staking_primitives::{OffenceCode, Service, ServiceId};

	pub const CHAIN: ServiceId = zerog_staking_primitives::CHAIN_SERVICE;
	pub const STORAGE: ServiceId = 1;
	pub const DA: ServiceId = 2;
	pub const ALIGNMENT: ServiceId = 3;

	/// An offence of a test service.
	#[derive(Clone, Copy)]
	pub struct Missed;
	impl From<Missed> for OffenceCode {
		fn from(_: Missed) -> Self {
			OffenceCode(0)
		}
	}

	pub struct Storage;
	impl Service for Storage {
		const ID: ServiceId = STORAGE;
		const NAME: &'static [u8] = b"storage";
		type Offence = Missed;
	}
	pub struct Da;
	impl Service for Da {
		const ID: ServiceId = DA;
		const NAME: &'static [u8] = b"da";
		type Offence = Missed;
	}
	pub struct Alignment;
	impl Service for Alignment {
		const ID: ServiceId = ALIGNMENT;
		const NAME: &'static [u8] = b"alignment";
		type Offence = Missed;
	}

	/// The offence code tests slash with.
	pub const MISSED: OffenceCode = OffenceCode(0);
}

pub struct ProtocolServices;
impl frame_support::traits::Get<Vec<zerog_staking_primitives::ServiceDeclaration>>
	for ProtocolServices
{
	fn get() -> Vec<zerog_staking_primitives::ServiceDeclaration> {
		use zerog_staking_primitives::Service;
		vec![
			test_services::Storage::declaration(),
			test_services::Da::declaration(),
			test_services::Alignment::declaration(),
		]
	}
}

thread_local! {
	/// Operators a test service still holds data of, by service.
	static HOLDING_DATA: RefCell<Vec<(zerog_staking_primitives::ServiceId, AccountId)>> =
		const { RefCell::new(Vec::new()) };
}

/// A service's obligations as tests set them: an operator marked by [`hold_data`] may not
/// leave that service.
pub struct HeldData;
impl zerog_staking_primitives::ServiceObligations<AccountId> for HeldData {
	fn may_leave(
		service: zerog_staking_primitives::ServiceId,
		operator: &AccountId,
	) -> Result<(), zerog_staking_primitives::Obligation> {
		let holds = HOLDING_DATA.with(|held| held.borrow().contains(&(service, *operator)));
		if holds {
			Err(zerog_staking_primitives::Obligation::HoldsData)
		} else {
			Ok(())
		}
	}
}

/// Marks `operator` as holding data of `service` (or releases it).
pub fn hold_data(service: zerog_staking_primitives::ServiceId, operator: AccountId, holds: bool) {
	HOLDING_DATA.with(|held| {
		let mut held = held.borrow_mut();
		held.retain(|entry| *entry != (service, operator));
		if holds {
			held.push((service, operator));
		}
	});
}
