//! The storage market's rules, one test each.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::Hooks, BoundedVec};
use std::collections::BTreeMap;
use zerog_data::{
	pora::{self, HoldingProof, PoraProof},
	storage::{encode_file, StorageCode},
	Hash,
};

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// A file of `len` pseudo-random bytes, its commitment and fragments under `k + m`.
struct TestFile {
	data_root: Hash,
	size: u64,
	k: u8,
	m: u8,
	roots: Vec<Hash>,
	fragments: Vec<Vec<u8>>,
}

fn test_file(len: usize, k: u8, m: u8, salt: u8) -> TestFile {
	let data: Vec<u8> =
		(0..len).map(|i| (i as u32).wrapping_mul(2_654_435_761).to_le_bytes()[1] ^ salt).collect();
	let (commitment, fragments) =
		encode_file(&data, StorageCode::new(k, m).unwrap()).expect("encodes");
	TestFile {
		data_root: commitment.data_root,
		size: len as u64,
		k,
		m,
		roots: commitment.fragment_roots,
		fragments,
	}
}

fn register(providers: impl IntoIterator<Item = AccountId>, capacity: u64) {
	for who in providers {
		Stakes::set(who, STAKE);
		assert_ok!(Market::register_provider(signed(who), capacity, PRICE));
	}
}

fn place(file: &TestFile, duration: Period) -> OrderId {
	assert_ok!(Market::place_order(
		signed(ALICE),
		file.data_root,
		file.size,
		file.k,
		file.m,
		BoundedVec::truncate_from(file.roots.clone()),
		duration,
	));
	NextOrderId::<Test>::get() - 1
}

fn provider_of(order: OrderId, index: u8) -> AccountId {
	Fragments::<Test>::get(order, index).unwrap().provider
}

/// Every provider of `order` confirms its fragment.
fn confirm_all(order: OrderId) {
	for (index, fragment) in Fragments::<Test>::iter_prefix(order) {
		assert_ok!(Market::confirm_fragments(
			signed(fragment.provider),
			BoundedVec::truncate_from(vec![(order, index)])
		));
	}
}

/// The proof `who` owes this period, built from the fragments it was given.
fn proof_for(who: AccountId, store: &BTreeMap<Hash, Vec<u8>>) -> PoraProof {
	let holdings = Market::holdings_of(&who);
	let lens: Vec<u64> = holdings.iter().map(|h| h.len).collect();
	let challenges =
		pora::challenges(&Market::challenge_seed(&who), &lens, ChallengesPerPeriod::get()).unwrap();
	pora::prove_challenges(&challenges, &holdings, |i| {
		store.get(&holdings[i as usize].root).map(Vec::as_slice)
	})
	.unwrap()
}

fn store_of(file: &TestFile) -> BTreeMap<Hash, Vec<u8>> {
	file.roots.iter().copied().zip(file.fragments.iter().cloned()).collect()
}

/// Every provider holding something proves the current period, except `skip`.
fn prove_all_but(skip: &[AccountId], store: &BTreeMap<Hash, Vec<u8>>) {
	let provers: Vec<AccountId> = Holdings::<Test>::iter_keys().collect();
	for who in provers.into_iter().filter(|who| !skip.contains(who)) {
		let period = CurrentPeriod::<Test>::get();
		assert_ok!(Market::submit_proof(signed(who), period, proof_for(who, store)));
	}
}

mod providers {
	use super::*;

	#[test]
	fn registering_needs_stake_in_the_storage_service() {
		build_and_execute(|| {
			assert_noop!(Market::register_provider(signed(10), GIB, 1), Error::<Test>::NotStaked);
			Stakes::set(10, STAKE);
			assert_ok!(Market::register_provider(signed(10), GIB, 1));
			assert_noop!(
				Market::register_provider(signed(10), GIB, 1),
				Error::<Test>::AlreadyProvider
			);
			assert_eq!(ProviderCount::<Test>::get(), 1);
			assert!(market_events().contains(&Event::ProviderRegistered {
				provider: 10,
				capacity: GIB,
				ask: 1
			}));
		});
	}

	#[test]
	fn capacity_cannot_drop_below_what_is_assigned() {
		build_and_execute(|| {
			register(10..16, GIB);
			let file = test_file(300_000, 4, 2, 0);
			let order = place(&file, 5);
			let who = provider_of(order, 0);
			let used = Providers::<Test>::get(who).unwrap().used;
			assert_eq!(used, Orders::<Test>::get(order).unwrap().layout.fragment_len());
			assert_noop!(
				Market::update_provider(signed(who), used - 1, PRICE),
				Error::<Test>::CapacityBelowUsed
			);
			assert_ok!(Market::update_provider(signed(who), used, PRICE));
		});
	}

	#[test]
	fn idle_providers_and_providers_asking_too_much_get_nothing_new() {
		build_and_execute(|| {
			register(10..16, GIB);
			assert_ok!(Market::set_provider_status(signed(10), ProviderStatus::Idle));
			assert_ok!(Market::update_provider(signed(11), GIB, PRICE + 1));
			let file = test_file(100_000, 2, 2, 0);
			let order = place(&file, 5);
			let chosen: Vec<_> = (0..4).map(|i| provider_of(order, i)).collect();
			assert!(!chosen.contains(&10) && !chosen.contains(&11));
			assert_noop!(
				Market::place_order(
					signed(ALICE),
					file.data_root,
					file.size,
					4,
					2,
					BoundedVec::truncate_from(vec![[0; 32]; 6]),
					5
				),
				Error::<Test>::NotEnoughProviders
			);
		});
	}

	#[test]
	fn a_provider_leaves_only_once_nothing_is_assigned() {
		build_and_execute(|| {
			register(10..16, GIB);
			let file = test_file(100_000, 4, 2, 0);
			let order = place(&file, 1);
			let who = provider_of(order, 0);
			assert_noop!(Market::deregister_provider(signed(who)), Error::<Test>::StillAssigned);
			next_period();
			next_period();
			assert!(Orders::<Test>::get(order).is_none(), "expired");
			assert_ok!(Market::deregister_provider(signed(who)));
			assert_eq!(ProviderCount::<Test>::get(), 5);
			assert_noop!(Market::deregister_provider(signed(who)), Error::<Test>::NotProvider);
		});
	}

	fn identity(peer: u8, addresses: &[&[u8]]) -> NetworkIdentity {
		NetworkIdentity {
			peer_id: BoundedVec::truncate_from(vec![peer; 38]),
			addresses: BoundedVec::truncate_from(
				addresses.iter().map(|a| BoundedVec::truncate_from(a.to_vec())).collect(),
			),
		}
	}

