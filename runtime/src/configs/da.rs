//! The data-availability layer: blobs committed on chain, their lines held by the operators of
//! shared staking's `da` service, certified at 2/3 of the DA stake; fees to the attesters, expiry
//! charges to the treasury. Its tunables are parameter group `da` (a `da_admin` referendum).

use crate::{
	configs::governance::TreasuryAccount, parameters::dynamic_params, weights, Balances, Runtime,
	RuntimeHoldReason,
};
use frame_support::traits::ConstU32;
use zerog_da_primitives::EpochIndex;

/// DA epochs are BABE epochs: each epoch's signers are drawn in an order from its randomness.
pub struct BabeEpochs;

impl pallet_da_commitments::EpochSource for BabeEpochs {
	fn current() -> (EpochIndex, [u8; 32]) {
		(pallet_babe::EpochIndex::<Runtime>::get(), pallet_babe::Randomness::<Runtime>::get())
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
	type WeightInfo = weights::pallet_da_commitments::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::DaHelper;
}
