//! Weights of `pallet_da_commitments` that the zerog runtime runs with: the pallet's generated
//! `SubstrateWeight`, from the same run (`zerog-node benchmark pallet`, CLI 64.0.0).
//! Date 2026-12-02; 50 steps, 20 repeats; wasm execution `Compiled`;
//! machine `vm` (AMD EPYC). Regenerate with `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weights measured on the benchmark machine, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_da_commitments::WeightInfo for WeightInfo<T> {
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::BlobsByRoot` (r:1 w:1)
	/// Proof: `DaCommitments::BlobsByRoot` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::CurrentEpoch` (r:1 w:0)
	/// Proof: `DaCommitments::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::EpochSigners` (r:1 w:0)
	/// Proof: `DaCommitments::EpochSigners` (`max_values`: None, `max_size`: Some(3106), added: 5581, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::NextBlobId` (r:1 w:1)
	/// Proof: `DaCommitments::NextBlobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::Deadlines` (r:1 w:1)
	/// Proof: `DaCommitments::Deadlines` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::Blobs` (r:0 w:1)
	/// Proof: `DaCommitments::Blobs` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn submit_blob() -> Weight {
		// Proof size: measured `475`, estimated `13545`.
		// Minimum execution time: 119_745_000 picoseconds.
		Weight::from_parts(181_781_000, 13545)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `DaCommitments::Blobs` (r:64 w:64)
	/// Proof: `DaCommitments::Blobs` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::EpochSigners` (r:1 w:0)
	/// Proof: `DaCommitments::EpochSigners` (`max_values`: None, `max_size`: Some(3106), added: 5581, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::Attesters` (r:64 w:64)
	/// Proof: `DaCommitments::Attesters` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::Retention` (r:64 w:64)
	/// Proof: `DaCommitments::Retention` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:65 w:65)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn attest(n: u32, ) -> Weight {
		// Proof size: measured `12730`, estimated `170185`.
		// Minimum execution time: 3_760_835_000 picoseconds.
		Weight::from_parts(5_188_232_000, 170185)
			.saturating_add(Weight::from_parts(4_661_691_992, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(69_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(66_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5821).saturating_mul(n.into()))
	}
	/// Storage: `Babe::EpochIndex` (r:1 w:0)
	/// Proof: `Babe::EpochIndex` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Babe::Randomness` (r:1 w:0)
	/// Proof: `Babe::Randomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::CurrentEpoch` (r:1 w:1)
	/// Proof: `DaCommitments::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:66 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:65 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(713), added: 3188, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::Deadlines` (r:1 w:1)
	/// Proof: `DaCommitments::Deadlines` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::Blobs` (r:128 w:128)
	/// Proof: `DaCommitments::Blobs` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::Retention` (r:1 w:1)
	/// Proof: `DaCommitments::Retention` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::Attesters` (r:0 w:128)
	/// Proof: `DaCommitments::Attesters` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::EpochSigners` (r:0 w:1)
	/// Proof: `DaCommitments::EpochSigners` (`max_values`: None, `max_size`: Some(3106), added: 5581, mode: `MaxEncodedLen`)
	/// Storage: `DaCommitments::BlobsByRoot` (r:0 w:128)
	/// Proof: `DaCommitments::BlobsByRoot` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn on_initialize(s: u32, e: u32, p: u32, ) -> Weight {
		// Proof size: measured `2448`, estimated `6196`.
		// Minimum execution time: 2_062_710_000 picoseconds.
		Weight::from_parts(2_396_477_345, 6196)
			.saturating_add(Weight::from_parts(129_696_125, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(18_635_876, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(0, 3188).saturating_mul(s.into()))
	}
	fn report_samples() -> Weight { Weight::zero() }
	fn challenge() -> Weight { Weight::zero() }
	fn respond() -> Weight { Weight::zero() }
	fn report_bad_encoding(a: u32, ) -> Weight { Weight::zero() }
	fn close_challenge(m: u32, ) -> Weight { Weight::zero() }
}
