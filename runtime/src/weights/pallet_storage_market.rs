//! Weights of `pallet_storage_market` that the zerog runtime runs with: the pallet's generated
//! `SubstrateWeight`, from the same run (`zerog-node benchmark pallet`, CLI 64.0.0).
//! Date 2026-12-04; 20 steps, 5 repeats; wasm execution `Compiled`;
//! machine `vm` (Intel(R) Xeon(R) Processor). Regenerate with `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weights measured on the benchmark machine, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_storage_market::WeightInfo for WeightInfo<T> {
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:1 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(713), added: 3188, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderCount` (r:1 w:1)
	/// Proof: `StorageMarket::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderSlots` (r:0 w:1)
	/// Proof: `StorageMarket::ProviderSlots` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn register_provider() -> Weight {
		// Proof size: measured `869`, estimated `4178`.
		// Minimum execution time: 33_441_000 picoseconds.
		Weight::from_parts(39_303_000, 4178)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	fn update_provider() -> Weight {
		// Proof size: measured `250`, estimated `3559`.
		// Minimum execution time: 12_647_000 picoseconds.
		Weight::from_parts(14_931_000, 3559)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	fn set_provider_status() -> Weight {
		// Proof size: measured `250`, estimated `3559`.
		// Minimum execution time: 12_498_000 picoseconds.
		Weight::from_parts(14_550_000, 3559)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:2 w:2)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderCount` (r:1 w:1)
	/// Proof: `StorageMarket::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderSlots` (r:1 w:2)
	/// Proof: `StorageMarket::ProviderSlots` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:0 w:1)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Evicting` (r:0 w:1)
	/// Proof: `StorageMarket::Evicting` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderIdentities` (r:0 w:1)
	/// Proof: `StorageMarket::ProviderIdentities` (`max_values`: None, `max_size`: Some(627), added: 3102, mode: `MaxEncodedLen`)
	fn deregister_provider() -> Weight {
		// Proof size: measured `419`, estimated `6128`.
		// Minimum execution time: 31_509_000 picoseconds.
		Weight::from_parts(37_171_000, 6128)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:0)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderIdentities` (r:0 w:1)
	/// Proof: `StorageMarket::ProviderIdentities` (`max_values`: None, `max_size`: Some(627), added: 3102, mode: `MaxEncodedLen`)
	fn set_network_identity() -> Weight {
		// Proof size: measured `230`, estimated `3559`.
		// Minimum execution time: 15_699_000 picoseconds.
		Weight::from_parts(18_159_000, 3559)
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
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:32 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:32 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(713), added: 3188, mode: `MaxEncodedLen`)
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
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::OrdersByRoot` (r:0 w:1)
	/// Proof: `StorageMarket::OrdersByRoot` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ConfirmDeadlines` (r:0 w:32)
	/// Proof: `StorageMarket::ConfirmDeadlines` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn place_order(f: u32, p: u32, ) -> Weight {
		// Proof size: measured `72`, estimated `8523`.
		// Minimum execution time: 572_085_000 picoseconds.
		Weight::from_parts(108_840_186, 8523)
			.saturating_add(Weight::from_parts(21_224_789, 0).saturating_mul(f.into()))
			.saturating_add(Weight::from_parts(7_573_650, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(f.into())))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 3188).saturating_mul(f.into()))
			.saturating_add(Weight::from_parts(0, 2569).saturating_mul(p.into()))
	}
	/// Storage: `StorageMarket::Assigned` (r:32 w:0)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:32 w:0)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:32 w:32)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:1)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50230), added: 52705, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ConfirmDeadlines` (r:0 w:32)
	/// Proof: `StorageMarket::ConfirmDeadlines` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn confirm_fragments(n: u32, ) -> Weight {
		// Proof size: measured `589`, estimated `53695`.
		// Minimum execution time: 33_482_000 picoseconds.
		Weight::from_parts(17_106_215, 53695)
			.saturating_add(Weight::from_parts(19_410_541, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2610).saturating_mul(n.into()))
	}
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:1 w:0)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:0)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50230), added: 52705, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:1 w:1)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(713), added: 3188, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Validators` (r:1 w:0)
	/// Proof: `Staking::Validators` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::RepairFund` (r:1 w:1)
	/// Proof: `StorageMarket::RepairFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::PeriodSeed` (r:1 w:0)
	/// Proof: `StorageMarket::PeriodSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Orders` (r:256 w:256)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Fragments` (r:256 w:256)
	/// Proof: `StorageMarket::Fragments` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Evicting` (r:0 w:1)
	/// Proof: `StorageMarket::Evicting` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn submit_proof(c: u32, h: u32, _d: u32, ) -> Weight {
		// Proof size: measured `1925`, estimated `53695`.
		// Minimum execution time: 490_048_000 picoseconds.
		Weight::from_parts(501_410_000, 53695)
			.saturating_add(Weight::from_parts(6_321_128, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(45_662_226, 0).saturating_mul(h.into()))
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
		// Minimum execution time: 84_433_000 picoseconds.
		Weight::from_parts(94_767_000, 10064)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `StorageMarket::Orders` (r:1 w:1)
	/// Proof: `StorageMarket::Orders` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_auto_renew() -> Weight {
		// Proof size: measured `497`, estimated `3600`.
		// Minimum execution time: 15_569_000 picoseconds.
		Weight::from_parts(18_804_000, 3600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Prepaid` (r:1 w:1)
	/// Proof: `StorageMarket::Prepaid` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn prepay() -> Weight {
		// Proof size: measured `319`, estimated `6196`.
		// Minimum execution time: 46_699_000 picoseconds.
		Weight::from_parts(53_358_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `StorageMarket::Prepaid` (r:1 w:1)
	/// Proof: `StorageMarket::Prepaid` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn withdraw_prepaid() -> Weight {
		// Proof size: measured `401`, estimated `6196`.
		// Minimum execution time: 46_944_000 picoseconds.
		Weight::from_parts(54_203_000, 6196)
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
		// Minimum execution time: 14_026_000 picoseconds.
		Weight::from_parts(15_446_000, 1629)
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
	/// Proof: `StorageMarket::Evicting` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn sweep_idle() -> Weight {
		// Proof size: measured `112`, estimated `3505`.
		// Minimum execution time: 9_732_000 picoseconds.
		Weight::from_parts(11_449_000, 3505)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `StorageMarket::Providers` (r:2 w:0)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	fn visit_provider() -> Weight {
		// Proof size: measured `254`, estimated `6128`.
		// Minimum execution time: 8_288_000 picoseconds.
		Weight::from_parts(9_845_000, 6128)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `StorageMarket::Incoming` (r:2 w:1)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50230), added: 52705, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:1 w:1)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:1 w:1)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(713), added: 3188, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Validators` (r:1 w:0)
	/// Proof: `Staking::Validators` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::RepairFund` (r:1 w:1)
	/// Proof: `StorageMarket::RepairFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Providers` (r:0 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Evicting` (r:0 w:1)
	/// Proof: `StorageMarket::Evicting` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn settle_provider(n: u32, ) -> Weight {
		// Proof size: measured `1707`, estimated `106400`.
		// Minimum execution time: 113_875_000 picoseconds.
		Weight::from_parts(157_635_376, 106400)
			.saturating_add(Weight::from_parts(192_968, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 26_659_000 picoseconds.
		Weight::from_parts(30_746_000, 6062)
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
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:2 w:1)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(713), added: 3188, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Validators` (r:1 w:0)
	/// Proof: `Staking::Validators` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::RepairFund` (r:1 w:1)
	/// Proof: `StorageMarket::RepairFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Providers` (r:16 w:2)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
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
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:0)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50230), added: 52705, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Assigned` (r:0 w:2)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn miss_confirmation() -> Weight {
		// Proof size: measured `11335`, estimated `85965`.
		// Minimum execution time: 447_098_000 picoseconds.
		Weight::from_parts(503_306_000, 85965)
			.saturating_add(T::DbWeight::get().reads(88_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `StorageMarket::Evicting` (r:1 w:0)
	/// Proof: `StorageMarket::Evicting` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Providers` (r:17 w:2)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:1 w:1)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
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
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:1 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(713), added: 3188, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:0)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50230), added: 52705, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Assigned` (r:0 w:2)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ConfirmDeadlines` (r:0 w:1)
	/// Proof: `StorageMarket::ConfirmDeadlines` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn evict_fragment() -> Weight {
		// Proof size: measured `9785`, estimated `85965`.
		// Minimum execution time: 370_423_000 picoseconds.
		Weight::from_parts(419_408_000, 85965)
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
	/// Proof: `StorageMarket::Prepaid` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn renew_expiring() -> Weight {
		// Proof size: measured `680`, estimated `10064`.
		// Minimum execution time: 37_707_000 picoseconds.
		Weight::from_parts(44_132_000, 10064)
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
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:1 w:1)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50218), added: 52693, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:0)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50230), added: 52705, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Assigned` (r:0 w:1)
	/// Proof: `StorageMarket::Assigned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn release_fragment() -> Weight {
		// Proof size: measured `4110`, estimated `53695`.
		// Minimum execution time: 105_225_000 picoseconds.
		Weight::from_parts(121_912_000, 53695)
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
		// Minimum execution time: 62_480_000 picoseconds.
		Weight::from_parts(72_942_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
}
