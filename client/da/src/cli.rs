//! `zerog-node da submit|get|status|sample`: blobs through a node's RPC, as a rollup or an app
//! would post, read and check them (`sample` lives in [`crate::light`]).
//!
//! `submit` checks the file (1 B … 32 MiB), extends and commits it locally (so the data root
//! it pays for is its own, not the node's word), dry-runs `submit_blob`, uploads the blob to
//! the node, submits the transaction and, with `--wait`, follows the blob until it is
//! certified (exit 0) or expires (exit 1). `get` reads the blob from the node, commits it
//! again and writes the file only if it matches its root. The bytes move as they are through
//! the node's blob endpoint when the node is on this machine, else as hex through
//! `da_submitBlob` and `da_getBlob` (`--transport`). Every failure is one line naming its
//! cause.

use crate::rpc::MAX_PIECE;
use codec::{Decode, Encode};
use indicatif::{ProgressBar, ProgressStyle};
use jsonrpsee::{core::client::ClientT, rpc_params, ws_client::WsClient};
use serde_json::Value;
use sp_core::{sr25519, Bytes, Pair, H256};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	ApplyExtrinsicResult, DispatchError,
};
use std::{
	io::Write,
	path::{Path, PathBuf},
	time::{Duration, Instant},
};
pub use zerog_client_http::Transport;
use zerog_client_tx::remote::{connect, signed, Error};
use zerog_data::blob::{verify_blob, BlobError, CommittedBlob, MAX_BLOB_LEN};
use zerog_runtime::{DaCommitmentsCall, DaCommitmentsError, RuntimeCall};

/// Posting and reading DA blobs.
#[derive(Debug, clap::Subcommand)]
pub enum DaCmd {
	/// Commits a file of 1 B … 32 MiB as a blob: uploads it to the node, which serves its
	/// lines to the DA signers, and submits `submit_blob` paying its fee.
	Submit(SubmitCmd),
	/// Writes a certified blob to a file, checked against its data root.
	Get(GetCmd),
	/// Prints a blob's status on chain, with what its samplers reported.
	Status(StatusCmd),
	/// Samples a blob from any node as a light client would: random cells, each verified
	/// against the on-chain root; prints each cell and the confidence reached.
	Sample(crate::light::SampleCmd),
	/// Tests only: builds a badly encoded blob and the fraud proof of it.
	#[command(hide = true)]
	Forge(crate::light::ForgeCmd),
}

/// Where the node is.
#[derive(Debug, clap::Args)]
pub struct NodeArgs {
	/// The node's WebSocket RPC endpoint.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	pub url: String,
}

/// `da submit`.
#[derive(Debug, clap::Args)]
pub struct SubmitCmd {
	/// The file to post.
	pub file: PathBuf,
	/// The secret URI of the account that pays the fee.
	#[arg(long, default_value = "//Alice")]
	pub suri: String,
	/// Waits until the blob is certified (exit 0) or expires (exit 1).
	#[arg(long)]
	pub wait: bool,
	/// Seconds to wait for certification before giving up.
	#[arg(long, default_value_t = 300)]
	pub timeout: u64,
	/// How the blob reaches the node.
	#[arg(long, value_enum, default_value_t = Transport::Auto)]
	pub transport: Transport,
	/// The node to use.
	#[clap(flatten)]
	pub node: NodeArgs,
}

/// `da get`.
#[derive(Debug, clap::Args)]
pub struct GetCmd {
	/// The blob's data root.
	pub data_root: H256,
	/// Where to write it.
	#[arg(short, long)]
	pub output: PathBuf,
	/// How the blob comes from the node.
	#[arg(long, value_enum, default_value_t = Transport::Auto)]
	pub transport: Transport,
	/// The node to use.
	#[clap(flatten)]
	pub node: NodeArgs,
}

/// `da status`.
#[derive(Debug, clap::Args)]
pub struct StatusCmd {
	/// The blob's data root.
	pub data_root: H256,
	/// The node to use.
	#[clap(flatten)]
	pub node: NodeArgs,
}

impl DaCmd {
	/// Runs the command on its own async runtime.
	pub fn run(&self) -> Result<(), Error> {
		let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
		runtime.block_on(async {
			match self {
				DaCmd::Submit(cmd) => cmd.run().await,
				DaCmd::Get(cmd) => cmd.run().await,
				DaCmd::Status(cmd) => cmd.run().await,
				DaCmd::Sample(cmd) => cmd.run().await,
				DaCmd::Forge(cmd) => cmd.run(),
			}
		})
	}
}