	#[test]
	fn a_provider_publishes_where_its_node_is_and_takes_it_away_when_it_leaves() {
		build_and_execute(|| {
			let first = identity(1, &[b"/ip4/10.0.0.1/tcp/30333"]);
			assert_noop!(
				Market::set_network_identity(signed(10), first.clone()),
				Error::<Test>::NotProvider
			);
			register([10], GIB);
			assert_noop!(
				Market::set_network_identity(signed(10), NetworkIdentity::default()),
				Error::<Test>::EmptyPeerId
			);
			assert_ok!(Market::set_network_identity(signed(10), first.clone()));
			assert_eq!(ProviderIdentities::<Test>::get(10), Some(first.clone()));
			System::assert_last_event(
				Event::NetworkIdentitySet { provider: 10, identity: first }.into(),
			);
			let moved = identity(2, &[]);
			assert_ok!(Market::set_network_identity(signed(10), moved.clone()));
			assert_eq!(ProviderIdentities::<Test>::get(10), Some(moved));
			assert_ok!(Market::deregister_provider(signed(10)));
			assert_eq!(ProviderIdentities::<Test>::get(10), None);
		});
	}
}

mod orders {
	use super::*;

	#[test]
	fn bad_orders_are_refused_and_take_nothing() {
		build_and_execute(|| {
			register(10..16, GIB);
			let file = test_file(100_000, 4, 2, 0);
			let roots = BoundedVec::truncate_from(file.roots.clone());
			let order = |size, k, m, roots: BoundedVec<_, _>, duration| {
				Market::place_order(signed(ALICE), file.data_root, size, k, m, roots, duration)
			};
			assert_noop!(order(0, 4, 2, roots.clone(), 5), Error::<Test>::EmptyFile);
			assert_noop!(
				order(MaxFileSize::get() + 1, 4, 2, roots.clone(), 5),
				Error::<Test>::FileTooLarge
			);
			assert_noop!(order(file.size, 0, 2, roots.clone(), 5), Error::<Test>::InvalidCode);
			assert_noop!(order(file.size, 4, 0, roots.clone(), 5), Error::<Test>::InvalidCode);
			assert_noop!(order(file.size, 10, 7, roots.clone(), 5), Error::<Test>::InvalidCode);
			assert_noop!(
				order(file.size, 3, 2, roots.clone(), 5),
				Error::<Test>::WrongFragmentCount
			);
			assert_noop!(order(file.size, 4, 2, roots.clone(), 0), Error::<Test>::InvalidDuration);
			assert_noop!(
				order(file.size, 4, 2, roots.clone(), 1_001),
				Error::<Test>::InvalidDuration
			);
			assert_noop!(
				Market::place_order(signed(3), file.data_root, file.size, 4, 2, roots, 5),
				Error::<Test>::InsufficientBalance
			);
		});
	}

	#[test]
	fn an_order_escrows_size_times_duration_times_price() {
		build_and_execute(|| {
			register(10..16, GIB);
			let file = test_file(1 << 20, 4, 2, 0);
			let before = balance(ALICE);
			let order = place(&file, 10);
			let info = Orders::<Test>::get(order).unwrap();
			// Four data shards of 256 KiB each per MiB: each fragment is 256 KiB.
			assert_eq!(info.layout.fragment_len(), 256 * 1024);
			assert_eq!(info.fragment_payment, PRICE / 4096);
			assert_eq!(info.escrow, PRICE / 4096 * 6 * 10);
			assert_eq!(balance(ALICE), before - info.escrow);
			assert_eq!(balance(Market::account_id()), 1 + info.escrow);
			assert_eq!((info.start, info.end), (1, 11));
			assert!(OrdersByRoot::<Test>::contains_key(file.data_root, order));
		});
	}

	#[test]
	fn fragments_go_to_distinct_providers() {
		build_and_execute(|| {
			register(10..16, GIB);
			for salt in 0..5 {
				let file = test_file(50_000, 4, 2, salt);
				let order = place(&file, 5);
				let mut chosen: Vec<_> = (0..6).map(|i| provider_of(order, i)).collect();
				chosen.sort();
				chosen.dedup();
				assert_eq!(chosen.len(), 6, "order {order}: {chosen:?}");
				System::set_block_number(System::block_number() + 1);
			}
		});
	}

	#[test]
	fn draws_are_weighted_by_free_capacity() {
		build_and_execute(|| {
			register([10], GIB);
			register([11], 3 * GIB);
			let mut counts = BTreeMap::<AccountId, u32>::new();
			for draw in 0..4_000u32 {
				let chosen = Market::draw_providers(1, 1024, PRICE, &[], &draw).unwrap();
				*counts.entry(chosen[0]).or_default() += 1;
			}
			let (small, large) = (counts[&10], counts[&11]);
			assert!((900..1_100).contains(&small), "1 GiB drawn {small} of 4,000 (expect ~1,000)");
			assert_eq!(small + large, 4_000);
		});
	}

	#[test]
	fn with_more_providers_than_a_window_each_is_drawn_about_as_often() {
		build_and_execute(|| {
			let providers = 100u64;
			register(1_000..1_000 + providers, GIB);
			assert!(providers as u32 > DRAW_WINDOW);
			let mut counts = BTreeMap::<AccountId, u32>::new();
			for draw in 0..10_000u32 {
				let chosen = Market::draw_providers(2, 1024, PRICE, &[], &draw).unwrap();
				assert_ne!(chosen[0], chosen[1]);
				for who in chosen {
					*counts.entry(who).or_default() += 1;
				}
			}
			assert_eq!(counts.len(), providers as usize, "every provider is drawn");
			let (fewest, most) = (counts.values().min().unwrap(), counts.values().max().unwrap());
			assert!(*fewest > 120 && *most < 280, "drawn {fewest} to {most} times (expect ~200)");
		});
	}

	#[test]
	fn renewal_extends_and_is_paid_for() {
		build_and_execute(|| {
			register(10..16, GIB);
			let file = test_file(1 << 20, 4, 2, 0);
			let order = place(&file, 3);
			let escrow = Orders::<Test>::get(order).unwrap().escrow;
			assert_noop!(Market::renew_order(signed(2), order, 2), Error::<Test>::NotOwner);
			assert_noop!(Market::renew_order(signed(ALICE), 99, 2), Error::<Test>::UnknownOrder);
			assert_ok!(Market::renew_order(signed(ALICE), order, 2));
			let info = Orders::<Test>::get(order).unwrap();
			assert_eq!(info.end, 6);
			assert_eq!(info.escrow, escrow + escrow / 3 * 2);
			assert!(Expiring::<Test>::get(4).is_empty());
			assert_eq!(Expiring::<Test>::get(6).to_vec(), vec![order]);
		});
	}

