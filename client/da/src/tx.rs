//! Transactions a node sends for its keys (DA's `zgda`, and other roles' keys through
//! [`submit_as`]): signed from the keystore and put in the node's own transaction pool.

use codec::Encode;
use frame_system_rpc_runtime_api::AccountNonceApi;
use sc_transaction_pool_api::{InPoolTransaction, TransactionPool, TransactionSource};
use sp_api::{Core, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_core::{crypto::KeyTypeId, sr25519, H256};
use sp_keystore::KeystorePtr;
use sp_runtime::{generic::Era, OpaqueExtrinsic};
use zerog_client_tx::{sign_with, SigningContext};
use zerog_da_primitives::SIGNER_KEY_TYPE;
use zerog_runtime::{opaque::Block, AccountId, Nonce, RuntimeCall};

/// Signs `call` by the DA key `key` from the keystore and puts it in the pool.
pub async fn submit<C, P>(
	client: &C,
	keystore: &KeystorePtr,
	pool: &P,
	at: H256,
	key: &AccountId,
	call: RuntimeCall,
) -> Result<(), String>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: AccountNonceApi<Block, AccountId, Nonce> + Core<Block>,
	P: TransactionPool<Block = Block>,
{
	submit_as(client, keystore, pool, at, SIGNER_KEY_TYPE, key, call).await
}

/// Signs `call` by `key`, of key type `key_type`, from the keystore and puts it in the pool.
pub async fn submit_as<C, P>(
	client: &C,
	keystore: &KeystorePtr,
	pool: &P,
	at: H256,
	key_type: KeyTypeId,
	key: &AccountId,
	call: RuntimeCall,
) -> Result<(), String>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: AccountNonceApi<Block, AccountId, Nonce> + Core<Block>,
	P: TransactionPool<Block = Block>,
{
	let nonce = next_nonce(client, pool, at, key)?;
	let version = client.runtime_api().version(at).map_err(|e| e.to_string())?;
	let genesis_hash = client.info().genesis_hash;
	let context = SigningContext {
		genesis_hash,
		spec_version: version.spec_version,
		transaction_version: version.transaction_version,
		era: (Era::Immortal, genesis_hash),
	};
	let public = sr25519::Public::from_raw(*AsRef::<[u8; 32]>::as_ref(key));
	let extrinsic = sign_with(call, key.clone(), nonce, context, |payload| {
		keystore.sr25519_sign(key_type, &public, payload).ok().flatten()
	})
	.ok_or("the keystore cannot sign with the key")?;
	let opaque = OpaqueExtrinsic::try_from_encoded_extrinsic(&extrinsic.encode())
		.map_err(|_| "the transaction does not encode as an extrinsic")?;
	pool.submit_one(at, TransactionSource::Local, opaque).await.map_err(|e| e.to_string())?;
	Ok(())
}

/// The key's next nonce counting its transactions ready in the pool (as
/// `system_accountNextIndex` does), so the node's DA transactions and the account's other
/// transactions never take the same one.
fn next_nonce<C, P>(client: &C, pool: &P, at: H256, key: &AccountId) -> Result<Nonce, String>
where
	C: ProvideRuntimeApi<Block>,
	C::Api: AccountNonceApi<Block, AccountId, Nonce>,
	P: TransactionPool<Block = Block>,
{
	let mut nonce =
		client.runtime_api().account_nonce(at, key.clone()).map_err(|e| e.to_string())?;
	let mut tag = (key, nonce).encode();
	for transaction in pool.ready() {
		if transaction.provides().contains(&tag) {
			nonce = nonce.saturating_add(1);
			tag = (key, nonce).encode();
		}
	}
	Ok(nonce)
}

/// The node's DA keys (key type `zgda`), in a fixed order.
pub fn local_keys(keystore: &KeystorePtr) -> Vec<AccountId> {
	keys_of_type(keystore, SIGNER_KEY_TYPE)
}

/// The node's keys of `key_type`, in a fixed order.
pub fn keys_of_type(keystore: &KeystorePtr, key_type: KeyTypeId) -> Vec<AccountId> {
	let mut keys: Vec<AccountId> =
		keystore.sr25519_public_keys(key_type).into_iter().map(AccountId::from).collect();
	keys.sort();
	keys
}
