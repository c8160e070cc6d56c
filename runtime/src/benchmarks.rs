//! The pallets whose extrinsics are benchmarked with `zerog-node benchmark pallet`.

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<crate::Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<crate::Runtime>]
	[pallet_balances, crate::Balances]
	[pallet_timestamp, crate::Timestamp]
	[pallet_transaction_payment, crate::TransactionPayment]
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
	[eth_block_builder, crate::eth_block_builder::benchmarking::Pallet::<crate::Runtime>]
	[pallet_shared_staking, crate::Staking]
	[pallet_storage_market, crate::StorageMarket]
	[pallet_da_commitments, crate::DaCommitments]
	[pallet_alignment_nodes, crate::AlignmentNodes]
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

impl pallet_transaction_payment::BenchmarkConfig for crate::Runtime {}

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

/// Makes alignment operators through shared staking, stored data and a proving storage
/// provider for the alignment nodes' benchmarks.
pub struct AlignmentHelper;

/// The fragment the alignment benchmarks audit: 1 MiB, so a chunk's proof has ten levels.
fn audit_fragment() -> alloc::vec::Vec<u8> {
	(0..1u32 << 20).map(|i| (i % 251) as u8).collect()
}

impl pallet_alignment_nodes::BenchmarkHelper<crate::AccountId> for AlignmentHelper {
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
			<zerog_alignment_primitives::AlignmentService as zerog_staking_primitives::Service>::ID,
		)
		.expect("bonded accounts may operate the alignment service");
	}

	fn set_jury_size(seats: u32) {
		use crate::parameters::{dynamic_params::alignment, RuntimeParameters};
		pallet_parameters::Pallet::<crate::Runtime>::set_parameter(
			crate::RuntimeOrigin::root(),
			RuntimeParameters::Alignment(alignment::Parameters::JurySize(
				alignment::JurySize,
				Some(seats),
			)),
		)
		.expect("root sets parameters");
	}

	fn stored_root() -> zerog_data::Hash {
		let root = [0xa1; 32];
		pallet_storage_market::OrdersByRoot::<crate::Runtime>::insert(root, 0, ());
		root
	}

	fn prepare_storage_audit() {
		use frame_support::traits::fungible::Mutate;
		let provider: crate::AccountId = frame_benchmarking::account("provider", 0, 0);
		crate::Balances::set_balance(&provider, 1_000_000 * crate::constants::currency::ZG);
		<StorageMarketHelper as pallet_storage_market::BenchmarkHelper<_>>::make_operator(
			&provider,
		);
		crate::StorageMarket::register_provider(
			crate::RuntimeOrigin::signed(provider.clone()),
			1 << 40,
			0,
		)
		.expect("a storage operator registers");
		let bytes = audit_fragment();
		let held = pallet_storage_market::HeldFragment {
			order: 0,
			index: 0,
			root: zerog_data::root(&bytes),
			len: bytes.len() as u64,
		};
		pallet_storage_market::Holdings::<crate::Runtime>::insert(
			provider,
			frame_support::BoundedVec::truncate_from(alloc::vec![held]),
		);
	}

	fn prove_chunk(
		target: &zerog_alignment_primitives::StorageTarget<crate::AccountId>,
	) -> (alloc::vec::Vec<u8>, zerog_data::Proof) {
		let bytes = audit_fragment();
		let range =
			zerog_data::ChunkRange::chunk(target.chunk, target.len).expect("drawn in range");
		let proof = zerog_commitment::prove(&bytes, &[range]).expect("the fragment is whole");
		(bytes[range.start as usize..range.end as usize].to_vec(), proof)
	}
}