	#[test]
	fn expiry_frees_capacity_and_returns_unspent_escrow() {
		build_and_execute(|| {
			register(10..16, GIB);
			let file = test_file(1 << 20, 4, 2, 0);
			let before = balance(ALICE);
			let order = place(&file, 2);
			for _ in 0..3 {
				next_period();
			}
			assert!(Orders::<Test>::get(order).is_none());
			assert_eq!(balance(ALICE), before, "nothing was proven, so everything came back");
			assert!(Providers::<Test>::iter_values().all(|p| p.used == 0 && p.fragments == 0));
			assert!(!OrdersByRoot::<Test>::contains_key(file.data_root, order));
			assert!(market_events()
				.iter()
				.any(|e| matches!(e, Event::OrderExpired { order: o, .. } if *o == order)));
		});
	}

	#[test]
	fn auto_renewal_draws_on_the_prepaid_balance_until_it_runs_out() {
		build_and_execute(|| {
			register(10..16, GIB);
			let file = test_file(1 << 20, 4, 2, 0);
			let order = place(&file, 2);
			let cost = Orders::<Test>::get(order).unwrap().escrow;
			assert_ok!(Market::set_auto_renew(signed(ALICE), order, true));
			assert_noop!(Market::set_auto_renew(signed(2), order, false), Error::<Test>::NotOwner);
			assert_ok!(Market::prepay(signed(ALICE), cost + cost / 2));
			for _ in 0..3 {
				next_period();
			}
			let info = Orders::<Test>::get(order).expect("renewed once");
			assert_eq!(info.end, 5);
			assert!(
				!Expiring::<Test>::contains_key(3),
				"the renewal leaves no empty queue behind for the period it renewed at"
			);
			assert!(Expiring::<Test>::get(5).contains(&order));
			assert_eq!(Prepaid::<Test>::get(ALICE), cost / 2);
			for _ in 0..2 {
				next_period();
			}
			assert!(Orders::<Test>::get(order).is_none(), "not enough prepaid for a second time");
			assert_noop!(
				Market::withdraw_prepaid(signed(ALICE), cost),
				Error::<Test>::PrepaidTooLow
			);
			let before = balance(ALICE);
			assert_ok!(Market::withdraw_prepaid(signed(ALICE), cost / 2));
			assert_eq!(balance(ALICE), before + cost / 2);
			assert!(!Prepaid::<Test>::contains_key(ALICE));
		});
	}
}

mod proofs {
	use super::*;

	/// Six providers hold a 1 MiB file under 4 + 2 and prove it from period 2.
	pub(super) fn stored_file() -> (TestFile, OrderId) {
		register(10..16, GIB);
		let file = test_file(1 << 20, 4, 2, 7);
		let order = place(&file, 10);
		confirm_all(order);
		next_period();
		assert_eq!(CurrentPeriod::<Test>::get(), 1);
		(file, order)
	}

	#[test]
	fn only_assigned_fragments_can_be_confirmed_once() {
		build_and_execute(|| {
			register(10..17, GIB);
			let file = test_file(100_000, 4, 2, 0);
			let order = place(&file, 5);
			assert_eq!(Market::order_status(order), (OrderStatus::Pending, 100_000, 0, 6, 6));
			assert_eq!(Market::order_status(99).0, OrderStatus::Unknown);
			let outsider = (10..17).find(|p| !Assigned::<Test>::iter_key_prefix(p).any(|_| true));
			let outsider = outsider.expect("seven providers, six fragments");
			let one = BoundedVec::truncate_from(vec![(order, 0)]);
			assert_noop!(
				Market::confirm_fragments(signed(outsider), one.clone()),
				Error::<Test>::NotAssigned
			);
			let holder = provider_of(order, 0);
			assert_ok!(Market::confirm_fragments(signed(holder), one.clone()));
			assert_noop!(
				Market::confirm_fragments(signed(holder), one),
				Error::<Test>::AlreadyStored
			);
			assert!(Holdings::<Test>::get(holder).is_none(), "proven from the next period");
			next_period();
			assert_eq!(Holdings::<Test>::get(holder).unwrap().len(), 1);
		});
	}

	#[test]
	fn valid_proofs_are_free_and_earn_the_period() {
		build_and_execute(|| {
			let (file, order) = stored_file();
			let store = store_of(&file);
			let payment = Orders::<Test>::get(order).unwrap().fragment_payment;
			let who = provider_of(order, 3);
			let before = balance(who);
			let result =
				Market::submit_proof(signed(who), 1, proof_for(who, &store)).expect("valid");
			assert_eq!(result.pays_fee, frame_support::dispatch::Pays::No);
			assert_noop!(
				Market::submit_proof(signed(who), 1, proof_for(who, &store)),
				Error::<Test>::AlreadyProved
			);
			prove_all_but(&[who], &store);
			next_period();
			assert_eq!(balance(who), before + payment);
			let fragment = Fragments::<Test>::get(order, 3).unwrap();
			assert_eq!(fragment.last_proven, Some(1));
			assert_eq!(Orders::<Test>::get(order).unwrap().escrow, payment * 6 * 9);
			assert_eq!(Market::order_status(order).0, OrderStatus::Proven);
			assert!(Market::is_proven(file.data_root, 4));
			next_period();
			assert_eq!(Market::order_status(order).0, OrderStatus::Stored, "nothing proven in 2");
			assert!(!Market::is_proven(file.data_root, 4));
		});
	}

	#[test]
	fn proofs_for_another_period_or_without_holdings_are_refused() {
		build_and_execute(|| {
			let (file, order) = stored_file();
			let who = provider_of(order, 0);
			let proof = proof_for(who, &store_of(&file));
			assert_noop!(
				Market::submit_proof(signed(who), 2, proof.clone()),
				Error::<Test>::WrongPeriod
			);
			register([16], GIB);
			assert_noop!(
				Market::submit_proof(signed(16), 1, proof.clone()),
				Error::<Test>::NothingToProve
			);
			assert_noop!(Market::submit_proof(signed(17), 1, proof), Error::<Test>::NotProvider);
		});
	}

