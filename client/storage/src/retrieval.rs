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
use std::sync::Arc;
use zerog_data::{
	storage::{decode_file, encode_file, FileLayout},
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

/// Why a fragment or file could not be had.
#[derive(Debug, thiserror::Error)]
pub enum RetrievalError {
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
		let mut bytes = Vec::with_capacity(len as usize);
		while (bytes.len() as u64) < len {
			let offset = bytes.len() as u64;
			let request = PieceRequest { root, offset, len: PIECE_LEN.min(len - offset) };
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
		if zerog_data::root(&bytes) != root {
			return Err("sent bytes that do not match the root".into());
		}
		Ok(bytes)
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
