//! Shared staking: one bond securing the chain and every service its owner operates; slashes
//! go to the treasury. Its admin calls take root or a `staking_admin` referendum. The services' own obligations (what an operator must finish
//! before it may leave) come from the pallets that offer them.

use crate::configs::governance::TreasuryAccount;
use crate::{
	configs::consensus::MaxAuthorities, parameters::dynamic_params, weights, AccountId, Balances,
	Runtime, RuntimeHoldReason,
};
use frame_support::traits::{tokens::imbalance::ResolveTo, ConstU32, EitherOf};
use frame_system::EnsureRoot;
use pallet_governance::origins::StakingAdmin;
use zerog_alignment_primitives::AlignmentService;
use zerog_da_primitives::DaService;
use zerog_staking_primitives::{Service, ServiceDeclaration};
use zerog_storage_primitives::StorageService;

/// The protocol services staking registers at genesis, beside the chain's own.
pub struct ProtocolServices;
impl frame_support::traits::Get<alloc::vec::Vec<ServiceDeclaration>> for ProtocolServices {
	fn get() -> alloc::vec::Vec<ServiceDeclaration> {
		alloc::vec![
			StorageService::declaration(),
			DaService::declaration(),
			AlignmentService::declaration(),
		]
	}
}

impl pallet_shared_staking::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type UnixTime = crate::Timestamp;
	type CurrencyToVote = sp_staking::currency_to_vote::U128CurrencyToVote;
	type Slash = ResolveTo<TreasuryAccount, Balances>;
	type AdminOrigin = EitherOf<EnsureRoot<AccountId>, StakingAdmin>;
	type SlashCancelOrigin = EitherOf<EnsureRoot<AccountId>, StakingAdmin>;
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
	type ProtocolServices = ProtocolServices;
	type Obligations = (crate::StorageMarket,);
	type WeightInfo = weights::pallet_shared_staking::WeightInfo<Runtime>;
}