	#[test]
	fn an_invalid_proof_slashes_into_the_repair_fund() {
		build_and_execute(|| {
			let (file, order) = stored_file();
			let who = provider_of(order, 1);
			let mut proof = proof_for(who, &store_of(&file));
			proof.holdings[0].chunks[0][0] ^= 1;
			let before = balance(who);
			assert_ok!(Market::submit_proof(signed(who), 1, proof));
			let slashed = STAKE / 20;
			assert_eq!(balance(who), before - slashed);
			assert_eq!(RepairFund::<Test>::get(), slashed);
			assert!(market_events().contains(&Event::ProofRejected {
				provider: who,
				period: 1,
				slashed
			}));
			assert_ne!(
				Providers::<Test>::get(who).unwrap().proofs.last_proved,
				Some(1),
				"an invalid proof proves nothing"
			);
		});
	}

	#[test]
	fn a_proof_from_another_providers_data_does_not_verify() {
		build_and_execute(|| {
			let (file, order) = stored_file();
			let (a, b) = (provider_of(order, 0), provider_of(order, 1));
			let stolen = proof_for(b, &store_of(&file));
			assert_ok!(Market::submit_proof(signed(a), 1, stolen));
			assert!(matches!(market_events().last(), Some(Event::ProofRejected { .. })));
		});
	}

	#[test]
	fn a_missed_period_slashes_and_earns_nothing() {
		build_and_execute(|| {
			let (file, order) = stored_file();
			let lazy = provider_of(order, 2);
			let before = balance(lazy);
			prove_all_but(&[lazy], &store_of(&file));
			next_period();
			let slashed = STAKE / 100;
			assert_eq!(balance(lazy), before - slashed);
			assert!(market_events().contains(&Event::ProofMissed {
				provider: lazy,
				period: 1,
				slashed
			}));
			assert_eq!(Providers::<Test>::get(lazy).unwrap().proofs.missed_in_a_row, 1);
			assert_eq!(Fragments::<Test>::get(order, 2).unwrap().last_proven, None);
		});
	}

	#[test]
	fn a_slash_shared_staking_refuses_is_reported_and_counted() {
		build_and_execute(|| {
			let (file, order) = stored_file();
			let escaped = provider_of(order, 1);
			Stakes::remove(escaped);
			prove_all_but(&[escaped], &store_of(&file));
			next_period();
			assert_eq!(SlashFailures::<Test>::get(), 1);
			assert!(market_events().contains(&Event::SlashFailed {
				provider: escaped,
				offence: zerog_storage_primitives::StorageOffence::MissedProof,
				error: zerog_staking_primitives::SlashError::NotAnOperator,
			}));
			assert!(market_events().contains(&Event::ProofMissed {
				provider: escaped,
				period: 1,
				slashed: 0
			}));
		});
	}

	#[test]
	fn a_provider_holding_fragments_may_not_leave_the_storage_service() {
		use zerog_staking_primitives::{Obligation, Service, ServiceObligations};
		use zerog_storage_primitives::StorageService;
		build_and_execute(|| {
			let (_, order) = stored_file();
			let holder = provider_of(order, 0);
			assert_eq!(Market::may_leave(StorageService::ID, &holder), Err(Obligation::HoldsData));
			assert_eq!(Market::may_leave(StorageService::ID + 1, &holder), Ok(()));
			assert_eq!(Market::may_leave(StorageService::ID, &99), Ok(()));
		});
	}

	#[test]
	fn repeated_misses_reassign_the_fragment_and_repair_is_rewarded() {
		build_and_execute(|| {
			let (file, order) = stored_file();
			register([16], GIB);
			let store = store_of(&file);
			let lazy = provider_of(order, 2);
			for _ in 0..MissLimit::get() {
				prove_all_but(&[lazy], &store);
				next_period();
			}
			let fragment = Fragments::<Test>::get(order, 2).unwrap();
			assert_eq!(fragment.provider, 16, "the only provider holding nothing of the order");
			assert!(fragment.repair);
			assert_eq!(fragment.state, FragmentState::Assigned);
			assert!(market_events().contains(&Event::FragmentReassigned {
				order,
				index: 2,
				from: lazy,
				to: 16
			}));
			assert_eq!(Providers::<Test>::get(lazy).unwrap().fragments, 0);
			assert!(Holdings::<Test>::get(lazy).is_none());

			// The new provider rebuilds fragment 2 from four others and proves it.
			let others: Vec<Option<Vec<u8>>> =
				(0..6).map(|i| (i != 2 && i != 5).then(|| file.fragments[i].clone())).collect();
			let layout = Orders::<Test>::get(order).unwrap().layout;
			let rebuilt = zerog_data::storage::decode_file(&layout, &others).unwrap();
			let (_, fragments) = encode_file(&rebuilt, StorageCode::new(4, 2).unwrap()).unwrap();
			assert_eq!(fragments[2], file.fragments[2]);
			assert_ok!(Market::confirm_fragments(
				signed(16),
				BoundedVec::truncate_from(vec![(order, 2)])
			));
			prove_all_but(&[], &store);
			next_period();
			let fund = RepairFund::<Test>::get();
			assert_eq!(fund, STAKE / 100 + (STAKE - STAKE / 100) / 100, "two misses slashed");
			let before = balance(16);
			prove_all_but(&[], &store);
			next_period();
			let payment = Orders::<Test>::get(order).unwrap().fragment_payment;
			assert_eq!(balance(16), before + payment + RepairReward::get());
			assert_eq!(RepairFund::<Test>::get(), fund - RepairReward::get());
			assert!(!Fragments::<Test>::get(order, 2).unwrap().repair);
		});
	}

	#[test]
	fn without_a_spare_provider_a_failing_fragment_goes_to_one_that_proved() {
		build_and_execute(|| {
			let (file, order) = stored_file();
			let store = store_of(&file);
			let lazy = [provider_of(order, 0), provider_of(order, 1)];
			for _ in 0..MissLimit::get() {
				prove_all_but(&lazy, &store);
				next_period();
			}
			for index in [0, 1] {
				let fragment = Fragments::<Test>::get(order, index).unwrap();
				assert!(!lazy.contains(&fragment.provider), "never to a provider that missed");
				assert!(fragment.repair);
				assert_eq!(Providers::<Test>::get(fragment.provider).unwrap().fragments, 2);
			}
			assert!(lazy.iter().all(|p| Providers::<Test>::get(p).unwrap().fragments == 0));
		});
	}

