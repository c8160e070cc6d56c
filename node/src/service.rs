//! The node service: client, database, networking, BABE authoring, GRANDPA voting, RPC and
//! offchain workers wired together.

use crate::rpc::{self, BabeDeps, FullDeps, GrandpaDeps};
use futures::FutureExt;
use sc_client_api::{Backend, BlockBackend};
use sc_consensus_babe::{BabeWorkerHandle, SlotProportion};
use sc_consensus_grandpa::SharedVoterState;
use sc_network::NetworkBackend;
use sc_network_sync::WarpSyncConfig;
use sc_service::{config::Configuration, error::Error as ServiceError, TaskManager};
use sc_telemetry::{Telemetry, TelemetryWorker};
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_runtime::traits::Block as BlockT;
use std::{sync::Arc, time::Duration};
use zerog_client_authorship::ProposerPool;
use zerog_da_client as da;
use zerog_runtime::{opaque::Block, RuntimeApi};
use zerog_storage_client as storage;

/// Host functions the runtime may call: Substrate's and the storage providers' fragment store;
/// benchmarking adds its own.
#[cfg(not(feature = "runtime-benchmarks"))]
pub type HostFunctions =
	(sp_io::SubstrateHostFunctions, zerog_storage_primitives::fragment_store::HostFunctions);
/// Host functions the runtime may call: Substrate's and the storage providers' fragment store;
/// benchmarking adds its own.
#[cfg(feature = "runtime-benchmarks")]
pub type HostFunctions = (
	sp_io::SubstrateHostFunctions,
	zerog_storage_primitives::fragment_store::HostFunctions,
	frame_benchmarking::benchmarking::HostFunctions,
);

/// Executes the runtime's wasm.
pub type RuntimeExecutor = sc_executor::WasmExecutor<HostFunctions>;
/// The full client.
pub type FullClient = sc_service::TFullClient<Block, RuntimeApi, RuntimeExecutor>;
type FullBackend = sc_service::TFullBackend<Block>;
type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;
type FullGrandpaBlockImport =
	sc_consensus_grandpa::GrandpaBlockImport<FullBackend, Block, FullClient, FullSelectChain>;
type FullBabeBlockImport = sc_consensus_babe::BabeBlockImport<
	Block,
	FullClient,
	FullGrandpaBlockImport,
	BabeInherentProviders,
	FullSelectChain,
>;
/// The transaction pool.
pub type TransactionPool = sc_transaction_pool::TransactionPoolHandle<Block, FullClient>;

/// GRANDPA writes a justification at least every this many blocks, so light clients and
/// warp sync find one.
const GRANDPA_JUSTIFICATION_PERIOD: u32 = 512;

/// The inherent data a BABE block carries: its slot and its timestamp.
type BabeInherents =
	(sp_consensus_babe::inherents::InherentDataProvider, sp_timestamp::InherentDataProvider);

/// Produces [`BabeInherents`] for the block on top of a parent.
#[derive(Clone)]
pub struct BabeInherentProviders {
	slot_duration: sp_consensus_babe::SlotDuration,
}

#[async_trait::async_trait]
impl sp_inherents::CreateInherentDataProviders<Block, ()> for BabeInherentProviders {
	type InherentDataProviders = BabeInherents;

	async fn create_inherent_data_providers(
		&self,
		_parent: <Block as BlockT>::Hash,
		_extra: (),
	) -> Result<Self::InherentDataProviders, Box<dyn std::error::Error + Send + Sync>> {
		Ok(babe_inherents(self.slot_duration))
	}
}

fn babe_inherents(slot_duration: sp_consensus_babe::SlotDuration) -> BabeInherents {
	let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
	let slot = sp_consensus_babe::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
		*timestamp,
		slot_duration,
	);
	(slot, timestamp)
}

