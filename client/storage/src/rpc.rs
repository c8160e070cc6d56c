//! The storage RPC: upload fragments to this node, download files through it, and read order
//! and provider status.
//!
//! Uploading and releasing change what the node stores, and fetching a file gathers and decodes
//! up to a whole file in the node's memory, so these are unsafe methods: served on a node's
//! local interface (or with `--rpc-methods unsafe`), refused on a public one. At most
//! [`MAX_CONCURRENT_FETCHES`] files are gathered at once; a further call is refused at once
//! with [`code::BUSY`] rather than queued.
//!
//! | method | |
//! | --- | --- |
//! | `storage_putFragment(root, total, offset, bytes)` | adds a piece of a fragment (in any order; in order, it is written as it arrives); `true` once the whole fragment arrived and matched its root |
//! | `storage_hasFragment(root, len)` | whether this node keeps the fragment |
//! | `storage_uploads()` | uploads this node holds: fragments being assembled and staged, with their bytes |
//! | `storage_limits()` | what one order may ask for: `maxFragments`, `maxFileSize`, `maxOrderDuration` |
//! | `storage_release(dataRoot)` | forgets the uploaded copies of a file's fragments (kept ones stay); returns how many |
//! | `storage_fetchFile(dataRoot)` | gathers any `k` fragments of a live order of the file, checks and decodes them; returns the file's size |
//! | `storage_readFile(dataRoot, offset, len)` | bytes of a file fetched before (at most 4 MiB per call) |
//! | `storage_ordersOf(dataRoot)` | live order ids of a file |
//! | `storage_order(id)` | an order, its fragments and their providers |
//! | `storage_provider(account)` | a provider's capacity, use, proofs and the peer id its node published |
//! | `storage_httpEndpoint()` | the URL of the node's file endpoint on 127.0.0.1 ([`crate::http`]): fragments in and files out as raw bytes, the fast way for a client on the node's machine |

use crate::{
	hex,
	retrieval::{best_order, RetrievalError, Retriever},
};
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
use std::{
	collections::VecDeque,
	net::SocketAddr,
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc,
	},
};
use zerog_runtime::{opaque::Block, AccountId, Balance};
use zerog_storage_primitives::{FragmentState, OrderView, StorageMarketApi};

/// Most bytes `storage_readFile` returns at once: 4 MiB, 8 MiB of hex, within the node's
/// default 15 MiB response limit.
pub const MAX_READ: u64 = 4 << 20;
/// Decoded files kept for reading.
const FILES_KEPT: usize = 2;
/// Files gathered at once by `storage_fetchFile`.
pub const MAX_CONCURRENT_FETCHES: usize = 2;

/// The storage RPC methods.
#[rpc(server, namespace = "storage")]
pub trait StorageApi {
	/// Adds a piece of the fragment `root` of `total` bytes at `offset`.
	#[method(name = "putFragment", with_extensions)]
	fn put_fragment(&self, root: H256, total: u64, offset: u64, bytes: Bytes) -> RpcResult<bool>;

	/// Whether this node keeps the fragment `root` of `len` bytes.
	#[method(name = "hasFragment")]
	fn has_fragment(&self, root: H256, len: u64) -> RpcResult<bool>;

	/// The uploads this node holds.
	#[method(name = "uploads")]
	fn uploads(&self) -> RpcResult<Value>;

	/// What one order may ask for.
	#[method(name = "limits")]
	fn limits(&self) -> RpcResult<Value>;

	/// Forgets this node's uploaded copies of the fragments of `data_root`.
	#[method(name = "release", with_extensions)]
	fn release(&self, data_root: H256) -> RpcResult<u32>;

	/// Gathers, checks and decodes the file `data_root`; returns its size.
	#[method(name = "fetchFile", with_extensions)]
	async fn fetch_file(&self, data_root: H256) -> RpcResult<u64>;

	/// `len` bytes from `offset` of a file fetched before.
	#[method(name = "readFile")]
	fn read_file(&self, data_root: H256, offset: u64, len: u64) -> RpcResult<Bytes>;

	/// The live orders of a file.
	#[method(name = "ordersOf")]
	fn orders_of(&self, data_root: H256) -> RpcResult<Vec<u64>>;

	/// An order and its fragments.
	#[method(name = "order")]
	fn order(&self, id: u64) -> RpcResult<Option<Value>>;

	/// A provider.
	#[method(name = "provider")]
	fn provider(&self, who: AccountId) -> RpcResult<Option<Value>>;

	/// The URL of the node's file endpoint on 127.0.0.1.
	#[method(name = "httpEndpoint", with_extensions)]
	fn http_endpoint(&self) -> RpcResult<String>;
}

