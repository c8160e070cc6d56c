//! The storage market at the scale of a large network: 10,000 providers holding 1,000,000
//! fragments between them, built with the runtime's real calls (staking, orders,
//! confirmations, proofs). Every block's market hook must stay within 10% of the block, in
//! time and in proof size, across a period boundary and the sweep after it, while the sweep
//! still settles every provider, slashes those that missed and hands their fragments on.

use codec::Encode;
use frame_support::{
	assert_ok,
	traits::{fungible::Mutate, Hooks},
	weights::Weight,
	BoundedVec,
};
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_runtime::Perbill;
use zerog_runtime::{
	constants::currency::ZG,
	parameters::{dynamic_params::storage, RuntimeParameters},
	AccountId, Balances, Runtime, RuntimeEvent, RuntimeOrigin, Staking, StorageMarket, System,
};
use zerog_staking_primitives::Service;
use zerog_storage_primitives::StorageService;

mod common;

type Market = pallet_storage_market::Pallet<Runtime>;
type MarketEvent = pallet_storage_market::Event<Runtime>;

const PROVIDERS: u32 = 10_000;
/// Orders of 32 fragments (`k = 30`, `m = 2`): 31,250 of them make 1,000,000 fragments.
const ORDERS: u32 = 31_250;
const DATA_SHARDS: u8 = 30;
const PARITY_SHARDS: u8 = 2;
/// Providers that stop proving after the first period.
const SILENT: u32 = 5;
/// Blocks in a challenge period: ten minutes.
const PERIOD: u32 = 200;
/// Every fragment holds the same 4 KiB, so proofs are cheap to build here.
const FRAGMENT_LEN: usize = 4096;

fn account(index: u32) -> AccountId {
	AccountId::from(sp_io::hashing::blake2_256(&(b"scale", index).encode()))
}

fn set(parameter: storage::Parameters) {
	assert_ok!(pallet_parameters::Pallet::<Runtime>::set_parameter(
		RuntimeOrigin::root(),
		RuntimeParameters::Storage(parameter),
	));
}

/// A tenth of a block, in time and in proof size.
fn tenth_of_a_block() -> Weight {
	let max = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	Perbill::from_percent(10) * max
}

/// Runs the market's hook of `block`, checks it took at most a tenth of the block and keeps
/// the heaviest seen.
fn hook(block: u32, heaviest: &mut Weight) {
	System::set_block_number(block);
	let used = StorageMarket::on_initialize(block);
	assert!(used.all_lte(tenth_of_a_block()), "block {block}: the market's hook took {used:?}");
	*heaviest = heaviest.max(used);
}

