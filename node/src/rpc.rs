//! The node's RPC methods beyond the standard ones of sc-rpc: account nonces, fee queries,
//! BABE epoch authorship, GRANDPA finality proofs, the storage market's uploads and downloads
//! and the DA layer's blobs.

use jsonrpsee::RpcModule;
use sc_consensus_babe::BabeWorkerHandle;
use sc_consensus_grandpa::{
	FinalityProofProvider, GrandpaJustificationStream, SharedAuthoritySet, SharedVoterState,
};
use sc_rpc::SubscriptionTaskExecutor;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use sp_consensus::SelectChain;
use sp_keystore::KeystorePtr;
use std::sync::Arc;
use zerog_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Hash, Nonce};

/// What the BABE RPC needs.
pub struct BabeDeps {
	/// Answers questions about epochs.
	pub worker_handle: BabeWorkerHandle<Block>,
	/// The node's keys, to tell which slots it may author.
	pub keystore: KeystorePtr,
}

/// What the GRANDPA RPC needs.
pub struct GrandpaDeps<B> {
	/// The state of the voter's rounds.
	pub shared_voter_state: SharedVoterState,
	/// The current authority set.
	pub shared_authority_set: SharedAuthoritySet<Hash, BlockNumber>,
	/// New justifications as GRANDPA makes them.
	pub justification_stream: GrandpaJustificationStream<Block>,
	/// Drives subscriptions.
	pub subscription_executor: SubscriptionTaskExecutor,
	/// Builds finality proofs.
	pub finality_provider: Arc<FinalityProofProvider<B, Block>>,
}

/// Everything the full node's RPC needs.
pub struct FullDeps<C, P, SC, B> {
	/// The client.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
	/// Picks the best chain.
	pub select_chain: SC,
	/// BABE's part.
	pub babe: BabeDeps,
	/// GRANDPA's part.
	pub grandpa: GrandpaDeps<B>,
	/// The storage market's part: the node's fragments and peers.
	pub storage: zerog_storage_client::retrieval::Retriever,
	/// The DA layer's part: the node's blobs and peers.
	pub da: zerog_da_client::fetch::Fetcher,
	/// Where the node's binary blob endpoint listens.
	pub da_http: std::net::SocketAddr,
	/// Where the node's file endpoint listens.
	pub storage_http: std::net::SocketAddr,
}

/// Builds the RPC methods of a full node.
pub fn create_full<C, P, SC, B>(
	FullDeps { client, pool, select_chain, babe, grandpa, storage, da, da_http, storage_http }: FullDeps<
		C,
		P,
		SC,
		B,
	>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ sc_client_api::AuxStore
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>
		+ sp_consensus_babe::BabeApi<Block>
		+ zerog_storage_primitives::StorageMarketApi<Block, AccountId, Balance>
		+ zerog_da_primitives::DaApi<Block, AccountId, Balance, BlockNumber>
		+ BlockBuilder<Block>,
	P: TransactionPool + 'static,
	SC: SelectChain<Block> + 'static,
	B: sc_client_api::Backend<Block> + Send + Sync + 'static,
	B::State: sc_client_api::StateBackend<sp_runtime::traits::HashingFor<Block>>,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use sc_consensus_babe_rpc::{Babe, BabeApiServer};
	use sc_consensus_grandpa_rpc::{Grandpa, GrandpaApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};
	use zerog_da_client::rpc::{Da, DaRpcServer};
	use zerog_storage_client::rpc::{Storage, StorageApiServer};

	let mut module = RpcModule::new(());
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Storage::new(client.clone(), storage, storage_http).into_rpc())?;
	module.merge(Da::new(client.clone(), da, da_http).into_rpc())?;
	module.merge(Babe::new(client, babe.worker_handle, babe.keystore, select_chain).into_rpc())?;
	module.merge(
		Grandpa::new(
			grandpa.subscription_executor,
			grandpa.shared_authority_set,
			grandpa.shared_voter_state,
			grandpa.justification_stream,
			grandpa.finality_provider,
		)
		.into_rpc(),
	)?;
	Ok(module)
}
