//! The configuration of every pallet in the runtime, in the order they appear in it.

use crate::{
	constants::{currency::*, time::*},
	parameters::{dynamic_params, RuntimeParameters},
	proxy::ProxyType,
	AccountId, Babe, Balance, Balances, Block, BlockNumber, Hash, Historical, Nonce, Offences,
	OriginCaller, PalletInfo, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason, RuntimeOrigin, RuntimeTask, Session, Signature, System, UncheckedExtrinsic,
	VERSION,
};
use alloc::vec::Vec;
use frame_support::{
	derive_impl, parameter_types,
	traits::{
		AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, ConstU8, Everything, VariantCountOf,
		WithdrawReasons,
	},
	weights::{
		constants::{
			BlockExecutionWeight, ExtrinsicBaseWeight, RocksDbWeight, WEIGHT_REF_TIME_PER_SECOND,
		},
		ConstantMultiplier, Weight,
	},
};
use frame_support::{traits::tokens::imbalance::ResolveTo, PalletId};
use frame_system::{
	limits::{BlockLength, BlockWeights},
	EnsureRoot,
};
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use sp_runtime::{
	impl_opaque_keys,
	traits::{AccountIdConversion, ConvertInto, OpaqueKeys},
	FixedPointNumber, Perbill, Perquintill,
};
use sp_version::RuntimeVersion;

/// Normal transactions may fill 75% of a block; the rest is kept for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);
/// About 10% of a block's weight goes to `on_initialize` hooks.
const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(10);
/// One second of execution per 3 s block (the same third of the slot that 6 s chains give to
/// execution), and a 10 MiB bound on the state proof a block may need. The proof bound must
/// be finite: pallet-revive prices proof size in proportion to it.
const MAXIMUM_BLOCK_WEIGHT: Weight =
	Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND, 10 * 1024 * 1024);

