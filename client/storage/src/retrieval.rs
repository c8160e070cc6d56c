//! Getting fragments and files: from the local store, or piece by piece over the fragment
//! protocol from the node of the provider the chain assigned the fragment to (the network
//! identity it published), falling back to the other peers in turn; rebuilding a lost
//! fragment, or a whole file, from any `k` fragments.

use super::{
	hex,
	protocol::{PieceRequest, PieceResponse, PIECE_LEN},
	store::FragmentStore,
};
use codec::{Decode, Encode};
use futures::{stream::FuturesUnordered, StreamExt};
use sc_network::{
	service::traits::NetworkService, IfDisconnected, Multiaddr, PeerId, ProtocolName,
};
use sc_network_sync::SyncingService;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use std::{collections::VecDeque, sync::Arc};
use zerog_data::{
	storage::{decode_file, encode_file, FileLayout, SegmentCoder},
	Hash,
};
use zerog_runtime::{opaque::Block, AccountId, Balance};
use zerog_storage_primitives::{OrderView, StorageMarketApi};

/// Where providers' nodes are on the network.
pub trait ProviderDirectory: Send + Sync {
	/// The peer of `provider`'s node and addresses to dial it on, if it published them.
	fn locate(&self, provider: &AccountId) -> Option<(PeerId, Vec<Multiaddr>)>;
}

/// The network identities providers published on chain, read at the best block.
pub struct ChainDirectory<C> {
	client: Arc<C>,
}

impl<C> ChainDirectory<C> {
	/// The directory of the chain `client` follows.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C> ProviderDirectory for ChainDirectory<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync,
	C::Api: StorageMarketApi<Block, AccountId, Balance>,
{
	fn locate(&self, provider: &AccountId) -> Option<(PeerId, Vec<Multiaddr>)> {
		let at = self.client.info().best_hash;
		let api = self.client.runtime_api();
		let identity = api.provider_identity(at, provider.clone()).ok().flatten()?;
		let peer = PeerId::from_bytes(&identity.peer_id).ok()?;
		let addresses = identity
			.addresses
			.into_iter()
			.filter_map(|address| String::from_utf8(address.into_inner()).ok()?.parse().ok())
			.collect();
		Some((peer, addresses))
	}
}

/// Segments a streamed file is decoded in at a time: 4 MiB of the file.
pub const STREAM_WINDOW: u64 = 16;

/// The live order of `data_root` with the most fragments stored, at the best block.
pub fn best_order<C>(
	client: &C,
	data_root: &Hash,
) -> Result<OrderView<AccountId, Balance>, RetrievalError>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: StorageMarketApi<Block, AccountId, Balance>,
{
	let at = client.info().best_hash;
	let api = client.runtime_api();
	let ids = api.orders_of(at, *data_root).map_err(|e| RetrievalError::Runtime(e.to_string()))?;
	ids.into_iter()
		.filter_map(|id| api.order(at, id).ok().flatten())
		.max_by_key(|order| order.stored())
		.ok_or(RetrievalError::NoOrder(*data_root))
}

/// Why a fragment or file could not be had.
#[derive(Debug, thiserror::Error)]
pub enum RetrievalError {
	/// No live order stores the file.
	#[error("no live order stores {}", hex(&.0[..]))]
	NoOrder(Hash),
	/// The runtime API failed.
	#[error("the runtime API failed: {0}")]
	Runtime(String),
	/// The reader of a streamed file went away.
	#[error("the reader went away")]
	ReaderGone,
	/// No connected peer keeps the fragment.
	#[error("no peer serves fragment {}", hex(&.0[..]))]
	Unavailable(Hash),
	/// Fewer than `k` fragments could be had.
	#[error("only {found} of the {needed} fragments needed could be fetched")]
	TooFewFragments { found: usize, needed: usize },
	/// The decoded file does not hash to its root.
	#[error("the decoded file does not match its root {}", hex(&.0[..]))]
	WrongFile(Hash),
	/// The layout is not a valid code.
	#[error("the order's layout cannot be decoded: {0:?}")]
	Layout(zerog_data::storage::LayoutError),
	/// The store failed.
	#[error(transparent)]
	Store(#[from] super::store::StoreError),
}

/// Fetches fragments for this node.
#[derive(Clone)]
pub struct Retriever {
	/// This node's fragments.
	pub store: FragmentStore,
	network: Arc<dyn NetworkService>,
	sync: Arc<SyncingService<Block>>,
	protocol: ProtocolName,
	directory: Arc<dyn ProviderDirectory>,
}

impl Retriever {
	/// A retriever over the node's store and network, finding providers' nodes in
	/// `directory`.
	pub fn new(
		store: FragmentStore,
		network: Arc<dyn NetworkService>,
		sync: Arc<SyncingService<Block>>,
		protocol: ProtocolName,
		directory: Arc<dyn ProviderDirectory>,
	) -> Self {
		Self { store, network, sync, protocol, directory }
	}

