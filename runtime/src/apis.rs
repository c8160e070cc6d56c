//! The runtime APIs the node, polkadot-js Apps and the benchmarking and try-runtime tools call.

use crate::InherentDataExt;
use crate::{
	genesis, AccountId, Babe, Balance, Block, BlockNumber, Executive, Grandpa, Historical, Nonce,
	Runtime, RuntimeCall, RuntimeGenesisConfig, SessionKeys, System, TransactionPayment,
	BABE_GENESIS_EPOCH_CONFIG, VERSION,
};
use alloc::{vec, vec::Vec};
use codec::Encode;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use pallet_transaction_payment::{FeeDetails, RuntimeDispatchInfo};
use sp_api::impl_runtime_apis;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_genesis_builder::PresetId;
use sp_inherents::{CheckInherentsResult, InherentData};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, ExtrinsicInclusionMode,
};
use sp_session::OpaqueGeneratedSessionKeys;
use sp_version::RuntimeVersion;

pallet_revive::impl_runtime_apis_plus_revive_traits!(
	Runtime,
	Revive,
	Executive,
	crate::evm::EthExtraImpl,

	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: InherentData,
		) -> CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(owner: Vec<u8>, seed: Option<Vec<u8>>) -> OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl zerog_staking_primitives::SharedStakingApi<Block, AccountId, Balance> for Runtime {
		fn validators_of(
			service: zerog_staking_primitives::ServiceId,
		) -> Option<Vec<(AccountId, Balance)>> {
			crate::Staking::validators_of(service)
		}

		fn service_of_chain(genesis_hash: [u8; 32]) -> Option<zerog_staking_primitives::ServiceId> {
			crate::Staking::service_of_chain(genesis_hash)
		}
	}

	#[api_version(3)]
	impl zerog_storage_primitives::StorageMarketApi<Block, AccountId, Balance> for Runtime {
		fn order(
			id: zerog_storage_primitives::OrderId,
		) -> Option<zerog_storage_primitives::OrderView<AccountId, Balance>> {
			crate::StorageMarket::order_view(id)
		}

		fn orders_of(data_root: [u8; 32]) -> Vec<zerog_storage_primitives::OrderId> {
			crate::StorageMarket::orders_of(data_root)
		}

		fn provider(who: AccountId) -> Option<zerog_storage_primitives::ProviderView<Balance>> {
			crate::StorageMarket::provider_view(&who)
		}

		fn assignments(who: AccountId) -> Vec<zerog_storage_primitives::Assignment> {
			crate::StorageMarket::assignments_of(&who)
		}

		fn current_period() -> zerog_storage_primitives::Period {
			pallet_storage_market::CurrentPeriod::<Runtime>::get()
		}

		fn limits() -> zerog_storage_primitives::MarketLimits {
			crate::StorageMarket::limits()
		}

		fn provider_identity(who: AccountId) -> Option<zerog_storage_primitives::NetworkIdentity> {
			pallet_storage_market::ProviderIdentities::<Runtime>::get(who)
		}

		fn proving_set(who: AccountId) -> Option<zerog_storage_primitives::ProvingSet> {
			crate::StorageMarket::proving_set(&who)
		}
	}

	impl zerog_da_primitives::DaApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn blob_by_root(
			data_root: [u8; 32],
		) -> Option<pallet_da_commitments::view::BlobViewOf<Runtime>> {
			crate::DaCommitments::blob_view_by_root(data_root)
		}

		fn blob(
			id: zerog_da_primitives::BlobId,
		) -> Option<pallet_da_commitments::view::BlobViewOf<Runtime>> {
			crate::DaCommitments::blob_view(id)
		}

		fn lines_of(
			epoch: zerog_da_primitives::EpochIndex,
			signer: AccountId,
		) -> Option<zerog_da_primitives::Lines> {
			crate::DaCommitments::lines_of(epoch, &signer)
		}

		fn signers(epoch: zerog_da_primitives::EpochIndex) -> Vec<(AccountId, Balance)> {
			crate::DaCommitments::signers_of(epoch)
		}

		fn next_blob_id() -> zerog_da_primitives::BlobId {
			pallet_da_commitments::NextBlobId::<Runtime>::get()
		}

		fn open_challenges() -> Vec<pallet_da_commitments::view::ChallengeViewOf<Runtime>> {
			crate::DaCommitments::open_challenges()
		}
	}

	impl zerog_alignment_primitives::AlignmentApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn epoch() -> zerog_alignment_primitives::EpochView<Balance, BlockNumber> {
			crate::AlignmentNodes::epoch_view()
		}

		fn licence(
			id: zerog_alignment_primitives::LicenceId,
		) -> Option<zerog_alignment_primitives::LicenceView<AccountId, Balance, BlockNumber>> {
			crate::AlignmentNodes::licence_view(id)
		}

		fn licences_of(owner: AccountId) -> Vec<zerog_alignment_primitives::LicenceId> {
			crate::AlignmentNodes::licences_of(&owner)
		}

		fn operator(who: AccountId) -> Option<zerog_alignment_primitives::OperatorView<Balance>> {
			crate::AlignmentNodes::operator_view(&who)
		}

		fn agent(
			id: zerog_alignment_primitives::AgentId,
		) -> Option<zerog_alignment_primitives::AgentView<AccountId, Balance>> {
			crate::AlignmentNodes::agent_view(id)
		}

		fn dispute(
			id: zerog_alignment_primitives::DisputeId,
		) -> Option<zerog_alignment_primitives::DisputeView<AccountId, Balance, BlockNumber>> {
			crate::AlignmentNodes::dispute_view(id)
		}

		fn verdicts(
			agent: zerog_alignment_primitives::AgentId,
		) -> Vec<zerog_alignment_primitives::VerdictRecord<BlockNumber>> {
			crate::AlignmentNodes::verdicts_of(agent)
		}

		fn pending_rewards(who: AccountId) -> Balance {
			crate::AlignmentNodes::pending_rewards(&who)
		}

		fn audit_plan(
			operator: AccountId,
		) -> Vec<zerog_alignment_primitives::AuditTarget<AccountId>> {
			crate::AlignmentNodes::audit_plan(&operator)
		}

		fn jury_duties(
			operator: AccountId,
		) -> Vec<(
			zerog_alignment_primitives::DisputeId,
			zerog_alignment_primitives::LicenceId,
			zerog_alignment_primitives::DisputePhase<BlockNumber>,
		)> {
			crate::AlignmentNodes::jury_duties(&operator)
		}
	}

	impl sp_consensus_babe::BabeApi<Block> for Runtime {
		fn configuration() -> sp_consensus_babe::BabeConfiguration {
			let epoch_config = Babe::epoch_config().unwrap_or(BABE_GENESIS_EPOCH_CONFIG);
			sp_consensus_babe::BabeConfiguration {
				slot_duration: Babe::slot_duration(),
				epoch_length: crate::configs::consensus::EpochDuration::get(),
				c: epoch_config.c,
				authorities: Babe::authorities().to_vec(),
				randomness: Babe::randomness(),
				allowed_slots: epoch_config.allowed_slots,
			}
		}

		fn current_epoch_start() -> sp_consensus_babe::Slot {
			Babe::current_epoch_start()
		}

		fn current_epoch() -> sp_consensus_babe::Epoch {
			Babe::current_epoch()
		}

		fn next_epoch() -> sp_consensus_babe::Epoch {
			Babe::next_epoch()
		}

		fn generate_key_ownership_proof(
			_slot: sp_consensus_babe::Slot,
			authority_id: sp_consensus_babe::AuthorityId,
		) -> Option<sp_consensus_babe::OpaqueKeyOwnershipProof> {
			use frame_support::traits::KeyOwnerProofSystem;
			Historical::prove((sp_consensus_babe::KEY_TYPE, authority_id))
				.map(|p| p.encode())
				.map(sp_consensus_babe::OpaqueKeyOwnershipProof::new)
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_babe::EquivocationProof<<Block as BlockT>::Header>,
			key_owner_proof: sp_consensus_babe::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Babe::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			use frame_support::traits::KeyOwnerProofSystem;
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|p| p.encode())
				.map(sp_consensus_grandpa::OpaqueKeyOwnershipProof::new)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(call: RuntimeCall, len: u32) -> RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(call: RuntimeCall, len: u32) -> FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis::get_preset)
		}

		fn preset_names() -> Vec<PresetId> {
			genesis::preset_names()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::{extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench};

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			let storage_info = crate::AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use frame_system_benchmarking::{extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench};

			let whitelist = <crate::AllPalletsWithSystem as frame_support::traits::WhitelistedStorageKeys>::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks)
				.expect("try-runtime reports a failed upgrade by aborting");
			(weight, crate::configs::system::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("try-runtime reports a failed block by aborting")
		}
	}
);
