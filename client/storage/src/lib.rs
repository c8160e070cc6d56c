//! The node's part of the storage market, wired into `zerog-node` by its service.
//!
//! It reaches the chain only through the runtime API and types of `zerog-storage-primitives`
//! and the runtime's opaque block, never through the pallet's storage.
//!
//! * [`store`]: fragments in RocksDB under `<base-path>/chains/<chain>/storage`, checked against
//!   their roots before they are kept.
//! * [`protocol`]: a request-response protocol on the node's own network serving pieces of
//!   kept fragments to any peer.
//! * [`retrieval`]: fetching fragments from peers, rebuilding lost ones, decoding files.
//! * [`provider`]: with `--storage-provider`, keeps what the chain assigns to the node's
//!   provider keys (key type `zgst`). Its off-chain worker reaches the store through the
//!   `fragment_store` host functions, registered as an off-chain extension: proofs are built
//!   natively next to RocksDB, and the same runtime code is unit-tested with an in-memory
//!   store. (A local HTTP endpoint would copy whole fragments through the worker's HTTP API
//!   and wasm memory each period.)
//! * [`rpc`]: upload and download through the node, order and provider status.
//! * [`http`]: the node's file endpoint on 127.0.0.1: fragments pushed and files streamed as
//!   raw bytes, for clients on the node's machine.
//! * [`client`]: `zerog-node storage put|get`.

pub mod client;
pub mod http;
pub mod protocol;
pub mod provider;
pub mod retrieval;
pub mod rpc;
pub mod store;

/// Bytes as `0x`-prefixed hex, for messages and RPC answers.
pub fn hex(bytes: &[u8]) -> String {
	format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&bytes))
}

/// Flags of a node taking part in the storage market.
#[derive(Debug, Clone, clap::Args)]
pub struct StorageParams {
	/// Act as a storage provider: fetch and keep the fragments assigned to the provider keys
	/// (key type `zgst`) in this node's keystore, and prove them from the off-chain worker
	/// (which this flag turns on).
	#[arg(long)]
	pub storage_provider: bool,

	/// Seconds an upload to this node may wait: a fragment being pushed that receives no piece
	/// for this long, or a pushed one that no `storage put` released this long after it
	/// arrived, is dropped.
	#[arg(long, value_name = "SECONDS", default_value_t = 3600,
		value_parser = clap::value_parser!(u64).range(1..))]
	pub storage_upload_ttl: u64,

	/// Port on 127.0.0.1 of the node's file endpoint, where `storage put|get` move fragments
	/// and files as raw bytes (0: any free port; `storage_httpEndpoint` names it).
	#[arg(long, value_name = "PORT", default_value_t = 0)]
	pub storage_http_port: u16,
}
