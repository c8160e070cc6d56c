//! `zerog-node storage put|get`: storing a file through a node and getting it back.
//!
//! `put` encodes the file, dry-runs the order (so a refused order costs and changes nothing),
//! pushes every fragment to the node, which checks each against its root, and only then places
//! the order; it waits until every provider confirmed its fragment, then lets the node drop its
//! uploaded copies. `get` has the node gather
//! and decode the file, writes it beside the target, checks its BLAKE3 hash and only then
//! renames it into place.

use super::{protocol::PIECE_LEN, rpc::MAX_READ};
use codec::{Decode, Encode};
use indicatif::{ProgressBar, ProgressStyle};
use jsonrpsee::{rpc_params, ws_client::WsClient};
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
use zerog_client_tx::remote::{call, connect, signed};
use zerog_data::storage::{encode_file, StorageCode};
use zerog_runtime::{AccountId, RuntimeCall, StorageMarketCall, StorageMarketError};

/// Storing and getting files.
#[derive(Debug, clap::Subcommand)]
pub enum StorageCmd {
	/// Store a file: encode it, push its fragments to the node, order it, wait for providers.
	Put(PutCmd),
	/// Get a file by its data root, checked against it.
	Get(GetCmd),
}

/// Where the node is.
#[derive(Debug, clap::Args)]
pub struct NodeArgs {
	/// The node's WebSocket RPC endpoint.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	pub url: String,
}

/// `storage put`.
#[derive(Debug, clap::Args)]
pub struct PutCmd {
	/// The file to store.
	pub file: PathBuf,
	/// The secret URI of the paying account.
	#[arg(long, default_value = "//Alice")]
	pub suri: String,
	/// Data fragments per segment (`k`).
	#[arg(long, default_value_t = 4)]
	pub data_shards: u8,
	/// Parity fragments per segment (`m`).
	#[arg(long, default_value_t = 2)]
	pub parity_shards: u8,
	/// Challenge periods to pay for.
	#[arg(long, default_value_t = 60)]
	pub periods: u32,
	/// Seconds to wait for every provider to confirm.
	#[arg(long, default_value_t = 600)]
	pub timeout: u64,
	#[clap(flatten)]
	pub node: NodeArgs,
}

/// `storage get`.
#[derive(Debug, clap::Args)]
pub struct GetCmd {
	/// The file's data root (its BLAKE3 hash), 0x-hex.
	pub data_root: H256,
	/// Where to write the file.
	#[arg(short, long)]
	pub output: PathBuf,
	#[clap(flatten)]
	pub node: NodeArgs,
}

use zerog_client_tx::remote::Error;

