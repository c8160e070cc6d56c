//! Session keys round-trip through their encoding, as `author_rotateKeys` and
//! `session.setKeys` use it.

use codec::{Decode, Encode};
use sp_core::crypto::KeyTypeId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use zerog_runtime::SessionKeys;

fn dave_keys() -> SessionKeys {
	SessionKeys {
		babe: Sr25519Keyring::Dave.public().into(),
		grandpa: Ed25519Keyring::Dave.public().into(),
	}
}

#[test]
fn session_keys_decode_into_babe_then_grandpa() {
	let raw = SessionKeys::decode_into_raw_public_keys(&dave_keys().encode())
		.expect("well-formed keys decode");
	assert_eq!(
		raw,
		vec![
			(Sr25519Keyring::Dave.public().to_vec(), KeyTypeId(*b"babe")),
			(Ed25519Keyring::Dave.public().to_vec(), KeyTypeId(*b"gran")),
		]
	);
}

#[test]
fn session_keys_round_trip_through_scale() {
	let keys = dave_keys();
	assert_eq!(SessionKeys::decode(&mut &keys.encode()[..]).unwrap(), keys);
}

#[test]
fn truncated_session_keys_do_not_decode() {
	let encoded = dave_keys().encode();
	assert!(SessionKeys::decode_into_raw_public_keys(&encoded[..40]).is_none());
}
