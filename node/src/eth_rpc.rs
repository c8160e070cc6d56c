//! The Ethereum JSON-RPC server (`pallet-revive-eth-rpc`) served beside the node.
//!
//! The server is a client of the node's own JSON-RPC, and it owns a Tokio runtime, a logger
//! and signal handling of its own, so it cannot share the node's process. `zerog-node` carries
//! it as the `eth-rpc` subcommand, and `--eth-rpc-port` makes a running node start that
//! subcommand as a child process:
//!
//! - the child connects to the node's RPC port on the node's RPC interface and serves the
//!   Ethereum RPC on `--eth-rpc-port`, on all interfaces when the node's RPC is external;
//! - by default (`--eth-rpc-pruning archive`) it indexes receipts and logs in SQLite under
//!   `<base-path>/eth-rpc`, so what it learnt survives restarts of the node: on start it
//!   indexes the blocks produced while it was down, back to the first block it indexed. It
//!   needs no archive node: blocks whose state the node has pruned are left unindexed (the
//!   dev chain and fresh testnets never prune what it needs). `--eth-rpc-pruning N` keeps
//!   the last N blocks in memory instead and forgets them on restart;
//! - if the child exits it is restarted after a pause that grows to
//!   [`MAX_RESTART_DELAY`]; it is told to exit when the node dies, however the node dies.

use parking_lot::Mutex;
use sc_service::Configuration;
use std::{
	net::{IpAddr, Ipv4Addr, SocketAddr},
	path::PathBuf,
	process::Command,
	sync::{
		atomic::{AtomicBool, Ordering},
		Arc,
	},
	time::{Duration, Instant},
};

/// The longest pause between two restarts of the Ethereum RPC.
pub const MAX_RESTART_DELAY: Duration = Duration::from_secs(30);

/// A child that ran at least this long before exiting is restarted without delay.
const HEALTHY_RUN: Duration = Duration::from_secs(60);

/// Flags of a running node that start the Ethereum RPC beside it.
#[derive(Debug, Clone, clap::Args)]
pub struct EthRpcParams {
	/// Serve the Ethereum JSON-RPC (what Metamask, ethers and Foundry talk to) on this port.
	#[arg(long, value_name = "PORT")]
	pub eth_rpc_port: Option<u16>,

	/// Where the Ethereum RPC keeps receipts and logs: `archive` indexes them in SQLite under
	/// `<base-path>/eth-rpc`, kept across restarts; N keeps the last N blocks in memory.
	#[arg(long, value_name = "archive|N", default_value = "archive", requires = "eth_rpc_port")]
	pub eth_rpc_pruning: pallet_revive_eth_rpc::cli::EthPruningMode,
}

/// What the supervisor needs to launch the Ethereum RPC child.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildCommand {
	/// The node's JSON-RPC address the child connects to.
	pub node_rpc: SocketAddr,
	/// The port the child serves the Ethereum RPC on.
	pub port: u16,
	/// Whether the child listens on all interfaces.
	pub external: bool,
	/// Where receipts are kept.
	pub pruning: pallet_revive_eth_rpc::cli::EthPruningMode,
	/// Where an archive-mode child keeps its database.
	pub base_path: PathBuf,
	/// Whether the node runs a development chain (the child then offers the dev accounts).
	pub dev: bool,
}

impl ChildCommand {
	/// The child's command for a node started with `config` and `params`, or `None` when no
	/// Ethereum RPC was asked for.
	pub fn for_node(config: &Configuration, params: &EthRpcParams) -> Result<Option<Self>, String> {
		let Some(port) = params.eth_rpc_port else { return Ok(None) };
		let listen = config
			.rpc
			.addr
			.as_ref()
			.and_then(|endpoints| endpoints.first())
			.map(|endpoint| endpoint.listen_addr)
			.ok_or("--eth-rpc-port needs the node's JSON-RPC server, which is disabled")?;
		let external = listen.ip().is_unspecified();
		let node_ip = if external { IpAddr::V4(Ipv4Addr::LOCALHOST) } else { listen.ip() };
		Ok(Some(Self {
			node_rpc: SocketAddr::new(node_ip, listen.port()),
			port,
			external,
			pruning: params.eth_rpc_pruning,
			base_path: config.base_path.path().join("eth-rpc"),
			dev: config.chain_spec.chain_type() == sc_service::ChainType::Development,
		}))
	}

	/// The arguments of `zerog-node eth-rpc` for this child.
	pub fn args(&self) -> Vec<String> {
		let mut args = vec![
			"eth-rpc".to_string(),
			format!("--node-rpc-url=ws://{}", self.node_rpc),
			format!("--rpc-port={}", self.port),
			format!("--eth-pruning={}", self.pruning),
			"--rpc-cors=all".to_string(),
			"--no-prometheus".to_string(),
		];
		if self.pruning.is_archive() {
			args.push(format!("--base-path={}", self.base_path.display()));
		}
		if self.external {
			args.push("--rpc-external".to_string());
		}
		if self.dev {
			args.push("--dev".to_string());
		}
		args
	}
}

/// The thread keeping `zerog-node eth-rpc` running, and a way to stop it.
pub struct Supervisor {
	stopping: Arc<AtomicBool>,
	child: Arc<Mutex<Option<u32>>>,
	thread: std::thread::JoinHandle<()>,
}

