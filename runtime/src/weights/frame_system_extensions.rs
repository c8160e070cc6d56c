//! Weights of `frame_system_extensions` that the zerog runtime runs with, generated on the benchmark machine
//! by `zerog-node benchmark pallet` (CLI 64.0.0).
//!
//! Date 2026-12-05; 50 steps, 20 repeats; wasm execution `Compiled`;
//! machine `vm` (Intel(R) Xeon(R) Processor). Regenerate with `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weights measured on the benchmark machine, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> frame_system::ExtensionsWeightInfo for WeightInfo<T> {
	fn check_genesis() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_670_000 picoseconds.
		Weight::from_parts(1_943_000, 0)
	}
	fn check_mortality_mortal_transaction() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 3_584_000 picoseconds.
		Weight::from_parts(4_226_000, 0)
	}
	fn check_mortality_immortal_transaction() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 3_655_000 picoseconds.
		Weight::from_parts(4_387_000, 0)
	}
	fn check_non_zero_sender() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 477_000 picoseconds.
		Weight::from_parts(647_000, 0)
	}
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn check_nonce() -> Weight {
		// Proof size: measured `140`, estimated `3593`.
		// Minimum execution time: 8_256_000 picoseconds.
		Weight::from_parts(9_546_000, 3593)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn check_spec_version() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 359_000 picoseconds.
		Weight::from_parts(503_000, 0)
	}
	fn check_tx_version() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 360_000 picoseconds.
		Weight::from_parts(501_000, 0)
	}
	fn check_weight() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 4_138_000 picoseconds.
		Weight::from_parts(4_808_000, 0)
	}
	fn weight_reclaim() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 2_460_000 picoseconds.
		Weight::from_parts(3_072_000, 0)
	}
}
