//! A test runtime: balances and this pallet, with shared staking played by [`Stakes`] (a
//! table of storage operators whose slashes move balance to the beneficiary) and randomness
//! derived from the block number.

use crate as pallet_storage_market;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation},
		ConstU32, Hooks, Randomness,
	},
	PalletId,
};
use frame_system::offchain::{
	AppCrypto, CreateSignedTransaction, CreateTransactionBase, SigningTypes,
};
use sp_runtime::{
	testing::{TestSignature, UintAuthorityId},
	traits::{BlakeTwo256, Hash as _},
	BuildStorage, Perbill,
};
use std::collections::BTreeMap;
use zerog_staking_primitives::{OffenceCode, Service, ServiceId, SharedSecurity, SlashError};
use zerog_storage_primitives::StorageService;

pub type AccountId = u64;
pub type Balance = u128;
type Extrinsic = sp_runtime::generic::UncheckedExtrinsic<AccountId, RuntimeCall, (), ()>;
type Block = sp_runtime::generic::Block<sp_runtime::generic::Header<u64, BlakeTwo256>, Extrinsic>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Market: pallet_storage_market,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = frame_support::traits::ConstU128<1>;
	type AccountStore = System;
}

impl SigningTypes for Test {
	type Public = UintAuthorityId;
	type Signature = TestSignature;
}

