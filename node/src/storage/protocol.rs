//! The fragment protocol: a request-response protocol on the node's own network through which
//! nodes ask each other for pieces of fragments.
//!
//! A request names a fragment by root and a byte range of at most [`PIECE_LEN`]; the answer is
//! the bytes, or nothing if the peer does not keep the fragment. Everything is SCALE.

use super::store::FragmentStore;
use codec::{Decode, Encode};
use futures::StreamExt;
use sc_network::{
	request_responses::{IncomingRequest, OutgoingResponse},
	NetworkBackend, ProtocolName,
};
use std::time::Duration;
use zerog_data::Hash;
use zerog_runtime::opaque::Block;

/// Bytes asked for at most in one request.
pub const PIECE_LEN: u64 = 4 << 20;
/// Requests waiting to be answered before new ones are refused.
const INBOUND_QUEUE: usize = 64;

/// A request for `len` bytes of the fragment `root` from `offset`.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct PieceRequest {
	/// The fragment's root.
	pub root: Hash,
	/// First byte.
	pub offset: u64,
	/// Bytes asked for, at most [`PIECE_LEN`].
	pub len: u64,
}

/// The answer: the bytes and the fragment's full length, or `None` if not kept.
pub type PieceResponse = Option<(u64, Vec<u8>)>;

/// The protocol's name on a chain with this genesis.
pub fn protocol_name(genesis: &[u8]) -> ProtocolName {
	format!("/{}/zerog/fragments/1", array_bytes(genesis)).into()
}

fn array_bytes(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The protocol's configuration and the stream of requests peers send.
pub fn configure<N: NetworkBackend<Block, <Block as sp_runtime::traits::Block>::Hash>>(
	name: ProtocolName,
) -> (N::RequestResponseProtocolConfig, async_channel::Receiver<IncomingRequest>) {
	let (tx, rx) = async_channel::bounded(INBOUND_QUEUE);
	let config = N::request_response_config(
		name,
		Vec::new(),
		1024,
		PIECE_LEN + 1024,
		Duration::from_secs(30),
		Some(tx),
	);
	(config, rx)
}

/// Answers peers' requests from `store`, one at a time.
pub async fn serve(store: FragmentStore, mut requests: async_channel::Receiver<IncomingRequest>) {
	while let Some(request) = requests.next().await {
		let answer = match PieceRequest::decode(&mut &request.payload[..]) {
			Ok(piece) if piece.len <= PIECE_LEN => Ok(answer(&store, &piece).encode()),
			_ => Err(()),
		};
		let _ = request.pending_response.send(OutgoingResponse {
			result: answer,
			reputation_changes: Vec::new(),
			sent_feedback: None,
		});
	}
}

fn answer(store: &FragmentStore, piece: &PieceRequest) -> PieceResponse {
	let bytes = store.get(&piece.root)?;
	let start = (piece.offset as usize).min(bytes.len());
	let end = start.saturating_add(piece.len as usize).min(bytes.len());
	Some((bytes.len() as u64, bytes[start..end].to_vec()))
}
