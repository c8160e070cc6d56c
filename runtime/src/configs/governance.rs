//! Governance: OpenGov on zerog's own origins and tracks (`pallet-governance`, the pallet
//! `Origins`), conviction voting, the scheduler and preimages behind it, the treasury, the
//! whitelist with the fellowship that fills it, and pallet-parameters, whose every group is
//! changed by its area's origin. Sudo remains in the runtime for the `development` chain only:
//! no other preset sets a sudo key.

use crate::{
	configs::system::RuntimeBlockWeights,
	constants::{
		currency::{deposit, ZG},
		time::{DAYS, MINUTES},
	},
	parameters::RuntimeParametersKey,
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Referenda, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, RuntimeParameters, Scheduler,
	System, Treasury,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration,
		tokens::{pay::PayFromAccount, UnityAssetBalanceConversion},
		ConstU16, ConstU32, EitherOf, EnsureOrigin, EnsureOriginWithArg, EqualPrivilegeOnly,
		LinearStoragePrice, MapSuccess,
	},
	weights::Weight,
	PalletId,
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess, EnsureSigned};
use pallet_governance::{
	origins::{
		AlignmentAdmin, DaAdmin, FeesAdmin, Fellows, FellowshipAdmin, ReferendumCanceller,
		ReferendumKiller, Spender, StakingAdmin, StorageAdmin, Treasurer, WhitelistedCaller,
	},
	tracks::{FellowshipTracks, Tracks},
	Timed,
};
use sp_runtime::{
	traits::{Identity, IdentityLookup, Replace},
	Perbill, Permill,
};

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

impl pallet_governance::Config for Runtime {
	type Balance = Balance;
	type Unit = frame_support::traits::ConstU128<ZG>;
	type BlocksPerMinute = ConstU32<MINUTES>;
}

/// Root, or the origin of the parameter's area: staking parameters by `StakingAdmin`, the
/// storage market's by `StorageAdmin`, the DA layer's by `DaAdmin`, the alignment nodes' by `AlignmentAdmin`, fees by `FeesAdmin`. A new group does not compile until
/// it names its origin here.
pub struct ParameterAdmin;

impl EnsureOriginWithArg<RuntimeOrigin, RuntimeParametersKey> for ParameterAdmin {
	type Success = ();

	fn try_origin(
		origin: RuntimeOrigin,
		key: &RuntimeParametersKey,
	) -> Result<Self::Success, RuntimeOrigin> {
		let origin =
			match <EnsureRoot<AccountId> as EnsureOrigin<RuntimeOrigin>>::try_origin(origin) {
				Ok(()) => return Ok(()),
				Err(origin) => origin,
			};
		match key {
			RuntimeParametersKey::Fees(_) => FeesAdmin::try_origin(origin),
			RuntimeParametersKey::Staking(_) => StakingAdmin::try_origin(origin),
			RuntimeParametersKey::Storage(_) => StorageAdmin::try_origin(origin),
			RuntimeParametersKey::Da(_) => DaAdmin::try_origin(origin),
			RuntimeParametersKey::Alignment(_) => AlignmentAdmin::try_origin(origin),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_key: &RuntimeParametersKey) -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::root())
	}
}

impl pallet_parameters::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	type AdminOrigin = ParameterAdmin;
	type WeightInfo = ();
}

parameter_types! {
	/// Enacted referenda and other scheduled calls may use 80% of a block.
	pub MaximumSchedulerWeight: Weight = Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	// Referenda schedule through the `ScheduleAnon` trait; the calls are for root only.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	pub const PreimageBaseDeposit: Balance = deposit(2, 64);
	pub const PreimageByteDeposit: Balance = deposit(0, 1);
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	/// What submitting a referendum reserves, returned when it ends.
	pub const SubmissionDeposit: Balance = ZG;
	/// How often a deciding referendum's alarm is re-checked.
	pub const AlarmInterval: BlockNumber = 1;
}

/// A referendum without a decision deposit is closed after 14 days (5 minutes on fast
/// timings).
pub type UndecidingTimeout = Timed<Runtime, ConstU32<{ 14 * DAYS }>, ConstU32<{ 5 * MINUTES }>>;

/// Conviction-1 votes stay locked 7 days after the referendum (28 days on Polkadot, whose
/// enactment delays are as long; ours follow its tracks); 10 blocks on fast timings.
pub type VoteLockingPeriod = Timed<Runtime, ConstU32<{ 7 * DAYS }>, ConstU32<10>>;

