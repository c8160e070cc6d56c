//! Runs the subcommand or the node the command line asks for.

use crate::{
	benchmarking::{inherent_benchmark_data, RemarkBuilder, TransferKeepAliveBuilder},
	chain_spec,
	cli::{Cli, Subcommand},
	eth_rpc, service, shutdown,
};
use frame_benchmarking_cli::{BenchmarkCmd, ExtrinsicFactory, SUBSTRATE_REFERENCE_HARDWARE};
use parking_lot::Mutex;
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;
use sp_keyring::Sr25519Keyring;
use std::sync::Arc;
use zerog_runtime::{constants::currency::EXISTENTIAL_DEPOSIT, opaque::Block};

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"zerog node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://github.com/zerog-chain/zerog/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	/// Substrate's command-line set-up, with the single-state transaction pool as the default.
	///
	/// The fork-aware pool loses accepted transactions under load: a transaction that arrives
	/// while the view of a new block is being built lands only in the older views, and when
	/// finality removes those views the pool drops it for good if it was waiting for an earlier
	/// nonce (a future transaction). Every later nonce of its sender then waits forever. The
	/// single-state pool keeps one queue per sender and loses none (`scripts/bench-evm.mjs`
	/// asserts it). `--pool-type fork-aware` still chooses the other.
	fn setup_command(cmd: clap::Command) -> clap::Command {
		cmd.name(Self::executable_name())
			.version(format!("{}\n", Self::impl_version()))
			.author(Self::author())
			.about(Self::description())
			.long_about(Self::description())
			.after_help(format!("Support: {}", Self::support_url()))
			.propagate_version(true)
			.args_conflicts_with_subcommands(true)
			.subcommand_negates_reqs(true)
			.mut_arg("pool_type", |arg| arg.default_value("single-state"))
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		Ok(match id {
			"dev" => Box::new(chain_spec::development()?),
			"" | "local" => Box::new(chain_spec::local_testnet()?),
			"mainnet" => Box::new(chain_spec::mainnet()?),
			path => {
				Box::new(chain_spec::ChainSpec::from_json_file(std::path::PathBuf::from(path))?)
			},
		})
	}
}

/// Makes the chain's own SS58 format (its chain spec's `ss58Format` property) the default, so
/// the RPCs taking addresses (`system_accountNextIndex`, …) accept addresses as the chain
/// writes them. Returns the format set.
fn use_chain_ss58_format(spec: &dyn sc_service::ChainSpec) -> Option<u16> {
	let format = spec
		.properties()
		.get("ss58Format")
		.and_then(|value| value.as_u64())
		.and_then(|value| u16::try_from(value).ok())?;
	sp_core::crypto::set_default_ss58_version(format.into());
	Some(format)
}

