//! Where Ethereum transactions may sit in a block: only in its first
//! [`MAX_ETH_TRANSACTION_INDEX`] places.
//!
//! pallet-revive (0.20) builds each block's Ethereum block as it goes: every Ethereum
//! transaction reads and rewrites one storage value holding the hashes and gas of all those
//! before it in the block (`EthBlockBuilderIR`). The k-th transaction therefore costs time in
//! proportion to k, a cost its weights do not model (they charge the value's read and write
//! at a constant price). `benchmark block` over full blocks of this chain measured, per
//! Ethereum transaction, about 0.46 ms plus 0.21 µs for every Ethereum transaction before it
//! (native transfers; ERC-20 transfers 0.53 ms plus 0.26 µs), against a charge of 0.69 ms
//! (0.86 ms): blocks of 1,000 or more such transactions ran over their weight (up to 119%).
//!
//! Refusing them past [`MAX_ETH_TRANSACTION_INDEX`] keeps every block within about 90% of its
//! weight. A refused transaction is not invalid: it answers `ExhaustsResources`, as a
//! transaction too heavy for the rest of the block does, so the pool keeps it for the next
//! block. Substrate transactions are not limited.

use crate::{Runtime, RuntimeCall};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{pallet_prelude::TransactionSource, weights::Weight};
use scale_info::TypeInfo;
use sp_runtime::{
	impl_tx_ext_default,
	traits::{DispatchInfoOf, TransactionExtension, ValidateResult},
	transaction_validity::InvalidTransaction,
};

/// The first extrinsic index at which an Ethereum transaction is refused (inherents count).
pub const MAX_ETH_TRANSACTION_INDEX: u32 = 720;

/// Refuses Ethereum transactions at extrinsic index [`MAX_ETH_TRANSACTION_INDEX`] or later.
#[derive(Encode, Decode, DecodeWithMemTracking, Default, Clone, Eq, PartialEq, TypeInfo)]
pub struct EthTransactionsPerBlock;

impl core::fmt::Debug for EthTransactionsPerBlock {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "EthTransactionsPerBlock")
	}
}

/// Whether `call` is an Ethereum transaction as pallet-revive dispatches it once checked.
fn is_eth_transaction(call: &RuntimeCall) -> bool {
	matches!(
		call,
		RuntimeCall::Revive(
			pallet_revive::Call::eth_call { .. }
				| pallet_revive::Call::eth_instantiate_with_code { .. }
				| pallet_revive::Call::eth_substrate_call { .. }
		)
	)
}

impl TransactionExtension<RuntimeCall> for EthTransactionsPerBlock {
	const IDENTIFIER: &'static str = "EthTransactionsPerBlock";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	/// One read of the extrinsic index, for Ethereum transactions only.
	fn weight(&self, call: &RuntimeCall) -> Weight {
		if is_eth_transaction(call) {
			<Runtime as frame_system::Config>::DbWeight::get().reads(1)
		} else {
			Weight::zero()
		}
	}

	fn validate(
		&self,
		origin: crate::RuntimeOrigin,
		call: &RuntimeCall,
		_info: &DispatchInfoOf<RuntimeCall>,
		_len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Encode,
		_source: TransactionSource,
	) -> ValidateResult<Self::Val, RuntimeCall> {
		if is_eth_transaction(call)
			&& frame_system::Pallet::<Runtime>::extrinsic_index().unwrap_or_default()
				>= MAX_ETH_TRANSACTION_INDEX
		{
			return Err(InvalidTransaction::ExhaustsResources.into());
		}
		Ok((Default::default(), (), origin))
	}

	impl_tx_ext_default!(RuntimeCall; prepare);
}