	/// The fragment `root` of `len` bytes, kept: from the store (a staged upload is kept
	/// too), or from a peer.
	pub async fn fragment(&self, root: Hash, len: u64) -> Result<Vec<u8>, RetrievalError> {
		if let Some(bytes) = self.store.kept(&root).filter(|b| b.len() as u64 == len) {
			return Ok(bytes);
		}
		if let Some(bytes) = self.store.get(&root).filter(|b| b.len() as u64 == len) {
			self.store.put(&root, &bytes)?;
			return Ok(bytes);
		}
		let peers = self.sync.peers_info().await.unwrap_or_default();
		for (peer, _) in peers {
			match self.fragment_from(peer, root, len, IfDisconnected::ImmediateError).await {
				Ok(bytes) => {
					self.store.put(&root, &bytes)?;
					return Ok(bytes);
				},
				Err(reason) => {
					log::debug!(target: "storage", "{peer} has no {}: {reason}", hex(&root))
				},
			}
		}
		Err(RetrievalError::Unavailable(root))
	}

	/// The fragment from one peer, piece by piece, checked against its root; `connect` says
	/// whether to dial the peer if it is not connected.
	async fn fragment_from(
		&self,
		peer: PeerId,
		root: Hash,
		len: u64,
		connect: IfDisconnected,
	) -> Result<Vec<u8>, String> {
		let bytes = self.range_from(peer, root, len, 0, len, connect).await?;
		if zerog_data::root(&bytes) != root {
			return Err("sent bytes that do not match the root".into());
		}
		Ok(bytes)
	}

	/// Bytes `offset..offset + count` of the fragment `root` of `len` bytes from one peer,
	/// piece by piece. Not checked: a range cannot be, alone.
	async fn range_from(
		&self,
		peer: PeerId,
		root: Hash,
		len: u64,
		offset: u64,
		count: u64,
		connect: IfDisconnected,
	) -> Result<Vec<u8>, String> {
		let mut bytes = Vec::with_capacity(count as usize);
		while (bytes.len() as u64) < count {
			let at = offset + bytes.len() as u64;
			let request =
				PieceRequest { root, offset: at, len: PIECE_LEN.min(count - (at - offset)) };
			let (response, _) = self
				.network
				.request(peer, self.protocol.clone(), request.encode(), None, connect)
				.await
				.map_err(|e| e.to_string())?;
			match PieceResponse::decode(&mut &response[..]).map_err(|e| e.to_string())? {
				Some((total, piece)) if total == len && piece.len() as u64 == request.len => {
					bytes.extend_from_slice(&piece)
				},
				Some(_) => return Err("answered with the wrong length".into()),
				None => return Err("not kept".into()),
			}
		}
		Ok(bytes)
	}

