//! The storage market: providers on shared staking, escrowed erasure-coded orders, proofs of
//! random access against BABE randomness.

use crate::{parameters::dynamic_params, weights, Balances, BlockNumber, Hash, Runtime};
use frame_support::{parameter_types, traits::ConstU32, weights::Weight, PalletId};
use sp_runtime::Perbill;

parameter_types! {
	/// The storage market's escrow, prepaid balances and repair fund.
	pub const StorageMarketPalletId: PalletId = PalletId(*b"zg/store");
	/// The storage market's hook (period boundaries and the sweep settling ended periods)
	/// takes at most 8% of a block, in time and in proof size alike.
	pub MaxSweepWeight: Weight = Perbill::from_percent(8) * crate::configs::system::MAXIMUM_BLOCK_WEIGHT;
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
	type ConfirmWindow = dynamic_params::storage::ConfirmWindow;
	type StoragePrice = dynamic_params::storage::StoragePrice;
	type RepairReward = dynamic_params::storage::RepairReward;
	type MissSlash = dynamic_params::storage::MissSlash;
	type InvalidProofSlash = dynamic_params::storage::InvalidProofSlash;
	type MaxFileSize = dynamic_params::storage::MaxFileSize;
	type MaxOrderDuration = ConstU32<{ 366 * 24 * 60 }>;
	type MaxFragments = ConstU32<32>;
	type MaxProviders = ConstU32<10_000>;
	type MaxHoldings = ConstU32<1_024>;
	type MaxExpiringPerPeriod = ConstU32<256>;
	type MaxSweepWeight = MaxSweepWeight;
	type WeightInfo = weights::pallet_storage_market::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::StorageMarketHelper;
}