/// Serves [`StorageApiServer`].
pub struct Storage<C> {
	client: Arc<C>,
	retriever: Retriever,
	endpoint: SocketAddr,
	files: Mutex<VecDeque<(H256, Arc<Vec<u8>>)>>,
	fetching: Arc<AtomicUsize>,
}

/// One of the [`MAX_CONCURRENT_FETCHES`] places for a file being gathered, freed on drop.
struct FetchSlot(Arc<AtomicUsize>);

impl FetchSlot {
	fn take(fetching: &Arc<AtomicUsize>) -> Option<Self> {
		fetching
			.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
				(n < MAX_CONCURRENT_FETCHES).then_some(n + 1)
			})
			.ok()
			.map(|_| Self(fetching.clone()))
	}
}

impl Drop for FetchSlot {
	fn drop(&mut self) {
		self.0.fetch_sub(1, Ordering::AcqRel);
	}
}

impl<C> Storage<C> {
	/// The RPC over the node's client and retriever, naming its file endpoint at `endpoint`.
	pub fn new(client: Arc<C>, retriever: Retriever, endpoint: SocketAddr) -> Self {
		Self {
			client,
			retriever,
			endpoint,
			files: Default::default(),
			fetching: Default::default(),
		}
	}
}

/// An account as zerog writes it: SS58 with the chain's prefix.
pub fn address(account: &AccountId) -> String {
	use sp_core::crypto::Ss58Codec;
	account.to_ss58check_with_version(zerog_runtime::SS58_PREFIX.into())
}

fn error(code: i32, message: impl ToString) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(code, message.to_string(), None::<()>)
}

/// Error codes of the storage RPC.
pub mod code {
	/// A fragment piece was refused by the store.
	pub const BAD_FRAGMENT: i32 = 4001;
	/// No live order stores the file.
	pub const NO_ORDER: i32 = 4002;
	/// Not enough fragments could be gathered.
	pub const UNAVAILABLE: i32 = 4003;
	/// `storage_readFile` before `storage_fetchFile`.
	pub const NOT_FETCHED: i32 = 4004;
	/// The runtime API failed.
	pub const RUNTIME: i32 = 4005;
	/// [`super::MAX_CONCURRENT_FETCHES`] files are being gathered already.
	pub const BUSY: i32 = 4006;
}

impl<C> Storage<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: StorageMarketApi<Block, AccountId, Balance>,
{
	fn best_order(&self, data_root: H256) -> RpcResult<OrderView<AccountId, Balance>> {
		best_order(&*self.client, &data_root.0).map_err(|e| match e {
			RetrievalError::NoOrder(_) => error(code::NO_ORDER, e),
			e => error(code::RUNTIME, e),
		})
	}
}

#[async_trait]
impl<C> StorageApiServer for Storage<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: StorageMarketApi<Block, AccountId, Balance>,
{
	fn put_fragment(
		&self,
		ext: &Extensions,
		root: H256,
		total: u64,
		offset: u64,
		bytes: Bytes,
	) -> RpcResult<bool> {
		sc_rpc_api::check_if_safe(ext)?;
		self.retriever
			.store
			.put_piece(&root.0, total, offset, &bytes)
			.map_err(|e| error(code::BAD_FRAGMENT, e))
	}

	fn has_fragment(&self, root: H256, len: u64) -> RpcResult<bool> {
		Ok(self.retriever.store.has(&root.0, len))
	}

	fn uploads(&self) -> RpcResult<Value> {
		let uploads = self.retriever.store.uploads().map_err(|e| error(code::BAD_FRAGMENT, e))?;
		Ok(json!({
			"partial": uploads.partial,
			"partialBytes": uploads.partial_bytes,
			"staged": uploads.staged,
			"stagedBytes": uploads.staged_bytes,
		}))
	}

	fn limits(&self) -> RpcResult<Value> {
		let at = self.client.info().best_hash;
		let limits = self.client.runtime_api().limits(at).map_err(|e| error(code::RUNTIME, e))?;
		Ok(json!({
			"maxFragments": limits.max_fragments,
			"maxFileSize": limits.max_file_size,
			"maxOrderDuration": limits.max_order_duration,
		}))
	}

	fn release(&self, ext: &Extensions, data_root: H256) -> RpcResult<u32> {
		sc_rpc_api::check_if_safe(ext)?;
		let order = self.best_order(data_root)?;
		let mut released = 0;
		for fragment in &order.fragments {
			let staged = self
				.retriever
				.store
				.release(&fragment.root)
				.map_err(|e| error(code::BAD_FRAGMENT, e))?;
			released += staged as u32;
		}
		Ok(released)
	}