	/// The 1 KiB chunk `chunk` of the fragment `root` of `len` bytes, asked of `provider`'s
	/// node only (dialled at the addresses it published if need be), or read from this node's
	/// store if this node is the provider's: what an auditor checks the provider serves. Not
	/// checked: the caller compares it with the chunk the provider proved.
	pub async fn chunk_from_provider(
		&self,
		provider: &AccountId,
		root: Hash,
		len: u64,
		chunk: u64,
	) -> Result<Vec<u8>, RetrievalError> {
		let range =
			zerog_data::ChunkRange::chunk(chunk, len).ok_or(RetrievalError::Unavailable(root))?;
		let (peer, addresses) =
			self.directory.locate(provider).ok_or(RetrievalError::Unavailable(root))?;
		if peer == self.network.local_peer_id() {
			return self
				.store
				.range(&root, range.start, range.len())
				.filter(|(total, _)| *total == len)
				.map(|(_, bytes)| bytes)
				.ok_or(RetrievalError::Unavailable(root));
		}
		for address in addresses {
			self.network.add_known_address(peer, address);
		}
		self.range_from(peer, root, len, range.start, range.len(), IfDisconnected::TryConnect)
			.await
			.map_err(|reason| {
				log::debug!(target: "storage", "{provider}'s node {peer} did not serve a chunk: {reason}");
				RetrievalError::Unavailable(root)
			})
	}

	/// Any `k` fragments of `order`, fetched concurrently (the local ones first).
	async fn gather(
		&self,
		order: &OrderView<AccountId, Balance>,
	) -> Result<Vec<Option<Vec<u8>>>, RetrievalError> {
		let layout = order.layout;
		let len = layout.fragment_len();
		let needed = layout.data_shards as usize;
		let mut slots: Vec<Option<Vec<u8>>> = vec![None; layout.fragments()];
		let mut found = 0;
		for fragment in &order.fragments {
			if found < needed {
				if let Some(bytes) =
					self.store.get(&fragment.root).filter(|b| b.len() as u64 == len)
				{
					slots[fragment.index as usize] = Some(bytes);
					found += 1;
				}
			}
		}
		let missing: Vec<_> =
			order.fragments.iter().filter(|f| slots[f.index as usize].is_none()).collect();
		let mut remaining = missing.into_iter();
		let mut running = FuturesUnordered::new();
		while found < needed {
			while running.len() < needed - found {
				let Some(fragment) = remaining.next() else { break };
				let (index, root) = (fragment.index as usize, fragment.root);
				let holder = &fragment.provider;
				running.push(
					async move { (index, self.fragment_from_holder(holder, root, len).await) },
				);
			}
			match running.next().await {
				Some((index, Ok(bytes))) => {
					slots[index] = Some(bytes);
					found += 1;
				},
				Some((_, Err(error))) => log::debug!(target: "storage", "{error}"),
				None => return Err(RetrievalError::TooFewFragments { found, needed }),
			}
		}
		Ok(slots)
	}

	/// A fragment from the node of `holder`, the provider the chain assigned it to, dialled at
	/// the addresses it published if need be; then from any other peer. Not kept.
	async fn fragment_from_holder(
		&self,
		holder: &AccountId,
		root: Hash,
		len: u64,
	) -> Result<Vec<u8>, RetrievalError> {
		let located =
			self.directory.locate(holder).filter(|(peer, _)| *peer != self.network.local_peer_id());
		if let Some((peer, addresses)) = &located {
			for address in addresses {
				self.network.add_known_address(*peer, address.clone());
			}
			match self.fragment_from(*peer, root, len, IfDisconnected::TryConnect).await {
				Ok(bytes) => return Ok(bytes),
				Err(reason) => log::debug!(
					target: "storage",
					"{holder}'s node {peer} did not serve {}: {reason}",
					hex(&root)
				),
			}
		}
		let tried = located.map(|(peer, _)| peer);
		for (peer, _) in self.sync.peers_info().await.unwrap_or_default() {
			if Some(peer) == tried {
				continue;
			}
			if let Ok(bytes) =
				self.fragment_from(peer, root, len, IfDisconnected::ImmediateError).await
			{
				return Ok(bytes);
			}
		}
		Err(RetrievalError::Unavailable(root))
	}

