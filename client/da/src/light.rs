//! `zerog-node da sample`: the light path. A user checks a blob's availability from any node
//! the way a light client would: it draws random cells (from the chain's latest block hash and
//! a seed it makes up on the spot), fetches each with its proof through `da_getCell`, checks it
//! against the `data_root` the chain committed, and prints each cell checked and the
//! confidence reached. It trusts the node for nothing but bytes: every cell is verified here.
//!
//! `zerog-node da forge` is a test tool: it builds a blob as a broken encoder would (one
//! parity cell flipped before committing) and prints its root and the fraud proof of its bad
//! row, so tests can submit it, attest it as a careless signer and prove it bad through
//! `report_bad_encoding`.

use crate::{cli::NodeArgs, hex};
use codec::{Decode, Encode};
use jsonrpsee::{core::client::ClientT, rpc_params};
use serde_json::{json, Value};
use sp_core::{Pair, H256};
use std::path::PathBuf;
use zerog_client_tx::remote::{connect, Error};
use zerog_data::{
	blob::{verify_cell, Axis, BlobLayout, CellProof, CommittedBlob},
	sampling::{confidence, sample_cells, samples_for_width},
};

/// `da sample`.
#[derive(Debug, clap::Args)]
pub struct SampleCmd {
	/// The blob's data root.
	pub data_root: H256,
	/// The confidence to draw enough cells for.
	#[arg(long, default_value_t = 0.999, value_parser = crate::parse_confidence)]
	pub confidence: f64,
	/// The node to use.
	#[clap(flatten)]
	pub node: NodeArgs,
}

/// `da forge` (tests only).
#[derive(Debug, clap::Args)]
pub struct ForgeCmd {
	/// The blob's bytes.
	pub file: PathBuf,
	/// The row of the parity cell to flip (at least `k`).
	#[arg(long)]
	pub row: u32,
	/// The column of the parity cell to flip.
	#[arg(long, default_value_t = 0)]
	pub column: u32,
}

fn hex_bytes(value: &Value, what: &str) -> Result<Vec<u8>, Error> {
	let text = value.as_str().ok_or_else(|| format!("the node sent no {what}"))?;
	Ok(sp_core::bytes::from_hex(text).map_err(|e| format!("the node sent a bad {what}: {e}"))?)
}

impl SampleCmd {
	/// Samples the blob, whatever its state (printed); fails if any cell did not verify.
	pub async fn run(&self) -> Result<(), Error> {
		let client = connect(&self.node.url).await?;
		let blob: Option<Value> =
			client.request("da_blobStatus", rpc_params![self.data_root]).await?;
		let blob = blob.ok_or("no blob has this data root: never submitted, expired or pruned")?;
		let state = blob["state"].as_str().unwrap_or("?").to_string();
		let layout = BlobLayout {
			len: blob["len"].as_u64().ok_or("the node sent no length")? as u32,
			width: blob["width"].as_u64().ok_or("the node sent no width")? as u16,
			cell_len: blob["cellLen"].as_u64().ok_or("the node sent no cell length")? as u32,
		};
		layout.check().map_err(|e| format!("the node sent an impossible layout: {e:?}"))?;
		let head: H256 = client.request("chain_getBlockHash", rpc_params![]).await?;
		let (_, seed) = sp_core::sr25519::Pair::generate();
		let k = u32::from(layout.width);
		let count = samples_for_width(k, self.confidence);
		let root = self.data_root.0;
		let cells = sample_cells(&head.0, &seed, &root, layout.extended_width(), count);
		println!(
			"blob {} ({state}): {} B, {k} × {k} cells of {} B extended to {w} × {w}",
			hex(&root),
			layout.len,
			layout.cell_len,
			w = layout.extended_width(),
		);
		println!("{count} samples for {:.3}% confidence", self.confidence * 100.0);
		let started = std::time::Instant::now();
		let (mut ok, mut bytes) = (0u32, 0usize);
		for (row, column) in cells {
			match self.check(&client, &layout, row, column).await {
				Ok((axis, downloaded)) => {
					ok += 1;
					bytes += downloaded;
					println!("cell ({row}, {column}): ok through its {axis}, {downloaded} B");
				},
				Err(error) => println!("cell ({row}, {column}): FAILED: {error}"),
			}
		}
		let reached = if ok == count { confidence(k, count) } else { 0.0 };
		println!(
			"{ok} of {count} cells verified, {bytes} B downloaded in {:.2} s",
			started.elapsed().as_secs_f64()
		);
		println!("confidence: {:.4}%", reached * 100.0);
		if ok < count {
			return Err(
				format!("{} of {count} cells could not be had or verified", count - ok).into()
			);
		}
		Ok(())
	}

	/// Fetches and verifies one cell; returns the axis it was proven through and the bytes of
	/// cell and proof.
	async fn check(
		&self,
		client: &jsonrpsee::ws_client::WsClient,
		layout: &BlobLayout,
		row: u32,
		column: u32,
	) -> Result<(&'static str, usize), Error> {
		let answer: Value =
			client.request("da_getCell", rpc_params![self.data_root, row, column]).await?;
		let cell = hex_bytes(&answer["cell"], "cell")?;
		let proof_bytes = hex_bytes(&answer["proof"], "proof")?;
		let proof = CellProof::decode(&mut &proof_bytes[..])
			.map_err(|e| format!("the node sent a proof that does not decode: {e}"))?;
		let (axis, name) = match answer["axis"].as_str() {
			Some("row") => (Axis::Row, "row"),
			Some("column") => (Axis::Column, "column"),
			_ => return Err("the node named no axis".into()),
		};
		verify_cell(&self.data_root.0, layout, axis, row, column, &cell, &proof)
			.map_err(|e| format!("the proof does not verify: {e:?}"))?;
		Ok((name, cell.len() + proof_bytes.len()))
	}
}

impl ForgeCmd {
	/// Prints `{dataRoot, len, row, column, fraudProof}` as JSON.
	pub fn run(&self) -> Result<(), Error> {
		let bytes = std::fs::read(&self.file)
			.map_err(|e| format!("cannot read {}: {e}", self.file.display()))?;
		let blob = CommittedBlob::miscoded(&bytes, self.row, self.column).map_err(|e| {
			format!("cannot forge this blob: {e:?} (the cell must be a parity one)")
		})?;
		let proof = blob.fraud_proof(Axis::Row, self.row).map_err(|e| format!("{e:?}"))?;
		let out = json!({
			"dataRoot": hex(&blob.data_root),
			"len": blob.layout.len,
			"row": self.row,
			"column": self.column,
			"fraudProof": hex(&proof.encode()),
		});
		println!("{out}");
		Ok(())
	}
}
