//! `zerog-node`: the zerog blockchain node.
//!
//! BABE produces blocks, GRANDPA finalizes them, offchain workers run on every block. The node
//! wires services and holds the command line; the protocols live in the client crates
//! (`zerog-storage-client`: fragment store, protocol, provider role, storage RPC and the
//! `storage put|get` commands). The usual Substrate command line (chain specs, keys, block
//! import/export, revert, benchmarks) comes from sc-cli and frame-benchmarking-cli.

mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod eth_rpc;
mod rpc;
mod service;
mod shutdown;

fn main() -> sc_cli::Result<()> {
	command::run()
}
