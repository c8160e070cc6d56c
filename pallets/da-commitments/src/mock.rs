//! A test runtime: balances and this pallet, with shared staking played by [`Operators`] (a
//! table of DA operators and their stake) and the epoch by [`Epoch`].

use crate as pallet_da_commitments;
use crate::{EpochSource, Ratio};
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, Hooks},
};
use sp_runtime::{BuildStorage, Perbill};
use zerog_da_primitives::EpochIndex;
use zerog_staking_primitives::{OffenceCode, ServiceId, SharedSecurity, SlashError};

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Da: pallet_da_commitments,
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
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

thread_local! {
	static OPERATORS: RefCell<Vec<(AccountId, Balance)>> = const { RefCell::new(Vec::new()) };
	static EPOCH: RefCell<EpochIndex> = const { RefCell::new(0) };
	static SLASHES: RefCell<Vec<Slash>> = const { RefCell::new(Vec::new()) };
}

/// A slash shared staking was asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slash {
	/// The operator slashed.
	pub operator: AccountId,
	/// The share of its stake.
	pub fraction: Perbill,
	/// Why.
	pub offence: OffenceCode,
	/// Who got the slashed funds (`None`: the treasury).
	pub beneficiary: Option<AccountId>,
}

/// The slashes made so far in this test.
pub fn slashes() -> Vec<Slash> {
	SLASHES.with(|s| s.borrow().clone())
}

/// The DA operators shared staking reports.
pub struct Operators;

impl Operators {
	/// Makes these the DA operators, with their stake.
	pub fn set(operators: &[(AccountId, Balance)]) {
		OPERATORS.with(|o| *o.borrow_mut() = operators.to_vec());
	}
}

impl Operators {
	/// Takes `fraction` of the operator's stake and records the slash.
	fn record(
		_: ServiceId,
		operator: AccountId,
		fraction: Perbill,
		offence: OffenceCode,
		beneficiary: Option<AccountId>,
	) -> Result<Balance, SlashError> {
		let slashed = OPERATORS.with(|o| {
			let mut operators = o.borrow_mut();
			let (_, stake) = operators.iter_mut().find(|(who, _)| *who == operator)?;
			let slashed = fraction * *stake;
			*stake -= slashed;
			Some(slashed)
		});
		let slashed = slashed.ok_or(SlashError::NotAnOperator)?;
		SLASHES.with(|s| s.borrow_mut().push(Slash { operator, fraction, offence, beneficiary }));
		Ok(slashed)
	}
}

/// Staked samplers: the DA operators.
pub struct Samplers;

impl frame_support::traits::Contains<AccountId> for Samplers {
	fn contains(who: &AccountId) -> bool {
		OPERATORS.with(|o| o.borrow().iter().any(|(operator, _)| operator == who))
	}
}

impl SharedSecurity<AccountId> for Operators {
	type Balance = Balance;

	fn stake_of(_: ServiceId, operator: &AccountId) -> Option<Balance> {
		OPERATORS.with(|o| o.borrow().iter().find(|(who, _)| who == operator).map(|(_, s)| *s))
	}

	fn operators(_: ServiceId) -> Vec<(AccountId, Balance)> {
		OPERATORS.with(|o| o.borrow().clone())
	}

	fn slash(
		service: ServiceId,
		operator: &AccountId,
		fraction: Perbill,
		offence: OffenceCode,
	) -> Result<Balance, SlashError> {
		Operators::record(service, *operator, fraction, offence, None)
	}

	fn slash_to(
		service: ServiceId,
		operator: &AccountId,
		fraction: Perbill,
		offence: OffenceCode,
		beneficiary: &AccountId,
	) -> Result<Balance, SlashError> {
		Operators::record(service, *operator, fraction, offence, Some(*beneficiary))
	}
}

/// The epoch the test is in; its randomness is derived from its index.
pub struct Epoch;

impl Epoch {
	/// Moves to epoch `epoch`.
	pub fn set(epoch: EpochIndex) {
		EPOCH.with(|e| *e.borrow_mut() = epoch);
	}
}