/// Parses the command line and runs what it asks for.
pub fn run() -> sc_cli::Result<()> {
	let mut cli = Cli::from_args();

	match cli.subcommand.take() {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(&cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(&cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(&cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(&cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(&cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(&cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(&cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config)?;
				let babe_backend = backend.clone();
				let aux_revert =
					Box::new(move |client: std::sync::Arc<service::FullClient>, _, blocks| {
						sc_consensus_babe::revert(client.clone(), babe_backend, blocks)?;
						sc_consensus_grandpa::revert(client, blocks)?;
						Ok(())
					});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		},
		Some(Subcommand::Benchmark(cmd)) => {
			let runner = cli.create_runner(&cmd)?;
			runner.sync_run(|config| match cmd {
				BenchmarkCmd::Pallet(cmd) => {
					if !cfg!(feature = "runtime-benchmarks") {
						return Err("Runtime benchmarks are not compiled in; build with \
							`--features runtime-benchmarks`."
							.into());
					}
					cmd.run_with_spec::<
						sp_runtime::traits::HashingFor<Block>,
						zerog_storage_primitives::fragment_store::HostFunctions,
					>(Some(config.chain_spec))
				},
				BenchmarkCmd::Block(cmd) => {
					let PartialComponents { client, .. } = service::new_partial(&config)?;
					cmd.run(client)
				},
				#[cfg(not(feature = "runtime-benchmarks"))]
				BenchmarkCmd::Storage(_) => Err("Storage benchmarks are not compiled in; build \
					with `--features runtime-benchmarks`."
					.into()),
				#[cfg(feature = "runtime-benchmarks")]
				BenchmarkCmd::Storage(cmd) => {
					let PartialComponents { client, backend, .. } = service::new_partial(&config)?;
					let db = backend.expose_db();
					let storage = backend.expose_storage();
					let shared_cache = backend.expose_shared_trie_cache();
					cmd.run(config, client, db, storage, shared_cache)
				},
				BenchmarkCmd::Overhead(cmd) => {
					let PartialComponents { client, .. } = service::new_partial(&config)?;
					let ext_builder = RemarkBuilder::new(client.clone());
					cmd.run(
						config.chain_spec.name().into(),
						client,
						inherent_benchmark_data()?,
						Vec::new(),
						&ext_builder,
						false,
					)
				},
				BenchmarkCmd::Extrinsic(cmd) => {
					let PartialComponents { client, .. } = service::new_partial(&config)?;
					let ext_factory = ExtrinsicFactory(vec![
						Box::new(RemarkBuilder::new(client.clone())),
						Box::new(TransferKeepAliveBuilder::new(
							client.clone(),
							Sr25519Keyring::Bob.to_account_id(),
							EXISTENTIAL_DEPOSIT,
						)),
					]);
					cmd.run(client, inherent_benchmark_data()?, Vec::new(), &ext_factory)
				},
				BenchmarkCmd::Machine(cmd) => {
					cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone())
				},
			})
		},
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(&cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		},
		Some(Subcommand::EthRpc(cmd)) => {
			pallet_revive_eth_rpc::cli::run(cmd).map_err(|e| sc_cli::Error::Application(e.into()))
		},
		Some(Subcommand::Storage(cmd)) => cmd.run().or_else(|error| {
			eprintln!("error: {error}");
			std::process::exit(1)
		}),
		Some(Subcommand::Da(cmd)) => cmd.run().or_else(|error| {
			eprintln!("error: {error}");
			std::process::exit(1)
		}),
		None => {
			let runner = cli.create_runner(&cli.run)?;
			use_chain_ss58_format(runner.config().chain_spec.as_ref());
			let temporary = cli.run.tmp
				|| (cli.run.shared_params.dev && cli.run.shared_params.base_path.is_none());
			let leftovers = if temporary {
				shutdown::Leftovers::temporary_base_path(runner.config().base_path.path())
			} else {
				shutdown::Leftovers::none()
			};
			let hardware_benchmarks = !cli.no_hardware_benchmarks;
			let eth_rpc = cli.eth_rpc.clone();
			let roles = service::Roles {
				storage_provider: cli.storage.storage_provider,
				da_signer: cli.da.da_signer,
				da_sampler: cli.da.samples().then_some(cli.da.da_sample_confidence),
				da_withhold: cli.da.da_withhold,
				da_http_port: cli.da.da_http_port,
				upload_ttl: std::time::Duration::from_secs(cli.storage.storage_upload_ttl),
				storage_http_port: cli.storage.storage_http_port,
				alignment_operator: cli.alignment.alignment_operator,
			};
			let supervisor = Arc::new(Mutex::new(None));
			let outcome = runner.run_node_until_exit(|mut config| {
				let supervisor = supervisor.clone();
				async move {
					if roles.storage_provider {
						config.offchain_worker.enabled = true;
					}
					let eth_rpc_child = eth_rpc::ChildCommand::for_node(&config, &eth_rpc)
						.map_err(sc_cli::Error::Input)?;
					let task_manager = match config.network.network_backend {
						sc_network::config::NetworkBackendType::Libp2p => {
							service::new_full::<
								sc_network::NetworkWorker<
									Block,
									<Block as sp_runtime::traits::Block>::Hash,
								>,
							>(config, hardware_benchmarks, roles)
						},
						sc_network::config::NetworkBackendType::Litep2p => {
							service::new_full::<sc_network::Litep2pNetworkBackend>(
								config,
								hardware_benchmarks,
								roles,
							)
						},
					}
					.map_err(sc_cli::Error::Service)?;
					if let Some(child) = eth_rpc_child {
						*supervisor.lock() = Some(eth_rpc::supervise(child)?);
					}
					Ok::<_, sc_cli::Error>(task_manager)
				}
			});
			if let Some(supervisor) = supervisor.lock().take() {
				supervisor.stop();
			}
			shutdown::exit(outcome, leftovers)
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_core::crypto::Ss58Codec;

	#[test]
	fn the_dev_chain_makes_its_own_address_format_the_default() {
		let spec = chain_spec::ChainSpec::builder(&[], None)
			.with_name("zerog")
			.with_id("zerog")
			.with_chain_type(sc_service::ChainType::Development)
			.with_properties(chain_spec::properties())
			.with_genesis_config_patch(serde_json::json!({}))
			.build();
		assert_eq!(use_chain_ss58_format(&spec), Some(zerog_runtime::SS58_PREFIX));
		let alice = Sr25519Keyring::Alice.to_account_id();
		let address = alice.to_ss58check_with_version(zerog_runtime::SS58_PREFIX.into());
		assert_eq!(sp_core::crypto::AccountId32::from_ss58check(&address), Ok(alice));
	}
}