parameter_types! {
	pub const Version: RuntimeVersion = VERSION;
	pub const BlockHashCount: BlockNumber = 2400;
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(frame_support::dispatch::DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * *max
		})
		.build();
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(frame_support::dispatch::DispatchClass::all(), |weights| {
			weights.base_extrinsic = ExtrinsicBaseWeight::get();
		})
		.for_class(frame_support::dispatch::DispatchClass::Normal, |weights| {
			weights.max_total = Some(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.for_class(frame_support::dispatch::DispatchClass::Operational, |weights| {
			weights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			weights.reserved =
				Some(MAXIMUM_BLOCK_WEIGHT - NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.avg_block_initialization(AVERAGE_ON_INITIALIZE_RATIO)
		.build_or_panic();
	/// The SS58 prefix of zerog addresses (free in the ss58-registry).
	pub const SS58Prefix: u16 = crate::SS58_PREFIX;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type BaseCallFilter = Everything;
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	type DbWeight = RocksDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SystemWeightInfo = frame_system::weights::SubstrateWeight<Runtime>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type OnNewAccount = pallet_revive::AutoMapper<Runtime>;
	type OnKilledAccount = pallet_revive::AutoMapper<Runtime>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = crate::Moment;
	type OnTimestampSet = Babe;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const EpochDuration: u64 = EPOCH_DURATION_IN_SLOTS as u64;
	pub const ExpectedBlockTime: crate::Moment = MILLISECS_PER_BLOCK;
	/// How long (in blocks) a report of equivocation stays valid in the pool.
	pub const ReportLongevity: u64 = EPOCH_DURATION_IN_SLOTS as u64 * 6;
	pub const MaxAuthorities: u32 = 100;
	pub const MaxNominators: u32 = 512;
	pub const MaxSetIdSessionEntries: u64 = 168;
}

impl pallet_babe::Config for Runtime {
	type EpochDuration = EpochDuration;
	type ExpectedBlockTime = ExpectedBlockTime;
	type EpochChangeTrigger = pallet_babe::ExternalTrigger;
	type DisabledValidators = Session;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = MaxNominators;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_babe::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = MaxNominators;
	type MaxSetIdSessionEntries = MaxSetIdSessionEntries;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// Blocks should be a quarter full on average; fees rise above that and fall below it.
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// Fees never fall below their base: pallet-revive needs a multiplier above zero.
	pub MinimumMultiplier: Multiplier = Multiplier::from_u32(1);
	pub MaximumMultiplier: Multiplier = Multiplier::saturating_from_integer(100_000);
}

/// Reference time costs 10^5 of the smallest unit per picosecond, proof size the same per
/// share of the block (the rule pallet-revive requires to convert gas to weight): a balance transfer
/// (about 0.2 ms of execution) costs about 0.00002 ZG before the length fee.
pub type WeightToFee = pallet_revive::evm::fees::BlockRatioFee<100_000, 1, Runtime, Balance>;

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type WeightToFee = WeightToFee;
	type LengthToFee = ConstantMultiplier<Balance, dynamic_params::fees::TransactionByteFee>;
	type FeeMultiplierUpdate = TargetedFeeAdjustment<
		Self,
		TargetBlockFullness,
		AdjustmentVariable,
		MinimumMultiplier,
		MaximumMultiplier,
	>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Babe>;
	type EventHandler = crate::Staking;
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OnOffenceHandler = crate::Staking;
}

impl_opaque_keys! {
	/// The keys a validator registers for a session. Field names follow the convention
	/// zombienet writes into chain specs (`babe`, `grandpa`).
	pub struct SessionKeys {
		pub babe: Babe,
		pub grandpa: crate::Grandpa,
	}
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = Babe;
	type NextSessionRotation = Babe;
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, crate::Staking>;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = pallet_session::disabling::UpToLimitDisablingStrategy;
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = ConstU128<{ deposit(1, 64) }>;
}

/// Validators are identified by their account alone in historical sessions: their exposures
/// stay in the staking pallet, which slashing reads by era.
pub struct UnitIdentification;
impl sp_runtime::traits::Convert<AccountId, Option<()>> for UnitIdentification {
	fn convert(_: AccountId) -> Option<()> {
		Some(())
	}
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = UnitIdentification;
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

/// Unsigned transactions built in the runtime: equivocation reports.
impl<C> frame_system::offchain::CreateBare<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		sp_runtime::generic::UncheckedExtrinsic::new_bare(call).into()
	}
}

/// Signed transactions built in the runtime: storage providers' confirmations and proofs.
impl<C> frame_system::offchain::CreateSignedTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_signed_transaction<
		S: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>,
	>(
		call: RuntimeCall,
		public: <Signature as sp_runtime::traits::Verify>::Signer,
		account: AccountId,
		nonce: Nonce,
	) -> Option<UncheckedExtrinsic> {
		use codec::Encode;
		let extension = crate::tx_extension(sp_runtime::generic::Era::Immortal, nonce, 0);
		let payload = crate::SignedPayload::new(call, extension).ok()?;
		let signature = payload.using_encoded(|bytes| S::sign(bytes, public))?;
		let (call, extension, _) = payload.deconstruct();
		let address = sp_runtime::MultiAddress::Id(account);
		Some(
			sp_runtime::generic::UncheckedExtrinsic::new_signed(
				call, address, signature, extension,
			)
			.into(),
		)
	}
}

impl frame_system::offchain::SigningTypes for Runtime {
	type Public = <Signature as sp_runtime::traits::Verify>::Signer;
	type Signature = Signature;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = ConstU128<{ deposit(1, 88) }>;
	type DepositFactor = ConstU128<{ deposit(0, 32) }>;
	type MaxSignatories = ConstU32<100>;
	type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = System;
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ConstU128<{ deposit(1, 8) }>;
	type ProxyDepositFactor = ConstU128<{ deposit(0, 33) }>;
	type MaxProxies = ConstU32<32>;
	type WeightInfo = pallet_proxy::weights::SubstrateWeight<Runtime>;
	type MaxPending = ConstU32<32>;
	type CallHasher = sp_runtime::traits::BlakeTwo256;
	type AnnouncementDepositBase = ConstU128<{ deposit(1, 8) }>;
	type AnnouncementDepositFactor = ConstU128<{ deposit(0, 66) }>;
	type BlockNumberProvider = System;
}

parameter_types! {
	pub UnvestedFundsAllowedWithdrawReasons: WithdrawReasons =
		WithdrawReasons::except(WithdrawReasons::TRANSFER | WithdrawReasons::RESERVE);
}

impl pallet_vesting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BlockNumberToBalance = ConvertInto;
	type MinVestedTransfer = ConstU128<ZG>;
	type WeightInfo = pallet_vesting::weights::SubstrateWeight<Runtime>;
	type UnvestedFundsAllowedWithdrawReasons = UnvestedFundsAllowedWithdrawReasons;
	type BlockNumberProvider = System;
	const MAX_VESTING_SCHEDULES: u32 = 28;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Where slashed funds go until governance brings a treasury: a keyless account.
	pub TreasuryAccount: AccountId = PalletId(*b"zg/trsry").into_account_truncating();
	/// The storage market's escrow, prepaid balances and repair fund.
	pub const StorageMarketPalletId: PalletId = PalletId(*b"zg/store");
}

impl pallet_shared_staking::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type UnixTime = crate::Timestamp;
	type CurrencyToVote = sp_staking::currency_to_vote::U128CurrencyToVote;
	type Slash = ResolveTo<TreasuryAccount, Balances>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type SlashCancelOrigin = EnsureRoot<AccountId>;
	type SessionsPerEra = dynamic_params::staking::SessionsPerEra;
	type BondingDuration = dynamic_params::staking::BondingDuration;
	type SlashDeferDuration = dynamic_params::staking::SlashDeferDuration;
	type MinValidatorBond = dynamic_params::staking::MinValidatorBond;
	type MinNominatorBond = dynamic_params::staking::MinNominatorBond;
	type MinimumValidatorCount = dynamic_params::staking::MinimumValidatorCount;
	type AnnualInflation = dynamic_params::staking::AnnualInflation;
	type HistoryDepth = ConstU32<84>;
	type MaxValidatorCount = MaxAuthorities;
	type MaxNominations = ConstU32<16>;
	type MaxUnlockingChunks = ConstU32<32>;
	type MaxExposurePageSize = ConstU32<64>;
	type MaxExposurePages = ConstU32<32>;
	type MaxElectingVoters = ConstU32<2_000>;
	type MaxNominatorsSlashed = ConstU32<{ 64 * 32 }>;
	type MaxUnappliedSlashes = ConstU32<64>;
	type MaxServiceNameLen = ConstU32<32>;
	type MaxServicesPerOperator = ConstU32<8>;
	type MaxInvulnerables = ConstU32<16>;
	type WeightInfo = pallet_shared_staking::weights::SubstrateWeight<Runtime>;
}

