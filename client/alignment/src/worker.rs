//! The operator worker: on each new best block, for each local operator key, the epoch's
//! heartbeat, then the audits drawn for it.
//!
//! Each transaction is signed from the keystore and put in the node's pool; one the chain has
//! not acted on [`RESEND_AFTER`] blocks later (the key is still not live, or the audit still
//! in its plan) is sent again.

use crate::{da_audit, storage_audit};
use frame_system_rpc_runtime_api::AccountNonceApi;
use futures::StreamExt;
use sc_client_api::{BlockBackend, BlockchainEvents};
use sc_transaction_pool_api::TransactionPool;
use sp_api::{ApiExt, Core, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_keystore::KeystorePtr;
use sp_runtime::traits::Header as _;
use std::{collections::HashMap, sync::Arc};
use zerog_alignment_primitives::{
	AlignmentApi, AlignmentEpoch, AuditReport, AuditTarget, OPERATOR_KEY_TYPE,
};
use zerog_da_client::{fetch::Fetcher, tx};
use zerog_da_primitives::DaApi;
use zerog_runtime::{
	opaque::Block, AccountId, AlignmentNodesCall, Balance, BlockNumber, Nonce, RuntimeCall,
};
use zerog_storage_client::retrieval::Retriever;
use zerog_storage_primitives::StorageMarketApi;

/// Blocks after which a transaction the chain has not acted on is sent again.
pub const RESEND_AFTER: BlockNumber = 5;

/// A duty of one key in one epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Duty {
	Heartbeat,
	StorageAudit,
	DaAudit,
}

/// What the worker keeps between blocks: when each duty was last sent.
#[derive(Default)]
struct Sent(HashMap<(AccountId, AlignmentEpoch, Duty), BlockNumber>);

impl Sent {
	/// Claims the duty for sending at block `now`: false if it was sent fewer than
	/// [`RESEND_AFTER`] blocks ago.
	fn claim(
		&mut self,
		key: &AccountId,
		epoch: AlignmentEpoch,
		duty: Duty,
		now: BlockNumber,
	) -> bool {
		let entry = (key.clone(), epoch, duty);
		match self.0.get(&entry) {
			Some(at) if now < at.saturating_add(RESEND_AFTER) => false,
			_ => {
				self.0.insert(entry, now);
				true
			},
		}
	}

	/// Forgets the duties of epochs before `epoch`.
	fn prune(&mut self, epoch: AlignmentEpoch) {
		self.0.retain(|(_, at, _), _| *at >= epoch);
	}
}

/// Runs the worker until the node stops.
pub async fn run<C, P>(
	client: Arc<C>,
	keystore: KeystorePtr,
	pool: Arc<P>,
	retriever: Retriever,
	fetcher: Fetcher,
) where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ BlockBackend<Block>
		+ BlockchainEvents<Block>
		+ 'static,
	C::Api: AlignmentApi<Block, AccountId, Balance, BlockNumber>
		+ StorageMarketApi<Block, AccountId, Balance>
		+ DaApi<Block, AccountId, Balance, BlockNumber>
		+ AccountNonceApi<Block, AccountId, Nonce>
		+ Core<Block>,
	P: TransactionPool<Block = Block> + 'static,
{
	let mut blocks = client.import_notification_stream();
	let mut sent = Sent::default();
	while let Some(block) = blocks.next().await {
		if !block.is_new_best {
			continue;
		}
		let (at, now) = (block.hash, *block.header.number());
		let api = client.runtime_api();
		let has_api = api
			.has_api::<dyn AlignmentApi<Block, AccountId, Balance, BlockNumber>>(at)
			.unwrap_or(false);
		let Some(epoch) = has_api.then(|| api.epoch(at).ok()).flatten() else { continue };
		sent.prune(epoch.index);
		for key in tx::keys_of_type(&keystore, OPERATOR_KEY_TYPE) {
			let Ok(Some(operator)) = api.operator(at, key.clone()) else { continue };
			let send = |call: AlignmentNodesCall| {
				let (client, keystore, pool, key) = (&client, &keystore, &pool, &key);
				async move {
					let call = RuntimeCall::AlignmentNodes(call);
					tx::submit_as(&**client, keystore, &**pool, at, OPERATOR_KEY_TYPE, key, call)
						.await
				}
			};
			if !operator.live {
				if operator.staked && sent.claim(&key, epoch.index, Duty::Heartbeat, now) {
					if let Err(error) = send(AlignmentNodesCall::heartbeat {}).await {
						log::warn!(target: "alignment", "heartbeat of {key} refused: {error}");
					}
				}
				continue;
			}
			for target in api.audit_plan(at, key.clone()).unwrap_or_default() {
				let duty = match target {
					AuditTarget::Storage(_) => Duty::StorageAudit,
					AuditTarget::Da(_) => Duty::DaAudit,
				};
				if sent
					.0
					.get(&(key.clone(), epoch.index, duty))
					.is_some_and(|at| now < at.saturating_add(RESEND_AFTER))
				{
					continue;
				}
				let found = match &target {
					AuditTarget::Storage(chunk) => {
						storage_audit::audit(&*client, &retriever, at, chunk).await
					},
					AuditTarget::Da(cell) => match api.blob(at, cell.blob) {
						Ok(Some(view)) => Some(da_audit::audit(&fetcher, &view.layout, cell).await),
						_ => None,
					},
				};
				let Some((outcome, evidence)) = found else { continue };
				sent.claim(&key, epoch.index, duty, now);
				let report = AuditReport { target, outcome, evidence };
				log::info!(target: "alignment", "{key} reports {:?} {:?}", duty, report.outcome);
				if let Err(error) = send(AlignmentNodesCall::submit_audit { report }).await {
					log::warn!(target: "alignment", "audit of {key} refused: {error}");
				}
			}
		}
	}
}