#[test]
fn a_million_fragments_on_ten_thousand_providers_never_take_a_tenth_of_a_block() {
	common::genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		// Silent providers are evicted after one missed period. Periods are ten minutes: ten
		// thousand proofs, each paying a hundred fragments, take dozens of blocks to land, so a
		// network this size cannot prove every minute (the default, for small networks).
		set(storage::Parameters::MissLimit(storage::MissLimit, Some(1)));
		set(storage::Parameters::ChallengePeriod(storage::ChallengePeriod, Some(PERIOD)));
		let period = PERIOD;

		for i in 0..PROVIDERS {
			let who = account(i);
			Balances::set_balance(&who, 10_000 * ZG);
			let origin = RuntimeOrigin::signed(who);
			assert_ok!(Staking::bond(
				origin.clone(),
				1_000 * ZG,
				pallet_shared_staking::RewardDestination::Staked
			));
			assert_ok!(Staking::opt_in(origin.clone(), StorageService::ID));
			assert_ok!(StorageMarket::register_provider(origin, 1 << 40, 0));
		}

		let data = vec![7u8; FRAGMENT_LEN];
		let root = zerog_data::root(&data);
		let owner = account(u32::MAX);
		Balances::set_balance(&owner, 1_000_000_000 * ZG);
		let size = FRAGMENT_LEN as u64 * DATA_SHARDS as u64;
		let roots: Vec<_> = (0..DATA_SHARDS + PARITY_SHARDS).map(|_| root).collect();
		for i in 0..ORDERS {
			// At most `MaxExpiringPerPeriod` orders end in one period.
			let duration = 10 + i / 256;
			assert_ok!(StorageMarket::place_order(
				RuntimeOrigin::signed(owner.clone()),
				sp_io::hashing::blake2_256(&i.encode()),
				size,
				DATA_SHARDS,
				PARITY_SHARDS,
				BoundedVec::truncate_from(roots.clone()),
				duration,
			));
		}
		assert_eq!(pallet_storage_market::Fragments::<Runtime>::iter_keys().count(), 1_000_000);

		for i in 0..PROVIDERS {
			let who = account(i);
			let assigned: Vec<_> =
				pallet_storage_market::Assigned::<Runtime>::iter_key_prefix(&who).collect();
			for batch in assigned.chunks(32) {
				assert_ok!(StorageMarket::confirm_fragments(
					RuntimeOrigin::signed(who.clone()),
					BoundedVec::truncate_from(batch.to_vec())
				));
			}
		}
		System::reset_events();

		let mut heaviest = Weight::zero();
		// Period 1: the confirmed fragments are proven, by all but the silent providers.
		for block in 2..=period {
			hook(block, &mut heaviest);
		}
		for i in SILENT..PROVIDERS {
			let who = account(i);
			let holdings = Market::holdings_of(&who);
			let lens: Vec<u64> = holdings.iter().map(|h| h.len).collect();
			let count = <storage::ChallengesPerPeriod as frame_support::traits::Get<u32>>::get();
			let challenges =
				zerog_data::pora::challenges(&Market::challenge_seed(&who), &lens, count).unwrap();
			let proof = zerog_data::pora::prove_challenges(&challenges, &holdings, |_| {
				Some(data.as_slice())
			})
			.unwrap();
			assert_ok!(StorageMarket::submit_proof(RuntimeOrigin::signed(who), 1, proof));
			if i % 1_000 == 0 {
				System::reset_events();
			}
		}
		System::reset_events();
		for block in period + 1..2 * period {
			hook(block, &mut heaviest);
		}
		System::reset_events();

		// Period 2 starts; within it the sweep settles period 1 and hands the silent providers'
		// data on (nobody proves period 2 here: the next pass would find every provider missed).
		let silent_fragments: u32 = (0..SILENT)
			.map(|i| {
				pallet_storage_market::Providers::<Runtime>::get(account(i)).unwrap().fragments
			})
			.sum();
		let (mut missed, mut moved, mut pass_blocks, mut blocks) = (0, 0, None, 0u32);
		let silent: Vec<AccountId> = (0..SILENT).map(account).collect();
		while blocks < period && (pass_blocks.is_none() || moved < silent_fragments) {
			hook(2 * period + blocks, &mut heaviest);
			blocks += 1;
			for record in System::events() {
				match record.event {
					RuntimeEvent::StorageMarket(MarketEvent::ProofMissed { period: 1, .. }) => {
						missed += 1
					},
					RuntimeEvent::StorageMarket(MarketEvent::FragmentReassigned {
						from, ..
					}) if silent.contains(&from) => moved += 1,
					_ => {},
				}
			}
			System::reset_events();
			if pass_blocks.is_none()
				&& pallet_storage_market::Sweep::<Runtime>::get().providers.is_none()
			{
				pass_blocks = Some(blocks);
			}
		}
		let pass_blocks = pass_blocks.expect("the pass over the providers ended");
		println!(
			"10^6 fragments, 10^4 providers: heaviest hook {} ms, {} KiB of proof (a tenth of a \
			 block: {} ms, {} KiB); the pass settled period 1 in {pass_blocks} blocks; {moved} \
			 fragments of {SILENT} silent providers handed on in {blocks} blocks",
			heaviest.ref_time() / 1_000_000_000,
			heaviest.proof_size() / 1024,
			tenth_of_a_block().ref_time() / 1_000_000_000,
			tenth_of_a_block().proof_size() / 1024,
		);
		assert_eq!(missed, SILENT, "each silent provider slashed once for period 1");
		assert_eq!(
			moved, silent_fragments,
			"every fragment of the silent providers moved in period 2"
		);
		assert!(pass_blocks < period, "the pass settled period 1 within period 2");
	});
}
