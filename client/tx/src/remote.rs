//! Reaching a node over its RPC to sign for it: the connection the commands use and the
//! signing context (genesis, runtime version, next nonce) read from the node.

use crate::{sign, SigningContext};
use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams, ClientError, DeserializeOwned},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use serde_json::Value;
use sp_core::{sr25519, Pair, H256};
use sp_runtime::generic::Era;
use std::time::Duration;
use zerog_runtime::{AccountId, RuntimeCall, UncheckedExtrinsic};

/// Why a node could not be used.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// Connects to the node at `url` (`ws://…`) with room for 64 MiB messages.
pub async fn connect(url: &str) -> Result<WsClient, Error> {
	WsClientBuilder::default()
		.max_request_size(64 << 20)
		.max_response_size(64 << 20)
		.request_timeout(Duration::from_secs(600))
		.build(url)
		.await
		.map_err(|e| format!("cannot reach the node at {url}: {e}").into())
}

/// Asks the node `method` with `params`. A refusal reads as the node's own message (such as
/// "no live order stores 0x…"), not as the client library's dump of the error object.
pub async fn call<R: DeserializeOwned>(
	client: &WsClient,
	method: &str,
	params: ArrayParams,
) -> Result<R, Error> {
	client.request(method, params).await.map_err(|error| match error {
		ClientError::Call(refusal) => refusal.message().into(),
		other => format!("{method}: {other}").into(),
	})
}

/// `call` signed by `pair` for the node's chain and runtime with the account's next nonce
/// (counting what the node's pool holds), immortal.
pub async fn signed(
	client: &WsClient,
	pair: &sr25519::Pair,
	call: RuntimeCall,
) -> Result<UncheckedExtrinsic, Error> {
	let account = AccountId::from(pair.public());
	let nonce: u32 =
		client.request("system_accountNextIndex", rpc_params![account.to_string()]).await?;
	signed_with_nonce(client, pair, call, nonce).await
}

/// `call` signed by `pair` with the nonce the account has in the best block's state, ignoring
/// what the pool holds: the extrinsic a dry run (`system_dryRun`, which applies it to that
/// state) can check while the account's earlier transactions are still pending.
pub async fn signed_for_dry_run(
	client: &WsClient,
	pair: &sr25519::Pair,
	call: RuntimeCall,
) -> Result<UncheckedExtrinsic, Error> {
	use codec::{Decode, Encode};
	let account = AccountId::from(pair.public());
	let answer: sp_core::Bytes = client
		.request(
			"state_call",
			rpc_params!["AccountNonceApi_account_nonce", sp_core::Bytes(account.encode())],
		)
		.await?;
	let nonce = u32::decode(&mut &answer[..])?;
	signed_with_nonce(client, pair, call, nonce).await
}

async fn signed_with_nonce(
	client: &WsClient,
	pair: &sr25519::Pair,
	call: RuntimeCall,
	nonce: u32,
) -> Result<UncheckedExtrinsic, Error> {
	let genesis_hash: H256 = client.request("chain_getBlockHash", rpc_params![0]).await?;
	let version: Value = client.request("state_getRuntimeVersion", rpc_params![]).await?;
	let number = |key: &str| version[key].as_u64().map(|v| v as u32).ok_or("bad runtime version");
	let context = SigningContext {
		genesis_hash,
		spec_version: number("specVersion")?,
		transaction_version: number("transactionVersion")?,
		era: (Era::Immortal, genesis_hash),
	};
	Ok(sign(call, pair, nonce, context))
}