/// What the full node needs beyond the standard partial components.
pub struct Extras {
	block_import: FullBabeBlockImport,
	babe_link: sc_consensus_babe::BabeLink<Block>,
	babe_worker_handle: BabeWorkerHandle<Block>,
	grandpa_link: sc_consensus_grandpa::LinkHalf<Block, FullClient, FullSelectChain>,
	telemetry: Option<Telemetry>,
}

/// The parts of the node that block import and the chain subcommands need.
pub type Service = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	TransactionPool,
	Extras,
>;

/// Builds the client, database, transaction pool and BABE + GRANDPA import queue.
pub fn new_partial(config: &Configuration) -> Result<Service, ServiceError> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|endpoints| !endpoints.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let executor = sc_service::new_wasm_executor::<HostFunctions>(&config.executor);
	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			Vec::new(),
		)?;
	let client = Arc::new(client);

	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let select_chain = sc_consensus::LongestChain::new(backend.clone());

	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			task_manager.spawn_essential_handle(),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);

	let (grandpa_block_import, grandpa_link) = sc_consensus_grandpa::block_import(
		client.clone(),
		GRANDPA_JUSTIFICATION_PERIOD,
		&(client.clone() as Arc<_>),
		select_chain.clone(),
		telemetry.as_ref().map(|x| x.handle()),
	)?;
	let justification_import = grandpa_block_import.clone();

	let babe_config = sc_consensus_babe::configuration(&*client)?;
	let slot_duration = babe_config.slot_duration();
	let (block_import, babe_link) = sc_consensus_babe::block_import(
		babe_config,
		grandpa_block_import,
		client.clone(),
		BabeInherentProviders { slot_duration },
		select_chain.clone(),
		OffchainTransactionPoolFactory::new(transaction_pool.clone()),
	)?;

	let (import_queue, babe_worker_handle) =
		sc_consensus_babe::import_queue(sc_consensus_babe::ImportQueueParams {
			link: babe_link.clone(),
			block_import: block_import.clone(),
			justification_import: Some(Box::new(justification_import)),
			client: client.clone(),
			slot_duration,
			spawner: &task_manager.spawn_essential_handle(),
			registry: config.prometheus_registry(),
			telemetry: telemetry.as_ref().map(|x| x.handle()),
		})?;

	Ok(sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		keystore_container,
		select_chain,
		import_queue,
		transaction_pool,
		other: Extras { block_import, babe_link, babe_worker_handle, grandpa_link, telemetry },
	})
}

/// The protocol roles a node takes beyond following the chain.
#[derive(Clone, Copy, Debug)]
pub struct Roles {
	/// `--storage-provider`: keep and prove the fragments assigned to the node's `zgst` keys.
	pub storage_provider: bool,
	/// `--da-signer`: hold and attest the blob lines assigned to the node's `zgda` keys.
	pub da_signer: bool,
	/// `--da-sampler` (on with `--da-signer`): sample certified blobs to this confidence.
	pub da_sampler: Option<f64>,
	/// `--da-withhold` (tests only): serve no cell and answer no challenge.
	pub da_withhold: bool,
	/// `--da-http-port`: where on 127.0.0.1 the node moves blobs as raw bytes (0: any port).
	pub da_http_port: u16,
	/// `--storage-upload-ttl`: how long an upload to the node may wait before it is dropped.
	pub upload_ttl: std::time::Duration,
	/// `--storage-http-port`: where on 127.0.0.1 the node moves fragments and files as raw
	/// bytes (0: any port).
	pub storage_http_port: u16,
	/// `--alignment-operator`: heartbeats and audits for the node's `zgal` keys.
	pub alignment_operator: bool,
}

