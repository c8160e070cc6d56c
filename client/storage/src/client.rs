//! `zerog-node storage put|get`: storing a file through a node and getting it back.
//!
//! `put` streams the file twice, never holding it whole: a first pass commits to it (its data
//! root and fragment roots, encoding one segment at a time); the order is dry-run (so a
//! refused order costs and changes nothing); a second pass encodes it again window by window
//! and pushes each window's piece of every fragment to the node, which hashes and writes it as
//! it arrives and checks each fragment against its root; only then is the order placed. It
//! waits until every provider confirmed its fragment, then lets the node drop its uploaded
//! copies. `get` streams the file from the node into a file beside the target, checks its
//! BLAKE3 hash and only then renames it into place.
//!
//! Bytes move as raw bytes through the node's file endpoint ([`crate::http`]) when the node is
//! on this machine, else as hex through its RPC (`--transport`).

use super::{http::Pusher, rpc::MAX_READ};
use bytes::Bytes as RawBytes;
use codec::{Decode, Encode};
use http_body_util::BodyExt;
use indicatif::{ProgressBar, ProgressStyle};
use jsonrpsee::{rpc_params, ws_client::WsClient};
use serde_json::Value;
use sp_core::{sr25519, Bytes, Pair, H256};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	ApplyExtrinsicResult, DispatchError,
};
use std::{
	io::{Read, Write},
	net::SocketAddr,
	path::{Path, PathBuf},
	time::{Duration, Instant},
};
pub use zerog_client_http::Transport;
use zerog_client_tx::remote::{call, connect, signed, signed_for_dry_run};
use zerog_data::storage::{
	FileCommitment, FileCommitter, FileLayout, SegmentCoder, StorageCode, SEGMENT_LEN,
};
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
	/// How the fragments reach the node.
	#[arg(long, value_enum, default_value_t = Transport::Auto)]
	pub transport: Transport,
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
	/// How the file comes from the node.
	#[arg(long, value_enum, default_value_t = Transport::Auto)]
	pub transport: Transport,
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
		let code = StorageCode::new(self.data_shards, self.parity_shards).map_err(|e| {
			format!("invalid code {}+{}: {e:?}", self.data_shards, self.parity_shards)
		})?;
		let layout = FileLayout::new(size, code).map_err(|e| format!("{e:?}"))?;
		let path = self.file.clone();
		let commitment = tokio::task::spawn_blocking(move || commit(&path, layout)).await??;
		let data_root = H256(commitment.data_root);
		let fragment_len = layout.fragment_len();
		println!(
			"{}: {size} bytes, data root {data_root:?}, {} fragments of {fragment_len} bytes (committed in {:.2?}, {:.1} MiB/s)",
			self.file.display(),
			layout.fragments(),
			started.elapsed(),
			mib_per_s(size, started.elapsed()),
		);

		let pair = sr25519::Pair::from_string(&self.suri, None)
			.map_err(|e| format!("invalid secret URI: {e:?}"))?;
		let owner = AccountId::from(pair.public());
		let place = RuntimeCall::StorageMarket(StorageMarketCall::place_order {
			data_root: commitment.data_root,
			size,
			data_shards: self.data_shards,
			parity_shards: self.parity_shards,
			fragment_roots: commitment
				.fragment_roots
				.clone()
				.try_into()
				.map_err(|_| "too many fragments")?,
			duration: self.periods,
		});
		dry_run(&client, &signed_for_dry_run(&client, &pair, place.clone()).await?).await?;

		let endpoint = endpoint(&client, &self.node, self.transport).await?;
		let pushed = Instant::now();
		let total = fragment_len * layout.fragments() as u64;
		let progress = bar(total, "push");
		let (windows, encoded) = async_channel::bounded(2);
		let path = self.file.clone();
		let encoder = tokio::task::spawn_blocking(move || encode_windows(&path, layout, &windows));
		let mut pushers = match endpoint {
			Some(addr) => {
				let opened = (0..layout.fragments()).map(|_| Pusher::open(addr));
				Some(futures::future::try_join_all(opened).await?)
			},
			None => None,
		};
		while let Ok(window) = encoded.recv().await {
			let len = window.pieces.iter().map(|p| p.len() as u64).sum();
			match pushers.as_mut() {
				Some(pushers) => {
					push_http(pushers, &commitment, fragment_len, window).await?;
				},
				None => push_rpc(&client, &commitment, fragment_len, window).await?,
			}
			progress.inc(len);
		}
		encoder.await??;
		progress.finish();
		let push_time = pushed.elapsed();
		let transport = if endpoint.is_some() { "raw bytes over HTTP" } else { "hex over RPC" };
		println!(
			"pushed {total} bytes of fragments in {push_time:.2?}: {:.1} MiB/s of the file, {:.1} MiB/s of fragments ({transport})",
			mib_per_s(size, push_time),
			mib_per_s(total, push_time),
		);

		let committed_and_pushed = started.elapsed();
		let order = signed(&client, &pair, place).await?;
		let before: Vec<u64> = call(&client, "storage_ordersOf", rpc_params![data_root]).await?;
		let hash: H256 =
			call(&client, "author_submitExtrinsic", rpc_params![Bytes(order.encode())])
				.await
				.map_err(|e| format!("the node refused the order: {e}"))?;
		println!("order submitted in transaction {hash:?}");
		let id = self.wait_for_order(&client, data_root, &before, &owner).await?;
		println!("order {id} placed; waiting for providers to confirm their fragments");

		let confirming = ProgressBar::new(layout.fragments() as u64);
		confirming.set_style(
			ProgressStyle::with_template("   confirm [{bar:40}] {pos}/{len} fragments {elapsed}")
				.expect("valid template"),
		);
		let deadline = Instant::now() + Duration::from_secs(self.timeout);
		loop {
			let order: Option<Value> = call(&client, "storage_order", rpc_params![id]).await?;
			let stored = order.as_ref().and_then(|o| o["stored"].as_u64()).unwrap_or_default();
			confirming.set_position(stored);
			if stored == layout.fragments() as u64 {
				break;
			}
			if Instant::now() > deadline {
				return Err(format!(
					"order {id}: only {stored} of {} fragments confirmed after {} s (the order stays; its escrow pays only for proven fragments and returns at expiry)",
					layout.fragments(),
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
			"stored: order {id}, data root {data_root:?}; put {:.1} MiB/s (commit and push), {:.1} MiB/s end to end including confirmation ({:.2?})",
			mib_per_s(size, committed_and_pushed),
			mib_per_s(size, started.elapsed()),
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

/// Segments encoded and pushed at a time by `storage put`: 4 MiB of the file.
const PUSH_WINDOW: u64 = 16;

/// The file's segments in order, each handed to `each` with its index; at most one segment
/// is held at a time.
fn for_each_segment(
	path: &Path,
	layout: FileLayout,
	mut each: impl FnMut(u64, &[u8]) -> Result<(), Error>,
) -> Result<(), Error> {
	let cannot_read = |e: std::io::Error| format!("cannot read {}: {e}", path.display());
	let mut file = std::io::BufReader::with_capacity(
		4 * SEGMENT_LEN as usize,
		std::fs::File::open(path).map_err(cannot_read)?,
	);
	let mut segment = vec![0u8; SEGMENT_LEN as usize];
	for index in 0..layout.segments() {
		let len = layout.segment_len(index) as usize;
		file.read_exact(&mut segment[..len])
			.map_err(|e| format!("{} changed while it was read: {e}", path.display()))?;
		each(index, &segment[..len])?;
	}
	Ok(())
}

/// The first pass of `storage put`: the file's commitment, one segment at a time.
fn commit(path: &Path, layout: FileLayout) -> Result<FileCommitment, Error> {
	let mut committer = FileCommitter::new(layout).map_err(|e| format!("{e:?}"))?;
	for_each_segment(path, layout, |_, segment| {
		committer.push_segment(segment).map(drop).map_err(|e| format!("{e:?}").into())
	})?;
	Ok(committer.finish().map_err(|e| format!("{e:?}"))?)
}

/// One window of the second pass: the same range of every fragment.
struct Window {
	/// Where the pieces start in their fragments.
	offset: u64,
	/// Each fragment's piece, in fragment order.
	pieces: Vec<Vec<u8>>,
}

/// The second pass of `storage put`: the file encoded again, [`PUSH_WINDOW`] segments at a
/// time, each window sent to `sink` (which holds a few, so the file is never held whole).
fn encode_windows(
	path: &Path,
	layout: FileLayout,
	sink: &async_channel::Sender<Window>,
) -> Result<(), Error> {
	let coder = SegmentCoder::new(layout).map_err(|e| format!("{e:?}"))?;
	let fresh = |offset| Window { offset, pieces: vec![Vec::new(); layout.fragments()] };
	let mut window = fresh(0);
	let mut offset = 0;
	for_each_segment(path, layout, |index, segment| {
		let encoded = coder.encode(index, segment).map_err(|e| format!("{e:?}"))?;
		for (i, piece) in window.pieces.iter_mut().enumerate() {
			piece.extend_from_slice(encoded.shard(i));
		}
		offset += encoded.shard_len as u64;
		if (index + 1) % PUSH_WINDOW == 0 || index + 1 == layout.segments() {
			let full = std::mem::replace(&mut window, fresh(offset));
			sink.send_blocking(full).map_err(|_| "the push stopped")?;
		}
		Ok(())
	})
}

/// Whether a fragment's last piece left it complete on the node.
fn check_complete(index: usize, complete: bool, last: bool) -> Result<(), Error> {
	if last && !complete {
		return Err(
			format!("the node did not complete fragment {index} after its last piece").into()
		);
	}
	Ok(())
}

/// Pushes a window through the node's file endpoint, every fragment on its own connection.
async fn push_http(
	pushers: &mut [Pusher],
	commitment: &FileCommitment,
	fragment_len: u64,
	window: Window,
) -> Result<(), Error> {
	let offset = window.offset;
	let pushes = pushers.iter_mut().zip(window.pieces).enumerate().map(|(i, (pusher, piece))| {
		let root = commitment.fragment_roots[i];
		async move {
			let last = offset + piece.len() as u64 == fragment_len;
			let complete = pusher.push(&root, fragment_len, offset, RawBytes::from(piece)).await?;
			check_complete(i, complete, last)
		}
	});
	futures::future::try_join_all(pushes).await.map(drop)
}

/// Pushes a window as hex through `storage_putFragment`.
async fn push_rpc(
	client: &WsClient,
	commitment: &FileCommitment,
	fragment_len: u64,
	window: Window,
) -> Result<(), Error> {
	for (i, piece) in window.pieces.into_iter().enumerate() {
		let last = window.offset + piece.len() as u64 == fragment_len;
		let root = H256(commitment.fragment_roots[i]);
		let params = rpc_params![root, fragment_len, window.offset, Bytes(piece)];
		let complete = call::<bool>(client, "storage_putFragment", params).await?;
		check_complete(i, complete, last)?;
	}
	Ok(())
}

/// The node's file endpoint to use under `transport`, or none for hex through the RPC.
async fn endpoint(
	client: &WsClient,
	node: &NodeArgs,
	transport: Transport,
) -> Result<Option<SocketAddr>, Error> {
	let local = || async {
		if !zerog_client_http::is_local(&node.url) {
			return None;
		}
		let url: String = call(client, "storage_httpEndpoint", rpc_params![]).await.ok()?;
		zerog_client_http::endpoint_addr(&url)
	};
	Ok(match transport {
		Transport::Rpc => None,
		Transport::Auto => local().await,
		Transport::Http => Some(local().await.ok_or(
			"the node names no file endpoint on this machine (is it local, with unsafe RPC?)",
		)?),
	})
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
		let partial = partial_path(&self.output);
		let written = match endpoint(&client, &self.node, self.transport).await? {
			Some(addr) => self.write_streamed(addr, &partial).await,
			None => self.write_fetched(&client, &partial).await,
		}
		.and_then(|(size, how)| {
			std::fs::rename(&partial, &self.output)
				.map_err(|e| format!("cannot move {} to {output}: {e}", partial.display()).into())
				.map(|()| (size, how))
		});
		let (size, how) = written.inspect_err(|_| {
			let _ = std::fs::remove_file(&partial);
		})?;
		println!(
			"{output}: {size} bytes, matches {:?}; {how}, {:.1} MiB/s end to end",
			self.data_root,
			mib_per_s(size, started.elapsed()),
		);
		Ok(())
	}

	/// Streams the file from the node's file endpoint into `partial`.
	async fn write_streamed(
		&self,
		addr: SocketAddr,
		partial: &Path,
	) -> Result<(u64, String), Error> {
		let (size, mut body) = super::http::read_file(addr, &self.data_root.0)
			.await
			.map_err(|e| format!("cannot get {:?}: {e}", self.data_root))?;
		let mut file = Output::create(partial, size)?;
		while let Some(frame) = body.frame().await {
			let frame = frame.map_err(|e| format!("the node's stream broke off: {e}"))?;
			if let Some(bytes) = frame.data_ref() {
				file.write(bytes)?;
			}
		}
		file.finish(&self.data_root)?;
		Ok((size, "streamed from the node as it decoded".into()))
	}

	/// Has the node fetch and decode the file, then reads it in hex pieces into `partial`.
	async fn write_fetched(
		&self,
		client: &WsClient,
		partial: &Path,
	) -> Result<(u64, String), Error> {
		let fetching = Instant::now();
		let size: u64 = call(client, "storage_fetchFile", rpc_params![self.data_root])
			.await
			.map_err(|e| format!("cannot get {:?}: {e}", self.data_root))?;
		let fetched = fetching.elapsed();
		let mut file = Output::create(partial, size)?;
		while file.written < size {
			let piece: Bytes = call(
				client,
				"storage_readFile",
				rpc_params![self.data_root, file.written, MAX_READ],
			)
			.await?;
			if piece.is_empty() {
				return Err("the node's copy ended early".into());
			}
			file.write(&piece)?;
		}
		file.finish(&self.data_root)?;
		Ok((size, format!("gathered and decoded by the node in {fetched:.2?}, read over RPC")))
	}
}

/// A file being written by `storage get`: counted, hashed, and checked before it is kept.
struct Output<'a> {
	path: &'a Path,
	file: std::io::BufWriter<std::fs::File>,
	hasher: blake3::Hasher,
	progress: ProgressBar,
	size: u64,
	written: u64,
}

impl<'a> Output<'a> {
	fn create(path: &'a Path, size: u64) -> Result<Self, Error> {
		let file = std::fs::File::create(path)
			.map_err(|e| format!("cannot write {}: {e}", path.display()))?;
		Ok(Self {
			path,
			file: std::io::BufWriter::with_capacity(4 << 20, file),
			hasher: blake3::Hasher::new(),
			progress: bar(size, "get"),
			size,
			written: 0,
		})
	}

	fn write(&mut self, bytes: &[u8]) -> Result<(), Error> {
		if self.written + bytes.len() as u64 > self.size {
			return Err(format!("the node sent more than the {} bytes announced", self.size).into());
		}
		self.hasher.update(bytes);
		self.file
			.write_all(bytes)
			.map_err(|e| format!("cannot write {}: {e}", self.path.display()))?;
		self.written += bytes.len() as u64;
		self.progress.inc(bytes.len() as u64);
		Ok(())
	}

	/// Checks that the whole file arrived and hashes to `data_root`, and syncs it.
	fn finish(mut self, data_root: &H256) -> Result<(), Error> {
		if self.written != self.size {
			return Err(format!(
				"the node's stream ended at {} of {} bytes",
				self.written, self.size
			)
			.into());
		}
		if self.hasher.finalize().as_bytes() != data_root.as_bytes() {
			return Err("the file does not match its data root; nothing written".into());
		}
		self.progress.finish();
		let cannot_write = |e: std::io::Error| format!("cannot write {}: {e}", self.path.display());
		self.file.flush().map_err(cannot_write)?;
		self.file.get_ref().sync_all().map_err(cannot_write)?;
		Ok(())
	}
}

fn partial_path(output: &Path) -> PathBuf {
	let mut name = output.file_name().unwrap_or_default().to_os_string();
	name.push(".part");
	output.with_file_name(name)
}