impl Supervisor {
	/// Stops restarting the child, sends it SIGTERM and waits until it and the supervising
	/// thread are gone: the node calls this before it closes its databases.
	pub fn stop(self) {
		self.stopping.store(true, Ordering::SeqCst);
		{
			let child = self.child.lock();
			if let Some(pid) = *child {
				// SAFETY: `kill` has no memory-safety preconditions; `pid` is our own child, not
				// yet reaped: the supervising thread reaps it and clears the slot under this lock.
				unsafe {
					libc::kill(pid as libc::pid_t, libc::SIGTERM);
				}
			}
		}
		let _ = self.thread.join();
	}
}

/// Starts a thread that keeps `zerog-node eth-rpc` running as a child of this process.
pub fn supervise(child: ChildCommand) -> std::io::Result<Supervisor> {
	let program = std::env::current_exe()?;
	let stopping = Arc::new(AtomicBool::new(false));
	let current = Arc::new(Mutex::new(None));
	let thread = {
		let stopping = stopping.clone();
		let current = current.clone();
		std::thread::Builder::new().name("eth-rpc-supervisor".into()).spawn(move || {
			let mut delay = Duration::from_secs(1);
			while !stopping.load(Ordering::SeqCst) {
				let started = Instant::now();
				log::info!(
					target: "eth-rpc",
					"🦊 Ethereum RPC on port {} (node RPC {})",
					child.port,
					child.node_rpc
				);
				match run_child(&program, &child.args(), &current, &stopping) {
					Ok(None) => break,
					Ok(Some(status)) if !stopping.load(Ordering::SeqCst) => {
						log::warn!(target: "eth-rpc", "Ethereum RPC exited: {status}")
					},
					Ok(Some(_)) => break,
					Err(error) => {
						log::error!(target: "eth-rpc", "Ethereum RPC did not start: {error}")
					},
				}
				if started.elapsed() >= HEALTHY_RUN {
					delay = Duration::from_secs(1);
				}
				let until = Instant::now() + delay;
				while Instant::now() < until && !stopping.load(Ordering::SeqCst) {
					std::thread::sleep(Duration::from_millis(50));
				}
				delay = (delay * 2).min(MAX_RESTART_DELAY);
			}
		})?
	};
	Ok(Supervisor { stopping, child: current, thread })
}

/// Runs the child to completion, its pid in `current` while it runs; `None` if the node was
/// stopping before it started. It also receives SIGTERM when the supervising thread (which
/// lives as long as the node) dies, so a killed node leaves no orphan behind.
fn run_child(
	program: &PathBuf,
	args: &[String],
	current: &Mutex<Option<u32>>,
	stopping: &AtomicBool,
) -> std::io::Result<Option<std::process::ExitStatus>> {
	let mut command = Command::new(program);
	command.args(args);
	#[cfg(target_os = "linux")]
	{
		use std::os::unix::process::CommandExt;
		let parent = std::process::id() as libc::pid_t;
		// SAFETY: only async-signal-safe calls between fork and exec.
		unsafe {
			command.pre_exec(move || {
				if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) != 0 {
					return Err(std::io::Error::last_os_error());
				}
				if libc::getppid() != parent {
					libc::_exit(0);
				}
				Ok(())
			});
		}
	}
	let mut spawned = {
		let mut slot = current.lock();
		if stopping.load(Ordering::SeqCst) {
			return Ok(None);
		}
		let spawned = command.spawn()?;
		*slot = Some(spawned.id());
		spawned
	};
	loop {
		let exited = {
			let mut slot = current.lock();
			let exited = spawned.try_wait()?;
			if exited.is_some() {
				*slot = None;
			}
			exited
		};
		if let Some(status) = exited {
			return Ok(Some(status));
		}
		std::thread::sleep(Duration::from_millis(100));
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_revive_eth_rpc::cli::EthPruningMode;

	fn child(pruning: EthPruningMode, external: bool, dev: bool) -> ChildCommand {
		ChildCommand {
			node_rpc: "127.0.0.1:9944".parse().unwrap(),
			port: 8545,
			external,
			pruning,
			base_path: PathBuf::from("/data/zerog/eth-rpc"),
			dev,
		}
	}

	#[test]
	fn a_pruned_child_keeps_receipts_in_memory_and_needs_no_base_path() {
		let args = child(EthPruningMode::KeepLatest(10_000), false, false).args();
		assert_eq!(
			args,
			[
				"eth-rpc",
				"--node-rpc-url=ws://127.0.0.1:9944",
				"--rpc-port=8545",
				"--eth-pruning=10000",
				"--rpc-cors=all",
				"--no-prometheus",
			]
		);
	}

	#[test]
	fn an_archive_child_stores_its_database_under_the_node_base_path() {
		let args = child(EthPruningMode::Archive, false, false).args();
		assert!(args.contains(&"--eth-pruning=archive".to_string()));
		assert!(args.contains(&"--base-path=/data/zerog/eth-rpc".to_string()));
	}

	#[test]
	fn an_external_dev_node_gets_an_external_dev_ethereum_rpc() {
		let args = child(EthPruningMode::KeepLatest(1), true, true).args();
		assert!(args.contains(&"--rpc-external".to_string()));
		assert!(args.contains(&"--dev".to_string()));
	}
}
