//! Weights of `pallet_revive` that the zerog runtime runs with, generated on the benchmark machine
//! by `zerog-node benchmark pallet` (CLI 64.0.0).
//!
//! Date 2026-12-05; 5 steps, 2 repeats; wasm execution `Compiled`;
//! machine `vm` (Intel(R) Xeon(R) Processor). Regenerate with `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weights measured on the benchmark machine, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_revive::WeightInfo for WeightInfo<T> {
	/// Storage: `Revive::DeletionQueueCounter` (r:1 w:0)
	/// Proof: `Revive::DeletionQueueCounter` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	fn deletion_queue_batch() -> Weight {
		// Proof size: measured `180`, estimated `1665`.
		// Minimum execution time: 2_520_000 picoseconds.
		Weight::from_parts(3_419_000, 1665)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	/// Storage: `Revive::DeletionQueueCounter` (r:1 w:1)
	/// Proof: `Revive::DeletionQueueCounter` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Revive::DeletionQueue` (r:1 w:1)
	/// Proof: `Revive::DeletionQueue` (`max_values`: None, `max_size`: Some(174), added: 2649, mode: `Measured`)
	fn deletion_queue_per_entry() -> Weight {
		// Proof size: measured `357`, estimated `3822`.
		// Minimum execution time: 14_796_000 picoseconds.
		Weight::from_parts(21_774_000, 3822)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn deletion_queue_per_trie_key(k: u32, ) -> Weight {
		// Proof size: measured `435`, estimated `434`.
		// Minimum execution time: 17_020_000 picoseconds.
		Weight::from_parts(13_587_007, 434)
			.saturating_add(Weight::from_parts(1_200_061, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 70).saturating_mul(k.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn deletion_queue_per_native_deposit_key(k: u32, ) -> Weight {
		// Proof size: measured `425`, estimated `431`.
		// Minimum execution time: 16_822_000 picoseconds.
		Weight::from_parts(9_228_986, 431)
			.saturating_add(Weight::from_parts(1_157_031, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 53).saturating_mul(k.into()))
	}
	/// Storage: `Revive::AccountInfoOf` (r:2 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:2 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:0)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:1 w:0)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	fn call_with_pvm_code_per_byte(c: u32, ) -> Weight {
		// Proof size: measured `1144`, estimated `7111`.
		// Minimum execution time: 94_987_000 picoseconds.
		Weight::from_parts(120_216_863, 7111)
			.saturating_add(Weight::from_parts(1_883, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 1).saturating_mul(c.into()))
	}
	/// Storage: `Revive::AccountInfoOf` (r:2 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:2 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:0)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:1 w:0)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	fn call_with_evm_code_per_byte(c: u32, ) -> Weight {
		// Proof size: measured `1116`, estimated `7096`.
		// Minimum execution time: 84_884_000 picoseconds.
		Weight::from_parts(102_220_651, 7096)
			.saturating_add(Weight::from_parts(948, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 1).saturating_mul(c.into()))
	}
	/// Storage: `Revive::AccountInfoOf` (r:2 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:2 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:0)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:1 w:0)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	fn basic_block_compilation(b: u32, ) -> Weight {
		// Proof size: measured `4507`, estimated `10447`.
		// Minimum execution time: 113_207_000 picoseconds.
		Weight::from_parts(133_749_195, 10447)
			.saturating_add(Weight::from_parts(460_988, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:2 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:1)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:1 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `Revive::NativeDepositOf` (r:1 w:0)
	/// Proof: `Revive::NativeDepositOf` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:0 w:1)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn instantiate_with_code(c: u32, i: u32, ) -> Weight {
		// Proof size: measured `766`, estimated `6696`.
		// Minimum execution time: 529_105_000 picoseconds.
		Weight::from_parts(207_545_306, 6696)
			.saturating_add(Weight::from_parts(14_274, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(3_429, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:2 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:1)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:1 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `Revive::NativeDepositOf` (r:1 w:0)
	/// Proof: `Revive::NativeDepositOf` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderIR` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderIR` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderFirstValues` (r:0 w:1)
	/// Proof: `Revive::EthBlockBuilderFirstValues` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:0 w:1)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn eth_instantiate_with_code(c: u32, i: u32, d: u32, ) -> Weight {
		// Proof size: measured `858`, estimated `6798`.
		// Minimum execution time: 387_622_000 picoseconds.
		Weight::from_parts(317_575_037, 6798)
			.saturating_add(Weight::from_parts(11_930, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(735, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_993_594, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	fn deposit_eth_extrinsic_revert_event() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 3_188_000 picoseconds.
		Weight::from_parts(4_561_000, 0)
	}
	/// Storage: `Revive::AccountInfoOf` (r:2 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:1)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:1 w:0)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:1 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `Revive::NativeDepositOf` (r:1 w:0)
	/// Proof: `Revive::NativeDepositOf` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `Measured`)
	fn instantiate(i: u32, ) -> Weight {
		// Proof size: measured `1440`, estimated `7374`.
		// Minimum execution time: 154_725_000 picoseconds.
		Weight::from_parts(185_981_261, 7374)
			.saturating_add(Weight::from_parts(3_010, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:2 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:2 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:0)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:1 w:0)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	fn call() -> Weight {
		// Proof size: measured `1633`, estimated `7573`.
		// Minimum execution time: 86_841_000 picoseconds.
		Weight::from_parts(108_303_000, 7573)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:2 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:2 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:0)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:1 w:0)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderIR` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderIR` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderFirstValues` (r:0 w:1)
	/// Proof: `Revive::EthBlockBuilderFirstValues` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn eth_call(_d: u32, ) -> Weight {
		// Proof size: measured `1636`, estimated `7576`.
		// Minimum execution time: 167_824_000 picoseconds.
		Weight::from_parts(201_628_252, 7576)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderIR` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderIR` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderFirstValues` (r:0 w:1)
	/// Proof: `Revive::EthBlockBuilderFirstValues` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn eth_substrate_call(c: u32, ) -> Weight {
		// Proof size: measured `203`, estimated `3668`.
		// Minimum execution time: 23_069_000 picoseconds.
		Weight::from_parts(34_676_798, 3668)
			.saturating_add(Weight::from_parts(4_641, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:1)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:0 w:1)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn upload_code(c: u32, ) -> Weight {
		// Proof size: measured `259`, estimated `3724`.
		// Minimum execution time: 56_258_000 picoseconds.
		Weight::from_parts(71_574_191, 3724)
			.saturating_add(Weight::from_parts(9_992, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Revive::CodeInfoOf` (r:1 w:1)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:0 w:1)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn remove_code() -> Weight {
		// Proof size: measured `392`, estimated `3857`.
		// Minimum execution time: 46_521_000 picoseconds.
		Weight::from_parts(58_319_000, 3857)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:2 w:2)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:0 w:1)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn set_code() -> Weight {
		// Proof size: measured `801`, estimated `6741`.
		// Minimum execution time: 60_576_000 picoseconds.
		Weight::from_parts(75_604_000, 6741)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:1 w:1)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `Measured`)
	fn map_account() -> Weight {
		// Proof size: measured `657`, estimated `4122`.
		// Minimum execution time: 50_678_000 picoseconds.
		Weight::from_parts(67_216_000, 4122)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:0 w:1)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	fn unmap_account() -> Weight {
		// Proof size: measured `56`, estimated `3521`.
		// Minimum execution time: 25_289_000 picoseconds.
		Weight::from_parts(31_774_000, 3521)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `System::Account` (r:1024 w:1024)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:1024 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1024 w:1024)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `Measured`)
	fn batch_map_accounts(a: u32, ) -> Weight {
		// Proof size: measured `518`, estimated `3995`.
		// Minimum execution time: 9_198_000 picoseconds.
		Weight::from_parts(9_437_000, 3995)
			.saturating_add(Weight::from_parts(48_594_156, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(a.into())))
			.saturating_add(Weight::from_parts(0, 2690).saturating_mul(a.into()))
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	fn dispatch_as_fallback_account() -> Weight {
		// Proof size: measured `203`, estimated `3668`.
		// Minimum execution time: 10_107_000 picoseconds.
		Weight::from_parts(17_510_000, 3668)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	fn noop_host_fn(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 6_687_000 picoseconds.
		Weight::from_parts(12_273_733, 0)
			.saturating_add(Weight::from_parts(89_254, 0).saturating_mul(r.into()))
	}
	fn seal_caller() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 231_000 picoseconds.
		Weight::from_parts(561_000, 0)
	}
	fn seal_origin() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 209_000 picoseconds.
		Weight::from_parts(477_000, 0)
	}
	/// Storage: `Revive::OriginalAccount` (r:1 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	fn to_account_id() -> Weight {
		// Proof size: measured `431`, estimated `3896`.
		// Minimum execution time: 9_254_000 picoseconds.
		Weight::from_parts(11_169_000, 3896)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	fn seal_code_hash() -> Weight {
		// Proof size: measured `124`, estimated `3589`.
		// Minimum execution time: 3_449_000 picoseconds.
		Weight::from_parts(5_027_000, 3589)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	fn own_code_hash() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 3_001_000 picoseconds.
		Weight::from_parts(4_846_000, 0)
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:0)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	fn seal_code_size() -> Weight {
		// Proof size: measured `197`, estimated `3662`.
		// Minimum execution time: 6_685_000 picoseconds.
		Weight::from_parts(8_421_000, 3662)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	fn caller_is_origin() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 996_000 picoseconds.
		Weight::from_parts(1_820_000, 0)
	}
	fn caller_is_root() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 996_000 picoseconds.
		Weight::from_parts(1_803_000, 0)
	}
	fn origin_is_root() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 977_000 picoseconds.
		Weight::from_parts(1_730_000, 0)
	}
	fn seal_address() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 197_000 picoseconds.
		Weight::from_parts(447_000, 0)
	}
	fn weight_left() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 987_000 picoseconds.
		Weight::from_parts(1_794_000, 0)
	}
	fn seal_ref_time_left() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 2_089_000 picoseconds.
		Weight::from_parts(3_037_000, 0)
	}
	fn seal_balance() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 3_884_000 picoseconds.
		Weight::from_parts(5_587_000, 0)
	}
	/// Storage: `Revive::OriginalAccount` (r:1 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `Revive::AccountInfoOf` (r:1 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	fn seal_balance_of() -> Weight {
		// Proof size: measured `638`, estimated `4103`.
		// Minimum execution time: 12_219_000 picoseconds.
		Weight::from_parts(14_967_000, 4103)
			.saturating_add(T::DbWeight::get().reads(3_u64))
	}
	/// Storage: `Revive::ImmutableDataOf` (r:1 w:0)
	/// Proof: `Revive::ImmutableDataOf` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `Measured`)
	fn seal_get_immutable_data(n: u32, ) -> Weight {
		// Proof size: measured `13`, estimated `3476`.
		// Minimum execution time: 5_838_000 picoseconds.
		Weight::from_parts(7_285_129, 3476)
			.saturating_add(Weight::from_parts(536, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(Weight::from_parts(0, 1).saturating_mul(n.into()))
	}
	/// Storage: `Revive::ImmutableDataOf` (r:0 w:1)
	/// Proof: `Revive::ImmutableDataOf` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `Measured`)
	fn seal_set_immutable_data(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 2_518_000 picoseconds.
		Weight::from_parts(3_580_898, 0)
			.saturating_add(Weight::from_parts(900, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn seal_value_transferred() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 198_000 picoseconds.
		Weight::from_parts(464_000, 0)
	}
	fn minimum_balance() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_110_000 picoseconds.
		Weight::from_parts(1_982_000, 0)
	}
	fn seal_return_data_size() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 189_000 picoseconds.
		Weight::from_parts(374_000, 0)
	}
	fn seal_call_data_size() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 201_000 picoseconds.
		Weight::from_parts(393_000, 0)
	}
	fn seal_gas_limit() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 188_000 picoseconds.
		Weight::from_parts(387_000, 0)
	}
	fn seal_gas_price() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 867_000 picoseconds.
		Weight::from_parts(1_443_000, 0)
	}
	fn seal_base_fee() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 831_000 picoseconds.
		Weight::from_parts(1_334_000, 0)
	}
	fn seal_block_number() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 198_000 picoseconds.
		Weight::from_parts(471_000, 0)
	}
	/// Storage: `Session::Validators` (r:1 w:0)
	/// Proof: `Session::Validators` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn seal_block_author() -> Weight {
		// Proof size: measured `141`, estimated `1626`.
		// Minimum execution time: 16_457_000 picoseconds.
		Weight::from_parts(21_106_000, 1626)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	/// Storage: `Revive::BlockHash` (r:1 w:0)
	/// Proof: `Revive::BlockHash` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `Measured`)
	fn seal_block_hash() -> Weight {
		// Proof size: measured `22`, estimated `3487`.
		// Minimum execution time: 4_924_000 picoseconds.
		Weight::from_parts(6_086_000, 3487)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	fn seal_now() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 206_000 picoseconds.
		Weight::from_parts(516_000, 0)
	}
	fn seal_copy_to_contract(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 382_000 picoseconds.
		Weight::from_parts(521_000, 0)
			.saturating_add(Weight::from_parts(146, 0).saturating_mul(n.into()))
	}
	fn seal_call_data_load() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 237_000 picoseconds.
		Weight::from_parts(507_000, 0)
	}
	fn seal_call_data_copy(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 305_000 picoseconds.
		Weight::from_parts(539_000, 0)
			.saturating_add(Weight::from_parts(91, 0).saturating_mul(n.into()))
	}
	fn seal_return(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 284_000 picoseconds.
		Weight::from_parts(1_025_390, 0)
			.saturating_add(Weight::from_parts(161, 0).saturating_mul(n.into()))
	}
	/// Storage: `Revive::OriginalAccount` (r:2 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	fn seal_terminate(_r: u32, ) -> Weight {
		// Proof size: measured `421`, estimated `6361`.
		// Minimum execution time: 13_259_000 picoseconds.
		Weight::from_parts(16_786_297, 6361)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `Measured`)
	/// Storage: `Revive::OriginalAccount` (r:2 w:1)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `Measured`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:1)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Revive::DeletionQueueCounter` (r:1 w:1)
	/// Proof: `Revive::DeletionQueueCounter` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Revive::DeletionQueue` (r:0 w:1)
	/// Proof: `Revive::DeletionQueue` (`max_values`: None, `max_size`: Some(174), added: 2649, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:0 w:1)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::ImmutableDataOf` (r:0 w:1)
	/// Proof: `Revive::ImmutableDataOf` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `Measured`)
	fn seal_terminate_logic() -> Weight {
		// Proof size: measured `869`, estimated `6809`.
		// Minimum execution time: 218_603_000 picoseconds.
		Weight::from_parts(259_715_000, 6809)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn seal_deposit_event(t: u32, n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_432_000 picoseconds.
		Weight::from_parts(7_054_939, 0)
			.saturating_add(Weight::from_parts(610_961, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(804, 0).saturating_mul(n.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn get_storage_empty() -> Weight {
		// Proof size: measured `648`, estimated `648`.
		// Minimum execution time: 6_105_000 picoseconds.
		Weight::from_parts(8_153_000, 648)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn get_storage_full() -> Weight {
		// Proof size: measured `10658`, estimated `10658`.
		// Minimum execution time: 32_929_000 picoseconds.
		Weight::from_parts(36_760_000, 10658)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn set_storage_empty() -> Weight {
		// Proof size: measured `648`, estimated `648`.
		// Minimum execution time: 7_664_000 picoseconds.
		Weight::from_parts(10_156_000, 648)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn set_storage_full() -> Weight {
		// Proof size: measured `10658`, estimated `10658`.
		// Minimum execution time: 33_797_000 picoseconds.
		Weight::from_parts(37_406_000, 10658)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn overlay_probe_full(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_051_149_000 picoseconds.
		Weight::from_parts(1_130_373_500, 0)
			.saturating_add(Weight::from_parts(1_150_729, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().writes(2048_u64))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn overlay_probe_empty(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_020_000 picoseconds.
		Weight::from_parts(30_032_300, 0)
			.saturating_add(Weight::from_parts(918_128, 0).saturating_mul(n.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn seal_set_storage(n: u32, o: u32, ) -> Weight {
		// Proof size: measured `248`, estimated `246`.
		// Minimum execution time: 10_714_000 picoseconds.
		Weight::from_parts(15_009_921, 246)
			.saturating_add(Weight::from_parts(283, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(676, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 1).saturating_mul(o.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn seal_set_storage_hot(n: u32, o: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 4_081_000 picoseconds.
		Weight::from_parts(7_104_106, 0)
			.saturating_add(Weight::from_parts(132, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(104, 0).saturating_mul(o.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn clear_storage(n: u32, ) -> Weight {
		// Proof size: measured `248`, estimated `246`.
		// Minimum execution time: 11_540_000 picoseconds.
		Weight::from_parts(16_745_213, 246)
			.saturating_add(Weight::from_parts(209, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 1).saturating_mul(n.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn clear_storage_hot(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_011_000 picoseconds.
		Weight::from_parts(7_919_914, 0)
			.saturating_add(Weight::from_parts(304, 0).saturating_mul(n.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn seal_get_storage(n: u32, ) -> Weight {
		// Proof size: measured `248`, estimated `246`.
		// Minimum execution time: 9_849_000 picoseconds.
		Weight::from_parts(14_348_128, 246)
			.saturating_add(Weight::from_parts(2_096, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(Weight::from_parts(0, 1).saturating_mul(n.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn seal_get_storage_hot(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 2_786_000 picoseconds.
		Weight::from_parts(4_762_710, 0)
			.saturating_add(Weight::from_parts(697, 0).saturating_mul(n.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn contains_storage(n: u32, ) -> Weight {
		// Proof size: measured `248`, estimated `246`.
		// Minimum execution time: 10_736_000 picoseconds.
		Weight::from_parts(16_018_611, 246)
			.saturating_add(Weight::from_parts(722, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(Weight::from_parts(0, 1).saturating_mul(n.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn contains_storage_hot(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 3_655_000 picoseconds.
		Weight::from_parts(6_094_070, 0)
			.saturating_add(Weight::from_parts(162, 0).saturating_mul(n.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn take_storage(n: u32, ) -> Weight {
		// Proof size: measured `248`, estimated `246`.
		// Minimum execution time: 12_203_000 picoseconds.
		Weight::from_parts(18_699_878, 246)
			.saturating_add(Weight::from_parts(3_328, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 1).saturating_mul(n.into()))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn take_storage_hot(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_141_000 picoseconds.
		Weight::from_parts(9_797_209, 0)
			.saturating_add(Weight::from_parts(1_507, 0).saturating_mul(n.into()))
	}
	fn access_list_touch_cold_full() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 2_988_000 picoseconds.
		Weight::from_parts(3_604_000, 0)
	}
	fn access_list_touch_hot_full() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 3_309_000 picoseconds.
		Weight::from_parts(3_915_000, 0)
	}
	fn access_list_touch_cold_empty() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 415_000 picoseconds.
		Weight::from_parts(675_000, 0)
	}
	fn access_list_touch_hot_single_element() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 327_000 picoseconds.
		Weight::from_parts(523_000, 0)
	}
	fn access_list_rollback_amortization() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 3_182_000 picoseconds.
		Weight::from_parts(4_007_000, 0)
	}
	fn set_transient_storage_empty() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_456_000 picoseconds.
		Weight::from_parts(2_504_000, 0)
	}
	fn set_transient_storage_full() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_993_000 picoseconds.
		Weight::from_parts(3_037_000, 0)
	}
	fn get_transient_storage_empty() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_364_000 picoseconds.
		Weight::from_parts(2_191_000, 0)
	}
	fn get_transient_storage_full() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_490_000 picoseconds.
		Weight::from_parts(2_215_000, 0)
	}
	fn rollback_transient_storage() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_002_000 picoseconds.
		Weight::from_parts(1_480_000, 0)
	}
	fn seal_set_transient_storage(n: u32, o: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 2_098_000 picoseconds.
		Weight::from_parts(2_140_126, 0)
			.saturating_add(Weight::from_parts(3_355, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(3_510, 0).saturating_mul(o.into()))
	}
	fn seal_clear_transient_storage(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 2_859_000 picoseconds.
		Weight::from_parts(5_175_927, 0)
			.saturating_add(Weight::from_parts(919, 0).saturating_mul(n.into()))
	}
	fn seal_get_transient_storage(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_762_000 picoseconds.
		Weight::from_parts(3_070_487, 0)
			.saturating_add(Weight::from_parts(1_733, 0).saturating_mul(n.into()))
	}
	fn seal_contains_transient_storage(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 2_524_000 picoseconds.
		Weight::from_parts(4_591_640, 0)
			.saturating_add(Weight::from_parts(269, 0).saturating_mul(n.into()))
	}
	fn seal_take_transient_storage(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 3_127_000 picoseconds.
		Weight::from_parts(5_596_579, 0)
			.saturating_add(Weight::from_parts(39, 0).saturating_mul(n.into()))
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	fn seal_call_precompile(d: u32, i: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `1839`.
		// Minimum execution time: 18_000_000 picoseconds.
		Weight::from_parts(10_415_889, 1839)
			.saturating_add(Weight::from_parts(13_941_123, 0).saturating_mul(d.into()))
			.saturating_add(Weight::from_parts(270, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 1839).saturating_mul(d.into()))
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:0)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:1 w:0)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn seal_delegate_call() -> Weight {
		// Proof size: measured `750`, estimated `4215`.
		// Minimum execution time: 24_175_000 picoseconds.
		Weight::from_parts(30_879_000, 4215)
			.saturating_add(T::DbWeight::get().reads(3_u64))
	}
	/// Storage: `Revive::CodeInfoOf` (r:1 w:1)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:1 w:0)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::AccountInfoOf` (r:1 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::NativeDepositOf` (r:1 w:0)
	/// Proof: `Revive::NativeDepositOf` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	fn seal_instantiate(t: u32, _d: u32, i: u32, ) -> Weight {
		// Proof size: measured `648`, estimated `4147`.
		// Minimum execution time: 104_030_000 picoseconds.
		Weight::from_parts(127_169_844, 4147)
			.saturating_add(Weight::from_parts(1_213_074, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(3_049, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::NativeDepositOf` (r:1 w:0)
	/// Proof: `Revive::NativeDepositOf` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `Measured`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:1)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:0 w:1)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn evm_instantiate(t: u32, d: u32, i: u32, ) -> Weight {
		// Proof size: measured `304`, estimated `6232`.
		// Minimum execution time: 246_305_000 picoseconds.
		Weight::from_parts(253_727_924, 6232)
			.saturating_add(Weight::from_parts(4_463, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(Weight::from_parts(0, 14).saturating_mul(d.into()))
			.saturating_add(Weight::from_parts(0, 14).saturating_mul(t.into()))
	}
	fn sha2_256(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_211_000 picoseconds.
		Weight::from_parts(1_987_000, 0)
			.saturating_add(Weight::from_parts(826, 0).saturating_mul(n.into()))
	}
	fn identity(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 629_000 picoseconds.
		Weight::from_parts(1_013_000, 0)
			.saturating_add(Weight::from_parts(189, 0).saturating_mul(n.into()))
	}
	fn ripemd_160(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_280_000 picoseconds.
		Weight::from_parts(1_704_000, 0)
			.saturating_add(Weight::from_parts(3_221, 0).saturating_mul(n.into()))
	}
	fn seal_hash_keccak_256(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_021_000 picoseconds.
		Weight::from_parts(1_463_000, 0)
			.saturating_add(Weight::from_parts(2_376, 0).saturating_mul(n.into()))
	}
	fn hash_blake2_256(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_696_000 picoseconds.
		Weight::from_parts(2_497_000, 0)
			.saturating_add(Weight::from_parts(971, 0).saturating_mul(n.into()))
	}
	fn hash_blake2_128(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_709_000 picoseconds.
		Weight::from_parts(2_562_000, 0)
			.saturating_add(Weight::from_parts(1_006, 0).saturating_mul(n.into()))
	}
	fn seal_sr25519_verify(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 39_959_000 picoseconds.
		Weight::from_parts(33_894_750, 0)
			.saturating_add(Weight::from_parts(3_059, 0).saturating_mul(n.into()))
	}
	fn ecdsa_recover() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 31_129_000 picoseconds.
		Weight::from_parts(36_665_000, 0)
	}
	fn p256_verify() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_004_761_000 picoseconds.
		Weight::from_parts(1_102_845_000, 0)
	}
	fn bn128_add() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 11_262_000 picoseconds.
		Weight::from_parts(13_737_000, 0)
	}
	fn bn128_mul() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 605_252_000 picoseconds.
		Weight::from_parts(641_783_000, 0)
	}
	fn bn128_pairing(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_216_000 picoseconds.
		Weight::from_parts(1_582_542_999, 0)
			.saturating_add(Weight::from_parts(3_996_955_215, 0).saturating_mul(n.into()))
	}
	fn blake2f(n: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 753_000 picoseconds.
		Weight::from_parts(1_397_683, 0)
			.saturating_add(Weight::from_parts(15_097, 0).saturating_mul(n.into()))
	}
	fn seal_ecdsa_to_eth_address() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 10_302_000 picoseconds.
		Weight::from_parts(11_840_000, 0)
	}
	fn evm_opcode(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 470_000 picoseconds.
		Weight::from_parts(881_684, 0)
			.saturating_add(Weight::from_parts(4_945, 0).saturating_mul(r.into()))
	}
	fn evm_pop_opcode(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 401_000 picoseconds.
		Weight::from_parts(971_746, 0)
			.saturating_add(Weight::from_parts(5_428, 0).saturating_mul(r.into()))
	}
	fn evm_div_opcode(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 673_000 picoseconds.
		Weight::from_parts(1_229_400, 0)
			.saturating_add(Weight::from_parts(257_002, 0).saturating_mul(r.into()))
	}
	fn evm_div_opcode_one_limb_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 707_000 picoseconds.
		Weight::from_parts(1_592_230, 0)
			.saturating_add(Weight::from_parts(159_034, 0).saturating_mul(r.into()))
	}
	fn evm_div_opcode_mixed_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 767_000 picoseconds.
		Weight::from_parts(2_245_487, 0)
			.saturating_add(Weight::from_parts(218_333, 0).saturating_mul(r.into()))
	}
	fn evm_div_opcode_fixed_knuth_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 684_000 picoseconds.
		Weight::from_parts(1_395_776, 0)
			.saturating_add(Weight::from_parts(259_198, 0).saturating_mul(r.into()))
	}
	fn evm_sdiv_opcode(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 617_000 picoseconds.
		Weight::from_parts(1_463_382, 0)
			.saturating_add(Weight::from_parts(276_957, 0).saturating_mul(r.into()))
	}
	fn evm_sdiv_opcode_one_limb_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 602_000 picoseconds.
		Weight::from_parts(1_055_407, 0)
			.saturating_add(Weight::from_parts(170_232, 0).saturating_mul(r.into()))
	}
	fn evm_sdiv_opcode_mixed_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 769_000 picoseconds.
		Weight::from_parts(2_095_715, 0)
			.saturating_add(Weight::from_parts(230_605, 0).saturating_mul(r.into()))
	}
	fn evm_sdiv_opcode_fixed_knuth_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 624_000 picoseconds.
		Weight::from_parts(1_456_746, 0)
			.saturating_add(Weight::from_parts(272_786, 0).saturating_mul(r.into()))
	}
	fn evm_mod_opcode(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 635_000 picoseconds.
		Weight::from_parts(1_169_271, 0)
			.saturating_add(Weight::from_parts(278_727, 0).saturating_mul(r.into()))
	}
	fn evm_mod_opcode_one_limb_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 510_000 picoseconds.
		Weight::from_parts(1_340_817, 0)
			.saturating_add(Weight::from_parts(169_985, 0).saturating_mul(r.into()))
	}
	fn evm_mod_opcode_mixed_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 449_000 picoseconds.
		Weight::from_parts(2_236_831, 0)
			.saturating_add(Weight::from_parts(217_869, 0).saturating_mul(r.into()))
	}
	fn evm_mod_opcode_fixed_knuth_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 659_000 picoseconds.
		Weight::from_parts(1_327_750, 0)
			.saturating_add(Weight::from_parts(255_141, 0).saturating_mul(r.into()))
	}
	fn evm_smod_opcode(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 561_000 picoseconds.
		Weight::from_parts(1_521_610, 0)
			.saturating_add(Weight::from_parts(267_863, 0).saturating_mul(r.into()))
	}
	fn evm_smod_opcode_one_limb_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 385_000 picoseconds.
		Weight::from_parts(1_075_002, 0)
			.saturating_add(Weight::from_parts(168_624, 0).saturating_mul(r.into()))
	}
	fn evm_smod_opcode_mixed_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 715_000 picoseconds.
		Weight::from_parts(2_019_628, 0)
			.saturating_add(Weight::from_parts(223_845, 0).saturating_mul(r.into()))
	}
	fn evm_smod_opcode_fixed_knuth_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 710_000 picoseconds.
		Weight::from_parts(1_207_576, 0)
			.saturating_add(Weight::from_parts(269_127, 0).saturating_mul(r.into()))
	}
	fn evm_addmod_opcode(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 730_000 picoseconds.
		Weight::from_parts(1_650_951, 0)
			.saturating_add(Weight::from_parts(555_328, 0).saturating_mul(r.into()))
	}
	fn evm_addmod_opcode_one_limb_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 657_000 picoseconds.
		Weight::from_parts(1_787_817, 0)
			.saturating_add(Weight::from_parts(330_416, 0).saturating_mul(r.into()))
	}
	fn evm_addmod_opcode_mixed_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 534_000 picoseconds.
		Weight::from_parts(3_032_104, 0)
			.saturating_add(Weight::from_parts(454_290, 0).saturating_mul(r.into()))
	}
	fn evm_addmod_opcode_fixed_knuth_variant(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 538_000 picoseconds.
		Weight::from_parts(1_374_895, 0)
			.saturating_add(Weight::from_parts(542_453, 0).saturating_mul(r.into()))
	}
	fn evm_mulmod_opcode(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 700_000 picoseconds.
		Weight::from_parts(1_703_938, 0)
			.saturating_add(Weight::from_parts(371_009, 0).saturating_mul(r.into()))
	}
	fn instr(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 28_850_000 picoseconds.
		Weight::from_parts(140_425_433, 0)
			.saturating_add(Weight::from_parts(209_773, 0).saturating_mul(r.into()))
	}
	fn instr_empty_loop(r: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 2_564_000 picoseconds.
		Weight::from_parts(4_753_330, 0)
			.saturating_add(Weight::from_parts(27_306, 0).saturating_mul(r.into()))
	}
	/// Storage: `Revive::AccountInfoOf` (r:1 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `Measured`)
	/// Storage: `Revive::CodeInfoOf` (r:1 w:0)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `Measured`)
	/// Storage: `Revive::PristineCode` (r:1 w:0)
	/// Proof: `Revive::PristineCode` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn extcodecopy(n: u32, ) -> Weight {
		// Proof size: measured `368`, estimated `3832`.
		// Minimum execution time: 17_508_000 picoseconds.
		Weight::from_parts(19_111_318, 3832)
			.saturating_add(Weight::from_parts(1_044, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(Weight::from_parts(0, 1).saturating_mul(n.into()))
	}
	/// Storage: UNKNOWN KEY `0x735f040a5d490f1107ad9c56f5ca00d2060e99e5378e562537cf3bc983e17b91` (r:2 w:1)
	/// Proof: UNKNOWN KEY `0x735f040a5d490f1107ad9c56f5ca00d2060e99e5378e562537cf3bc983e17b91` (r:2 w:1)
	/// Storage: `Revive::AccountInfoOf` (r:0 w:1)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn v1_migration_step() -> Weight {
		// Proof size: measured `349`, estimated `6289`.
		// Minimum execution time: 11_177_000 picoseconds.
		Weight::from_parts(18_389_000, 6289)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Revive::CodeInfoOf` (r:2 w:1)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn v2_migration_step() -> Weight {
		// Proof size: measured `474`, estimated `6398`.
		// Minimum execution time: 54_301_000 picoseconds.
		Weight::from_parts(66_355_000, 6398)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `System::Account` (r:2 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Revive::OriginalAccount` (r:1 w:1)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn v3_migration_step() -> Weight {
		// Proof size: measured `663`, estimated `6196`.
		// Minimum execution time: 36_356_000 picoseconds.
		Weight::from_parts(45_584_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Revive::CodeInfoOf` (r:2 w:0)
	/// Proof: `Revive::CodeInfoOf` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Revive::NativeDepositOf` (r:1 w:1)
	/// Proof: `Revive::NativeDepositOf` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn v4_code_upload_step() -> Weight {
		// Proof size: measured `452`, estimated `6134`.
		// Minimum execution time: 12_576_000 picoseconds.
		Weight::from_parts(15_855_000, 6134)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Revive::AccountInfoOf` (r:2 w:0)
	/// Proof: `Revive::AccountInfoOf` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Revive::OriginalAccount` (r:1 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:0)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn v4_contract_step() -> Weight {
		// Proof size: measured `943`, estimated `6434`.
		// Minimum execution time: 18_852_000 picoseconds.
		Weight::from_parts(22_771_000, 6434)
			.saturating_add(T::DbWeight::get().reads(4_u64))
	}
	/// Storage: `Revive::DeletionQueue` (r:2 w:1)
	/// Proof: `Revive::DeletionQueue` (`max_values`: None, `max_size`: Some(174), added: 2649, mode: `MaxEncodedLen`)
	fn v4_deletion_queue_step() -> Weight {
		// Proof size: measured `280`, estimated `6288`.
		// Minimum execution time: 9_264_000 picoseconds.
		Weight::from_parts(10_970_000, 6288)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Revive::EthBlockBuilderIR` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderIR` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::BlockHash` (r:1 w:1)
	/// Proof: `Revive::BlockHash` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Revive::EthereumBlock` (r:0 w:1)
	/// Proof: `Revive::EthereumBlock` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::ReceiptInfoData` (r:0 w:1)
	/// Proof: `Revive::ReceiptInfoData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderFirstValues` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderFirstValues` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn on_finalize_per_transaction(n: u32, ) -> Weight {
		// Proof size: measured `1713`, estimated `4584`.
		// Minimum execution time: 23_188_000 picoseconds.
		Weight::from_parts(39_961_025, 4584)
			.saturating_add(Weight::from_parts(559_348, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(Weight::from_parts(0, 121).saturating_mul(n.into()))
	}
	/// Storage: `Revive::EthBlockBuilderIR` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderIR` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::BlockHash` (r:1 w:1)
	/// Proof: `Revive::BlockHash` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderFirstValues` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderFirstValues` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::EthereumBlock` (r:0 w:1)
	/// Proof: `Revive::EthereumBlock` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::ReceiptInfoData` (r:0 w:1)
	/// Proof: `Revive::ReceiptInfoData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn on_finalize_per_transaction_data(d: u32, ) -> Weight {
		// Proof size: measured `3390`, estimated `6856`.
		// Minimum execution time: 53_061_000 picoseconds.
		Weight::from_parts(61_010_236, 6856)
			.saturating_add(Weight::from_parts(9_684, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(Weight::from_parts(0, 3).saturating_mul(d.into()))
	}
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderIR` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderIR` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::BlockHash` (r:1 w:1)
	/// Proof: `Revive::BlockHash` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderFirstValues` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderFirstValues` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::EthereumBlock` (r:0 w:1)
	/// Proof: `Revive::EthereumBlock` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::ReceiptInfoData` (r:0 w:1)
	/// Proof: `Revive::ReceiptInfoData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn on_finalize_per_event(_e: u32, ) -> Weight {
		// Proof size: measured `1375`, estimated `4840`.
		// Minimum execution time: 39_200_000 picoseconds.
		Weight::from_parts(51_201_966, 4840)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderIR` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderIR` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::BlockHash` (r:1 w:1)
	/// Proof: `Revive::BlockHash` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Revive::EthBlockBuilderFirstValues` (r:1 w:1)
	/// Proof: `Revive::EthBlockBuilderFirstValues` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::EthereumBlock` (r:0 w:1)
	/// Proof: `Revive::EthereumBlock` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Revive::ReceiptInfoData` (r:0 w:1)
	/// Proof: `Revive::ReceiptInfoData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn on_finalize_per_event_data(d: u32, ) -> Weight {
		// Proof size: measured `1375`, estimated `4840`.
		// Minimum execution time: 38_127_000 picoseconds.
		Weight::from_parts(48_790_880, 4840)
			.saturating_add(Weight::from_parts(15, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Not measured here (see `scripts/benchmark-pallets.sh`): upstream's weight, with our
	/// database weights.
	fn seal_call(t: u32, d: u32, i: u32) -> Weight {
		pallet_revive::weights::SubstrateWeight::<T>::seal_call(t, d, i)
	}
}