impl pallet_conviction_voting::Config for Runtime {
	type WeightInfo = pallet_conviction_voting::weights::SubstrateWeight<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Polls = Referenda;
	type MaxTurnout =
		frame_support::traits::tokens::currency::ActiveIssuanceOf<Balances, AccountId>;
	// The votes one account may have on one track at once. A delegation re-weighs all of them,
	// and pallet-conviction-voting's weights charge each 110 KB of proof: 32 keep
	// `delegate` within half of a block's proof budget (Polkadot's 512 would not fit a block).
	type MaxVotes = ConstU32<32>;
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

impl pallet_referenda::Config for Runtime {
	type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type Scheduler = Scheduler;
	type Currency = Balances;
	type SubmitOrigin = EnsureSigned<AccountId>;
	type CancelOrigin = EitherOf<EnsureRoot<AccountId>, ReferendumCanceller>;
	type KillOrigin = EitherOf<EnsureRoot<AccountId>, ReferendumKiller>;
	type Slash = Treasury;
	type Votes = pallet_conviction_voting::VotesOf<Runtime>;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = AlarmInterval;
	type Tracks = Tracks<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	/// The treasury's keyless account, `zg/trsry`: staking slashes, 80% of transaction fees
	/// and slashed referendum deposits go here.
	pub const TreasuryPalletId: PalletId = PalletId(*b"zg/trsry");
	pub TreasuryAccount: AccountId = Treasury::account_id();
	/// How often approved (legacy) proposals are paid; spends through `treasury.spend` are
	/// paid by `treasury.payout` as soon as they are valid.
	pub const SpendPeriod: BlockNumber = 6 * DAYS;
	/// How long an approved spend may be claimed.
	pub const PayoutPeriod: BlockNumber = 30 * DAYS;
	/// The treasury burns nothing of its surplus.
	pub const Burn: Permill = Permill::zero();
	/// Root spends without limit.
	pub const MaxBalance: Balance = Balance::MAX;
}

impl pallet_treasury::Config for Runtime {
	type Currency = Balances;
	type RejectOrigin = EitherOf<EnsureRoot<AccountId>, Treasurer>;
	type RuntimeEvent = RuntimeEvent;
	type SpendPeriod = SpendPeriod;
	type Burn = Burn;
	type PalletId = TreasuryPalletId;
	type BurnDestination = ();
	type WeightInfo = pallet_treasury::weights::SubstrateWeight<Runtime>;
	type SpendFunds = ();
	type MaxApprovals = ConstU32<100>;
	type SpendOrigin = EitherOf<EnsureRootWithSuccess<AccountId, MaxBalance>, Spender<Runtime>>;
	type AssetKind = ();
	type Beneficiary = AccountId;
	type BeneficiaryLookup = IdentityLookup<AccountId>;
	type Paymaster = PayFromAccount<Balances, TreasuryAccount>;
	type BalanceConverter = UnityAssetBalanceConversion;
	type PayoutPeriod = PayoutPeriod;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
	type BlockNumberProvider = System;
}

impl pallet_whitelist::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WhitelistOrigin = EitherOf<EnsureRoot<AccountId>, Fellows>;
	type DispatchWhitelistedOrigin = EitherOf<EnsureRoot<AccountId>, WhitelistedCaller>;
	type Preimages = Preimage;
	type DeferredDispatchExpiration = ConstU32<{ 7 * DAYS }>;
	type BlockNumberProvider = System;
	type WeightInfo = pallet_whitelist::weights::SubstrateWeight<Runtime>;
}

/// The highest rank a `fellowship_admin` referendum may act on.
pub type MaxFellowshipRank = ConstU16<9>;
/// Root (on any rank) or a `fellowship_admin` referendum (up to [`MaxFellowshipRank`]).
pub type FellowshipManager = EitherOf<
	EnsureRootWithSuccess<AccountId, ConstU16<{ u16::MAX }>>,
	MapSuccess<FellowshipAdmin, Replace<MaxFellowshipRank>>,
>;

impl pallet_ranked_collective::Config<pallet_ranked_collective::Instance1> for Runtime {
	type WeightInfo = pallet_ranked_collective::weights::SubstrateWeight<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = EitherOf<EnsureRoot<AccountId>, FellowshipAdmin>;
	type RemoveOrigin = FellowshipManager;
	type PromoteOrigin = FellowshipManager;
	type DemoteOrigin = FellowshipManager;
	type ExchangeOrigin = EitherOf<EnsureRoot<AccountId>, FellowshipAdmin>;
	type Polls = crate::FellowshipReferenda;
	// Every member votes on the fellowship's one track, with weight growing with rank.
	type MinRankOfClass = Identity;
	type MemberSwappedHandler = ();
	type VoteWeight = pallet_ranked_collective::Geometric;
	type MaxMemberCount = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkSetup = ();
}

impl pallet_referenda::Config<pallet_referenda::Instance2> for Runtime {
	type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type Scheduler = Scheduler;
	type Currency = Balances;
	type SubmitOrigin =
		pallet_ranked_collective::EnsureMember<Runtime, pallet_ranked_collective::Instance1, 0>;
	type CancelOrigin = EitherOf<EnsureRoot<AccountId>, FellowshipAdmin>;
	type KillOrigin = EitherOf<EnsureRoot<AccountId>, FellowshipAdmin>;
	type Slash = Treasury;
	type Votes = pallet_ranked_collective::Votes;
	type Tally = pallet_ranked_collective::TallyOf<Runtime, pallet_ranked_collective::Instance1>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = AlarmInterval;
	type Tracks = FellowshipTracks<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}