	#[test]
	fn escrow_is_conserved_between_providers_and_the_owner() {
		build_and_execute(|| {
			let before = balance(ALICE);
			let (file, order) = stored_file();
			let store = store_of(&file);
			let escrow = Orders::<Test>::get(order).unwrap().escrow;
			let payment = Orders::<Test>::get(order).unwrap().fragment_payment;
			let lazy = provider_of(order, 5);
			// Period 1: all prove; period 2: one misses; then the order runs out unproven.
			prove_all_but(&[], &store);
			next_period();
			prove_all_but(&[lazy], &store);
			next_period();
			while Orders::<Test>::get(order).is_some() {
				next_period();
			}
			let events = market_events();
			let paid: Balance = events
				.iter()
				.filter_map(|e| match e {
					Event::FragmentPaid { amount, .. } => Some(*amount),
					_ => None,
				})
				.sum();
			let refund = events
				.iter()
				.find_map(|e| match e {
					Event::OrderExpired { refund, .. } => Some(*refund),
					_ => None,
				})
				.unwrap();
			assert_eq!(paid, 11 * payment, "six fragments in period 1, five in period 2");
			assert_eq!(paid + refund, escrow);
			assert_eq!(balance(ALICE), before - paid);
			assert_eq!(balance(Market::account_id()), 1 + RepairFund::<Test>::get());
		});
	}
}

mod deadlines {
	use super::*;

	/// The window a fragment assigned in period `assigned` may still be confirmed in ends with
	/// this period.
	fn last_chance(assigned: Period) -> Period {
		assigned + ConfirmWindow::get()
	}

	#[test]
	fn an_unconfirmed_fragment_is_reassigned_when_its_window_ends_and_its_provider_slashed() {
		build_and_execute(|| {
			register(10..17, GIB);
			let file = test_file(100_000, 4, 2, 1);
			let order = place(&file, 10);
			let silent = provider_of(order, 3);
			let spare = (10..17).find(|p| !Assigned::<Test>::iter_key_prefix(p).any(|_| true));
			let spare = spare.expect("seven providers, six fragments");
			for (index, fragment) in Fragments::<Test>::iter_prefix(order) {
				if index != 3 {
					assert_ok!(Market::confirm_fragments(
						signed(fragment.provider),
						BoundedVec::truncate_from(vec![(order, index)])
					));
				}
			}
			let store = store_of(&file);
			while CurrentPeriod::<Test>::get() < last_chance(0) {
				next_period();
				prove_all_but(&[], &store);
				assert_eq!(provider_of(order, 3), silent, "still inside its window");
			}
			let stake = Stakes::of(silent);
			next_period();
			let fragment = Fragments::<Test>::get(order, 3).unwrap();
			assert_eq!(fragment.provider, spare, "the only provider holding nothing of the order");
			assert!(fragment.repair);
			assert_eq!(fragment.state, FragmentState::Assigned);
			let slashed = stake / 100;
			assert_eq!(Stakes::of(silent), stake - slashed);
			assert!(market_events().contains(&Event::ConfirmationMissed {
				order,
				index: 3,
				provider: silent,
				slashed,
			}));
			assert!(market_events().contains(&Event::FragmentReassigned {
				order,
				index: 3,
				from: silent,
				to: spare
			}));
			assert!(!Assigned::<Test>::contains_key(silent, (order, 3)));
			assert_eq!(Providers::<Test>::get(silent).unwrap().fragments, 0);
			assert_eq!(Providers::<Test>::get(silent).unwrap().status, ProviderStatus::Idle);
			let missed = market_events()
				.iter()
				.filter(|e| matches!(e, Event::ConfirmationMissed { .. }))
				.count();
			assert_eq!(missed, 1, "the five confirmed fragments are not missed");
		});
	}

	#[test]
	fn a_repair_given_to_a_provider_that_then_dies_is_given_again() {
		build_and_execute(|| {
			register(10..16, GIB);
			let file = test_file(1 << 20, 4, 2, 7);
			let order = place(&file, 20);
			confirm_all(order);
			next_period();
			let store = store_of(&file);
			// One provider dies; its fragment goes to another, which dies before confirming it.
			let first = provider_of(order, 0);
			for _ in 0..MissLimit::get() {
				prove_all_but(&[first], &store);
				next_period();
			}
			assert_eq!(Providers::<Test>::get(first).unwrap().status, ProviderStatus::Idle);
			let second = provider_of(order, 0);
			assert_ne!(second, first);
			// Repairs are drawn by the sweep, in the first block of the period.
			let reassigned_in = CurrentPeriod::<Test>::get();
			while CurrentPeriod::<Test>::get() <= last_chance(reassigned_in) {
				prove_all_but(&[first, second], &store);
				next_period();
			}
			assert!(market_events().iter().any(|e| matches!(
				e,
				Event::ConfirmationMissed { order: o, index: 0, provider, .. }
					if *o == order && *provider == second
			)));
			let third = Fragments::<Test>::get(order, 0).unwrap();
			assert!(![first, second].contains(&third.provider), "never back to a dead provider");
			assert!(third.repair);
			assert_eq!(Providers::<Test>::get(second).unwrap().status, ProviderStatus::Idle);
		});
	}

	#[test]
	fn deadlines_are_dropped_when_their_period_ends() {
		build_and_execute(|| {
			register(10..16, GIB);
			let file = test_file(100_000, 4, 2, 2);
			let order = place(&file, 10);
			assert_eq!(ConfirmDeadlines::<Test>::iter_prefix(last_chance(0)).count(), 6);
			confirm_all(order);
			assert_eq!(ConfirmDeadlines::<Test>::iter().count(), 0, "confirmations take them");
			while CurrentPeriod::<Test>::get() <= last_chance(0) {
				next_period();
			}
			assert_eq!(ConfirmDeadlines::<Test>::iter().count(), 0);
			assert!(!market_events().iter().any(|e| matches!(e, Event::ConfirmationMissed { .. })));
			assert!((0..6)
				.all(|i| Fragments::<Test>::get(order, i).unwrap().state == FragmentState::Stored));
		});
	}
}

mod sweep {
	use super::{proofs::stored_file, *};
	use frame_support::weights::Weight;

