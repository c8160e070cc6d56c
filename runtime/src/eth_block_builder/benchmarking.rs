//! The benchmark behind [`super::WeightInfo`]: one Ethereum transaction after `k` others in the
//! same block, through pallet-revive's own Ethereum path.
//!
//! In a block, every Ethereum transaction but the first finds the builder's value where the one
//! before it left it, in the block's overlay; revive's own weights charge the value's read and
//! write at the database's price. The benchmark therefore whitelists the value, as the
//! benchmarks do for keys a block has always read already: the framework reads it into its cache
//! before measuring, and what remains to measure is what grows with `k`, the copying, decoding
//! and encoding of the whole list.

use crate::{Revive, Runtime, RuntimeCall, RuntimeOrigin};
use alloc::{boxed::Box, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_system::Config;

/// What the benchmark CLI runs as the `eth_block_builder` "pallet".
pub struct Pallet<T: Config>(core::marker::PhantomData<T>);

/// The RLP bytes of a legacy Ethereum transfer's length; the builder hashes them and reads the
/// first byte for the transaction type (none for a legacy transaction).
fn legacy_transaction() -> Vec<u8> {
	vec![0xf8; 110]
}

/// An Ethereum transaction that does nothing else: a remark dispatched through
/// `eth_substrate_call`, which records it in the Ethereum block builder as every Ethereum
/// transaction is recorded.
fn apply_eth_transaction(signer: &crate::AccountId) -> Result<(), BenchmarkError> {
	let origin =
		RuntimeOrigin::from(pallet_revive::Origin::<Runtime>::EthTransaction(signer.clone()));
	let call = Box::new(RuntimeCall::System(frame_system::Call::remark { remark: Vec::new() }));
	Revive::eth_substrate_call(origin, call, legacy_transaction())
		.map(|_| ())
		.map_err(|_| BenchmarkError::Stop("an Ethereum remark is applied"))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// `k`: the Ethereum transactions before it in the block (3,000 is more than 1.5 s of
	/// normal execution holds). From 1: the first Ethereum transaction of a block also stores
	/// itself apart (`EthBlockBuilderFirstValues`), a key no later one writes, and a key seen at
	/// one value of `k` only has no slope.
	#[benchmark(pov_mode = Measured)]
	fn eth_transaction_after(k: Linear<1, 3_000>) -> Result<(), BenchmarkError> {
		let signer: crate::AccountId = whitelisted_caller();
		frame_benchmarking::benchmarking::add_to_whitelist(
			frame_support::storage::storage_prefix(
				<Revive as frame_support::traits::PalletInfoAccess>::name().as_bytes(),
				b"EthBlockBuilderIR",
			)
			.to_vec()
			.into(),
		);
		for _ in 0..k {
			apply_eth_transaction(&signer)?;
		}
		#[block]
		{
			apply_eth_transaction(&signer)?;
		}
		Ok(())
	}
}
