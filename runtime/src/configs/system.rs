//! The system floor: block limits, `frame_system`, time, transactions built inside the
//! runtime (off-chain workers' and equivocation reports), and account tools (utility batches,
//! multisig, proxies).

use crate::{
	constants::currency::deposit, weights, AccountId, Babe, Balance, Balances, Block, BlockNumber,
	Hash, Nonce, OriginCaller, PalletInfo, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	RuntimeTask, Signature, System, UncheckedExtrinsic, VERSION,
};
use crate::{
	constants::time::SLOT_DURATION,
	proxy::ProxyType,
	weights::{BlockExecutionWeight, ExtrinsicBaseWeight},
};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, Everything},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight},
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_runtime::Perbill;
use sp_version::RuntimeVersion;

/// Normal transactions may fill 75% of a block; the rest is kept for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);
/// About 10% of a block's weight goes to `on_initialize` hooks.
const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(10);
/// Two seconds of execution per 3 s block, of which normal transactions get 1.5 s: half the
/// slot for building (BABE's proposer stops at half the slot too), the other half for the block
/// to reach the other validators and be imported by them before the next slot. Full blocks of
/// transfers execute in 46–65% of their generated weight (`scripts/bench-evm.mjs` re-executes
/// them), so a full normal block builds in well under the 1.5 s.
///
/// The proof-size bound, 128 MiB, is a bound on the state a block may touch rather than on a
/// proof (a solochain ships none; reads are priced in ref time through the measured
/// `DbWeight`). Full blocks of transfers estimate well under it (2,000 native transfers about
/// 40 MB), so ref time binds first and fees stay priced by ref time; at the former 10 MiB the
/// weight files' worst-case proof estimates (18 KB a transfer) filled blocks at a third of their
/// execution budget and made proof size the dearer part of every fee (pallet-revive prices it
/// as `ref time × max ref time / max proof`).
pub(crate) const MAXIMUM_BLOCK_WEIGHT: Weight =
	Weight::from_parts(2 * WEIGHT_REF_TIME_PER_SECOND, 128 * 1024 * 1024);

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
	type DbWeight = weights::DbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SystemWeightInfo = weights::frame_system::WeightInfo<Runtime>;
	type ExtensionsWeightInfo = weights::frame_system_extensions::WeightInfo<Runtime>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type OnNewAccount = pallet_revive::AutoMapper<Runtime>;
	type OnKilledAccount = pallet_revive::AutoMapper<Runtime>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = crate::Moment;
	type OnTimestampSet = Babe;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = weights::pallet_timestamp::WeightInfo<Runtime>;
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
