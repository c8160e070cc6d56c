//! The DA RPC: upload blobs to this node, read their status, cells with proofs and whole
//! blobs.
//!
//! Uploading changes what the node holds and getting a blob rebuilds up to 32 MiB in the
//! node's memory, so these two are unsafe methods (served on a node's local interface or with
//! `--rpc-methods unsafe`); status and cells are safe. Uploads and reads go in pieces of at
//! most [`MAX_PIECE`] bytes (8 MiB of hex, within the node's default 15 MiB message limit).
//!
//! | method | |
//! | --- | --- |
//! | `da_submitBlob(dataRoot, len, offset, bytes)` | adds a piece of a blob; `true` once the whole blob arrived, was extended and commits to `dataRoot`; the node then serves its lines to the signers |
//! | `da_blobStatus(dataRoot)` | the blob as the chain has it: pending or certified, stake, epoch, retention; `null` if unknown, expired or pruned |
//! | `da_getCell(dataRoot, row, col)` | the cell of the extended square and its `CellProof` (SCALE), from this node or its peers |
//! | `da_getBlob(dataRoot, offset, len)` | bytes of the blob, rebuilt from any `k` rows and checked against `dataRoot` |
//! | `da_httpEndpoint()` | the URL of the node's binary blob endpoint on 127.0.0.1 ([`crate::http`]), the fast way in and out for a client on the node's machine |

use crate::{fetch::Fetcher, hex, store::prove_cell};
use codec::Encode;
use jsonrpsee::{
	core::{async_trait, RpcResult},
	proc_macros::rpc,
	types::error::ErrorObjectOwned,
	Extensions,
};
use parking_lot::Mutex;
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{Bytes, H256};
use std::{collections::VecDeque, sync::Arc};
use zerog_da_primitives::{BlobState, DaApi};
use zerog_data::blob::Axis;
use zerog_runtime::{opaque::Block, AccountId, Balance, BlockNumber};

/// Most bytes one upload piece or read carries: 4 MiB.
pub const MAX_PIECE: u64 = 4 << 20;
/// Rebuilt blobs kept for reading.
const BLOBS_KEPT: usize = 2;

/// The DA RPC methods.
#[rpc(server, namespace = "da")]
pub trait DaRpc {
	/// Adds the piece at `offset` of the blob `data_root` of `len` bytes.
	#[method(name = "submitBlob", with_extensions)]
	fn submit_blob(&self, data_root: H256, len: u64, offset: u64, bytes: Bytes) -> RpcResult<bool>;

	/// The blob committed to `data_root` as the chain has it.
	#[method(name = "blobStatus")]
	fn blob_status(&self, data_root: H256) -> RpcResult<Option<Value>>;

	/// The cell at (`row`, `col`) of the blob's extended square with its proof.
	#[method(name = "getCell")]
	async fn get_cell(&self, data_root: H256, row: u32, col: u32) -> RpcResult<Value>;

	/// `len` bytes (at most 4 MiB) from `offset` of the blob.
	#[method(name = "getBlob", with_extensions)]
	async fn get_blob(&self, data_root: H256, offset: u64, len: u64) -> RpcResult<Bytes>;

	/// The URL blobs are uploaded to and read from as raw bytes (`PUT` / `GET
	/// <url><dataRoot>`), on 127.0.0.1.
	#[method(name = "httpEndpoint", with_extensions)]
	fn http_endpoint(&self) -> RpcResult<String>;
}

/// Error codes of the DA RPC.
pub mod code {
	/// A piece of an upload was refused.
	pub const BAD_UPLOAD: i32 = 5001;
	/// The chain has no such blob.
	pub const UNKNOWN_BLOB: i32 = 5002;
	/// The blob, a line or a cell could not be had from this node or its peers.
	pub const UNAVAILABLE: i32 = 5003;
	/// The runtime API failed.
	pub const RUNTIME: i32 = 5004;
	/// A row or column outside the blob's extended square.
	pub const BAD_INDEX: i32 = 5005;
}

fn error(code: i32, message: impl ToString) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(code, message.to_string(), None::<()>)
}

/// Serves [`DaRpcServer`].
pub struct Da<C> {
	client: Arc<C>,
	fetcher: Fetcher,
	blobs: Mutex<VecDeque<(H256, Arc<Vec<u8>>)>>,
	endpoint: std::net::SocketAddr,
}

impl<C> Da<C> {
	/// The RPC over the node's client and fetcher, naming the blob endpoint at `endpoint`.
	pub fn new(client: Arc<C>, fetcher: Fetcher, endpoint: std::net::SocketAddr) -> Self {
		Self { client, fetcher, blobs: Default::default(), endpoint }
	}
}

/// An account as zerog writes it: SS58 with the chain's prefix.
fn address(account: &AccountId) -> String {
	use sp_core::crypto::Ss58Codec;
	account.to_ss58check_with_version(zerog_runtime::SS58_PREFIX.into())
}

impl<C> Da<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: DaApi<Block, AccountId, Balance, BlockNumber>,
{
	fn view(
		&self,
		data_root: H256,
	) -> RpcResult<Option<zerog_da_primitives::BlobView<AccountId, Balance, BlockNumber>>> {
		let at = self.client.info().best_hash;
		self.client.runtime_api().blob_by_root(at, data_root.0).map_err(|e| error(code::RUNTIME, e))
	}