impl StorageCmd {
	/// Runs the command.
	pub fn run(&self) -> Result<(), Error> {
		let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
		runtime.block_on(async {
			match self {
				StorageCmd::Put(cmd) => cmd.run().await,
				StorageCmd::Get(cmd) => cmd.run().await,
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

impl PutCmd {
	async fn run(&self) -> Result<(), Error> {
		let started = Instant::now();
		let size = std::fs::metadata(&self.file)
			.map_err(|e| format!("cannot read {}: {e}", self.file.display()))?
			.len();
		let client = connect(&self.node.url).await?;
		let limits: Value = call(&client, "storage_limits", rpc_params![]).await?;
		let limit = |key: &str| {
			limits[key].as_u64().ok_or_else(|| format!("the node's storage_limits lacks {key}"))
		};
		let limits = OrderLimits {
			max_fragments: limit("maxFragments")?,
			max_file_size: limit("maxFileSize")?,
			max_order_duration: limit("maxOrderDuration")?,
		};
		self.check(size, &limits)?;
		let data = std::fs::read(&self.file)
			.map_err(|e| format!("cannot read {}: {e}", self.file.display()))?;
		let code = StorageCode::new(self.data_shards, self.parity_shards).map_err(|e| {
			format!("invalid code {}+{}: {e:?}", self.data_shards, self.parity_shards)
		})?;
		let (commitment, fragments) =
			encode_file(&data, code).map_err(|e| format!("cannot encode the file: {e:?}"))?;
		let encoded = started.elapsed();
		let data_root = H256(commitment.data_root);
		println!(
			"{}: {} bytes, data root {data_root:?}, {} fragments of {} bytes (encoded in {:.2?})",
			self.file.display(),
			data.len(),
			fragments.len(),
			commitment.layout.fragment_len(),
			encoded
		);

		let pair = sr25519::Pair::from_string(&self.suri, None)
			.map_err(|e| format!("invalid secret URI: {e:?}"))?;
		let owner = AccountId::from(pair.public());
		let place = RuntimeCall::StorageMarket(StorageMarketCall::place_order {
			data_root: commitment.data_root,
			size: data.len() as u64,
			data_shards: self.data_shards,
			parity_shards: self.parity_shards,
			fragment_roots: commitment
				.fragment_roots
				.clone()
				.try_into()
				.map_err(|_| "too many fragments")?,
			duration: self.periods,
		});
		let order = signed(&client, &pair, place).await?;
		dry_run(&client, &order).await?;

		let pushed = Instant::now();
		let total: u64 = fragments.iter().map(|f| f.len() as u64).sum();
		let progress = bar(total, "push");
		for (fragment, root) in fragments.iter().zip(&commitment.fragment_roots) {
			for (i, piece) in fragment.chunks(PIECE_LEN as usize).enumerate() {
				let offset = i as u64 * PIECE_LEN;
				let params =
					rpc_params![H256(*root), fragment.len() as u64, offset, Bytes(piece.to_vec())];
				call::<bool>(&client, "storage_putFragment", params).await?;
				progress.inc(piece.len() as u64);
			}
		}
		progress.finish();
		let push_time = pushed.elapsed();

		let before: Vec<u64> = call(&client, "storage_ordersOf", rpc_params![data_root]).await?;
		let hash: H256 =
			call(&client, "author_submitExtrinsic", rpc_params![Bytes(order.encode())])
				.await
				.map_err(|e| format!("the node refused the order: {e}"))?;
		println!("order submitted in transaction {hash:?}");
		let id = self.wait_for_order(&client, data_root, &before, &owner).await?;
		println!("order {id} placed; waiting for providers to confirm their fragments");

		let confirming = ProgressBar::new(fragments.len() as u64);
		confirming.set_style(
			ProgressStyle::with_template("   confirm [{bar:40}] {pos}/{len} fragments {elapsed}")
				.expect("valid template"),
		);
		let deadline = Instant::now() + Duration::from_secs(self.timeout);
		loop {
			let order: Option<Value> = call(&client, "storage_order", rpc_params![id]).await?;
			let stored = order.as_ref().and_then(|o| o["stored"].as_u64()).unwrap_or_default();
			confirming.set_position(stored);
			if stored == fragments.len() as u64 {
				break;
			}
			if Instant::now() > deadline {
				return Err(format!(
					"order {id}: only {stored} of {} fragments confirmed after {} s (the order stays; its escrow pays only for proven fragments and returns at expiry)",
					fragments.len(),
					self.timeout
				)
				.into());
			}
			tokio::time::sleep(Duration::from_secs(1)).await;
		}
		confirming.finish();
		let released: u32 = call(&client, "storage_release", rpc_params![data_root]).await?;
		println!("the node released its {released} uploaded copies; providers keep the fragments");
		println!(
			"stored: order {id}, data root {data_root:?}; pushed {:.1} MiB/s, {:.1} MiB/s end to end including confirmation ({:.2?})",
			mib_per_s(total, push_time),
			mib_per_s(data.len() as u64, started.elapsed()),
			started.elapsed(),
		);
		Ok(())
	}

	/// Refuses, before the file is read, a code or a file the chain would refuse.
	fn check(&self, size: u64, limits: &OrderLimits) -> Result<(), Error> {
		let file = self.file.display();
		if self.data_shards == 0 {
			return Err(
				"--data-shards (k, the fragments the file is split into) must be at least 1".into(),
			);
		}
		if self.parity_shards == 0 {
			return Err(
				"--parity-shards (m, the fragments that may be lost) must be at least 1".into()
			);
		}
		let fragments = self.data_shards as u64 + self.parity_shards as u64;
		if fragments > limits.max_fragments {
			return Err(format!(
				"k + m = {} + {} = {fragments} fragments; the chain allows at most {} per file",
				self.data_shards, self.parity_shards, limits.max_fragments
			)
			.into());
		}
		if size == 0 {
			return Err(format!("{file} is empty; there is nothing to store").into());
		}
		if size > limits.max_file_size {
			return Err(format!(
				"{file} has {size} bytes; the chain's maximum file size is {} bytes",
				limits.max_file_size
			)
			.into());
		}
		if self.periods == 0 || self.periods as u64 > limits.max_order_duration {
			return Err(format!(
				"--periods {}: an order buys between 1 and {} periods",
				self.periods, limits.max_order_duration
			)
			.into());
		}
		Ok(())
	}

	async fn wait_for_order(
		&self,
		client: &WsClient,
		data_root: H256,
		before: &[u64],
		owner: &AccountId,
	) -> Result<u64, Error> {
		let owner = super::rpc::address(owner);
		let deadline = Instant::now() + Duration::from_secs(60);
		while Instant::now() < deadline {
			let ids: Vec<u64> = call(client, "storage_ordersOf", rpc_params![data_root]).await?;
			for id in ids.into_iter().filter(|id| !before.contains(id)) {
				let order: Option<Value> = call(client, "storage_order", rpc_params![id]).await?;
				if order.is_some_and(|o| o["owner"].as_str() == Some(owner.as_str())) {
					return Ok(id);
				}
			}
			tokio::time::sleep(Duration::from_millis(500)).await;
		}
		Err("the order was not included within a minute".into())
	}
}

/// What one order may ask for, as the node's `storage_limits` reports it.
struct OrderLimits {
	max_fragments: u64,
	max_file_size: u64,
	max_order_duration: u64,
}

/// Refuses the order before anything is pushed if the chain would not apply it.
async fn dry_run(
	client: &WsClient,
	extrinsic: &zerog_runtime::UncheckedExtrinsic,
) -> Result<(), Error> {
	let result: Bytes = call(client, "system_dryRun", rpc_params![Bytes(extrinsic.encode())])
		.await
		.map_err(|e| format!("the node cannot check the order: {e}"))?;
	let outcome = ApplyExtrinsicResult::decode(&mut &result[..])?;
	match outcome {
		Ok(Ok(())) => Ok(()),
		Ok(Err(DispatchError::Module(error))) => {
			let pallet_index = zerog_runtime::STORAGE_MARKET_PALLET_INDEX;
			let name = if error.index as usize == pallet_index {
				StorageMarketError::decode(&mut &error.error[..])
					.map(|e| format!("{e:?}"))
					.unwrap_or_else(|_| "unknown storage market error".into())
			} else {
				format!("module {} error {:?}", error.index, error.error)
			};
			Err(format!("the chain refuses the order: {name}{}", explain(&name)).into())
		},
		Ok(Err(error)) => Err(format!("the chain refuses the order: {error:?}").into()),
		Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)) => {
			Err("the account cannot pay the transaction fee".into())
		},
		Err(error) => Err(format!("the transaction is invalid: {error:?}").into()),
	}
}

fn explain(error: &str) -> &'static str {
	match error {
		"InsufficientBalance" => " (the account cannot pay the escrow for size × periods × price)",
		"NotEnoughProviders" => {
			" (fewer active providers with room than fragments: lower k + m or wait for providers)"
		},
		"FileTooLarge" => " (above the chain's maximum file size)",
		_ => "",
	}
}

impl GetCmd {
	async fn run(&self) -> Result<(), Error> {
		let started = Instant::now();
		let output = self.output.display();
		if self.output.is_dir() {
			return Err(format!(
				"cannot write the file to {output}: it is a directory (name a file, e.g. {})",
				self.output.join(format!("{:?}", self.data_root)).display()
			)
			.into());
		}
		let client = connect(&self.node.url).await?;
		let size: u64 = call(&client, "storage_fetchFile", rpc_params![self.data_root])
			.await
			.map_err(|e| format!("cannot get {:?}: {e}", self.data_root))?;
		let fetched = started.elapsed();
		let partial = partial_path(&self.output);
		let written = match self.write(&client, size, &partial).await {
			Ok(()) => std::fs::rename(&partial, &self.output)
				.map_err(|e| format!("cannot move {} to {output}: {e}", partial.display()).into()),
			Err(error) => Err(error),
		};
		if let Err(error) = written {
			let _ = std::fs::remove_file(&partial);
			return Err(error);
		}
		println!(
			"{output}: {size} bytes, matches {:?}; gathered and decoded by the node in {:.2?}, {:.1} MiB/s end to end",
			self.data_root,
			fetched,
			mib_per_s(size, started.elapsed()),
		);
		Ok(())
	}

	async fn write(&self, client: &WsClient, size: u64, partial: &Path) -> Result<(), Error> {
		let cannot_write = |e: std::io::Error| format!("cannot write {}: {e}", partial.display());
		let mut file = std::fs::File::create(partial).map_err(cannot_write)?;
		let mut hasher = blake3::Hasher::new();
		let progress = bar(size, "get");
		let mut offset = 0;
		while offset < size {
			let piece: Bytes =
				call(client, "storage_readFile", rpc_params![self.data_root, offset, MAX_READ])
					.await?;
			if piece.is_empty() {
				return Err("the node's copy ended early".into());
			}
			hasher.update(&piece);
			file.write_all(&piece).map_err(cannot_write)?;
			offset += piece.len() as u64;
			progress.inc(piece.len() as u64);
		}
		progress.finish();
		file.sync_all().map_err(cannot_write)?;
		if hasher.finalize().as_bytes() != self.data_root.as_bytes() {
			return Err("the file does not match its data root; nothing written".into());
		}
		Ok(())
	}
}

fn partial_path(output: &Path) -> PathBuf {
	let mut name = output.file_name().unwrap_or_default().to_os_string();
	name.push(".part");
	output.with_file_name(name)
}
