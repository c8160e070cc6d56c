//! The transaction pool as zerog's block proposer sees it.
//!
//! The proposer builds on its parent with the transactions the pool calls ready there. When
//! the pool has not caught up with the parent in time (a block of another validator imported
//! just before the slot, or a reorg), it hands over what is ready at its last state instead:
//! transactions the parent already holds, which fail as `Stale`, and transactions whose
//! predecessors the parent lacks, which fail as `Future`. The proposer reports every failure
//! to the pool, and the single-state pool removes each reported transaction with every
//! transaction that depends on it — all later nonces of its sender — and bans them for half
//! an hour. Those transactions were accepted and valid; they are lost.
//!
//! [`ProposerPool`] keeps `Stale` and `Future` reports from the pool, as the fork-aware pool
//! does for its views: they describe the parent, not the transaction. The pool settles them
//! itself when it catches up: it prunes what the parent included and revalidates the rest.
//! Every other failure (a bad signature, a fee the sender cannot pay) still removes the
//! transaction.

use async_trait::async_trait;
use sc_transaction_pool_api::{
	ImportNotificationStream, PoolStatus, ReadyTransactions, TransactionFor, TransactionPool,
	TransactionSource, TransactionStatusStreamFor, TxHash, TxInvalidityReportMap,
};
use sp_runtime::{
	traits::Block as BlockT,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};
use std::{collections::HashMap, pin::Pin, sync::Arc};

/// The log target of the proposer's pool (`-lzerog::authorship=debug`).
pub const LOG_TARGET: &str = "zerog::authorship";

/// Whether a failure the proposer met says something about the transaction itself, rather
/// than about the state of the parent it was tried on.
pub fn condemns_transaction(error: Option<&TransactionValidityError>) -> bool {
	!matches!(
		error,
		Some(TransactionValidityError::Invalid(
			InvalidTransaction::Stale | InvalidTransaction::Future
		))
	)
}

/// The reports that remove their transaction from the pool: those that condemn it.
pub fn condemning_reports<Hash>(reports: TxInvalidityReportMap<Hash>) -> TxInvalidityReportMap<Hash>
where
	Hash: std::hash::Hash + Eq,
{
	reports.into_iter().filter(|(_, error)| condemns_transaction(error.as_ref())).collect()
}

/// A transaction pool for the block proposer: the pool it wraps, with the proposer's `Stale`
/// and `Future` reports left out (see the crate docs).
pub struct ProposerPool<Pool> {
	pool: Arc<Pool>,
}

impl<Pool> ProposerPool<Pool> {
	/// The proposer's view of `pool`.
	pub fn new(pool: Arc<Pool>) -> Self {
		Self { pool }
	}
}

#[async_trait]
impl<Pool: TransactionPool> TransactionPool for ProposerPool<Pool> {
	type Block = Pool::Block;
	type Hash = Pool::Hash;
	type InPoolTransaction = Pool::InPoolTransaction;
	type Error = Pool::Error;

	async fn submit_at(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xts: Vec<TransactionFor<Self>>,
	) -> Result<Vec<Result<TxHash<Self>, Self::Error>>, Self::Error> {
		self.pool.submit_at(at, source, xts).await
	}

	async fn submit_one(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<TxHash<Self>, Self::Error> {
		self.pool.submit_one(at, source, xt).await
	}

	async fn submit_and_watch(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<Pin<Box<TransactionStatusStreamFor<Self>>>, Self::Error> {
		self.pool.submit_and_watch(at, source, xt).await
	}

	async fn ready_at(
		&self,
		at: <Self::Block as BlockT>::Hash,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.pool.ready_at(at).await
	}

	fn ready(&self) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.pool.ready()
	}

	async fn report_invalid(
		&self,
		at: Option<<Self::Block as BlockT>::Hash>,
		invalid_tx_errors: TxInvalidityReportMap<TxHash<Self>>,
	) -> Vec<Arc<Self::InPoolTransaction>> {
		let reported = invalid_tx_errors.len();
		let condemned = condemning_reports(invalid_tx_errors);
		if condemned.len() < reported {
			log::debug!(
				target: LOG_TARGET,
				"{} transactions were stale or early for block {at:?}; they stay in the pool",
				reported - condemned.len(),
			);
		}
		self.pool.report_invalid(at, condemned).await
	}

	fn futures(&self) -> Vec<Self::InPoolTransaction> {
		self.pool.futures()
	}

	fn status(&self) -> PoolStatus {
		self.pool.status()
	}

	fn import_notification_stream(&self) -> ImportNotificationStream<TxHash<Self>> {
		self.pool.import_notification_stream()
	}

	fn on_broadcasted(&self, propagations: HashMap<TxHash<Self>, Vec<String>>) {
		self.pool.on_broadcasted(propagations)
	}

	fn hash_of(&self, xt: &TransactionFor<Self>) -> TxHash<Self> {
		self.pool.hash_of(xt)
	}

	fn ready_transaction(&self, hash: &TxHash<Self>) -> Option<Arc<Self::InPoolTransaction>> {
		self.pool.ready_transaction(hash)
	}

	async fn ready_at_with_timeout(
		&self,
		at: <Self::Block as BlockT>::Hash,
		timeout: std::time::Duration,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.pool.ready_at_with_timeout(at, timeout).await
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::transaction_validity::UnknownTransaction;

	fn reports(
		errors: impl IntoIterator<Item = (u8, Option<TransactionValidityError>)>,
	) -> TxInvalidityReportMap<u8> {
		errors.into_iter().collect()
	}

	#[test]
	fn a_nonce_the_parent_already_used_or_not_yet_reached_leaves_the_transaction_in_the_pool() {
		let kept = condemning_reports(reports([
			(1, Some(InvalidTransaction::Stale.into())),
			(2, Some(InvalidTransaction::Future.into())),
		]));
		assert!(kept.is_empty());
	}

	#[test]
	fn failures_of_the_transaction_itself_still_remove_it() {
		let kept = condemning_reports(reports([
			(1, Some(InvalidTransaction::BadProof.into())),
			(2, Some(InvalidTransaction::Payment.into())),
			(3, Some(UnknownTransaction::CannotLookup.into())),
			(4, None),
			(5, Some(InvalidTransaction::Stale.into())),
		]));
		let mut removed: Vec<_> = kept.into_keys().collect();
		removed.sort();
		assert_eq!(removed, vec![1, 2, 3, 4]);
	}
}