	#[test]
	fn a_sweep_short_of_weight_stops_between_steps_and_goes_on_in_the_next_blocks() {
		build_and_execute(|| {
			register(10..26, GIB);
			for salt in 0..3 {
				let order = place(&test_file(100_000, 4, 2, salt), 10);
				confirm_all(order);
			}
			next_period();
			// Nobody proves period 1. Each block affords the boundary and three provider steps.
			let step = <() as WeightInfo>::visit_provider()
				.saturating_add(<() as WeightInfo>::settle_provider(64));
			let budget = <() as WeightInfo>::start_period().saturating_add(step.saturating_mul(3));
			assert!(budget.any_gt(Weight::zero()), "the weights are generated, not zero");
			MaxSweepWeight::set(budget);
			let boundary = 2 * PERIOD;
			System::set_block_number(boundary - 1);
			let mut blocks = 0;
			let mut block = boundary;
			loop {
				System::set_block_number(block);
				let used = Market::on_initialize(block);
				assert!(used.all_lte(budget), "block {block} used {used:?} of {budget:?}");
				blocks += 1;
				if Sweep::<Test>::get().providers.is_none() {
					break;
				}
				block += 1;
			}
			assert!(blocks >= 16 / 3, "the pass took {blocks} blocks");
			let holders: Vec<AccountId> = Providers::<Test>::iter()
				.filter(|(_, i)| i.fragments > 0)
				.map(|(p, _)| p)
				.collect();
			let missed = market_events()
				.into_iter()
				.filter(|e| matches!(e, Event::ProofMissed { period: 1, .. }))
				.count();
			assert_eq!(missed, holders.len(), "every holder settled once for period 1");
			assert!(holders
				.iter()
				.all(|p| Providers::<Test>::get(p).unwrap().proofs.unsettled == 2));
			MaxSweepWeight::set(Weight::MAX);
		});
	}

	#[test]
	fn a_silent_provider_among_many_hands_its_whole_proving_set_on() {
		build_and_execute(|| {
			register(1_000..1_100, GIB);
			MissLimit::set(1);
			let mut orders = Vec::new();
			for salt in 0..40 {
				let order = place(&test_file(50_000, 4, 2, salt), 20 + salt as u32 / 10);
				confirm_all(order);
				orders.push(order);
			}
			let silent = (1_000..1_100)
				.max_by_key(|p| Providers::<Test>::get(p).unwrap().fragments)
				.unwrap();
			let held = Providers::<Test>::get(silent).unwrap().fragments;
			next_period();
			let store: BTreeMap<Hash, Vec<u8>> =
				(0..40).flat_map(|salt| store_of(&test_file(50_000, 4, 2, salt))).collect();
			prove_all_but(&[silent], &store);
			next_period();
			let events = market_events();
			let moved = events
				.iter()
				.filter(|e| matches!(e, Event::FragmentReassigned { from, .. } if *from == silent))
				.count();
			let postponed =
				events.iter().filter(|e| matches!(e, Event::RepairPostponed { .. })).count();
			assert_eq!((moved, postponed), (held as usize, 0));
			assert_eq!(Providers::<Test>::get(silent).unwrap().fragments, 0);
			MissLimit::set(2);
		});
	}

	#[test]
	fn an_ended_order_is_released_a_fragment_at_a_time_then_refunded() {
		build_and_execute(|| {
			register(10..16, GIB);
			let file = test_file(100_000, 4, 2, 3);
			let order = place(&file, 1);
			confirm_all(order);
			next_period();
			prove_all_but(&[], &store_of(&file));
			let end = Orders::<Test>::get(order).unwrap().end;
			assert_eq!(end, 2);
			// Each block affords the boundary (or an idle sweep), the pass over six providers that
			// proved, and two expiry steps.
			let weights = |w: Weight, n: u64| w.saturating_mul(n);
			let step = <() as WeightInfo>::renew_expiring()
				.max(<() as WeightInfo>::release_fragment())
				.max(<() as WeightInfo>::close_order());
			MaxSweepWeight::set(
				<() as WeightInfo>::start_period()
					.saturating_add(weights(<() as WeightInfo>::visit_provider(), 7))
					.saturating_add(weights(step, 2)),
			);
			next_period();
			assert_eq!(CurrentPeriod::<Test>::get(), end);
			assert_noop!(Market::renew_order(signed(ALICE), order, 5), Error::<Test>::OrderEnded);
			let before = balance(ALICE);
			let escrow = Orders::<Test>::get(order).unwrap().escrow;
			let (mut blocks, mut partly_released) = (1, false);
			while Orders::<Test>::contains_key(order) {
				let left = Fragments::<Test>::iter_prefix(order).count();
				partly_released |= left > 0 && left < 6;
				let block = System::block_number() + 1;
				System::set_block_number(block);
				Market::on_initialize(block);
				blocks += 1;
			}
			assert!(partly_released, "some blocks ended with the order partly released");
			assert!(blocks >= 3, "released over {blocks} blocks");
			assert_eq!(balance(ALICE), before + escrow);
			assert!((10..16).all(|p| Providers::<Test>::get(p).unwrap().used == 0));
			MaxSweepWeight::set(Weight::MAX);
		});
	}

	#[test]
	fn a_proof_settles_its_provider_before_the_sweep_reaches_it() {
		build_and_execute(|| {
			let (file, order) = stored_file();
			let store = store_of(&file);
			let lazy = provider_of(order, 1);
			prove_all_but(&[lazy], &store);
			// The boundary block affords the boundary only: nobody is settled for period 1 yet.
			MaxSweepWeight::set(<() as WeightInfo>::start_period());
			next_period();
			assert!(Sweep::<Test>::get().providers.is_some());
			MaxSweepWeight::set(Weight::MAX);
			assert_eq!(Providers::<Test>::get(lazy).unwrap().proofs.unsettled, 1);
			let before = balance(lazy);
			assert_ok!(Market::submit_proof(signed(lazy), 2, proof_for(lazy, &store)));
			let payment = Orders::<Test>::get(order).unwrap().fragment_payment;
			assert_eq!(balance(lazy), before - STAKE / 100 + payment, "slashed for 1, paid for 2");
			assert_eq!(Providers::<Test>::get(lazy).unwrap().proofs.unsettled, 2);
			// The sweep then finds it settled and slashes nothing more.
			Market::on_initialize(System::block_number() + 1);
			assert_eq!(balance(lazy), before - STAKE / 100 + payment);
			let missed: Vec<_> = market_events()
				.into_iter()
				.filter(|e| matches!(e, Event::ProofMissed { .. }))
				.collect();
			assert_eq!(missed.len(), 1);
		});
	}
}

mod invariants {
	use super::*;