	/// The whole file of `order`, decoded from any `k` fragments and checked against its root.
	pub async fn file(
		&self,
		order: &OrderView<AccountId, Balance>,
	) -> Result<Vec<u8>, RetrievalError> {
		let slots = self.gather(order).await?;
		let file = decode_file(&order.layout, &slots).map_err(RetrievalError::Layout)?;
		if zerog_data::root(&file) != order.data_root {
			return Err(RetrievalError::WrongFile(order.data_root));
		}
		Ok(file)
	}

	/// Streams the file of `order` to `sink`, [`STREAM_WINDOW`] segments at a time: each
	/// window's shards are read from `k` fragments (this node's own first, then from the
	/// nodes of their providers, piece by piece), decoded and sent. A fragment that fails to
	/// arrive is replaced by another for the rest of the file. A window cannot be checked
	/// alone, so the file's hash is checked before the last window is sent: a file that does
	/// not match breaks off short (the reader checks the hash too and keeps nothing).
	pub async fn stream_file(
		&self,
		order: &OrderView<AccountId, Balance>,
		sink: &async_channel::Sender<Result<Vec<u8>, String>>,
	) -> Result<(), RetrievalError> {
		let layout = order.layout;
		let coder = SegmentCoder::new(layout).map_err(RetrievalError::Layout)?;
		let len = layout.fragment_len();
		let needed = layout.data_shards as usize;
		let (local, remote): (Vec<_>, Vec<_>) =
			order.fragments.iter().partition(|f| self.store.len_of(&f.root) == Some(len));
		let mut candidates: VecDeque<StreamSource> = local
			.into_iter()
			.map(|f| StreamSource { index: f.index as usize, root: f.root, peer: None })
			.chain(remote.into_iter().map(|f| StreamSource {
				index: f.index as usize,
				root: f.root,
				peer: Some(Err(f.provider.clone())),
			}))
			.collect();
		let mut sources: Vec<StreamSource> = Vec::with_capacity(needed);
		let mut hasher = blake3::Hasher::new();
		let mut held = None;
		let mut offset = 0;
		for first in (0..layout.segments()).step_by(STREAM_WINDOW as usize) {
			let segments = first..(first + STREAM_WINDOW).min(layout.segments());
			let count: u64 =
				segments.clone().map(|s| layout.shard_len(layout.segment_len(s))).sum();
			let mut pieces: Vec<(usize, Vec<u8>)> = Vec::with_capacity(needed);
			let mut served = Vec::with_capacity(needed);
			while pieces.len() < needed {
				while sources.len() + pieces.len() < needed {
					let source = candidates.pop_front().ok_or(RetrievalError::TooFewFragments {
						found: pieces.len() + sources.len(),
						needed,
					})?;
					sources.push(source);
				}
				let reads = sources.drain(..).map(|mut source| async move {
					let read = self.read_range(&mut source, len, offset, count).await;
					(source, read)
				});
				for (source, read) in futures::future::join_all(reads).await {
					match read {
						Ok(piece) => {
							pieces.push((source.index, piece));
							served.push(source);
						},
						Err(reason) => log::debug!(
							target: "storage",
							"fragment {} failed mid-stream, another takes its place: {reason}",
							hex(&source.root)
						),
					}
				}
			}
			sources = served;
			let window = decode_window(&coder, segments, &pieces)?;
			hasher.update(&window);
			if let Some(previous) = held.replace(window) {
				sink.send(Ok(previous)).await.map_err(|_| RetrievalError::ReaderGone)?;
			}
			offset += count;
		}
		// The last window goes only once the whole file matched: a reader that trusts a clean
		// end of the stream never gets wrong bytes.
		if *hasher.finalize().as_bytes() != order.data_root {
			return Err(RetrievalError::WrongFile(order.data_root));
		}
		if let Some(last) = held {
			sink.send(Ok(last)).await.map_err(|_| RetrievalError::ReaderGone)?;
		}
		Ok(())
	}

