//! The block-level cost of pallet-revive's Ethereum block builder, which revive's weights
//! leave out, counted into each block's weight.
//!
//! pallet-revive (0.20) builds each block's Ethereum block as it goes: every Ethereum
//! transaction reads and rewrites one storage value holding the hashes and gas of all those
//! before it in the block (`EthBlockBuilderIR`). The k-th Ethereum transaction of a block
//! therefore costs time in proportion to k, which revive's weights do not model: they charge
//! that read and write at a constant price. Without this count, blocks of 1,000 or more
//! Ethereum transfers ran over their weight (up to 119%).
//!
//! [`EthBlockBuilderWeight`] counts the block's Ethereum transactions and adds to the block's
//! consumed weight, for the one with k before it, what the builder costs with k entries more
//! than with none ([`WeightInfo::eth_transaction_after`], benchmarked in `benchmarking.rs`).
//! The weight is the block's, not the transaction's: an Ethereum transaction's fee and gas do
//! not depend on where it sits in the block, and wallets' estimates hold. A transaction for
//! which the block has no room left, that weight counted, answers `ExhaustsResources`, as one
//! too heavy for the rest of the block does: the pool keeps it for the next block. Substrate
//! transactions are untouched.

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;

use crate::{BlockNumber, Runtime, RuntimeCall, RuntimeOrigin};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{dispatch::DispatchClass, weights::Weight};
use scale_info::TypeInfo;
use sp_runtime::{
	impl_tx_ext_default,
	traits::{DispatchInfoOf, TransactionExtension},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};

/// The benchmarked cost of an Ethereum transaction by the number before it in its block.
pub trait WeightInfo {
	/// One Ethereum transaction applied after `k` others in the same block.
	fn eth_transaction_after(k: u32) -> Weight;
}

/// The weights this runtime runs with.
type BuilderWeights = crate::weights::eth_block_builder::WeightInfo<Runtime>;

/// The number of Ethereum transactions the block `block` has applied.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Default, Clone, Copy, PartialEq, Eq, Debug)]
pub struct EthTransactionsInBlock {
	/// The block they were applied in; a count of an earlier block reads as none.
	pub block: BlockNumber,
	/// How many.
	pub count: u32,
}

/// The Ethereum transactions of the block being built or imported, so far.
#[frame_support::storage_alias(verbatim)]
pub type EthTransactionsSoFar = StorageValue<
	EthBlockBuilder,
	EthTransactionsInBlock,
	frame_support::storage::types::ValueQuery,
>;

/// The current block, with the Ethereum transactions it has applied before this point.
fn eth_transactions_so_far() -> EthTransactionsInBlock {
	let block = frame_system::Pallet::<Runtime>::block_number();
	let stored = EthTransactionsSoFar::get();
	EthTransactionsInBlock { block, count: if stored.block == block { stored.count } else { 0 } }
}

/// How many Ethereum transactions the current block has applied before this point.
pub fn eth_transactions_before() -> u32 {
	eth_transactions_so_far().count
}

/// What the Ethereum block builder costs a transaction with `k` others before it in its block,
/// beyond what revive's weights charge (the cost with none before it).
pub fn builder_weight(k: u32) -> Weight {
	use WeightInfo as _;
	BuilderWeights::eth_transaction_after(k)
		.saturating_sub(BuilderWeights::eth_transaction_after(0))
}

/// Counts a block's Ethereum transactions into its weight by their position (see the module
/// documentation).
#[derive(Encode, Decode, DecodeWithMemTracking, Default, Clone, Eq, PartialEq, TypeInfo)]
pub struct EthBlockBuilderWeight;

impl core::fmt::Debug for EthBlockBuilderWeight {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "EthBlockBuilderWeight")
	}
}

/// Whether `call` is an Ethereum transaction as pallet-revive dispatches it once checked.
pub fn is_eth_transaction(call: &RuntimeCall) -> bool {
	matches!(
		call,
		RuntimeCall::Revive(
			pallet_revive::Call::eth_call { .. }
				| pallet_revive::Call::eth_instantiate_with_code { .. }
				| pallet_revive::Call::eth_substrate_call { .. }
		)
	)
}

impl TransactionExtension<RuntimeCall> for EthBlockBuilderWeight {
	const IDENTIFIER: &'static str = "EthBlockBuilderWeight";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	/// The count's read and write, for Ethereum transactions only.
	fn weight(&self, call: &RuntimeCall) -> Weight {
		if is_eth_transaction(call) {
			<Runtime as frame_system::Config>::DbWeight::get().reads_writes(1, 1)
		} else {
			Weight::zero()
		}
	}

	/// Adds the builder's weight for this transaction's position to the block's normal class,
	/// after `CheckWeight` has added the transaction's own, if the class still has room for it.
	fn prepare(
		self,
		_val: Self::Val,
		_origin: &RuntimeOrigin,
		call: &RuntimeCall,
		_info: &DispatchInfoOf<RuntimeCall>,
		_len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		if !is_eth_transaction(call) {
			return Ok(());
		}
		let so_far = eth_transactions_so_far();
		let builder = builder_weight(so_far.count);
		let block_weights = <Runtime as frame_system::Config>::BlockWeights::get();
		let normal_limit =
			block_weights.get(DispatchClass::Normal).max_total.unwrap_or(block_weights.max_block);
		let consumed = *frame_system::Pallet::<Runtime>::block_weight().get(DispatchClass::Normal);
		if consumed.saturating_add(builder).any_gt(normal_limit) {
			return Err(InvalidTransaction::ExhaustsResources.into());
		}
		frame_system::Pallet::<Runtime>::register_extra_weight_unchecked(
			builder,
			DispatchClass::Normal,
		);
		EthTransactionsSoFar::put(EthTransactionsInBlock {
			count: so_far.count.saturating_add(1),
			..so_far
		});
		Ok(())
	}

	impl_tx_ext_default!(RuntimeCall; validate);
}
