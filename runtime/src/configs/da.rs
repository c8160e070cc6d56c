//! The data-availability layer: blobs committed on chain, their lines held by the operators of
//! shared staking's `da` service, certified at 2/3 of the DA stake; fees to the attesters, expiry
//! charges to the treasury; samplers paid from a share of the fee; availability challenges and
//! bad-encoding fraud proofs slashing signers through shared staking. Its tunables are parameter group `da` (a `da_admin` referendum).

use crate::{
	configs::governance::TreasuryAccount, parameters::dynamic_params, weights, Balances, Runtime,
	RuntimeHoldReason,
};
use frame_support::traits::ConstU32;
use zerog_alignment_primitives::AlignmentService;
use zerog_da_primitives::{DaService, EpochIndex};
use zerog_staking_primitives::{Service, SharedSecurity};

/// DA epochs are BABE epochs: each epoch's signers are drawn in an order from its randomness.
pub struct BabeEpochs;

impl pallet_da_commitments::EpochSource for BabeEpochs {
	fn current() -> (EpochIndex, [u8; 32]) {
		(pallet_babe::EpochIndex::<Runtime>::get(), pallet_babe::Randomness::<Runtime>::get())
	}
}

/// Who may report samples: the operators of shared staking's `da` and `alignment` services
/// whose stake meets the service's minimum.
pub struct StakedSamplers;

impl frame_support::traits::Contains<crate::AccountId> for StakedSamplers {
	fn contains(who: &crate::AccountId) -> bool {
		[DaService::ID, AlignmentService::ID].into_iter().any(|service| {
			<crate::Staking as SharedSecurity<crate::AccountId>>::stake_of(service, who).is_some()
		})
	}
}

impl pallet_da_commitments::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Security = crate::Staking;
	type Epochs = BabeEpochs;
	type ChargeBeneficiary = TreasuryAccount;
	type BaseFee = dynamic_params::da::BaseFee;
	type ByteFee = dynamic_params::da::ByteFee;
	type AttestationWindow = dynamic_params::da::AttestationWindow;
	type RetentionPeriod = dynamic_params::da::RetentionPeriod;
	type Quorum = dynamic_params::da::Quorum;
	type ExpiryCharge = dynamic_params::da::ExpiryCharge;
	type MaxBlobLen = dynamic_params::da::MaxBlobLen;
	type MaxBlobsPerBlock = ConstU32<64>;
	type BlobsPerBlock = dynamic_params::da::BlobsPerBlock;
	type MaxSigners = ConstU32<64>;
	type MaxAttestationsPerCall = ConstU32<64>;
	type EpochsKept = ConstU32<4>;
	type Samplers = StakedSamplers;
	type SamplerShare = dynamic_params::da::SamplerShare;
	type MaxSampleReports = ConstU32<16>;
	type MaxSamplesPerReport = ConstU32<256>;
	type ChallengeWindow = dynamic_params::da::ChallengeWindow;
	type ChallengeDeposit = dynamic_params::da::ChallengeDeposit;
	type MissSlash = dynamic_params::da::DaMissSlash;
	type FraudSlash = dynamic_params::da::DaFraudSlash;
	type FraudDeposit = dynamic_params::da::FraudDeposit;
	type MaxChallengesPerBlob = ConstU32<4>;
	type MaxChallengesPerBlock = ConstU32<16>;
	type WeightInfo = weights::pallet_da_commitments::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::DaHelper;
}