	fn known(
		&self,
		data_root: H256,
	) -> RpcResult<zerog_da_primitives::BlobView<AccountId, Balance, BlockNumber>> {
		self.view(data_root)?.ok_or_else(|| {
			error(
				code::UNKNOWN_BLOB,
				format!("unknown blob {}: never submitted, expired or pruned", hex(&data_root.0)),
			)
		})
	}
}

#[async_trait]
impl<C> DaRpcServer for Da<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: DaApi<Block, AccountId, Balance, BlockNumber>,
{
	fn submit_blob(
		&self,
		ext: &Extensions,
		data_root: H256,
		len: u64,
		offset: u64,
		bytes: Bytes,
	) -> RpcResult<bool> {
		sc_rpc_api::check_if_safe(ext)?;
		if bytes.len() as u64 > MAX_PIECE {
			return Err(error(
				code::BAD_UPLOAD,
				format!("a piece carries at most {MAX_PIECE} bytes"),
			));
		}
		self.fetcher
			.source
			.staging
			.put_piece(&data_root.0, len, offset, &bytes)
			.map_err(|e| error(code::BAD_UPLOAD, e))
	}

	fn blob_status(&self, data_root: H256) -> RpcResult<Option<Value>> {
		Ok(self.view(data_root)?.map(|blob| {
			let (state, deadline, certified_at, retained_until) = match blob.state {
				BlobState::Pending { deadline } => ("pending", Some(deadline), None, None),
				BlobState::Certified { at, retained_until } => {
					("certified", None, Some(at), Some(retained_until))
				},
				BlobState::Unavailable { retained_until, .. } => {
					("unavailable", None, None, Some(retained_until))
				},
				BlobState::Invalid { until, .. } => ("invalid", None, None, Some(until)),
			};
			let sampling = blob.sampling;
			json!({
				"id": blob.id,
				"dataRoot": hex(&blob.data_root),
				"len": blob.layout.len,
				"width": blob.layout.width,
				"cellLen": blob.layout.cell_len,
				"submitter": address(&blob.submitter),
				"fee": blob.fee.to_string(),
				"epoch": blob.epoch,
				"attestedStake": blob.attested_stake.to_string(),
				"totalStake": blob.total_stake.to_string(),
				"state": state,
				"deadline": deadline,
				"certifiedAt": certified_at,
				"retainedUntil": retained_until,
				"sampling": {
					"reports": sampling.reports,
					"sampled": sampling.sampled,
					"ok": sampling.ok,
					"clean": sampling.clean,
					"confidencePpb": sampling.confidence.deconstruct(),
				},
			})
		}))
	}

	async fn get_cell(&self, data_root: H256, row: u32, col: u32) -> RpcResult<Value> {
		let blob = self.known(data_root)?;
		let width = blob.layout.extended_width();
		if row >= width || col >= width {
			return Err(error(
				code::BAD_INDEX,
				format!("the extended square is {width} × {width}"),
			));
		}
		let root = data_root.0;
		let proven = match self.fetcher.source.store.cell(&root, row, col) {
			Some(proven) => proven,
			None => {
				let roots =
					self.fetcher.roots(&root).await.map_err(|e| error(code::UNAVAILABLE, e))?;
				let line = match self.fetcher.line(&root, &roots, Axis::Row, row).await {
					Ok(line) => (Axis::Row, col, line),
					Err(_) => {
						let line = self
							.fetcher
							.line(&root, &roots, Axis::Column, col)
							.await
							.map_err(|e| error(code::UNAVAILABLE, e))?;
						(Axis::Column, row, line)
					},
				};
				let (axis, position, line) = line;
				prove_cell(&roots, axis, row, col, position, &line)
					.ok_or_else(|| error(code::UNAVAILABLE, "the line does not prove the cell"))?
			},
		};
		Ok(json!({
			"cell": hex(&proven.cell),
			"axis": match proven.axis { Axis::Row => "row", Axis::Column => "column" },
			"proof": hex(&proven.proof.encode()),
		}))
	}

	async fn get_blob(
		&self,
		ext: &Extensions,
		data_root: H256,
		offset: u64,
		len: u64,
	) -> RpcResult<Bytes> {
		sc_rpc_api::check_if_safe(ext)?;
		let cached =
			self.blobs.lock().iter().find(|(root, _)| *root == data_root).map(|(_, b)| b.clone());
		let blob = match cached {
			Some(blob) => blob,
			None => {
				self.known(data_root)?;
				let blob = Arc::new(
					self.fetcher
						.blob(&data_root.0)
						.await
						.map_err(|e| error(code::UNAVAILABLE, e))?,
				);
				let mut blobs = self.blobs.lock();
				blobs.push_back((data_root, blob.clone()));
				while blobs.len() > BLOBS_KEPT {
					blobs.pop_front();
				}
				blob
			},
		};
		let start = (offset as usize).min(blob.len());
		let end = start.saturating_add(len.min(MAX_PIECE) as usize).min(blob.len());
		Ok(Bytes(blob[start..end].to_vec()))
	}

	fn http_endpoint(&self, ext: &Extensions) -> RpcResult<String> {
		sc_rpc_api::check_if_safe(ext)?;
		Ok(crate::http::endpoint_url(self.endpoint))
	}
}
