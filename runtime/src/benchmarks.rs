//! The pallets whose extrinsics are benchmarked with `zerog-node benchmark pallet`.

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<crate::Runtime>]
	[pallet_balances, crate::Balances]
	[pallet_timestamp, crate::Timestamp]
	[pallet_utility, crate::Utility]
	[pallet_multisig, crate::Multisig]
	[pallet_proxy, crate::Proxy]
	[pallet_vesting, crate::Vesting]
	[pallet_sudo, crate::Sudo]
	[pallet_parameters, crate::Parameters]
	[pallet_preimage, crate::Preimage]
	[pallet_scheduler, crate::Scheduler]
	[pallet_treasury, crate::Treasury]
	[pallet_conviction_voting, crate::ConvictionVoting]
	[pallet_referenda, crate::Referenda]
	[pallet_whitelist, crate::Whitelist]
	[pallet_ranked_collective, crate::FellowshipCollective]
	[pallet_revive, crate::Revive]
	[pallet_shared_staking, crate::Staking]
	[pallet_storage_market, crate::StorageMarket]
	[pallet_da_commitments, crate::DaCommitments]
);

/// Makes storage operators through shared staking and sets storage parameters.
pub struct StorageMarketHelper;

impl pallet_storage_market::BenchmarkHelper<crate::AccountId> for StorageMarketHelper {
	fn make_operator(who: &crate::AccountId) {
		use crate::{
			parameters::dynamic_params::staking::MinNominatorBond, RuntimeOrigin, Staking,
		};
		use frame_support::traits::Get;
		let origin = RuntimeOrigin::signed(who.clone());
		Staking::bond(
			origin.clone(),
			MinNominatorBond::get(),
			pallet_shared_staking::RewardDestination::Staked,
		)
		.expect("the benchmark funded the account");
		Staking::opt_in(
			origin,
			<zerog_storage_primitives::StorageService as zerog_staking_primitives::Service>::ID,
		)
		.expect("bonded accounts may operate the storage service");
	}

	fn set_challenges_per_period(count: u32) {
		use crate::parameters::{dynamic_params::storage, RuntimeParameters};
		pallet_parameters::Pallet::<crate::Runtime>::set_parameter(
			crate::RuntimeOrigin::root(),
			RuntimeParameters::Storage(storage::Parameters::ChallengesPerPeriod(
				storage::ChallengesPerPeriod,
				Some(count),
			)),
		)
		.expect("root sets parameters");
	}
}

impl frame_system_benchmarking::Config for crate::Runtime {}

/// Makes DA signers through shared staking and moves BABE to its next epoch.
pub struct DaHelper;

impl pallet_da_commitments::BenchmarkHelper<crate::AccountId> for DaHelper {
	fn make_signer(who: &crate::AccountId) {
		use crate::{
			parameters::dynamic_params::staking::MinNominatorBond, RuntimeOrigin, Staking,
		};
		use frame_support::traits::Get;
		let origin = RuntimeOrigin::signed(who.clone());
		Staking::bond(
			origin.clone(),
			MinNominatorBond::get(),
			pallet_shared_staking::RewardDestination::Staked,
		)
		.expect("the benchmark funded the account");
		Staking::opt_in(
			origin,
			<zerog_da_primitives::DaService as zerog_staking_primitives::Service>::ID,
		)
		.expect("bonded accounts may operate the DA service");
	}

	fn next_epoch() {
		pallet_babe::EpochIndex::<crate::Runtime>::mutate(|epoch| *epoch += 1);
	}
}
