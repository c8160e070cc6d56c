//! Weights of `pallet_alignment_nodes` that the zerog runtime runs with: the pallet's generated
//! `SubstrateWeight`, from the same run (`zerog-node benchmark pallet`, CLI 64.0.0).
//! Date 2026-12-05; 20 steps, 5 repeats; wasm execution `Compiled`;
//! machine `vm` (Intel(R) Xeon(R) Processor). Regenerate with `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weights measured on the benchmark machine, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_alignment_nodes::WeightInfo for WeightInfo<T> {
	/// Storage: `AlignmentNodes::Minted` (r:1 w:1)
	/// Proof: `AlignmentNodes::Minted` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::LicencesOf` (r:0 w:500)
	/// Proof: `AlignmentNodes::LicencesOf` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Licences` (r:0 w:500)
	/// Proof: `AlignmentNodes::Licences` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	fn mint_licences(n: u32, ) -> Weight {
		// Proof size: measured `9`, estimated `3501`.
		// Minimum execution time: 15_010_000 picoseconds.
		Weight::from_parts(6_765_140, 3501)
			.saturating_add(Weight::from_parts(3_312_511, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	/// Storage: `AlignmentNodes::Licences` (r:1 w:1)
	/// Proof: `AlignmentNodes::Licences` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Operators` (r:1 w:1)
	/// Proof: `AlignmentNodes::Operators` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::CurrentEpoch` (r:1 w:1)
	/// Proof: `AlignmentNodes::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Paid` (r:1 w:1)
	/// Proof: `AlignmentNodes::Paid` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Accounted` (r:1 w:0)
	/// Proof: `AlignmentNodes::Accounted` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Vesting::Vesting` (r:1 w:1)
	/// Proof: `Vesting::Vesting` (`max_values`: None, `max_size`: Some(1057), added: 3532, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:1)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:0)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::LicencesOf` (r:0 w:2)
	/// Proof: `AlignmentNodes::LicencesOf` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn transfer_licence() -> Weight {
		// Proof size: measured `1087`, estimated `6196`.
		// Minimum execution time: 103_431_000 picoseconds.
		Weight::from_parts(112_054_000, 6196)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `AlignmentNodes::Operators` (r:1 w:1)
	/// Proof: `AlignmentNodes::Operators` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::FormerOperators` (r:1 w:0)
	/// Proof: `AlignmentNodes::FormerOperators` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:1 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(721), added: 3196, mode: `MaxEncodedLen`)
	fn register_operator() -> Weight {
		// Proof size: measured `853`, estimated `4186`.
		// Minimum execution time: 33_049_000 picoseconds.
		Weight::from_parts(37_067_000, 4186)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `AlignmentNodes::Operators` (r:1 w:1)
	/// Proof: `AlignmentNodes::Operators` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::CurrentEpoch` (r:1 w:0)
	/// Proof: `AlignmentNodes::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Paid` (r:1 w:1)
	/// Proof: `AlignmentNodes::Paid` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Accounted` (r:1 w:0)
	/// Proof: `AlignmentNodes::Accounted` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Vesting::Vesting` (r:1 w:1)
	/// Proof: `Vesting::Vesting` (`max_values`: None, `max_size`: Some(1057), added: 3532, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:1)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:0)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::FormerOperators` (r:0 w:1)
	/// Proof: `AlignmentNodes::FormerOperators` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn unregister_operator() -> Weight {
		// Proof size: measured `996`, estimated `6196`.
		// Minimum execution time: 89_442_000 picoseconds.
		Weight::from_parts(99_956_000, 6196)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `AlignmentNodes::Licences` (r:1 w:1)
	/// Proof: `AlignmentNodes::Licences` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Operators` (r:1 w:0)
	/// Proof: `AlignmentNodes::Operators` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	fn delegate() -> Weight {
		// Proof size: measured `271`, estimated `3578`.
		// Minimum execution time: 15_831_000 picoseconds.
		Weight::from_parts(18_656_000, 3578)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `AlignmentNodes::Licences` (r:1 w:1)
	/// Proof: `AlignmentNodes::Licences` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Operators` (r:1 w:1)
	/// Proof: `AlignmentNodes::Operators` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::CurrentEpoch` (r:1 w:1)
	/// Proof: `AlignmentNodes::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	fn undelegate() -> Weight {
		// Proof size: measured `461`, estimated `3578`.
		// Minimum execution time: 21_081_000 picoseconds.
		Weight::from_parts(24_681_000, 3578)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `AlignmentNodes::Licences` (r:1 w:1)
	/// Proof: `AlignmentNodes::Licences` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Operators` (r:1 w:1)
	/// Proof: `AlignmentNodes::Operators` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::CurrentEpoch` (r:1 w:0)
	/// Proof: `AlignmentNodes::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::ClosedEpochs` (r:1 w:1)
	/// Proof: `AlignmentNodes::ClosedEpochs` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn approve_delegation() -> Weight {
		// Proof size: measured `608`, estimated `3578`.
		// Minimum execution time: 31_354_000 picoseconds.
		Weight::from_parts(35_273_000, 3578)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `AlignmentNodes::Licences` (r:1 w:1)
	/// Proof: `AlignmentNodes::Licences` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	fn refuse_delegation() -> Weight {
		// Proof size: measured `235`, estimated `3578`.
		// Minimum execution time: 13_103_000 picoseconds.
		Weight::from_parts(15_097_000, 3578)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `AlignmentNodes::Licences` (r:1 w:1)
	/// Proof: `AlignmentNodes::Licences` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Operators` (r:1 w:1)
	/// Proof: `AlignmentNodes::Operators` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::CurrentEpoch` (r:1 w:1)
	/// Proof: `AlignmentNodes::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	fn drop_licence() -> Weight {
		// Proof size: measured `461`, estimated `3578`.
		// Minimum execution time: 23_018_000 picoseconds.
		Weight::from_parts(25_503_000, 3578)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `AlignmentNodes::Operators` (r:1 w:1)
	/// Proof: `AlignmentNodes::Operators` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:1 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(721), added: 3196, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::CurrentEpoch` (r:1 w:1)
	/// Proof: `AlignmentNodes::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::ClosedEpochs` (r:1 w:1)
	/// Proof: `AlignmentNodes::ClosedEpochs` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn heartbeat() -> Weight {
		// Proof size: measured `1315`, estimated `4186`.
		// Minimum execution time: 48_100_000 picoseconds.
		Weight::from_parts(55_165_000, 4186)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `AlignmentNodes::Operators` (r:1 w:1)
	/// Proof: `AlignmentNodes::Operators` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::CurrentEpoch` (r:1 w:1)
	/// Proof: `AlignmentNodes::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderCount` (r:1 w:0)
	/// Proof: `StorageMarket::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::ProviderSlots` (r:1 w:0)
	/// Proof: `StorageMarket::ProviderSlots` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Holdings` (r:1 w:0)
	/// Proof: `StorageMarket::Holdings` (`max_values`: None, `max_size`: Some(50226), added: 52701, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::CurrentPeriod` (r:1 w:0)
	/// Proof: `StorageMarket::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Incoming` (r:1 w:0)
	/// Proof: `StorageMarket::Incoming` (`max_values`: None, `max_size`: Some(50238), added: 52713, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::PeriodSeed` (r:1 w:0)
	/// Proof: `StorageMarket::PeriodSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::ChallengedProviders` (r:1 w:1)
	/// Proof: `AlignmentNodes::ChallengedProviders` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::NextAuditId` (r:1 w:1)
	/// Proof: `AlignmentNodes::NextAuditId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::AuditDeadlines` (r:1 w:1)
	/// Proof: `AlignmentNodes::AuditDeadlines` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::AuditChallenges` (r:0 w:1)
	/// Proof: `AlignmentNodes::AuditChallenges` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn submit_audit() -> Weight {
		// Proof size: measured `561`, estimated `53703`.
		// Minimum execution time: 68_370_000 picoseconds.
		Weight::from_parts(74_832_000, 53703)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `AlignmentNodes::AuditChallenges` (r:1 w:1)
	/// Proof: `AlignmentNodes::AuditChallenges` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::AuditDeadlines` (r:1 w:1)
	/// Proof: `AlignmentNodes::AuditDeadlines` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
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
	/// Storage: `AlignmentNodes::ChallengedProviders` (r:0 w:1)
	/// Proof: `AlignmentNodes::ChallengedProviders` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn answer_audit() -> Weight {
		// Proof size: measured `1779`, estimated `6196`.
		// Minimum execution time: 116_214_000 picoseconds.
		Weight::from_parts(132_651_000, 6196)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::OrdersByRoot` (r:2 w:0)
	/// Proof: `StorageMarket::OrdersByRoot` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::AgentByAddress` (r:1 w:1)
	/// Proof: `AlignmentNodes::AgentByAddress` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::NextAgentId` (r:1 w:1)
	/// Proof: `AlignmentNodes::NextAgentId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Agents` (r:0 w:1)
	/// Proof: `AlignmentNodes::Agents` (`max_values`: None, `max_size`: Some(728), added: 3203, mode: `MaxEncodedLen`)
	fn register_agent(r: u32, ) -> Weight {
		// Proof size: measured `334`, estimated `6068`.
		// Minimum execution time: 62_684_000 picoseconds.
		Weight::from_parts(70_186_865, 6068)
			.saturating_add(Weight::from_parts(3_757_805, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `AlignmentNodes::Agents` (r:1 w:1)
	/// Proof: `AlignmentNodes::Agents` (`max_values`: None, `max_size`: Some(728), added: 3203, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::OrdersByRoot` (r:2 w:0)
	/// Proof: `StorageMarket::OrdersByRoot` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn update_agent(r: u32, ) -> Weight {
		// Proof size: measured `983`, estimated `6068`.
		// Minimum execution time: 21_533_000 picoseconds.
		Weight::from_parts(26_001_202, 6068)
			.saturating_add(Weight::from_parts(3_930_077, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `AlignmentNodes::Agents` (r:1 w:1)
	/// Proof: `AlignmentNodes::Agents` (`max_values`: None, `max_size`: Some(728), added: 3203, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::AgentByAddress` (r:0 w:1)
	/// Proof: `AlignmentNodes::AgentByAddress` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn retire_agent() -> Weight {
		// Proof size: measured `1014`, estimated `4193`.
		// Minimum execution time: 46_440_000 picoseconds.
		Weight::from_parts(52_472_000, 4193)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Agents` (r:1 w:1)
	/// Proof: `AlignmentNodes::Agents` (`max_values`: None, `max_size`: Some(728), added: 3203, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::NextDisputeId` (r:1 w:1)
	/// Proof: `AlignmentNodes::NextDisputeId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Minted` (r:1 w:0)
	/// Proof: `AlignmentNodes::Minted` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Licences` (r:15 w:0)
	/// Proof: `AlignmentNodes::Licences` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:15 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:15 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(721), added: 3196, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::DisputeDeadlines` (r:1 w:1)
	/// Proof: `AlignmentNodes::DisputeDeadlines` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Disputes` (r:0 w:1)
	/// Proof: `AlignmentNodes::Disputes` (`max_values`: None, `max_size`: Some(3396), added: 5871, mode: `MaxEncodedLen`)
	fn report(j: u32, ) -> Weight {
		// Proof size: measured `2429`, estimated `11034`.
		// Minimum execution time: 123_668_000 picoseconds.
		Weight::from_parts(113_275_791, 11034)
			.saturating_add(Weight::from_parts(19_482_378, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(Weight::from_parts(0, 3196).saturating_mul(j.into()))
	}
	/// Storage: `AlignmentNodes::Disputes` (r:1 w:1)
	/// Proof: `AlignmentNodes::Disputes` (`max_values`: None, `max_size`: Some(3396), added: 5871, mode: `MaxEncodedLen`)
	fn commit_vote() -> Weight {
		// Proof size: measured `989`, estimated `6861`.
		// Minimum execution time: 30_791_000 picoseconds.
		Weight::from_parts(38_384_000, 6861)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `AlignmentNodes::Disputes` (r:1 w:1)
	/// Proof: `AlignmentNodes::Disputes` (`max_values`: None, `max_size`: Some(3396), added: 5871, mode: `MaxEncodedLen`)
	fn reveal_vote() -> Weight {
		// Proof size: measured `1021`, estimated `6861`.
		// Minimum execution time: 31_348_000 picoseconds.
		Weight::from_parts(38_730_000, 6861)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `AlignmentNodes::Disputes` (r:1 w:1)
	/// Proof: `AlignmentNodes::Disputes` (`max_values`: None, `max_size`: Some(3396), added: 5871, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Agents` (r:1 w:0)
	/// Proof: `AlignmentNodes::Agents` (`max_values`: None, `max_size`: Some(728), added: 3203, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Minted` (r:1 w:0)
	/// Proof: `AlignmentNodes::Minted` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Licences` (r:30 w:0)
	/// Proof: `AlignmentNodes::Licences` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Services` (r:1 w:0)
	/// Proof: `Staking::Services` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:30 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Ledger` (r:30 w:0)
	/// Proof: `Staking::Ledger` (`max_values`: None, `max_size`: Some(721), added: 3196, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::DisputeDeadlines` (r:1 w:1)
	/// Proof: `AlignmentNodes::DisputeDeadlines` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	fn appeal(j: u32, ) -> Weight {
		// Proof size: measured `2602`, estimated `8523`.
		// Minimum execution time: 146_774_000 picoseconds.
		Weight::from_parts(123_518_380, 8523)
			.saturating_add(Weight::from_parts(18_292_834, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 2811).saturating_mul(j.into()))
	}
	/// Storage: `AlignmentNodes::Licences` (r:127 w:127)
	/// Proof: `AlignmentNodes::Licences` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Operators` (r:128 w:127)
	/// Proof: `AlignmentNodes::Operators` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::CurrentEpoch` (r:1 w:0)
	/// Proof: `AlignmentNodes::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::ClosedEpochs` (r:1 w:1)
	/// Proof: `AlignmentNodes::ClosedEpochs` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Paid` (r:1 w:1)
	/// Proof: `AlignmentNodes::Paid` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Accounted` (r:1 w:0)
	/// Proof: `AlignmentNodes::Accounted` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Vesting::Vesting` (r:1 w:1)
	/// Proof: `Vesting::Vesting` (`max_values`: None, `max_size`: Some(1057), added: 3532, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:1)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:0)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_rewards(n: u32, ) -> Weight {
		// Proof size: measured `1048`, estimated `6196`.
		// Minimum execution time: 106_513_000 picoseconds.
		Weight::from_parts(97_956_629, 6196)
			.saturating_add(Weight::from_parts(17_446_229, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2588).saturating_mul(n.into()))
	}
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::CurrentEpoch` (r:1 w:0)
	/// Proof: `AlignmentNodes::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::DisputeDeadlines` (r:1 w:0)
	/// Proof: `AlignmentNodes::DisputeDeadlines` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::AuditDeadlines` (r:1 w:0)
	/// Proof: `AlignmentNodes::AuditDeadlines` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	fn on_initialize_idle() -> Weight {
		// Proof size: measured `9`, estimated `3735`.
		// Minimum execution time: 6_281_000 picoseconds.
		Weight::from_parts(7_333_000, 3735)
			.saturating_add(T::DbWeight::get().reads(4_u64))
	}
	/// Storage: `AlignmentNodes::CurrentEpoch` (r:1 w:1)
	/// Proof: `AlignmentNodes::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Accounted` (r:1 w:1)
	/// Proof: `AlignmentNodes::Accounted` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Minted` (r:1 w:0)
	/// Proof: `AlignmentNodes::Minted` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::ClosedEpochs` (r:0 w:1)
	/// Proof: `AlignmentNodes::ClosedEpochs` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn close_epoch() -> Weight {
		// Proof size: measured `399`, estimated `3501`.
		// Minimum execution time: 20_955_000 picoseconds.
		Weight::from_parts(23_560_000, 3501)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `AlignmentNodes::DisputeDeadlines` (r:2 w:2)
	/// Proof: `AlignmentNodes::DisputeDeadlines` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Disputes` (r:1 w:1)
	/// Proof: `AlignmentNodes::Disputes` (`max_values`: None, `max_size`: Some(3396), added: 5871, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn close_round(j: u32, ) -> Weight {
		// Proof size: measured `460`, estimated `6861`.
		// Minimum execution time: 21_780_000 picoseconds.
		Weight::from_parts(23_778_501, 6861)
			.saturating_add(Weight::from_parts(1_239_844, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `AlignmentNodes::DisputeDeadlines` (r:1 w:1)
	/// Proof: `AlignmentNodes::DisputeDeadlines` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Disputes` (r:1 w:1)
	/// Proof: `AlignmentNodes::Disputes` (`max_values`: None, `max_size`: Some(3396), added: 5871, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:32 w:32)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Agents` (r:1 w:1)
	/// Proof: `AlignmentNodes::Agents` (`max_values`: None, `max_size`: Some(728), added: 3203, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Verdicts` (r:1 w:1)
	/// Proof: `AlignmentNodes::Verdicts` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::CurrentEpoch` (r:1 w:1)
	/// Proof: `AlignmentNodes::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::Operators` (r:45 w:30)
	/// Proof: `AlignmentNodes::Operators` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	fn finalize_dispute(j: u32, ) -> Weight {
		// Proof size: measured `1546`, estimated `8748`.
		// Minimum execution time: 207_392_000 picoseconds.
		Weight::from_parts(83_236_358, 8748)
			.saturating_add(Weight::from_parts(31_534_493, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 2263).saturating_mul(j.into()))
	}
	/// Storage: `AlignmentNodes::AuditDeadlines` (r:1 w:1)
	/// Proof: `AlignmentNodes::AuditDeadlines` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	/// Storage: `AlignmentNodes::AuditChallenges` (r:1 w:1)
	/// Proof: `AlignmentNodes::AuditChallenges` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `StorageMarket::Providers` (r:1 w:1)
	/// Proof: `StorageMarket::Providers` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
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
	/// Storage: `AlignmentNodes::ChallengedProviders` (r:0 w:1)
	/// Proof: `AlignmentNodes::ChallengedProviders` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn expire_audit() -> Weight {
		// Proof size: measured `2000`, estimated `6196`.
		// Minimum execution time: 110_075_000 picoseconds.
		Weight::from_parts(121_355_000, 6196)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
}