impl CreateTransactionBase<crate::Call<Test>> for Test {
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl CreateSignedTransaction<crate::Call<Test>> for Test {
	fn create_signed_transaction<C: AppCrypto<Self::Public, Self::Signature>>(
		call: RuntimeCall,
		_public: UintAuthorityId,
		account: AccountId,
		_nonce: u32,
	) -> Option<Extrinsic> {
		Some(Extrinsic::new_signed(call, account, (), ()))
	}
}

/// Signs with the test keys `UintAuthorityId(n)`, whose account is `n`.
pub struct TestProviderKey;
impl AppCrypto<UintAuthorityId, TestSignature> for TestProviderKey {
	type RuntimeAppPublic = UintAuthorityId;
	type GenericPublic = UintAuthorityId;
	type GenericSignature = TestSignature;
}

thread_local! {
	static STAKES: RefCell<BTreeMap<AccountId, Balance>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// Shared staking as the market sees it: storage operators and their stake, which slashes
/// take from their free balance.
pub struct Stakes;

impl Stakes {
	/// Makes `who` a storage operator with `stake`.
	pub fn set(who: AccountId, stake: Balance) {
		STAKES.with(|s| s.borrow_mut().insert(who, stake));
	}

	/// Stops `who` operating the storage service.
	pub fn remove(who: AccountId) {
		STAKES.with(|s| s.borrow_mut().remove(&who));
	}

	/// The stake of `who`.
	pub fn of(who: AccountId) -> Balance {
		STAKES.with(|s| s.borrow().get(&who).copied().unwrap_or_default())
	}
}

impl SharedSecurity<AccountId> for Stakes {
	type Balance = Balance;

	fn stake_of(service: ServiceId, operator: &AccountId) -> Option<Balance> {
		(service == StorageService::ID).then(|| Self::of(*operator)).filter(|s| *s > 0)
	}

	fn operators(service: ServiceId) -> Vec<(AccountId, Balance)> {
		if service != StorageService::ID {
			return Vec::new();
		}
		STAKES.with(|s| s.borrow().iter().map(|(a, b)| (*a, *b)).collect())
	}

	fn slash(
		_: ServiceId,
		_: &AccountId,
		_: Perbill,
		_: OffenceCode,
	) -> Result<Balance, SlashError> {
		unreachable!("the market sends slashes to its own pot")
	}

	fn slash_to(
		service: ServiceId,
		operator: &AccountId,
		fraction: Perbill,
		_: OffenceCode,
		beneficiary: &AccountId,
	) -> Result<Balance, SlashError> {
		let stake = Self::stake_of(service, operator).ok_or(SlashError::NotAnOperator)?;
		let amount = fraction * stake;
		let amount = Balances::burn_from(
			operator,
			amount,
			Preservation::Expendable,
			Precision::BestEffort,
			Fortitude::Force,
		)
		.unwrap_or_default();
		Balances::mint_into(beneficiary, amount).expect("minting to the pot works");
		Self::set(*operator, stake.saturating_sub(amount));
		Ok(amount)
	}
}

/// Randomness that changes with the block and the subject.
pub struct TestRandomness;
impl Randomness<sp_core::H256, u64> for TestRandomness {
	fn random(subject: &[u8]) -> (sp_core::H256, u64) {
		let block = System::block_number();
		(BlakeTwo256::hash_of(&(subject, block)), block)
	}
}

pub const PERIOD: u64 = 10;
/// Price per GiB per period.
pub const PRICE: Balance = 1 << 20;

parameter_types! {
	pub const MarketPalletId: PalletId = PalletId(*b"zg/store");
	pub static ChallengePeriod: u64 = PERIOD;
	pub static ChallengesPerPeriod: u32 = 8;
	pub static MissLimit: u32 = 2;
	pub static ConfirmWindow: u32 = 2;
	pub static StoragePrice: Balance = PRICE;
	pub static RepairReward: Balance = 50;
	pub static MissSlash: Perbill = Perbill::from_percent(1);
	pub static InvalidProofSlash: Perbill = Perbill::from_percent(5);
	pub static MaxFileSize: u64 = 64 * 1024 * 1024;
	pub static MaxSweepWeight: frame_support::weights::Weight = frame_support::weights::Weight::MAX;
}

impl pallet_storage_market::Config for Test {
	type Currency = Balances;
	type Security = Stakes;
	type Randomness = TestRandomness;
	type AuthorityId = TestProviderKey;
	type PalletId = MarketPalletId;
	type ChallengePeriod = ChallengePeriod;
	type ChallengesPerPeriod = ChallengesPerPeriod;
	type MissLimit = MissLimit;
	type ConfirmWindow = ConfirmWindow;
	type StoragePrice = StoragePrice;
	type RepairReward = RepairReward;
	type MissSlash = MissSlash;
	type InvalidProofSlash = InvalidProofSlash;
	type MaxFileSize = MaxFileSize;
	type MaxOrderDuration = ConstU32<1_000>;
	type MaxFragments = ConstU32<16>;
	type MaxProviders = ConstU32<128>;
	type MaxHoldings = ConstU32<64>;
	type MaxSweepWeight = MaxSweepWeight;
	type MaxExpiringPerPeriod = ConstU32<16>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Stakes;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Stakes {
	fn make_operator(who: &AccountId) {
		Self::set(*who, STAKE);
	}

	fn set_challenges_per_period(count: u32) {
		ChallengesPerPeriod::set(count);
	}
}

/// Initial free balance of every account used in the tests.
pub const INITIAL: Balance = 1_000_000;
/// Stake of each provider in the tests.
pub const STAKE: Balance = 10_000;
/// The uploader in the tests.
pub const ALICE: AccountId = 1;

/// Test externalities: `ALICE` and accounts 10..=19 funded; the pallet's account exists.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(AccountId, Balance)> =
		(10..20).chain([ALICE, 2]).map(|who| (who, INITIAL)).collect();
	balances.push((Market::account_id(), 1));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		STAKES.with(|s| s.borrow_mut().clear());
		System::set_block_number(1);
	});
	ext
}

/// Runs `test` in fresh externalities and checks the pallet's invariants after it.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Market::do_try_state().expect("invariants hold");
	});
}

/// Advances to the first block of the next period, running the hooks.
pub fn next_period() {
	let now = System::block_number();
	let target = (now / PERIOD + 1) * PERIOD;
	for block in now + 1..=target {
		System::set_block_number(block);
		Market::on_initialize(block);
	}
}

/// The balance of `who`.
pub fn balance(who: AccountId) -> Balance {
	Balances::balance(&who)
}

/// Market events so far.
pub fn market_events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Market(e) => Some(e),
			_ => None,
		})
		.collect()
}