	/// Bytes `offset..offset + count` of a stream's fragment: from the store, or from the peer
	/// that served it before, or else from its provider's node (then any peer).
	async fn read_range(
		&self,
		source: &mut StreamSource,
		len: u64,
		offset: u64,
		count: u64,
	) -> Result<Vec<u8>, String> {
		let root = source.root;
		let holder = match &source.peer {
			None => {
				return self
					.store
					.range(&root, offset, count)
					.filter(|(total, bytes)| *total == len && bytes.len() as u64 == count)
					.map(|(_, bytes)| bytes)
					.ok_or_else(|| "gone from the store".into())
			},
			Some(Ok(peer)) => {
				return self
					.range_from(*peer, root, len, offset, count, IfDisconnected::TryConnect)
					.await
			},
			Some(Err(holder)) => holder.clone(),
		};
		let located = self
			.directory
			.locate(&holder)
			.filter(|(peer, _)| *peer != self.network.local_peer_id());
		let mut peers = Vec::new();
		if let Some((peer, addresses)) = located {
			for address in addresses {
				self.network.add_known_address(peer, address);
			}
			peers.push((peer, IfDisconnected::TryConnect));
		}
		for (peer, _) in self.sync.peers_info().await.unwrap_or_default() {
			if peers.iter().all(|(tried, _)| *tried != peer) {
				peers.push((peer, IfDisconnected::ImmediateError));
			}
		}
		for (peer, connect) in peers {
			if let Ok(bytes) = self.range_from(peer, root, len, offset, count, connect).await {
				source.peer = Some(Ok(peer));
				return Ok(bytes);
			}
		}
		Err("no peer serves it".into())
	}

	/// Fragment `index` of `order` rebuilt from any `k` others, checked and kept.
	pub async fn rebuild(
		&self,
		order: &OrderView<AccountId, Balance>,
		index: u8,
	) -> Result<(), RetrievalError> {
		let file = self.file(order).await?;
		let fragment = rebuild_fragment(&order.layout, &file, index)?;
		let root = order
			.fragments
			.iter()
			.find(|f| f.index == index)
			.map(|f| f.root)
			.ok_or(RetrievalError::TooFewFragments { found: 0, needed: 1 })?;
		self.store.put(&root, &fragment)?;
		Ok(())
	}
}

/// One of the fragments a stream reads.
struct StreamSource {
	index: usize,
	root: Hash,
	/// `None`: this node's store; the peer that serves it; or the provider whose node to find.
	peer: Option<Result<PeerId, AccountId>>,
}

/// The segments `segments` of a file, from the same range of `k` of its fragments.
fn decode_window(
	coder: &SegmentCoder,
	segments: std::ops::Range<u64>,
	pieces: &[(usize, Vec<u8>)],
) -> Result<Vec<u8>, RetrievalError> {
	let layout = coder.layout();
	let mut window = Vec::new();
	let mut at = 0;
	for segment in segments {
		let shard_len = layout.shard_len(layout.segment_len(segment)) as usize;
		let mut shards: Vec<Option<Vec<u8>>> = vec![None; layout.fragments()];
		for (index, piece) in pieces {
			shards[*index] = Some(
				piece
					.get(at..at + shard_len)
					.ok_or(RetrievalError::Layout(zerog_data::storage::LayoutError::FragmentShape))?
					.to_vec(),
			);
		}
		window.extend_from_slice(
			&coder.decode(segment, &mut shards).map_err(RetrievalError::Layout)?,
		);
		at += shard_len;
	}
	Ok(window)
}

/// Fragment `index` of a file under `layout`.
fn rebuild_fragment(
	layout: &FileLayout,
	file: &[u8],
	index: u8,
) -> Result<Vec<u8>, RetrievalError> {
	let code = layout.code().map_err(RetrievalError::Layout)?;
	let (_, mut fragments) = encode_file(file, code).map_err(RetrievalError::Layout)?;
	if (index as usize) >= fragments.len() {
		return Err(RetrievalError::Layout(zerog_data::storage::LayoutError::FragmentShape));
	}
	Ok(fragments.swap_remove(index as usize))
}