fn bar(len: u64, what: &str) -> ProgressBar {
	let bar = ProgressBar::new(len);
	let template = format!("{what:>10} [{{bar:40}}] {{bytes}}/{{total_bytes}} {{bytes_per_sec}}");
	bar.set_style(ProgressStyle::with_template(&template).expect("valid template"));
	bar
}

fn mib_per_s(bytes: u64, elapsed: Duration) -> f64 {
	bytes as f64 / (1 << 20) as f64 / elapsed.as_secs_f64().max(1e-9)
}

/// The node's binary blob endpoint, when the node is on this machine and names one.
async fn local_endpoint(client: &WsClient, node: &NodeArgs) -> Option<std::net::SocketAddr> {
	if !zerog_client_http::is_local(&node.url) {
		return None;
	}
	let url: String = client.request("da_httpEndpoint", rpc_params![]).await.ok()?;
	zerog_client_http::endpoint_addr(&url)
}

/// The blob endpoint to use under `transport`, or none for hex through the RPC.
async fn blob_endpoint(
	client: &WsClient,
	node: &NodeArgs,
	transport: Transport,
) -> Result<Option<std::net::SocketAddr>, Error> {
	Ok(match transport {
		Transport::Rpc => None,
		Transport::Auto => local_endpoint(client, node).await,
		Transport::Http => Some(local_endpoint(client, node).await.ok_or(
			"the node names no blob endpoint on this machine (is it local, with unsafe RPC?)",
		)?),
	})
}

async fn status(client: &WsClient, data_root: H256) -> Result<Option<Value>, Error> {
	Ok(client.request("da_blobStatus", rpc_params![data_root]).await?)
}

async fn best_number(client: &WsClient) -> Result<u64, Error> {
	let header: Value = client.request("chain_getHeader", rpc_params![]).await?;
	let number = header["number"].as_str().ok_or("the node sent a header without a number")?;
	Ok(u64::from_str_radix(number.trim_start_matches("0x"), 16)?)
}

impl SubmitCmd {
	async fn run(&self) -> Result<(), Error> {
		let started = Instant::now();
		let len = std::fs::metadata(&self.file)
			.map_err(|e| format!("cannot read {}: {e}", self.file.display()))?
			.len();
		if len == 0 {
			return Err(
				format!("{} is empty: a blob holds at least 1 byte", self.file.display()).into()
			);
		}
		if len > u64::from(MAX_BLOB_LEN) {
			return Err(format!(
				"{} holds {len} bytes, above the 32 MiB ({MAX_BLOB_LEN} bytes) blob limit",
				self.file.display()
			)
			.into());
		}
		let data = std::fs::read(&self.file)
			.map_err(|e| format!("cannot read {}: {e}", self.file.display()))?;
		let committed =
			CommittedBlob::new(&data).map_err(|e| format!("cannot lay out the blob: {e:?}"))?;
		let data_root = H256(committed.data_root);
		let layout = committed.layout;
		drop(committed);
		let pair = sr25519::Pair::from_string(&self.suri, None)
			.map_err(|e| format!("invalid secret URI: {e:?}"))?;
		let client = connect(&self.node.url).await?;
		let call = RuntimeCall::DaCommitments(DaCommitmentsCall::submit_blob {
			data_root: data_root.0,
			len: len as u32,
		});
		let extrinsic = signed(&client, &pair, call).await?;
		dry_run(&client, &extrinsic).await?;

		let uploading = Instant::now();
		let progress = bar(len, "upload");
		let transport = match blob_endpoint(&client, &self.node, self.transport).await? {
			Some(endpoint) => {
				let counted = progress.clone();
				crate::http::put(endpoint, &data_root.0, data.into(), move |n| counted.inc(n))
					.await
					.map_err(|e| format!("the node refused the upload: {e}"))?;
				"raw bytes over HTTP"
			},
			None => {
				upload_in_pieces(&client, data_root, &data, &progress).await?;
				"hex over JSON-RPC"
			},
		};
		progress.finish_and_clear();
		let upload_time = uploading.elapsed();
		client
			.request::<H256, _>("author_submitExtrinsic", rpc_params![Bytes(extrinsic.encode())])
			.await
			.map_err(|e| format!("the node refused the transaction: {e}"))?;
		let blob = self.wait_for_inclusion(&client, data_root).await?;
		println!("blob id: {}", blob["id"]);
		println!("data root: {data_root:?}");
		println!(
			"{len} bytes in a {w}×{w} square of {c}-byte cells; uploaded at {:.1} MiB/s ({transport})",
			mib_per_s(len, upload_time),
			w = layout.width,
			c = layout.cell_len,
		);
		if !self.wait {
			return Ok(());
		}
		let blob = self.wait_for_certificate(&client, data_root, blob).await?;
		println!(
			"certified at block {}, retained until {} ({:.2?} after the command started)",
			blob["certifiedAt"],
			blob["retainedUntil"],
			started.elapsed()
		);
		Ok(())
	}