impl EpochSource for Epoch {
	fn current() -> (EpochIndex, [u8; 32]) {
		let epoch = EPOCH.with(|e| *e.borrow());
		(epoch, [epoch as u8; 32])
	}
}

parameter_types! {
	pub const ChargeBeneficiary: AccountId = 99;
	pub const Quorum: Ratio = Ratio { numerator: 2, denominator: 3 };
	pub const ExpiryCharge: Perbill = Perbill::from_percent(10);
	pub static MaxBlobLen: u32 = 32 * 1024 * 1024;
	pub static BlobsPerBlock: u32 = 4;
	pub const SamplerShare: Perbill = Perbill::from_percent(10);
	pub const MissSlash: Perbill = Perbill::from_percent(1);
	pub const FraudSlash: Perbill = Perbill::from_percent(10);
}

/// Blocks the attesters of a challenged cell have to answer.
pub const CHALLENGE_WINDOW: u64 = 5;
/// A challenger's deposit.
pub const CHALLENGE_DEPOSIT: Balance = 500;
/// What a fraud proof against a good blob costs.
pub const FRAUD_DEPOSIT: Balance = 700;

/// Blocks in which attestations count.
pub const WINDOW: u64 = 10;
/// Blocks a certified blob is kept after its deadline.
pub const RETENTION: u64 = 100;
/// The fee of every blob.
pub const BASE_FEE: Balance = 1_000;

impl pallet_da_commitments::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Security = Operators;
	type Epochs = Epoch;
	type ChargeBeneficiary = ChargeBeneficiary;
	type BaseFee = ConstU128<BASE_FEE>;
	type ByteFee = ConstU128<1>;
	type AttestationWindow = frame_support::traits::ConstU64<WINDOW>;
	type RetentionPeriod = frame_support::traits::ConstU64<RETENTION>;
	type Quorum = Quorum;
	type ExpiryCharge = ExpiryCharge;
	type MaxBlobLen = MaxBlobLen;
	type MaxBlobsPerBlock = ConstU32<4>;
	type BlobsPerBlock = BlobsPerBlock;
	type MaxSigners = ConstU32<16>;
	type MaxAttestationsPerCall = ConstU32<8>;
	type EpochsKept = ConstU32<2>;
	type Samplers = Samplers;
	type SamplerShare = SamplerShare;
	type MaxSampleReports = ConstU32<4>;
	type MaxSamplesPerReport = ConstU32<64>;
	type ChallengeWindow = frame_support::traits::ConstU64<CHALLENGE_WINDOW>;
	type ChallengeDeposit = ConstU128<CHALLENGE_DEPOSIT>;
	type MissSlash = MissSlash;
	type FraudSlash = FraudSlash;
	type FraudDeposit = ConstU128<FRAUD_DEPOSIT>;
	type MaxChallengesPerBlob = ConstU32<2>;
	type MaxChallengesPerBlock = ConstU32<3>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Helper;
}

/// Signers and epochs for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct Helper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Helper {
	fn make_signer(who: &AccountId) {
		OPERATORS.with(|o| {
			let mut operators = o.borrow_mut();
			if !operators.iter().any(|(operator, _)| operator == who) {
				operators.push((*who, 100));
			}
		});
	}

	fn next_epoch() {
		EPOCH.with(|e| *e.borrow_mut() += 1);
	}
}

/// Accounts funded at genesis: 1 … 20 with 10^12 each.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let balances = (1..=20).map(|who| (who, 1_000_000_000_000)).collect();
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		balances: pallet_balances::GenesisConfig { balances, ..Default::default() },
	}
	.build_storage()
	.expect("the test genesis builds");
	let mut ext: sp_io::TestExternalities = storage.into();
	ext.execute_with(|| {
		Operators::set(&[]);
		SLASHES.with(|s| s.borrow_mut().clear());
		Epoch::set(0);
		System::set_block_number(1);
	});
	ext
}

/// Runs blocks up to `block`, with the pallet's `on_initialize`.
pub fn run_to(block: u64) {
	while System::block_number() < block {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Da::on_initialize(next);
	}
}
