//! Weights of `pallet_storage_market` that the zerog runtime runs with: the pallet's generated
//! `SubstrateWeight`, from the same run (`zerog-node benchmark pallet`, CLI 64.0.0).
//! Date 2026-12-03; 20 steps, 5 repeats; wasm execution `Compiled`;
//! machine `vm` (AMD EPYC). Regenerate with `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weights measured on the benchmark machine, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_storage_market::WeightInfo for WeightInfo<T> {
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:1 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(713), added: 3188, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderCount` (r:1 w:1)
	/// Proof: `StorageMarket::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn register_provider() -> Weight {
		// Proof size: measured `869`, estimated `4178`.
		// Minimum execution time: 25_358_000 picoseconds.
		Weight::from_parts(28_322_000, 4178)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	fn update_provider() -> Weight {
		// Proof size: measured `203`, estimated `3542`.
		// Minimum execution time: 9_474_000 picoseconds.
		Weight::from_parts(10_636_000, 3542)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	fn set_provider_status() -> Weight {
		// Proof size: measured `203`, estimated `3542`.
		// Minimum execution time: 9_435_000 picoseconds.
		Weight::from_parts(10_476_000, 3542)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderCount` (r:1 w:1)
	/// Proof: `StorageMarket::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:0 w:1)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:0 w:1)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Proved` (r:0 w:1)
	/// Proof: `StorageMarket::Proved` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderIdentities` (r:0 w:1)
	/// Proof: `StorageMarket::ProviderIdentities` (`max_values`: None, `max_size`: Some(627), added: 3102, mode: `MaxEncodedLen`)
	fn deregister_provider() -> Weight {
		// Proof size: measured `203`, estimated `3542`.
		// Minimum execution time: 15_974_000 picoseconds.
		Weight::from_parts(17_947_000, 3542)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:0)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderIdentities` (r:0 w:1)
	/// Proof: `StorageMarket::ProviderIdentities` (`max_values`: None, `max_size`: Some(627), added: 3102, mode: `MaxEncodedLen`)
	fn set_network_identity() -> Weight {
		// Proof size: measured `196`, estimated `3542`.
		// Minimum execution time: 12_579_000 picoseconds.
		Weight::from_parts(13_881_000, 3542)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::NextOrderId` (r:1 w:1)
	/// Proof: `StorageMarket::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Providers` (r:257 w:32)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:256 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:256 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(713), added: 3188, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Expiring` (r:1 w:1)
	/// Proof: `StorageMarket::Expiring` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderCount` (r:1 w:0)
	/// Proof: `StorageMarket::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:0 w:1)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:0 w:32)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Assigned` (r:0 w:32)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::OrdersByRoot` (r:0 w:1)
	/// Proof: `StorageMarket::OrdersByRoot` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ConfirmDeadlines` (r:0 w:32)
	/// Proof: `StorageMarket::ConfirmDeadlines` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn place_order(f: u32, p: u32, ) -> Weight {
		// Proof size: measured `1138`, estimated `8523`.
		// Minimum execution time: 893_752_000 picoseconds.
		Weight::from_parts(902_915_000, 8523)
			.saturating_add(Weight::from_parts(10_883_239, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 3188).saturating_mul(p.into()))
	}
	/// Storage: `StorageMarket::Assigned` (r:32 w:0)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:32 w:0)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:32 w:32)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:1)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
	fn confirm_fragments(n: u32, ) -> Weight {
		// Proof size: measured `550`, estimated `53683`.
		// Minimum execution time: 25_799_000 picoseconds.
		Weight::from_parts(7_872_712, 53683)
			.saturating_add(Weight::from_parts(15_301_748, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2610).saturating_mul(n.into()))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:0)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Proved` (r:1 w:1)
	/// Proof: `StorageMarket::Proved` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:1 w:0)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::PeriodSeed` (r:1 w:0)
	/// Proof: `StorageMarket::PeriodSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn submit_proof(c: u32, h: u32, d: u32, ) -> Weight {
		// Proof size: measured `315`, estimated `53683`.
		// Minimum execution time: 51_768_000 picoseconds.
		Weight::from_parts(58_828_000, 53683)
			.saturating_add(Weight::from_parts(6_340_024, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(19_163, 0).saturating_mul(h.into()))
			.saturating_add(Weight::from_parts(5_099_624, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `StorageMarket::Orders` (r:1 w:1)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Expiring` (r:2 w:2)
	/// Proof: `StorageMarket::Expiring` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn renew_order() -> Weight {
		// Proof size: measured `847`, estimated `10064`.
		// Minimum execution time: 77_827_000 picoseconds.
		Weight::from_parts(131_177_000, 10064)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `StorageMarket::Orders` (r:1 w:1)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn set_auto_renew() -> Weight {
		// Proof size: measured `458`, estimated `3600`.
		// Minimum execution time: 11_648_000 picoseconds.
		Weight::from_parts(17_647_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Prepaid` (r:1 w:1)
	/// Proof: `StorageMarket::Prepaid` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn prepay() -> Weight {
		// Proof size: measured `319`, estimated `6196`.
		// Minimum execution time: 43_295_000 picoseconds.
		Weight::from_parts(48_853_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `StorageMarket::Prepaid` (r:1 w:1)
	/// Proof: `StorageMarket::Prepaid` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn withdraw_prepaid() -> Weight {
		// Proof size: measured `401`, estimated `6196`.
		// Minimum execution time: 46_070_000 picoseconds.
		Weight::from_parts(51_618_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `StorageMarket::Fragments` (r:33 w:32)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Providers` (r:32 w:32)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:32 w:32)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:32 w:32)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Assigned` (r:32 w:32)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:0 w:1)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::OrdersByRoot` (r:0 w:1)
	/// Proof: `StorageMarket::OrdersByRoot` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn expire_order() -> Weight {
		// Proof size: measured `11135`, estimated `1687166`.
		// Minimum execution time: 549_084_000 picoseconds.
		Weight::from_parts(586_210_000, 1687166)
			.saturating_add(T::DbWeight::get().reads(163_u64))
			.saturating_add(T::DbWeight::get().writes(164_u64))
	}
	fn start_period() -> Weight { Weight::zero() }
	fn sweep_idle() -> Weight { Weight::zero() }
	fn visit_provider() -> Weight { Weight::zero() }
	fn settle_provider(_n: u32, ) -> Weight { Weight::zero() }
	fn skip_deadline() -> Weight { Weight::zero() }
	fn miss_confirmation() -> Weight { Weight::zero() }
	fn evict_fragment() -> Weight { Weight::zero() }
}