	async fn wait_for_inclusion(&self, client: &WsClient, data_root: H256) -> Result<Value, Error> {
		let deadline = Instant::now() + Duration::from_secs(60);
		while Instant::now() < deadline {
			if let Some(blob) = status(client, data_root).await? {
				return Ok(blob);
			}
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
		Err("the blob was not included within a minute".into())
	}

	async fn wait_for_certificate(
		&self,
		client: &WsClient,
		data_root: H256,
		mut blob: Value,
	) -> Result<Value, Error> {
		let deadline = Instant::now() + Duration::from_secs(self.timeout);
		loop {
			if blob["state"] == "certified" {
				return Ok(blob);
			}
			let last_block = blob["deadline"].as_u64().unwrap_or(u64::MAX);
			if Instant::now() > deadline {
				return Err(format!(
					"not certified after {} s; still pending until block {last_block}",
					self.timeout
				)
				.into());
			}
			tokio::time::sleep(Duration::from_millis(250)).await;
			match status(client, data_root).await? {
				Some(next) => blob = next,
				None if best_number(client).await? >= last_block => {
					return Err(format!(
						"the blob expired at block {last_block}: signers holding 2/3 of the DA stake did not attest it; the fee was refunded minus the expiry charge"
					)
					.into())
				},
				None => {},
			}
		}
	}
}

/// Uploads `data` through `da_submitBlob` in pieces of hex, for nodes on other machines.
async fn upload_in_pieces(
	client: &WsClient,
	data_root: H256,
	data: &[u8],
	progress: &ProgressBar,
) -> Result<(), Error> {
	let len = data.len() as u64;
	for (i, piece) in data.chunks(MAX_PIECE as usize).enumerate() {
		let offset = i as u64 * MAX_PIECE;
		let params = rpc_params![data_root, len, offset, Bytes(piece.to_vec())];
		client
			.request::<bool, _>("da_submitBlob", params)
			.await
			.map_err(|e| format!("the node refused the upload: {e}"))?;
		progress.inc(piece.len() as u64);
	}
	Ok(())
}

async fn dry_run(
	client: &WsClient,
	extrinsic: &zerog_runtime::UncheckedExtrinsic,
) -> Result<(), Error> {
	let result: Bytes = client
		.request("system_dryRun", rpc_params![Bytes(extrinsic.encode())])
		.await
		.map_err(|e| format!("the node cannot check the transaction: {e}"))?;
	match ApplyExtrinsicResult::decode(&mut &result[..])? {
		Ok(Ok(())) => Ok(()),
		Ok(Err(DispatchError::Module(error)))
			if error.index as usize == zerog_runtime::DA_COMMITMENTS_PALLET_INDEX =>
		{
			let name = DaCommitmentsError::decode(&mut &error.error[..])
				.map(|e| format!("{e:?}"))
				.unwrap_or_else(|_| "unknown DA error".into());
			Err(format!("the chain refuses the blob: {name}{}", explain(&name)).into())
		},
		Ok(Err(error)) => Err(format!("the chain refuses the blob: {error:?}").into()),
		Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)) => {
			Err("the account cannot pay the transaction fee".into())
		},
		// The best block is full (an epoch's first block carries the election's mandatory
		// weight): the dry run says nothing of the blob, and the pool includes it in a later one.
		Err(TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources)) => Ok(()),
		Err(error) => Err(format!("the transaction is invalid: {error:?}").into()),
	}
}

fn explain(error: &str) -> &'static str {
	match error {
		"NoSigners" => " (the current epoch has no DA signers: operators of the `da` service join at the next epoch)",
		"CannotPayFee" => " (the account cannot pay the blob fee: base + per byte of the extended square)",
		"BlobTooLarge" => " (above the chain's maximum blob length)",
		"AlreadySubmitted" => " (a blob with this data root is pending or retained already)",
		"TooManyBlobsInBlock" => " (the block is full of blobs; try again in the next one)",
		_ => "",
	}
}

