//! Benchmarks of every call and of the period hook, each at its worst case.

use super::*;
use crate::Pallet as Market;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		Get, Hooks,
	},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::{Bounded, Saturating};
use zerog_data::{
	pora,
	storage::{FileLayout, StorageCode},
	Hash,
};

const SEED: u32 = 0;
/// Capacity every benchmark provider offers.
const CAPACITY: u64 = 1 << 50;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

fn provider<T: Config>(index: u32) -> T::AccountId {
	let who = funded::<T>("provider", index);
	T::BenchmarkHelper::make_operator(&who);
	Market::<T>::register_provider(RawOrigin::Signed(who.clone()).into(), CAPACITY, 0u32.into())
		.unwrap();
	who
}

fn ensure_pallet_account<T: Config>() {
	let account = Market::<T>::account_id();
	if T::Currency::balance(&account) < T::Currency::minimum_balance() {
		T::Currency::set_balance(&account, T::Currency::minimum_balance());
	}
}

/// An order of `providers.len()` fragments of `len` bytes each written straight to storage,
/// fragment `i` stored by `providers[i]` and in its proving set; the escrow is funded.
fn stored_order<T: Config>(owner: &T::AccountId, providers: &[T::AccountId], len: u64) -> OrderId {
	ensure_pallet_account::<T>();
	let id = NextOrderId::<T>::get();
	NextOrderId::<T>::put(id + 1);
	let n = providers.len() as u8;
	let layout =
		FileLayout::new(len * (n as u64 - 1), StorageCode::new(n - 1, 1).unwrap()).unwrap();
	let payment: BalanceOf<T> = 1_000u32.into();
	let escrow = payment.saturating_mul((n as u32 * 100).into());
	T::Currency::mint_into(&Market::<T>::account_id(), escrow).unwrap();
	let end = CurrentPeriod::<T>::get() + 100 + id as Period;
	Expiring::<T>::mutate(end, |queue| queue.try_push(id).unwrap());
	OrdersByRoot::<T>::insert([id as u8; 32], id, ());
	let fragment_len = layout.fragment_len();
	for (index, who) in providers.iter().enumerate() {
		let index = index as u8;
		let root = [index; 32];
		Market::<T>::assign(id, index, root, who.clone(), fragment_len, false);
		Fragments::<T>::mutate(id, index, |f| f.as_mut().unwrap().state = FragmentState::Stored);
		Holdings::<T>::mutate(who, |set| {
			set.get_or_insert_with(Default::default)
				.try_push(HeldFragment { order: id, index, root, len: fragment_len })
				.unwrap()
		});
	}
	Orders::<T>::insert(
		id,
		Order {
			owner: owner.clone(),
			data_root: [id as u8; 32],
			layout,
			fragment_payment: payment,
			start: 0,
			end,
			duration: 100,
			escrow,
			auto_renew: false,
		},
	);
	id
}