	#[test]
	fn orders_by_root_keys_hash_the_user_chosen_root() {
		build_and_execute(|| {
			let root = [0xab; 32];
			let key = OrdersByRoot::<Test>::hashed_key_for(root, 7u64);
			use frame_support::storage::StoragePrefixedMap;
			let prefix = OrdersByRoot::<Test>::final_prefix();
			let hashed_root = [sp_io::hashing::blake2_128(&root).as_slice(), &root].concat();
			assert_eq!(&key[prefix.len()..prefix.len() + 48], &hashed_root[..]);
		});
	}

	#[test]
	fn the_v1_migration_rekeys_orders_by_root_and_bumps_the_version() {
		use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
		build_and_execute(|| {
			StorageVersion::new(0).put::<Market>();
			crate::migrations::v1::old::OrdersByRoot::<Test>::insert([1; 32], 3u64, ());
			crate::migrations::v1::old::OrdersByRoot::<Test>::insert([2; 32], 4u64, ());
			crate::migrations::v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
			assert!(OrdersByRoot::<Test>::contains_key([1; 32], 3));
			assert!(OrdersByRoot::<Test>::contains_key([2; 32], 4));
			assert_eq!(OrdersByRoot::<Test>::iter_keys().count(), 2);
			assert_eq!(Market::on_chain_storage_version(), StorageVersion::new(1));
			// A second run finds version 1 and leaves everything as it is.
			crate::migrations::v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
			assert_eq!(OrdersByRoot::<Test>::iter_keys().count(), 2);
		});
	}

	#[test]
	fn the_v2_migration_gives_providers_slots_and_proof_records_and_keys_incoming_by_period() {
		// Version 1 upgrades through version 2 and on to version 3, as a version 1 chain would.
		use crate::migrations::v2::old;
		use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
		// A fixture of version 1 entries only, without the orders behind them: no try-state.
		new_test_ext().execute_with(|| {
			StorageVersion::new(1).put::<Market>();
			CurrentPeriod::<Test>::put(7);
			for (who, fragments) in [(10u64, 1u32), (11, 0)] {
				old::Providers::<Test>::insert(
					who,
					old::ProviderInfo::<Test> {
						capacity: GIB,
						used: fragments as u64 * 4096,
						fragments,
						ask: PRICE,
						status: ProviderStatus::Active,
					},
				);
			}
			ProviderCount::<Test>::put(2);
			old::Proved::<Test>::insert(10, 6);
			old::Fragments::<Test>::insert(
				3,
				0,
				old::Fragment::<Test> {
					root: [1; 32],
					provider: 10,
					state: FragmentState::Stored,
					misses: 1,
					repair: false,
					last_proven: Some(5),
				},
			);
			let held = HeldFragment { order: 3, index: 0, root: [1; 32], len: 4096 };
			old::Incoming::<Test>::insert(10, BoundedVec::truncate_from(vec![held]));

			crate::migrations::v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
			assert_eq!(Market::on_chain_storage_version(), StorageVersion::new(2));
			crate::migrations::v3::MigrateV2ToV3::<Test>::on_runtime_upgrade();

			let info = Providers::<Test>::get(10).unwrap();
			assert_eq!(
				info.proofs,
				ProofRecord { last_proved: Some(6), unsettled: 7, missed_in_a_row: 1 }
			);
			assert_eq!(ProviderSlots::<Test>::get(info.slot), Some(10));
			let other = Providers::<Test>::get(11).unwrap();
			assert_ne!(other.slot, info.slot);
			assert_eq!(Fragments::<Test>::get(3, 0).unwrap().last_proven, Some(5));
			assert_eq!(Incoming::<Test>::get(10, 7).unwrap().to_vec(), vec![held]);
			assert_eq!(Sweep::<Test>::get().next_expiry, 8);
			assert_eq!(Sweep::<Test>::get().next_deadlines, 7);
			assert_eq!(Market::on_chain_storage_version(), crate::STORAGE_VERSION);
			// The fragment joins the proving set from period 8 on.
			assert_eq!(Market::holdings_of(&10).len(), 0);
			CurrentPeriod::<Test>::put(8);
			assert_eq!(Market::holdings_of(&10).len(), 1);
		});
	}

	#[test]
	fn the_v3_migration_keys_every_account_keyed_map_by_a_hash_of_the_account() {
		use crate::migrations::v3::old;
		use frame_support::{
			storage::StoragePrefixedMap,
			traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
		};
		// A fixture of version 2 entries only, without the orders behind them: no try-state.
		new_test_ext().execute_with(|| {
			StorageVersion::new(2).put::<Market>();
			let held = BoundedVec::truncate_from(vec![HeldFragment {
				order: 3,
				index: 0,
				root: [1; 32],
				len: 4096,
			}]);
			register(10..11, GIB);
			let provider = Providers::<Test>::take(10).unwrap();
			old::Providers::<Test>::insert(10, &provider);
			old::Holdings::<Test>::insert(10, &held);
			old::Incoming::<Test>::insert(10, 7, &held);
			old::Assigned::<Test>::insert(10, (3, 0), ());
			old::Evicting::<Test>::insert(11, ());
			old::ProviderIdentities::<Test>::insert(10, NetworkIdentity::default());
			old::Prepaid::<Test>::insert(12, 500);

			crate::migrations::v3::MigrateV2ToV3::<Test>::on_runtime_upgrade();

			assert_eq!(Providers::<Test>::get(10), Some(provider.clone()));
			assert_eq!(Providers::<Test>::iter_keys().collect::<Vec<_>>(), vec![10]);
			assert_eq!(Holdings::<Test>::get(10), Some(held.clone()));
			assert_eq!(Incoming::<Test>::get(10, 7), Some(held));
			assert!(Assigned::<Test>::contains_key(10, (3, 0)));
			assert!(Evicting::<Test>::contains_key(11));
			assert_eq!(ProviderIdentities::<Test>::get(10), Some(NetworkIdentity::default()));
			assert_eq!(Prepaid::<Test>::get(12), 500);
			let key = Providers::<Test>::hashed_key_for(10);
			let prefix = Providers::<Test>::final_prefix();
			let account = 10u64.to_le_bytes();
			let hashed = [sp_io::hashing::blake2_128(&account).as_slice(), &account].concat();
			assert_eq!(&key[prefix.len()..], &hashed[..]);
			assert_eq!(Market::on_chain_storage_version(), crate::STORAGE_VERSION);
			// A second run finds version 3 and leaves everything as it is.
			crate::migrations::v3::MigrateV2ToV3::<Test>::on_runtime_upgrade();
			assert_eq!(Providers::<Test>::get(10), Some(provider));
		});
	}