/// Challenge randomness for the storage market: the VRF output of the parent block, so a
/// period's challenges are unknown until the period starts (the previous epoch's randomness
/// before any block carried a VRF output).
pub struct ChallengeRandomness;
impl frame_support::traits::Randomness<Hash, BlockNumber> for ChallengeRandomness {
	fn random(subject: &[u8]) -> (Hash, BlockNumber) {
		match pallet_babe::ParentBlockRandomness::<Runtime>::random(subject) {
			(Some(random), block) => (random, block),
			(None, _) => pallet_babe::RandomnessFromOneEpochAgo::<Runtime>::random(subject),
		}
	}
}

impl pallet_storage_market::Config for Runtime {
	type Currency = Balances;
	type Security = crate::Staking;
	type Randomness = ChallengeRandomness;
	type AuthorityId = pallet_storage_market::crypto::ProviderKey;
	type PalletId = StorageMarketPalletId;
	type ChallengePeriod = dynamic_params::storage::ChallengePeriod;
	type ChallengesPerPeriod = dynamic_params::storage::ChallengesPerPeriod;
	type MissLimit = dynamic_params::storage::MissLimit;
	type StoragePrice = dynamic_params::storage::StoragePrice;
	type RepairReward = dynamic_params::storage::RepairReward;
	type MissSlash = dynamic_params::storage::MissSlash;
	type InvalidProofSlash = dynamic_params::storage::InvalidProofSlash;
	type MaxFileSize = dynamic_params::storage::MaxFileSize;
	type MaxOrderDuration = ConstU32<{ 366 * 24 * 60 }>;
	type MaxFragments = ConstU32<32>;
	type MaxProviders = ConstU32<256>;
	type MaxHoldings = ConstU32<1_024>;
	type MaxExpiringPerPeriod = ConstU32<256>;
	type WeightInfo = pallet_storage_market::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::StorageMarketHelper;
}

impl pallet_parameters::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	type AdminOrigin = AsEnsureOriginWithArg<EnsureRoot<AccountId>>;
	type WeightInfo = ();
}