impl GetCmd {
	async fn run(&self) -> Result<(), Error> {
		let started = Instant::now();
		if self.output.is_dir() {
			return Err(format!(
				"{} is a directory; name the file to write",
				self.output.display()
			)
			.into());
		}
		let client = connect(&self.node.url).await?;
		let blob = status(&client, self.data_root).await?.ok_or_else(|| {
			format!("unknown blob {:?}: never submitted, expired or pruned", self.data_root)
		})?;
		let len = blob["len"].as_u64().ok_or("the node sent a status without a length")?;
		let partial = partial_path(&self.output);
		match self.write(&client, len, &partial).await {
			Ok(()) => std::fs::rename(&partial, &self.output)?,
			Err(error) => {
				let _ = std::fs::remove_file(&partial);
				return Err(error);
			},
		}
		println!(
			"{}: {len} bytes, matches {:?}; {:.1} MiB/s",
			self.output.display(),
			self.data_root,
			mib_per_s(len, started.elapsed()),
		);
		Ok(())
	}

	async fn write(&self, client: &WsClient, len: u64, partial: &Path) -> Result<(), Error> {
		let progress = bar(len, "get");
		let root = &self.data_root.0;
		let mismatch = || "the node's blob does not match its data root; nothing written";
		match blob_endpoint(client, &self.node, self.transport).await? {
			Some(endpoint) => {
				let cannot_get = |e| format!("cannot get {:?}: {e}", self.data_root);
				let roots = crate::http::roots(endpoint, root).await.map_err(cannot_get)?;
				let data = crate::http::get(endpoint, root, |n| progress.inc(n))
					.await
					.map_err(cannot_get)?;
				progress.finish_and_clear();
				match verify_blob(root, &roots, &data) {
					Ok(()) => {},
					Err(BlobError::NotCommitted) => return Err(mismatch().into()),
					Err(e) => return Err(format!("bad blob: {e:?}").into()),
				}
				write_synced(partial, &data)
			},
			None => {
				let data = self.read_in_pieces(client, len, &progress).await?;
				progress.finish_and_clear();
				let committed =
					CommittedBlob::new(&data).map_err(|e| format!("bad blob: {e:?}"))?;
				if committed.data_root != *root {
					return Err(mismatch().into());
				}
				write_synced(partial, &data)
			},
		}
	}

	/// The blob through `da_getBlob` in pieces of hex.
	async fn read_in_pieces(
		&self,
		client: &WsClient,
		len: u64,
		progress: &ProgressBar,
	) -> Result<Vec<u8>, Error> {
		let mut data = Vec::with_capacity(len as usize);
		while (data.len() as u64) < len {
			let offset = data.len() as u64;
			let piece: Bytes = client
				.request("da_getBlob", rpc_params![self.data_root, offset, MAX_PIECE])
				.await
				.map_err(|e| format!("cannot get {:?}: {e}", self.data_root))?;
			if piece.is_empty() {
				return Err("the node's copy ended early".into());
			}
			data.extend_from_slice(&piece);
			progress.inc(piece.len() as u64);
		}
		Ok(data)
	}
}

/// Writes `data` to `path` and waits until it is on disk.
fn write_synced(path: &Path, data: &[u8]) -> Result<(), Error> {
	let mut file =
		std::fs::File::create(path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
	file.write_all(data)?;
	file.sync_all()?;
	Ok(())
}

fn partial_path(output: &Path) -> PathBuf {
	let mut name = output.file_name().unwrap_or_default().to_os_string();
	name.push(".part");
	output.with_file_name(name)
}

impl StatusCmd {
	async fn run(&self) -> Result<(), Error> {
		let client = connect(&self.node.url).await?;
		match status(&client, self.data_root).await? {
			None => {
				println!("state: unknown");
				println!("no blob has this data root: never submitted, expired or pruned");
			},
			Some(blob) => {
				println!("state: {}", blob["state"].as_str().unwrap_or("?"));
				for key in [
					"id",
					"len",
					"epoch",
					"attestedStake",
					"totalStake",
					"fee",
					"submitter",
					"deadline",
					"certifiedAt",
					"retainedUntil",
				] {
					if !blob[key].is_null() {
						println!("{key}: {}", blob[key]);
					}
				}
				let sampling = &blob["sampling"];
				if let Some(ppb) = sampling["confidencePpb"].as_u64() {
					println!(
						"sampling: {} reports, {} of {} cells ok, confidence {:.4}%",
						sampling["reports"],
						sampling["ok"],
						sampling["sampled"],
						ppb as f64 / 1e7
					);
				}
			},
		}
		Ok(())
	}
}
