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
	fn eth_transaction_after(k: u32, ) -> Weight {
		// Proof size: measured `23`, estimated `3488`.
		// Minimum execution time: 22_340_000 picoseconds.
		Weight::from_parts(20_039_122, 3488)
			.saturating_add(Weight::from_parts(424_435, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
}
