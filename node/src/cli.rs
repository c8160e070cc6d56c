//! The command line of `zerog-node`.

/// The node's arguments: a subcommand, or the flags of a running node.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: sc_cli::RunCmd,

	/// Skip the hardware benchmark a validator runs at start-up.
	#[arg(long)]
	pub no_hardware_benchmarks: bool,

	#[clap(flatten)]
	pub eth_rpc: crate::eth_rpc::EthRpcParams,

	#[clap(flatten)]
	pub storage: zerog_storage_client::StorageParams,

	#[clap(flatten)]
	pub da: zerog_da_client::DaParams,

	#[clap(flatten)]
	pub alignment: zerog_alignment_client::AlignmentParams,
}

/// The node's subcommands.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (kept for tools such as zombienet that still call it).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export a chain specification.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a block into a chain specification.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Benchmark the runtime, the database, the machine or whole blocks.
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Database meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Serve the Ethereum JSON-RPC for a node (`--eth-rpc-port` starts it beside a node).
	EthRpc(pallet_revive_eth_rpc::cli::CliCommand),

	/// Store a file with the storage market, or get one back.
	#[command(subcommand)]
	Storage(zerog_storage_client::client::StorageCmd),

	/// Post a blob to the DA layer, get one back, or read its status.
	#[command(subcommand)]
	Da(zerog_da_client::cli::DaCmd),
}