/// Builds and starts a full node: networking, RPC, BABE authoring and GRANDPA voting on an
/// authority, offchain workers when enabled, the fragment store and protocol, the blob store
/// and line protocol, and the storage provider and DA signer roles when asked for.
pub fn new_full<N: NetworkBackend<Block, <Block as BlockT>::Hash>>(
	config: Configuration,
	hardware_benchmarks: bool,
	roles: Roles,
) -> Result<TaskManager, ServiceError> {
	let sc_service::PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: Extras { block_import, babe_link, babe_worker_handle, grandpa_link, mut telemetry },
	} = new_partial(&config)?;

	let hwbench = hardware_benchmarks
		.then(|| {
			config.database.path().map(|database_path| {
				let _ = std::fs::create_dir_all(database_path);
				sc_sysinfo::gather_hwbench(
					Some(database_path),
					&frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE,
				)
			})
		})
		.flatten();

	let metrics = N::register_notification_metrics(
		config.prometheus_config.as_ref().map(|cfg| &cfg.registry),
	);
	let mut net_config = sc_network::config::FullNetworkConfiguration::<_, _, N>::new(
		&config.network,
		config.prometheus_config.as_ref().map(|cfg| cfg.registry.clone()),
	);
	let peer_store_handle = net_config.peer_store_handle();

	let genesis_hash = client
		.block_hash(0)?
		.ok_or_else(|| ServiceError::Other("the database holds no genesis block".to_string()))?;
	let grandpa_protocol_name =
		sc_consensus_grandpa::protocol_standard_name(&genesis_hash, &config.chain_spec);
	let (grandpa_protocol_config, grandpa_notification_service) =
		sc_consensus_grandpa::grandpa_peers_set_config::<_, N>(
			grandpa_protocol_name.clone(),
			metrics.clone(),
			peer_store_handle,
		);
	net_config.add_notification_protocol(grandpa_protocol_config);

	let store_path = config.base_path.config_dir(config.chain_spec.id()).join("storage");
	let store = storage::store::FragmentStore::open(&store_path).map_err(|e| {
		ServiceError::Other(format!("fragment store at {}: {e}", store_path.display()))
	})?;
	let fragment_protocol = storage::protocol::protocol_name(genesis_hash.as_ref());
	let (fragment_protocol_config, fragment_requests) =
		storage::protocol::configure::<N>(fragment_protocol.clone());
	net_config.add_request_response_protocol(fragment_protocol_config);

	let blob_store_path = config.base_path.config_dir(config.chain_spec.id()).join("da");
	let blob_store = da::store::BlobStore::open(&blob_store_path).map_err(|e| {
		ServiceError::Other(format!("blob store at {}: {e}", blob_store_path.display()))
	})?;
	let line_protocol = da::protocol::protocol_name(genesis_hash.as_ref());
	let (line_protocol_config, line_requests) = da::protocol::configure::<N>(line_protocol.clone());
	net_config.add_request_response_protocol(line_protocol_config);

	let warp_sync = Arc::new(sc_consensus_grandpa::warp_proof::NetworkProvider::new(
		backend.clone(),
		grandpa_link.shared_authority_set().clone(),
		Vec::new(),
	));

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			block_announce_validator_builder: None,
			warp_sync_config: Some(WarpSyncConfig::WithProvider(warp_sync)),
			block_relay: None,
			metrics,
			gap_sync_body_policy: None,
		})?;

	let retriever = storage::retrieval::Retriever::new(
		store.clone(),
		network.clone(),
		sync_service.clone(),
		fragment_protocol,
		Arc::new(storage::retrieval::ChainDirectory::new(client.clone())),
	);
	task_manager.spawn_handle().spawn(
		"fragment-protocol",
		"storage",
		storage::protocol::serve(store.clone(), fragment_requests),
	);
	task_manager.spawn_handle().spawn(
		"storage-uploads",
		"storage",
		store.clone().expire_uploads(roles.upload_ttl),
	);
	let file_endpoint = storage::http::bind(roles.storage_http_port).map_err(|e| {
		ServiceError::Other(format!("cannot bind the storage file endpoint on 127.0.0.1: {e}"))
	})?;
	let storage_http =
		file_endpoint.local_addr().map_err(|e| ServiceError::Other(e.to_string()))?;
	log::info!(target: "storage", "file endpoint at {}", storage::http::endpoint_url(storage_http));
	task_manager.spawn_handle().spawn(
		"storage-http",
		"storage",
		storage::http::serve(
			file_endpoint,
			storage::http::NodeFiles::new(client.clone(), retriever.clone()),
		),
	);
	let lines = da::protocol::LineSource {
		staging: Default::default(),
		store: blob_store,
		withhold_cells: roles.da_withhold,
	};
	let fetcher = da::fetch::Fetcher::new(
		lines.clone(),
		network.clone(),
		sync_service.clone(),
		line_protocol,
	);
	let blob_endpoint = da::http::bind(roles.da_http_port).map_err(|e| {
		ServiceError::Other(format!("cannot bind the DA blob endpoint on 127.0.0.1: {e}"))
	})?;
	let da_http = blob_endpoint.local_addr().map_err(|e| ServiceError::Other(e.to_string()))?;
	log::info!(target: "da", "blob endpoint at {}", da::http::endpoint_url(da_http));
	task_manager.spawn_handle().spawn(
		"da-http",
		"da",
		da::http::serve(blob_endpoint, fetcher.clone()),
	);
	task_manager.spawn_handle().spawn(
		"da-line-protocol",
		"da",
		da::protocol::serve(lines, line_requests),
	);
	if roles.da_signer || roles.da_sampler.is_some() {
		let da_roles = da::signer::DaRoles {
			sign: roles.da_signer,
			sample: roles.da_sampler,
			withhold: roles.da_withhold,
		};
		task_manager.spawn_handle().spawn(
			"da-roles",
			"da",
			da::signer::run(
				client.clone(),
				keystore_container.keystore(),
				transaction_pool.clone(),
				fetcher.clone(),
				da_roles,
			),
		);
	}
	if roles.alignment_operator {
		task_manager.spawn_handle().spawn(
			"alignment-operator",
			"alignment",
			zerog_alignment_client::worker::run(
				client.clone(),
				keystore_container.keystore(),
				transaction_pool.clone(),
				retriever.clone(),
				fetcher.clone(),
			),
		);
	}
	if roles.storage_provider {
		task_manager.spawn_handle().spawn(
			"storage-provider",
			"storage",
			storage::provider::run(
				client.clone(),
				keystore_container.keystore(),
				retriever.clone(),
			),
		);
	}

	if config.offchain_worker.enabled {
		let offchain_workers =
			sc_offchain::OffchainWorkers::new(sc_offchain::OffchainWorkerOptions {
				runtime_api_provider: client.clone(),
				keystore: Some(keystore_container.keystore()),
				offchain_db: backend.offchain_storage(),
				transaction_pool: Some(OffchainTransactionPoolFactory::new(
					transaction_pool.clone(),
				)),
				network_provider: Arc::new(network.clone()),
				is_validator: config.role.is_authority(),
				enable_http_requests: true,
				custom_extensions: move |_| {
					vec![Box::new(zerog_storage_primitives::FragmentStoreExt::new(store.clone()))
						as _]
				},
			})?;
		task_manager.spawn_handle().spawn(
			"offchain-workers-runner",
			"offchain-worker",
			offchain_workers.run(client.clone(), task_manager.spawn_handle()).boxed(),
		);
	}

	let role = config.role;
	let force_authoring = config.force_authoring;
	let name = config.network.node_name.clone();
	let enable_grandpa = !config.disable_grandpa;
	let prometheus_registry = config.prometheus_registry().cloned();
	let shared_voter_state = SharedVoterState::empty();

	let rpc_builder = {
		let client = client.clone();
		let pool = transaction_pool.clone();
		let select_chain = select_chain.clone();
		let keystore = keystore_container.keystore();
		let shared_voter_state = shared_voter_state.clone();
		let shared_authority_set = grandpa_link.shared_authority_set().clone();
		let justification_stream = grandpa_link.justification_stream();
		let retriever = retriever.clone();
		let fetcher = fetcher.clone();
		let finality_provider = sc_consensus_grandpa::FinalityProofProvider::new_for_service(
			backend.clone(),
			Some(shared_authority_set.clone()),
		);
		Box::new(move |subscription_executor: sc_rpc::SubscriptionTaskExecutor| {
			let deps = FullDeps {
				client: client.clone(),
				pool: pool.clone(),
				select_chain: select_chain.clone(),
				babe: BabeDeps {
					keystore: keystore.clone(),
					worker_handle: babe_worker_handle.clone(),
				},
				grandpa: GrandpaDeps {
					shared_voter_state: shared_voter_state.clone(),
					shared_authority_set: shared_authority_set.clone(),
					justification_stream: justification_stream.clone(),
					subscription_executor,
					finality_provider: finality_provider.clone(),
				},
				storage: retriever.clone(),
				da: fetcher.clone(),
				da_http,
				storage_http,
			};
			rpc::create_full(deps).map_err(Into::into)
		})
	};

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		config,
		backend,
		client: client.clone(),
		keystore: keystore_container.keystore(),
		network: network.clone(),
		rpc_builder,
		transaction_pool: transaction_pool.clone(),
		task_manager: &mut task_manager,
		system_rpc_tx,
		tx_handler_controller,
		sync_service: sync_service.clone(),
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	if let Some(hwbench) = hwbench {
		sc_sysinfo::print_hwbench(&hwbench);
		if let Err(err) =
			frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE.check_hardware(&hwbench, false)
		{
			if role.is_authority() {
				log::warn!("This machine is below the reference hardware for validators: {err}");
			}
		}
	}

	if role.is_authority() {
		let proposer = sc_basic_authorship::ProposerFactory::new(
			task_manager.spawn_handle(),
			client.clone(),
			Arc::new(ProposerPool::new(transaction_pool.clone())),
			prometheus_registry.as_ref(),
			telemetry.as_ref().map(|x| x.handle()),
		);
		let slot_duration = babe_link.config().slot_duration();
		let babe = sc_consensus_babe::start_babe(sc_consensus_babe::BabeParams {
			keystore: keystore_container.keystore(),
			client: client.clone(),
			select_chain,
			env: proposer,
			block_import,
			sync_oracle: sync_service.clone(),
			justification_sync_link: sync_service.clone(),
			create_inherent_data_providers: move |_parent, ()| async move {
				Ok(babe_inherents(slot_duration))
			},
			force_authoring,
			backoff_authoring_blocks: Some(
				sc_consensus_slots::BackoffAuthoringOnFinalizedHeadLagging::default(),
			),
			babe_link,
			block_proposal_slot_portion: SlotProportion::new(0.5),
			max_block_proposal_slot_portion: None,
			telemetry: telemetry.as_ref().map(|x| x.handle()),
		})?;
		task_manager.spawn_essential_handle().spawn_blocking(
			"babe-proposer",
			Some("block-authoring"),
			babe,
		);
	}

	if enable_grandpa {
		let keystore = role.is_authority().then(|| keystore_container.keystore());
		let grandpa_config = sc_consensus_grandpa::Config {
			gossip_duration: Duration::from_millis(333),
			justification_generation_period: GRANDPA_JUSTIFICATION_PERIOD,
			name: Some(name),
			observer_enabled: false,
			keystore,
			local_role: role,
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			protocol_name: grandpa_protocol_name,
		};
		let grandpa_voter =
			sc_consensus_grandpa::run_grandpa_voter(sc_consensus_grandpa::GrandpaParams {
				config: grandpa_config,
				link: grandpa_link,
				network,
				sync: Arc::new(sync_service),
				notification_service: grandpa_notification_service,
				voting_rule: sc_consensus_grandpa::VotingRulesBuilder::default().build(),
				prometheus_registry,
				shared_voter_state,
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				offchain_tx_pool_factory: OffchainTransactionPoolFactory::new(transaction_pool),
			})?;
		task_manager.spawn_essential_handle().spawn_blocking("grandpa-voter", None, grandpa_voter);
	}

	Ok(task_manager)
}
