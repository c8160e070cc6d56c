//! Weights of `pallet_storage_market` that the zerog runtime runs with: the pallet's generated
//! `SubstrateWeight`, from the same run (`zerog-node benchmark pallet`, CLI 64.0.0).
//! Date 2026-12-05; 20 steps, 5 repeats; wasm execution `Compiled`;
//! machine `vm` (Intel(R) Xeon(R) Processor). Regenerate with `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weights measured on the benchmark machine, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_storage_market::WeightInfo for WeightInfo<T> {
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:1 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(721), added: 3196, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderCount` (r:1 w:1)
	/// Proof: `StorageMarket::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderSlots` (r:0 w:1)
	/// Proof: `StorageMarket::ProviderSlots` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn register_provider() -> Weight {
		// Proof size: measured `885`, estimated `4186`.
		// Minimum execution time: 33_522_000 picoseconds.
		Weight::from_parts(38_653_000, 4186)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	fn update_provider() -> Weight {
		// Proof size: measured `259`, estimated `3567`.
		// Minimum execution time: 12_759_000 picoseconds.
		Weight::from_parts(14_566_000, 3567)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	fn set_provider_status() -> Weight {
		// Proof size: measured `259`, estimated `3567`.
		// Minimum execution time: 12_936_000 picoseconds.
		Weight::from_parts(15_013_000, 3567)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:2 w:2)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderCount` (r:1 w:1)
	/// Proof: `StorageMarket::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderSlots` (r:1 w:2)
	/// Proof: `StorageMarket::ProviderSlots` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:0 w:1)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50226), added: 52701, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Evicting` (r:0 w:1)
	/// Proof: `StorageMarket::Evicting` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderIdentities` (r:0 w:1)
	/// Proof: `StorageMarket::ProviderIdentities` (`max_values`: None, `max_size`: Some(635), added: 3110, mode: `MaxEncodedLen`)
	fn deregister_provider() -> Weight {
		// Proof size: measured `437`, estimated `6144`.
		// Minimum execution time: 33_320_000 picoseconds.
		Weight::from_parts(38_212_000, 6144)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:0)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderIdentities` (r:0 w:1)
	/// Proof: `StorageMarket::ProviderIdentities` (`max_values`: None, `max_size`: Some(635), added: 3110, mode: `MaxEncodedLen`)
	fn set_network_identity() -> Weight {
		// Proof size: measured `238`, estimated `3567`.
		// Minimum execution time: 16_500_000 picoseconds.
		Weight::from_parts(18_811_000, 3567)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::NextOrderId` (r:1 w:1)
	/// Proof: `StorageMarket::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderCount` (r:1 w:0)
	/// Proof: `StorageMarket::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderSlots` (r:64 w:0)
	/// Proof: `StorageMarket::ProviderSlots` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Providers` (r:64 w:32)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:32 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:32 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(721), added: 3196, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Expiring` (r:1 w:1)
	/// Proof: `StorageMarket::Expiring` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:0 w:1)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:0 w:32)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Assigned` (r:0 w:32)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::OrdersByRoot` (r:0 w:1)
	/// Proof: `StorageMarket::OrdersByRoot` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ConfirmDeadlines` (r:0 w:32)
	/// Proof: `StorageMarket::ConfirmDeadlines` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn place_order(f: u32, p: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `8523`.
		// Minimum execution time: 597_193_000 picoseconds.
		Weight::from_parts(148_167_536, 8523)
			.saturating_add(Weight::from_parts(22_474_767, 0).saturating_mul(f.into()))
			.saturating_add(Weight::from_parts(7_003_865, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(f.into())))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 3196).saturating_mul(f.into()))
			.saturating_add(Weight::from_parts(0, 2577).saturating_mul(p.into()))
	}
	/// Storage: `StorageMarket::Assigned` (r:32 w:0)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:32 w:0)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:32 w:32)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:1)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50238), added: 52713, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ConfirmDeadlines` (r:0 w:32)
	/// Proof: `StorageMarket::ConfirmDeadlines` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn confirm_fragments(n: u32, ) -> Weight {
		// Proof size: measured `605`, estimated `53703`.
		// Minimum execution time: 34_090_000 picoseconds.
		Weight::from_parts(17_106_539, 53703)
			.saturating_add(Weight::from_parts(19_869_844, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2610).saturating_mul(n.into()))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:1 w:0)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50226), added: 52701, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:0)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50238), added: 52713, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:1 w:1)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(721), added: 3196, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Validators` (r:1 w:0)
	/// Proof: `Staking::Validators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::RepairFund` (r:1 w:1)
	/// Proof: `StorageMarket::RepairFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::PeriodSeed` (r:1 w:0)
	/// Proof: `StorageMarket::PeriodSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:256 w:256)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:256 w:256)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Evicting` (r:0 w:1)
	/// Proof: `StorageMarket::Evicting` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn submit_proof(c: u32, h: u32, d: u32, ) -> Weight {
		// Proof size: measured `1969`, estimated `53703`.
		// Minimum execution time: 511_855_000 picoseconds.
		Weight::from_parts(513_257_000, 53703)
			.saturating_add(Weight::from_parts(5_760_951, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(41_884_440, 0).saturating_mul(h.into()))
			.saturating_add(Weight::from_parts(11_004_827, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(h.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 2610).saturating_mul(h.into()))
	}
	/// Storage: `StorageMarket::Orders` (r:1 w:1)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Expiring` (r:2 w:2)
	/// Proof: `StorageMarket::Expiring` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn renew_order() -> Weight {
		// Proof size: measured `886`, estimated `10064`.
		// Minimum execution time: 79_948_000 picoseconds.
		Weight::from_parts(95_007_000, 10064)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `StorageMarket::Orders` (r:1 w:1)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_auto_renew() -> Weight {
		// Proof size: measured `497`, estimated `3600`.
		// Minimum execution time: 15_824_000 picoseconds.
		Weight::from_parts(18_778_000, 3600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Prepaid` (r:1 w:1)
	/// Proof: `StorageMarket::Prepaid` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn prepay() -> Weight {
		// Proof size: measured `319`, estimated `6196`.
		// Minimum execution time: 45_280_000 picoseconds.
		Weight::from_parts(51_269_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `StorageMarket::Prepaid` (r:1 w:1)
	/// Proof: `StorageMarket::Prepaid` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn withdraw_prepaid() -> Weight {
		// Proof size: measured `409`, estimated `6196`.
		// Minimum execution time: 46_150_000 picoseconds.
		Weight::from_parts(51_444_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:1)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Sweep` (r:1 w:1)
	/// Proof: `StorageMarket::Sweep` (`max_values`: Some(1), `max_size`: Some(144), added: 639, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::PeriodSeed` (r:0 w:1)
	/// Proof: `StorageMarket::PeriodSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn start_period() -> Weight {
		// Proof size: measured `249`, estimated `1629`.
		// Minimum execution time: 12_710_000 picoseconds.
		Weight::from_parts(14_863_000, 1629)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Sweep` (r:1 w:1)
	/// Proof: `StorageMarket::Sweep` (`max_values`: Some(1), `max_size`: Some(144), added: 639, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Evicting` (r:1 w:0)
	/// Proof: `StorageMarket::Evicting` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn sweep_idle() -> Weight {
		// Proof size: measured `112`, estimated `3513`.
		// Minimum execution time: 9_476_000 picoseconds.
		Weight::from_parts(11_016_000, 3513)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:2 w:0)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	fn visit_provider() -> Weight {
		// Proof size: measured `263`, estimated `6144`.
		// Minimum execution time: 8_740_000 picoseconds.
		Weight::from_parts(10_154_000, 6144)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `StorageMarket::Incoming` (r:2 w:1)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50238), added: 52713, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:1 w:1)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50226), added: 52701, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:1 w:1)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(721), added: 3196, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Validators` (r:1 w:0)
	/// Proof: `Staking::Validators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::RepairFund` (r:1 w:1)
	/// Proof: `StorageMarket::RepairFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Providers` (r:0 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Evicting` (r:0 w:1)
	/// Proof: `StorageMarket::Evicting` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn settle_provider(n: u32, ) -> Weight {
		// Proof size: measured `1750`, estimated `106416`.
		// Minimum execution time: 107_040_000 picoseconds.
		Weight::from_parts(134_125_886, 106416)
			.saturating_add(Weight::from_parts(181_514, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ConfirmDeadlines` (r:2 w:1)
	/// Proof: `StorageMarket::ConfirmDeadlines` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:1 w:0)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:1 w:0)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn skip_deadline() -> Weight {
		// Proof size: measured `800`, estimated `6062`.
		// Minimum execution time: 25_876_000 picoseconds.
		Weight::from_parts(29_685_000, 6062)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ConfirmDeadlines` (r:2 w:2)
	/// Proof: `StorageMarket::ConfirmDeadlines` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:33 w:1)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:1 w:0)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:2 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:2 w:1)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(721), added: 3196, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Validators` (r:1 w:0)
	/// Proof: `Staking::Validators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::RepairFund` (r:1 w:1)
	/// Proof: `StorageMarket::RepairFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Providers` (r:16 w:2)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderCount` (r:1 w:0)
	/// Proof: `StorageMarket::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderSlots` (r:16 w:0)
	/// Proof: `StorageMarket::ProviderSlots` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:1 w:1)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50226), added: 52701, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:0)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50238), added: 52713, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Assigned` (r:0 w:2)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	fn miss_confirmation() -> Weight {
		// Proof size: measured `10760`, estimated `85965`.
		// Minimum execution time: 480_769_000 picoseconds.
		Weight::from_parts(532_603_000, 85965)
			.saturating_add(T::DbWeight::get().reads(88_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `StorageMarket::Evicting` (r:1 w:0)
	/// Proof: `StorageMarket::Evicting` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Providers` (r:17 w:2)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:1 w:1)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50226), added: 52701, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:33 w:1)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderCount` (r:1 w:0)
	/// Proof: `StorageMarket::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderSlots` (r:16 w:0)
	/// Proof: `StorageMarket::ProviderSlots` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:1 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(721), added: 3196, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:0)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50238), added: 52713, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Assigned` (r:0 w:2)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ConfirmDeadlines` (r:0 w:1)
	/// Proof: `StorageMarket::ConfirmDeadlines` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn evict_fragment() -> Weight {
		// Proof size: measured `9977`, estimated `85965`.
		// Minimum execution time: 391_308_000 picoseconds.
		Weight::from_parts(429_490_000, 85965)
			.saturating_add(T::DbWeight::get().reads(80_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Expiring` (r:2 w:2)
	/// Proof: `StorageMarket::Expiring` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:1 w:1)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Prepaid` (r:1 w:1)
	/// Proof: `StorageMarket::Prepaid` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn renew_expiring() -> Weight {
		// Proof size: measured `688`, estimated `10064`.
		// Minimum execution time: 38_253_000 picoseconds.
		Weight::from_parts(44_070_000, 10064)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Expiring` (r:1 w:0)
	/// Proof: `StorageMarket::Expiring` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:1 w:0)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:2 w:1)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:1 w:1)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50226), added: 52701, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:0)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50238), added: 52713, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Assigned` (r:0 w:1)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	fn release_fragment() -> Weight {
		// Proof size: measured `4127`, estimated `53703`.
		// Minimum execution time: 102_620_000 picoseconds.
		Weight::from_parts(113_667_000, 53703)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Expiring` (r:1 w:1)
	/// Proof: `StorageMarket::Expiring` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:1 w:1)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:1 w:0)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::OrdersByRoot` (r:0 w:1)
	/// Proof: `StorageMarket::OrdersByRoot` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn close_order() -> Weight {
		// Proof size: measured `737`, estimated `6196`.
		// Minimum execution time: 61_653_000 picoseconds.
		Weight::from_parts(66_112_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
}
