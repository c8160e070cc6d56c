//! Weights of the calls and hooks.
//!
//! The generated weights come from `scripts/benchmark-pallets.sh` once the pallet has its
//! benchmarks and is in the runtime (issue 12); until then only the tests' zero weights exist.

use frame_support::weights::Weight;

/// The weight of each call and of the block hook.
pub trait WeightInfo {
	/// `submit_blob`.
	fn submit_blob() -> Weight;
	/// `attest` of `blobs` blobs.
	fn attest(blobs: u32) -> Weight;
	/// `on_initialize` drawing `signers` signers (0 when the epoch did not change), expiring
	/// `expired` blobs and pruning `pruned`.
	fn on_initialize(signers: u32, expired: u32, pruned: u32) -> Weight;
}

/// For the pallet's tests.
impl WeightInfo for () {
	fn submit_blob() -> Weight {
		Weight::zero()
	}
	fn attest(_: u32) -> Weight {
		Weight::zero()
	}
	fn on_initialize(_: u32, _: u32, _: u32) -> Weight {
		Weight::zero()
	}
}