	async fn fetch_file(&self, ext: &Extensions, data_root: H256) -> RpcResult<u64> {
		sc_rpc_api::check_if_safe(ext)?;
		if let Some((_, file)) = self.files.lock().iter().find(|(root, _)| *root == data_root) {
			return Ok(file.len() as u64);
		}
		let _slot = FetchSlot::take(&self.fetching).ok_or_else(|| {
			error(code::BUSY, format!("{MAX_CONCURRENT_FETCHES} files are being fetched already"))
		})?;
		let order = self.best_order(data_root)?;
		let file = self.retriever.file(&order).await.map_err(|e| error(code::UNAVAILABLE, e))?;
		let size = file.len() as u64;
		let mut files = self.files.lock();
		files.push_back((data_root, Arc::new(file)));
		while files.len() > FILES_KEPT {
			files.pop_front();
		}
		Ok(size)
	}

	fn read_file(&self, data_root: H256, offset: u64, len: u64) -> RpcResult<Bytes> {
		let files = self.files.lock();
		let (_, file) = files.iter().find(|(root, _)| *root == data_root).ok_or_else(|| {
			error(code::NOT_FETCHED, "fetch the file with storage_fetchFile first")
		})?;
		let start = (offset as usize).min(file.len());
		let end = start.saturating_add(len.min(MAX_READ) as usize).min(file.len());
		Ok(Bytes(file[start..end].to_vec()))
	}

	fn orders_of(&self, data_root: H256) -> RpcResult<Vec<u64>> {
		let at = self.client.info().best_hash;
		self.client.runtime_api().orders_of(at, data_root.0).map_err(|e| error(code::RUNTIME, e))
	}

	fn order(&self, id: u64) -> RpcResult<Option<Value>> {
		let at = self.client.info().best_hash;
		let order = self.client.runtime_api().order(at, id).map_err(|e| error(code::RUNTIME, e))?;
		Ok(order.map(|order| {
			let fragments: Vec<Value> = order
				.fragments
				.iter()
				.map(|f| {
					json!({
						"index": f.index,
						"root": hex(&f.root),
						"provider": address(&f.provider),
						"stored": f.state == FragmentState::Stored,
						"repair": f.repair,
						"lastProven": f.last_proven,
					})
				})
				.collect();
			json!({
				"id": order.id,
				"owner": address(&order.owner),
				"dataRoot": hex(&order.data_root),
				"size": order.layout.size,
				"dataShards": order.layout.data_shards,
				"parityShards": order.layout.parity_shards,
				"fragmentLen": order.layout.fragment_len(),
				"start": order.start,
				"end": order.end,
				"escrow": order.escrow.to_string(),
				"autoRenew": order.auto_renew,
				"stored": order.stored(),
				"fragments": fragments,
			})
		}))
	}

	fn provider(&self, who: AccountId) -> RpcResult<Option<Value>> {
		let at = self.client.info().best_hash;
		let api = self.client.runtime_api();
		let view = api.provider(at, who.clone()).map_err(|e| error(code::RUNTIME, e))?;
		let assignments = api.assignments(at, who.clone()).map_err(|e| error(code::RUNTIME, e))?;
		let identity = api.provider_identity(at, who).map_err(|e| error(code::RUNTIME, e))?;
		let peer_id = identity
			.and_then(|identity| sc_network::PeerId::from_bytes(&identity.peer_id).ok())
			.map(|peer| peer.to_base58());
		Ok(view.map(|p| {
			json!({
				"capacity": p.capacity,
				"used": p.used,
				"ask": p.ask.to_string(),
				"active": p.active,
				"holdings": p.holdings,
				"assigned": assignments.len(),
				"lastProved": p.last_proved,
				"peerId": peer_id,
			})
		}))
	}

	fn http_endpoint(&self, ext: &Extensions) -> RpcResult<String> {
		sc_rpc_api::check_if_safe(ext)?;
		Ok(crate::http::endpoint_url(self.endpoint))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn fetch_slots_are_bounded_and_freed() {
		let fetching = Arc::new(AtomicUsize::new(0));
		let slots: Vec<_> =
			(0..MAX_CONCURRENT_FETCHES).map(|_| FetchSlot::take(&fetching).unwrap()).collect();
		assert!(FetchSlot::take(&fetching).is_none(), "one more than the bound is refused");
		drop(slots);
		assert_eq!(fetching.load(Ordering::Acquire), 0);
		assert!(FetchSlot::take(&fetching).is_some());
	}
}
