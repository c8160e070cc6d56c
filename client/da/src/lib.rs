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
//!   (key type `zgda`) for every pending blob, checks they are codewords (else proves the blob
//!   badly encoded), and attests them, one transaction per block per key; answers the
//!   availability challenges its keys owe; prunes blobs the chain forgot.
//! * [`sampler`]: with `--da-sampler` (on for signers), samples every certified blob to a
//!   target confidence through rows and columns, challenges a withheld cell, reports on chain.
//! * [`tx`]: the node's DA transactions, signed from the keystore into its pool.
//! * [`cursor`]: which blobs a role has not looked at yet.
//! * [`light`]: `zerog-node da sample`, sampling a blob from any node as a user would.
//! * [`http`]: a blob in one HTTP request of raw bytes, up or down, on the node's loopback
//!   interface.
//! * [`rpc`]: upload, status, cells with proofs and blobs through the node.
//! * [`cli`]: `zerog-node da submit|get|status|sample|forge`.

pub mod cli;
pub mod cursor;
pub mod fetch;
pub mod http;
pub mod light;
pub mod protocol;
pub mod rpc;
pub mod sampler;
pub mod signer;
pub mod staging;
pub mod store;
pub mod tx;

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

	/// Sample every certified blob: draw random cells (from chain randomness and a seed of the
	/// node's own), fetch each with its proof through its row and its column from the signers,
	/// verify it against the on-chain root, challenge a withheld cell and report on chain with
	/// the node's first DA key that is a signer of the blob's epoch. On by default with `--da-signer`; `--da-sampler=false` turns it
	/// off.
	#[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
	pub da_sampler: Option<bool>,

	/// The confidence the sampler draws enough cells to reach on each blob.
	#[arg(long, value_name = "FRACTION", default_value_t = 0.999, value_parser = parse_confidence)]
	pub da_sample_confidence: f64,

	/// For tests of availability challenges only: keep and attest lines as a signer, but
	/// refuse every cell request and answer no challenge.
	#[arg(long, hide = true)]
	pub da_withhold: bool,
}

/// A target confidence: a fraction strictly between 0 and 1, at most 99.9999999%.
pub fn parse_confidence(text: &str) -> Result<f64, String> {
	let value: f64 = text.parse().map_err(|_| format!("{text} is not a number"))?;
	if value > 0.0 && value <= 0.999_999_999 {
		Ok(value)
	} else {
		Err(format!("a confidence is a fraction above 0 and at most 0.999999999, not {text}"))
	}
}

impl DaParams {
	/// Whether the node samples certified blobs.
	pub fn samples(&self) -> bool {
		self.da_sampler.unwrap_or(self.da_signer)
	}
}
