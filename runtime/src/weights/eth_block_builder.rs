//! Weights of `eth_block_builder` that the zerog runtime runs with, generated on the benchmark machine
//! by `zerog-node benchmark pallet` (CLI 64.0.0).
//!
//! Date 2026-12-05; 15 steps, 5 repeats; wasm execution `Compiled`;
//! machine `vm` (Intel(R) Xeon(R) Processor). Regenerate with `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weights measured on the benchmark machine, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> crate::eth_block_builder::WeightInfo for WeightInfo<T> {
	/// Storage: `Revive::AccountInfoOf` (r:1 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderIR` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderIR` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn eth_transaction_after(k: u32, ) -> Weight {
		// Proof size: measured `2705`, estimated `5848`.
		// Minimum execution time: 27_805_000 picoseconds.
		Weight::from_parts(34_629_538, 5848)
			.saturating_add(Weight::from_parts(474_612, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 97).saturating_mul(k.into()))
	}
}
