//! `zerog-node`: the zerog blockchain node.
//!
//! BABE produces blocks, GRANDPA finalizes them, offchain workers run on every block, and the
//! storage market's provider role, fragment protocol and RPC, the `storage put|get` client, the
//! usual Substrate command line (chain specs, keys, block import/export, revert, benchmarks)
//! comes from sc-cli and frame-benchmarking-cli.

mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod eth_rpc;
mod extrinsic;
mod rpc;
mod service;
mod storage;

fn main() -> sc_cli::Result<()> {
	command::run()
}