	#[test]
	fn try_state_catches_escrow_the_account_does_not_hold() {
		new_test_ext().execute_with(|| {
			register(10..16, GIB);
			let file = test_file(1 << 20, 4, 2, 0);
			let order = place(&file, 5);
			assert_ok!(Market::do_try_state());
			Orders::<Test>::mutate(order, |o| o.as_mut().unwrap().escrow += 1);
			assert!(Market::do_try_state().is_err());
		});
	}

	#[test]
	fn periods_follow_one_another_at_period_boundaries() {
		build_and_execute(|| {
			Market::on_initialize(PERIOD - 1);
			assert_eq!(CurrentPeriod::<Test>::get(), 0);
			Market::on_initialize(PERIOD * 3);
			assert_eq!(CurrentPeriod::<Test>::get(), 1);
			assert!(market_events().contains(&Event::PeriodStarted { period: 1 }));
			// A shorter period moves the next boundary; no period is skipped.
			ChallengePeriod::set(4);
			Market::on_initialize(PERIOD * 3 + 2);
			Market::on_initialize(PERIOD * 3 + 4);
			assert_eq!(CurrentPeriod::<Test>::get(), 2);
		});
	}
}

mod offchain_worker {
	use super::*;
	use codec::Decode;
	use sp_core::offchain::{testing, OffchainDbExt, OffchainWorkerExt, TransactionPoolExt};
	use sp_runtime::testing::UintAuthorityId;
	use std::sync::Arc;
	use zerog_storage_primitives::{FragmentProver, FragmentStoreExt};

	/// A node's fragment store held in memory.
	struct MemoryStore(BTreeMap<Hash, Vec<u8>>);

	impl FragmentProver for MemoryStore {
		fn has(&self, root: &Hash, len: u64) -> bool {
			self.0.get(root).is_some_and(|f| f.len() as u64 == len)
		}

		fn prove(&self, root: &Hash, len: u64, chunks: &[u64]) -> Option<HoldingProof> {
			let data = self.0.get(root)?;
			let holdings = [pora::Holding { root: *root, len }];
			let challenges: Vec<_> =
				chunks.iter().map(|&chunk| pora::Challenge { holding: 0, chunk }).collect();
			pora::prove_challenges(&challenges, &holdings, |_| Some(data.as_slice()))
				.ok()?
				.holdings
				.pop()
		}
	}

	#[test]
	fn the_worker_confirms_what_its_node_keeps_then_proves_each_period() {
		let (offchain, _) = testing::TestOffchainExt::new();
		let (pool, pool_state) = testing::TestTransactionPoolExt::new();
		let mut ext = new_test_ext();
		ext.register_extension(OffchainWorkerExt::new(offchain.clone()));
		ext.register_extension(OffchainDbExt::new(offchain));
		ext.register_extension(TransactionPoolExt::new(pool));
		let file = test_file(1 << 20, 4, 2, 3);
		ext.register_extension(FragmentStoreExt::new(MemoryStore(store_of(&file))));
		ext.execute_with(|| {
			register(10..16, GIB);
			let order = place(&file, 10);
			let who = provider_of(order, 4);
			UintAuthorityId::set_all_keys(vec![who]);
			let sent = |pool_state: &Arc<parking_lot::RwLock<testing::PoolState>>| {
				let tx = pool_state.write().transactions.pop().expect("a transaction was sent");
				let tx = sp_runtime::generic::UncheckedExtrinsic::<AccountId, RuntimeCall, (), ()>::decode(&mut &tx[..]).unwrap();
				tx.function
			};
			Market::offchain_worker(1);
			assert_eq!(
				sent(&pool_state),
				RuntimeCall::Market(Call::confirm_fragments {
					fragments: BoundedVec::truncate_from(vec![(order, 4)])
				})
			);
			Market::offchain_worker(2);
			assert!(pool_state.read().transactions.is_empty(), "not sent twice");
			confirm_all(order);
			next_period();
			Market::offchain_worker(PERIOD + 1);
			let RuntimeCall::Market(Call::submit_proof { period, proof }) = sent(&pool_state) else {
				panic!("expected a proof");
			};
			assert_ok!(Market::submit_proof(signed(who), period, proof));
			assert_eq!(Providers::<Test>::get(who).unwrap().proofs.last_proved, Some(1));
		});
	}
}

mod audits {
	use super::*;

	#[test]
	fn an_audit_draws_a_chunk_of_a_proven_fragment() {
		build_and_execute(|| {
			assert_eq!(Market::audit_draw([1; 32]), None, "no provider, nothing to audit");
			register(10..16, GIB);
			let file = test_file(300_000, 4, 2, 0);
			let order = place(&file, 5);
			confirm_all(order);
			assert_eq!(Market::audit_draw([1; 32]), None, "nothing to prove yet");
			next_period();
			for salt in 0..16u8 {
				let chunk = Market::audit_draw([salt; 32]).expect("six providers prove");
				let set = Market::proving_set(&chunk.provider).unwrap();
				let lens: Vec<u64> = set.holdings.iter().map(|h| h.len).collect();
				let challenged = pora::challenges(&set.seed, &lens, set.challenges).unwrap();
				let holding = set.holdings.iter().position(|h| h.root == chunk.fragment.root);
				assert!(
					challenged
						.iter()
						.any(|c| Some(c.holding as usize) == holding && c.chunk == chunk.chunk),
					"the chunk is one its provider is challenged on"
				);
			}
		});
	}

	#[test]
	fn an_unavailable_chunk_counts_as_a_missed_proof() {
		build_and_execute(|| {
			register(10..16, GIB);
			let file = test_file(300_000, 4, 2, 0);
			let order = place(&file, 5);
			confirm_all(order);
			next_period();
			let audited = Market::audit_draw([3; 32]).unwrap();
			let before = balance(audited.provider);
			for miss in 1..=MissLimit::get() {
				Market::count_unavailable_chunk(&audited.provider, &audited.fragment);
				let info = Providers::<Test>::get(audited.provider).unwrap();
				assert_eq!(info.proofs.missed_in_a_row, miss);
			}
			assert!(balance(audited.provider) < before, "slashed");
			assert!(Evicting::<Test>::contains_key(audited.provider));
			assert!(market_events().iter().any(|event| matches!(
				event,
				Event::ChunkUnavailable { provider, .. } if *provider == audited.provider
			)));
		});
	}
}
