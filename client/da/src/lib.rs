//! The node's part of the data-availability layer, wired into `zerog-node` by its service.
//!
//! It reaches the chain only through the `DaApi` runtime API and the types of
//! `zerog-da-primitives`, never through the pallet's storage.
//!
//! * [`store`]: blobs' roots documents and lines in RocksDB under
//!   `<base-path>/chains/<chain>/da`, each line checked against its committed root before it is
//!   kept; a cell and its proof are served from one line, never a whole blob.
//! * [`staging`]: blobs uploaded through this node, extended and committed, held in memory
//!   until their signers fetched their lines.
//! * [`protocol`]: a request-response protocol on the node's own network serving roots
//!   documents and lines to any peer.
//! * [`fetch`]: lines from this node or its peers, checked; blobs rebuilt from any `k` rows.
//! * [`signer`]: with `--da-signer`, fetches the lines the chain assigns to the node's DA keys
//!   (key type `zgda`) for every pending blob, and attests them, one transaction per block per
//!   key; prunes blobs the chain forgot.
//! * [`http`]: a blob in one HTTP request of raw bytes, up or down, on the node's loopback
//!   interface.
//! * [`rpc`]: upload, status, cells with proofs and blobs through the node.
//! * [`cli`]: `zerog-node da submit|get|status`.

pub mod cli;
pub mod fetch;
pub mod http;
pub mod protocol;
pub mod rpc;
pub mod signer;
pub mod staging;
pub mod store;

/// Bytes as `0x`-prefixed hex, all of them, for messages and RPC answers.
pub fn hex(bytes: &[u8]) -> String {
	sp_core::bytes::to_hex(bytes, false)
}

/// Flags of a node taking part in the DA layer.
#[derive(Debug, Clone, clap::Args)]
pub struct DaParams {
	/// Act as a DA signer: fetch, check and keep the lines of every blob the chain assigns to
	/// the DA keys (key type `zgda`) in this node's keystore, and attest them on chain. Each key
	/// must be an operator of shared staking's `da` service.
	#[arg(long)]
	pub da_signer: bool,

	/// The port of the binary blob endpoint on 127.0.0.1 (`PUT` and `GET /blobs/<dataRoot>`,
	/// named by the unsafe RPC method `da_httpEndpoint`); any free port when not given.
	#[arg(long, value_name = "PORT", default_value_t = 0)]
	pub da_http_port: u16,
}
