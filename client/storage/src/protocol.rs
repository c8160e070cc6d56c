//! The fragment protocol: a request-response protocol on the node's own network through which
//! nodes ask each other for pieces of fragments.
//!
//! A request names a fragment by root and a byte range of at most [`PIECE_LEN`]; the answer is
//! the bytes, or nothing if the peer does not keep the fragment. Everything is SCALE.

use crate::{hex, store::FragmentStore};
use codec::{Decode, Encode};
use futures::StreamExt;
use sc_network::{
	request_responses::{IncomingRequest, OutgoingResponse},
	NetworkBackend, ProtocolName, ReputationChange,
};
use std::time::Duration;
use zerog_data::Hash;
use zerog_runtime::opaque::Block;

/// Bytes asked for at most in one request.
pub const PIECE_LEN: u64 = 4 << 20;
/// Requests waiting to be answered before new ones are refused.
const INBOUND_QUEUE: usize = 64;
/// What a peer loses for a request that does not decode or asks for more than [`PIECE_LEN`]:
/// honest nodes never send one, so a few of them get the sender disconnected.
pub const MALFORMED_REQUEST_COST: ReputationChange =
	ReputationChange::new(-(1 << 12), "zerog: malformed fragment request");

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
	format!("/{}/zerog/fragments/1", hex(genesis).trim_start_matches("0x")).into()
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
		let _ = request.pending_response.send(respond(&store, &request.payload));
	}
}

/// The response to one request: the piece asked for, or a refusal that costs a malformed
/// request's sender [`MALFORMED_REQUEST_COST`].
pub fn respond(store: &FragmentStore, payload: &[u8]) -> OutgoingResponse {
	match PieceRequest::decode(&mut &payload[..]) {
		Ok(piece) if piece.len <= PIECE_LEN => OutgoingResponse {
			result: Ok(answer(store, &piece).encode()),
			reputation_changes: Vec::new(),
			sent_feedback: None,
		},
		_ => OutgoingResponse {
			result: Err(()),
			reputation_changes: vec![MALFORMED_REQUEST_COST],
			sent_feedback: None,
		},
	}
}

/// The piece from the blocks holding it, never the whole fragment.
fn answer(store: &FragmentStore, piece: &PieceRequest) -> PieceResponse {
	store.range(&piece.root, piece.offset, piece.len)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn store_with(fragment: &[u8]) -> (FragmentStore, Hash) {
		let store = FragmentStore::in_memory();
		let root = zerog_data::root(fragment);
		store.put(&root, fragment).expect("a fragment matching its root is kept");
		(store, root)
	}

	#[test]
	fn a_piece_is_served_with_the_fragment_length() {
		let (store, root) = store_with(&[7u8; 3000]);
		let request = PieceRequest { root, offset: 1000, len: 10 };
		let response = respond(&store, &request.encode());
		assert!(response.reputation_changes.is_empty());
		let piece = PieceResponse::decode(&mut &response.result.unwrap()[..]).unwrap();
		assert_eq!(piece, Some((3000, vec![7u8; 10])));
	}

	#[test]
	fn an_unknown_fragment_is_answered_with_nothing_at_no_cost() {
		let (store, _) = store_with(&[1u8; 10]);
		let request = PieceRequest { root: [9; 32], offset: 0, len: 10 };
		let response = respond(&store, &request.encode());
		assert!(response.reputation_changes.is_empty());
		assert_eq!(PieceResponse::decode(&mut &response.result.unwrap()[..]).unwrap(), None);
	}

	#[test]
	fn a_request_that_does_not_decode_costs_reputation() {
		let (store, _) = store_with(&[1u8; 10]);
		let response = respond(&store, &[0xff, 0x01]);
		assert!(response.result.is_err());
		assert_eq!(response.reputation_changes, vec![MALFORMED_REQUEST_COST]);
	}

	#[test]
	fn a_request_above_the_piece_limit_costs_reputation() {
		let (store, root) = store_with(&[1u8; 10]);
		let request = PieceRequest { root, offset: 0, len: PIECE_LEN + 1 };
		let response = respond(&store, &request.encode());
		assert!(response.result.is_err());
		assert_eq!(response.reputation_changes, vec![MALFORMED_REQUEST_COST]);
	}
}