/// `count` fragment roots for an order.
fn roots<T: Config>(count: u32) -> BoundedVec<Hash, T::MaxFragments> {
	BoundedVec::truncate_from((0..count).map(|i| [i as u8; 32]).collect())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_provider() {
		let who = funded::<T>("provider", 0);
		T::BenchmarkHelper::make_operator(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), CAPACITY, 0u32.into());
		assert!(Providers::<T>::contains_key(&who));
	}

	#[benchmark]
	fn update_provider() {
		let who = provider::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), CAPACITY / 2, 1u32.into());
		assert_eq!(Providers::<T>::get(&who).unwrap().capacity, CAPACITY / 2);
	}

	#[benchmark]
	fn set_provider_status() {
		let who = provider::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), ProviderStatus::Idle);
		assert_eq!(Providers::<T>::get(&who).unwrap().status, ProviderStatus::Idle);
	}

	#[benchmark]
	fn deregister_provider() {
		let who = provider::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Providers::<T>::contains_key(&who));
	}

	/// The largest identity: a peer id and every address at their longest.
	#[benchmark]
	fn set_network_identity() {
		use zerog_storage_primitives::{MAX_ADDRESSES, MAX_ADDRESS_LEN, MAX_PEER_ID_LEN};
		let who = provider::<T>(0);
		let address = BoundedVec::truncate_from(vec![2; MAX_ADDRESS_LEN as usize]);
		let identity = NetworkIdentity {
			peer_id: BoundedVec::truncate_from(vec![1; MAX_PEER_ID_LEN as usize]),
			addresses: BoundedVec::truncate_from(vec![address; MAX_ADDRESSES as usize]),
		};
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), identity.clone());
		assert_eq!(ProviderIdentities::<T>::get(&who), Some(identity));
	}

	/// `f` fragments drawn among `p` providers.
	#[benchmark]
	fn place_order(
		f: Linear<2, { T::MaxFragments::get() }>,
		p: Linear<{ T::MaxFragments::get() }, { T::MaxProviders::get() }>,
	) {
		ensure_pallet_account::<T>();
		for i in 0..p {
			provider::<T>(i);
		}
		let owner = funded::<T>("owner", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), [7; 32], 1 << 20, (f - 1) as u8, 1, roots::<T>(f), 10);
		assert_eq!(Fragments::<T>::iter_prefix(0).count(), f as usize);
	}

	/// One provider confirms `n` fragments of `n` orders.
	#[benchmark]
	fn confirm_fragments(n: Linear<1, { T::MaxFragments::get() }>) {
		let a = provider::<T>(0);
		let b = provider::<T>(1);
		let owner = funded::<T>("owner", 0);
		let mut items = Vec::new();
		for _ in 0..n {
			let order = stored_order::<T>(&owner, &[a.clone(), b.clone()], 4096);
			Fragments::<T>::mutate(order, 0, |f| {
				f.as_mut().unwrap().state = FragmentState::Assigned
			});
			items.push((order, 0));
		}
		Holdings::<T>::remove(&a);
		let items: BoundedVec<_, T::MaxFragments> = BoundedVec::truncate_from(items);
		#[extrinsic_call]
		_(RawOrigin::Signed(a.clone()), items);
		assert_eq!(Incoming::<T>::get(&a).unwrap().len(), n as usize);
	}

	/// A valid proof of `c` chunks over `h` holdings of `2^d` chunks each. The ranges stop
	/// where building the proof in the setup gets slow (it hashes each challenged fragment);
	/// the weight is linear in each and extrapolates to `MaxHoldings` and deeper trees.
	#[benchmark]
	fn submit_proof(
		c: Linear<1, 64>,
		h: Linear<1, { T::MaxHoldings::get().min(256) }>,
		d: Linear<1, 10>,
	) {
		T::BenchmarkHelper::set_challenges_per_period(c);
		let who = provider::<T>(0);
		let len = zerog_data::CHUNK_LEN << d;
		let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
		let root = zerog_data::root(&data);
		let held: Vec<HeldFragment> =
			(0..h).map(|i| HeldFragment { order: i as u64, index: 0, root, len }).collect();
		Holdings::<T>::insert(&who, BoundedVec::truncate_from(held));
		let holdings = Market::<T>::holdings_of(&who);
		let lens: Vec<u64> = holdings.iter().map(|h| h.len).collect();
		let challenges = pora::challenges(&Market::<T>::challenge_seed(&who), &lens, c).unwrap();
		let proof =
			pora::prove_challenges(&challenges, &holdings, |_| Some(data.as_slice())).unwrap();
		let period = CurrentPeriod::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), period, proof);
		assert_eq!(Proved::<T>::get(&who), Some(period));
	}

	#[benchmark]
	fn renew_order() {
		let owner = funded::<T>("owner", 0);
		let providers: Vec<_> = (0..T::MaxFragments::get()).map(provider::<T>).collect();
		let order = stored_order::<T>(&owner, &providers, 4096);
		let end = Orders::<T>::get(order).unwrap().end;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), order, 10);
		assert_eq!(Orders::<T>::get(order).unwrap().end, end + 10);
	}

	#[benchmark]
	fn set_auto_renew() {
		let owner = funded::<T>("owner", 0);
		let providers: Vec<_> = (0..2).map(provider::<T>).collect();
		let order = stored_order::<T>(&owner, &providers, 4096);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), order, true);
		assert!(Orders::<T>::get(order).unwrap().auto_renew);
	}

	#[benchmark]
	fn prepay() {
		ensure_pallet_account::<T>();
		let owner = funded::<T>("owner", 0);
		let amount: BalanceOf<T> = T::Currency::minimum_balance().saturating_mul(10u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), amount);
		assert_eq!(Prepaid::<T>::get(&owner), amount);
	}

	#[benchmark]
	fn withdraw_prepaid() {
		ensure_pallet_account::<T>();
		let owner = funded::<T>("owner", 0);
		let amount: BalanceOf<T> = T::Currency::minimum_balance().saturating_mul(10u32.into());
		Market::<T>::prepay(RawOrigin::Signed(owner.clone()).into(), amount).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), amount);
		assert!(!Prepaid::<T>::contains_key(&owner));
	}

	/// The period hook with `p` providers holding `f` fragments between them (orders spread
	/// over the providers): half the providers proved and are paid for every fragment, half
	/// missed and are slashed.
	#[benchmark]
	fn start_period(
		p: Linear<2, { T::MaxFragments::get() }>,
		f: Linear<{ T::MaxFragments::get() }, { 2 * T::MaxHoldings::get().min(256) }>,
	) {
		let owner = funded::<T>("owner", 0);
		let providers: Vec<_> = (0..p).map(provider::<T>).collect();
		let mut placed = 0;
		while placed < f {
			let n = (f - placed).clamp(2, p) as usize;
			stored_order::<T>(&owner, &providers[..n], 4096);
			placed += n as u32;
		}
		let period = CurrentPeriod::<T>::get();
		for who in providers.iter().step_by(2) {
			Proved::<T>::insert(who, period);
		}
		let next: BlockNumberFor<T> = T::ChallengePeriod::get().saturating_mul((period + 1).into());
		#[block]
		{
			Market::<T>::on_initialize(next);
		}
		assert_eq!(CurrentPeriod::<T>::get(), period + 1);
	}

	/// The confirmation deadlines of an ended period: `d` of them moved on (their fragment was
	/// confirmed, reassigned or ended) and are skipped, `m` were missed, and each missed
	/// fragment's provider is slashed and the fragment redrawn among `p` providers.
	#[benchmark]
	fn miss_confirmations(
		d: Linear<0, 512>,
		m: Linear<0, { T::MaxFragments::get() }>,
		p: Linear<{ T::MaxFragments::get() + 1 }, { T::MaxProviders::get() }>,
	) {
		let owner = funded::<T>("owner", 0);
		let providers: Vec<_> = (0..p).map(provider::<T>).collect();
		let order = stored_order::<T>(&owner, &providers[..T::MaxFragments::get() as usize], 4096);
		let period = CurrentPeriod::<T>::get();
		for (index, who) in providers.iter().take(m as usize).enumerate() {
			let index = index as FragmentIndex;
			Fragments::<T>::mutate(order, index, |f| {
				f.as_mut().unwrap().state = FragmentState::Assigned
			});
			Holdings::<T>::remove(who);
			ConfirmDeadlines::<T>::insert(period, (order, index), who);
		}
		for moved_on in 0..d {
			ConfirmDeadlines::<T>::insert(period, (OrderId::MAX - moved_on as OrderId, 0), &owner);
		}
		#[block]
		{
			let (overdue, _) = Market::<T>::missed_confirmations(period);
			for (from, fragment) in &overdue {
				Market::<T>::reassign(from, fragment, &[]);
			}
		}
		assert_eq!(ConfirmDeadlines::<T>::iter_prefix(period).count(), 0);
		let moved = Fragments::<T>::iter_prefix_values(order)
			.filter(|f| !providers[..m as usize].contains(&f.provider))
			.count();
		assert_eq!(moved, T::MaxFragments::get() as usize);
	}

	/// An order of `MaxFragments` fragments expiring.
	#[benchmark]
	fn expire_order() {
		let owner = funded::<T>("owner", 0);
		let providers: Vec<_> = (0..T::MaxFragments::get()).map(provider::<T>).collect();
		let order = stored_order::<T>(&owner, &providers, 4096);
		let info = Orders::<T>::get(order).unwrap();
		#[block]
		{
			Market::<T>::end_order(order, info);
		}
		assert!(!Orders::<T>::contains_key(order));
	}

	impl_benchmark_test_suite!(Market, crate::mock::new_test_ext(), crate::mock::Test);
}
