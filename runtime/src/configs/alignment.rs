//! The AI alignment nodes: licences minted by root or an `alignment_admin` referendum, run by
//! operators of shared staking's `alignment` service; audits of the storage market and the DA
//! layer; agents judged by juries of licences; rewards from the vesting `zg/align` pool. Its
//! tunables are parameter group `alignment`.

use super::{governance::TreasuryAccount, storage::ChallengeRandomness};
use crate::{
	constants::currency::TOTAL_SUPPLY,
	genesis::{Holder, Release, ALIGNMENT_REWARDS_POOL, GENESIS_ALLOCATION},
	parameters::dynamic_params,
	weights, AccountId, Balance, Balances, DaCommitments, Runtime, RuntimeHoldReason,
	StorageMarket,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, EitherOf},
};
use frame_system::EnsureRoot;
use pallet_alignment_nodes::{AddressOf, DaAudits, ReleasedRewards, StorageAudits, StoredData};
use pallet_governance::origins::AlignmentAdmin;
use pallet_storage_market::HeldFragment;
use sp_runtime::traits::AccountIdConversion;
use zerog_alignment_primitives::{DaTarget, StorageTarget};
use zerog_data::Hash;

parameter_types! {
	/// The keyless account holding the alignment rewards, 15% of the supply.
	pub AlignmentPool: AccountId = ALIGNMENT_REWARDS_POOL.into_account_truncating();
}

/// The pool's release: its genesis line of the allocation, vesting linearly from genesis
/// (`GENESIS_ALLOCATION`, 15% over 36 months, as its vesting schedule locks it). Computed from
/// the line rather than read from the pool's schedules, which pallet-vesting removes once done
/// (and to which anyone may add another), so it never falls.
pub struct VestedPool;

impl ReleasedRewards<Balance> for VestedPool {
	fn released() -> Balance {
		let Some(line) = GENESIS_ALLOCATION
			.iter()
			.find(|line| line.holder == Holder::Pool(ALIGNMENT_REWARDS_POOL))
		else {
			return 0;
		};
		let total = line.share * TOTAL_SUPPLY;
		let Release::Vested { cliff, duration } = line.release else { return total };
		let now = frame_system::Pallet::<Runtime>::block_number();
		let vested = now.saturating_sub(cliff).min(duration);
		// 15% of the supply times a block count stays far below u128::MAX.
		total.saturating_mul(Balance::from(vested)) / Balance::from(duration.max(1))
	}

	fn unlock() {
		// Refused only once the pool has no schedule left, when nothing is locked any more.
		let _ = pallet_vesting::Pallet::<Runtime>::vest(
			frame_system::RawOrigin::Signed(AlignmentPool::get()).into(),
		);
	}
}

/// The storage market seen by the audits.
pub struct MarketAudits;

impl StoredData for MarketAudits {
	fn is_stored(data_root: &Hash) -> bool {
		pallet_storage_market::OrdersByRoot::<Runtime>::iter_prefix(data_root).next().is_some()
	}
}

impl StorageAudits<AccountId> for MarketAudits {
	fn target(draw: [u8; 32]) -> Option<StorageTarget<AccountId>> {
		let audited = StorageMarket::audit_draw(draw)?;
		Some(StorageTarget {
			provider: audited.provider,
			order: audited.fragment.order,
			fragment: audited.fragment.index.into(),
			root: audited.fragment.root,
			len: audited.fragment.len,
			chunk: audited.chunk,
		})
	}

	fn providers() -> u32 {
		pallet_storage_market::ProviderCount::<Runtime>::get()
	}

	fn chunk_unavailable(target: &StorageTarget<AccountId>) {
		let Ok(index) = u8::try_from(target.fragment) else { return };
		let fragment =
			HeldFragment { order: target.order, index, root: target.root, len: target.len };
		StorageMarket::count_unavailable_chunk(&target.provider, &fragment);
	}
}

/// The DA layer seen by the audits.
pub struct BlobAudits;

impl DaAudits for BlobAudits {
	fn target(draw: [u8; 32]) -> Option<DaTarget> {
		let (blob, data_root, row, column) = DaCommitments::audit_draw(draw)?;
		Some(DaTarget { blob, data_root, row, column })
	}
}

/// An account's address in the EVM, as pallet-revive maps it.
pub struct EvmAddresses;

impl AddressOf<AccountId> for EvmAddresses {
	fn address_of(who: &AccountId) -> sp_core::H160 {
		<<Runtime as pallet_revive::Config>::AddressMapper as pallet_revive::AddressMapper<
			Runtime,
		>>::to_address(who)
	}
}

impl pallet_alignment_nodes::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Security = crate::Staking;
	type Randomness = ChallengeRandomness;
	type AdminOrigin = EitherOf<EnsureRoot<AccountId>, AlignmentAdmin>;
	type RewardPool = AlignmentPool;
	type Released = VestedPool;
	type PotBeneficiary = TreasuryAccount;
	type StoredData = MarketAudits;
	type StorageAudits = MarketAudits;
	type DaAudits = BlobAudits;
	type Addresses = EvmAddresses;
	type ProviderKey = pallet_storage_market::crypto::ProviderKey;
	type MaxLicences = dynamic_params::alignment::MaxLicences;
	type LicenceLockPeriod = dynamic_params::alignment::LicenceLockPeriod;
	type EpochLength = dynamic_params::alignment::EpochLength;
	type BaseShare = dynamic_params::alignment::BaseShare;
	type AuditPoints = dynamic_params::alignment::AuditPoints;
	type VotePoints = dynamic_params::alignment::VotePoints;
	type NoRevealPenalty = dynamic_params::alignment::NoRevealPenalty;
	type JurySize = dynamic_params::alignment::JurySize;
	type CommitWindow = dynamic_params::alignment::CommitWindow;
	type RevealWindow = dynamic_params::alignment::RevealWindow;
	type AppealWindow = dynamic_params::alignment::AppealWindow;
	type MinReportDeposit = dynamic_params::alignment::MinReportDeposit;
	type MinAgentBond = dynamic_params::alignment::MinAgentBond;
	type FlagSlash = dynamic_params::alignment::FlagSlash;
	type SuspendSlash = dynamic_params::alignment::SuspendSlash;
	type AuditAnswerWindow = dynamic_params::alignment::AuditAnswerWindow;
	type FalseReportSlash = dynamic_params::alignment::FalseReportSlash;
	type MaxMintPerCall = ConstU32<500>;
	type MaxDataRoots = ConstU32<16>;
	type MaxJurors = ConstU32<45>;
	type MaxClaim = ConstU32<128>;
	type MaxDisputesPerBlock = ConstU32<16>;
	type MaxAuditsPerBlock = ConstU32<64>;
	type MaxOpenDisputes = ConstU32<4>;
	type MaxVerdicts = ConstU32<16>;
	type WeightInfo = weights::pallet_alignment_nodes::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::AlignmentHelper;
}
