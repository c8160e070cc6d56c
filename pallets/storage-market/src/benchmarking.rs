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
	weights::WeightMeter,
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

/// An order of one fragment of `len` bytes with root `root`, stored by `who` and in its
/// proving set; the escrow is funded for 100 periods.
fn held_order<T: Config>(
	owner: &T::AccountId,
	who: &T::AccountId,
	root: Hash,
	len: u64,
) -> OrderId {
	ensure_pallet_account::<T>();
	let id = NextOrderId::<T>::get();
	NextOrderId::<T>::put(id + 1);
	let layout = FileLayout::new(len, StorageCode::new(1, 1).unwrap()).unwrap();
	let payment: BalanceOf<T> = 1_000u32.into();
	let escrow = payment.saturating_mul(100u32.into());
	T::Currency::mint_into(&Market::<T>::account_id(), escrow).unwrap();
	let end = CurrentPeriod::<T>::get() + 100 + id as Period;
	Expiring::<T>::mutate(end, |queue| queue.try_push(id).unwrap());
	OrdersByRoot::<T>::insert([id as u8; 32], id, ());
	Market::<T>::assign(id, 0, root, who.clone(), len, false);
	Fragments::<T>::mutate(id, 0, |f| f.as_mut().unwrap().state = FragmentState::Stored);
	Holdings::<T>::mutate(who, |set| {
		set.get_or_insert_with(Default::default)
			.try_push(HeldFragment { order: id, index: 0, root, len })
			.unwrap()
	});
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

/// The sweep's state in a pass settling providers up to `through`, in period `through + 1`.
fn pass_through<T: Config>(through: Period) -> SweepState {
	CurrentPeriod::<T>::put(through + 1);
	SweepState {
		next_expiry: through + 2,
		next_deadlines: through + 1,
		providers: Some(ProviderPass { through, after: None }),
	}
}

/// The sweep's state in period `end`, with the expiry queue of `end` due.
fn expiry_due<T: Config>(end: Period) -> SweepState {
	CurrentPeriod::<T>::put(end);
	SweepState { next_expiry: end, next_deadlines: end, providers: None }
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

	/// A provider leaves from the first slot: the last provider moves into it.
	#[benchmark]
	fn deregister_provider() {
		let who = provider::<T>(0);
		let last = provider::<T>(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Providers::<T>::contains_key(&who));
		assert_eq!(Providers::<T>::get(&last).unwrap().slot, 0);
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

	/// `f` fragments drawn among `p` providers, every one of them looked at (the window of a
	/// draw covers them all); the weight is linear in the slots a draw looks at.
	#[benchmark]
	fn place_order(
		f: Linear<2, { T::MaxFragments::get() }>,
		p: Linear<{ T::MaxFragments::get() }, { DRAW_WINDOW.min(T::MaxProviders::get()) }>,
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
		assert_eq!(Incoming::<T>::get(&a, CurrentPeriod::<T>::get()).unwrap().len(), n as usize);
	}

	/// A valid proof of `c` chunks over `h` holdings of `2^d` chunks each, each holding a
	/// fragment of its own order, paid when the proof lands. The ranges stop where building
	/// the proof in the setup gets slow (it hashes each challenged fragment); the weight is
	/// linear in each and extrapolates to `MaxHoldings` and deeper trees.
	#[benchmark]
	fn submit_proof(
		c: Linear<1, 64>,
		h: Linear<1, { T::MaxHoldings::get().min(256) }>,
		d: Linear<1, 10>,
	) {
		T::BenchmarkHelper::set_challenges_per_period(c);
		let who = provider::<T>(0);
		let owner = funded::<T>("owner", 0);
		let len = zerog_data::CHUNK_LEN << d;
		let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
		let root = zerog_data::root(&data);
		for _ in 0..h {
			held_order::<T>(&owner, &who, root, len);
		}
		let holdings = Market::<T>::holdings_of(&who);
		let lens: Vec<u64> = holdings.iter().map(|h| h.len).collect();
		let challenges = pora::challenges(&Market::<T>::challenge_seed(&who), &lens, c).unwrap();
		let proof =
			pora::prove_challenges(&challenges, &holdings, |_| Some(data.as_slice())).unwrap();
		let period = CurrentPeriod::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), period, proof);
		assert_eq!(Providers::<T>::get(&who).unwrap().proofs.last_proved, Some(period));
		assert_eq!(Orders::<T>::get(0).unwrap().escrow, 99_000u32.into());
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

	/// A period boundary: the new seed and the start of the sweep's pass over the providers.
	#[benchmark]
	fn start_period() {
		let period = CurrentPeriod::<T>::get();
		#[block]
		{
			Market::<T>::start_period(period + 1);
		}
		assert_eq!(Sweep::<T>::get().providers.unwrap().through, period);
	}

	/// A block's hook with nothing to sweep: what every block between boundaries costs.
	#[benchmark]
	fn sweep_idle() {
		let next: BlockNumberFor<T> = T::ChallengePeriod::get().saturating_add(1u32.into());
		Sweep::<T>::put(SweepState { next_expiry: 1, next_deadlines: 0, providers: None });
		#[block]
		{
			Market::<T>::on_initialize(next);
		}
		assert_eq!(Sweep::<T>::get().next_expiry, 1);
	}

	/// The pass over the providers visits one that has nothing to settle.
	#[benchmark]
	fn visit_provider() {
		let who = provider::<T>(0);
		Providers::<T>::mutate(&who, |info| info.as_mut().unwrap().proofs.last_proved = Some(0));
		let mut state = pass_through::<T>(0);
		let mut meter = WeightMeter::new();
		#[block]
		{
			Market::<T>::provider_step(&mut state, &mut meter);
		}
		assert!(state.providers.unwrap().after.is_some());
		assert_eq!(Providers::<T>::get(&who).unwrap().proofs.unsettled, 0);
	}

	/// Settling a provider assigned `n` fragments, half in its proving set and half confirmed
	/// in the period being settled, that did not prove it: slashed, its confirmations moved
	/// into the proving set, and queued for eviction as the miss reaches `MissLimit`.
	#[benchmark]
	fn settle_provider(n: Linear<2, { T::MaxHoldings::get() }>) {
		let who = provider::<T>(0);
		let owner = funded::<T>("owner", 0);
		let period = CurrentPeriod::<T>::get();
		for i in 0..n {
			let order = held_order::<T>(&owner, &who, [1; 32], 4096);
			if i % 2 == 1 {
				let held = Holdings::<T>::mutate(&who, |set| set.as_mut().unwrap().pop().unwrap());
				Incoming::<T>::mutate(&who, period, |set| {
					set.get_or_insert_with(Default::default).try_push(held).unwrap()
				});
				assert_eq!(held.order, order);
			}
		}
		let mut info = Providers::<T>::get(&who).unwrap();
		info.proofs.missed_in_a_row = T::MissLimit::get().saturating_sub(1);
		#[block]
		{
			Market::<T>::settle_provider(&who, &mut info, period);
			Providers::<T>::insert(&who, &info);
		}
		assert_eq!(Holdings::<T>::get(&who).unwrap().len(), n as usize);
		assert!(Evicting::<T>::contains_key(&who));
	}

	/// A confirmation deadline left behind by a reassignment: its fragment moved on.
	#[benchmark]
	fn skip_deadline() {
		let owner = funded::<T>("owner", 0);
		let providers: Vec<_> = (0..2).map(provider::<T>).collect();
		let order = stored_order::<T>(&owner, &providers, 4096);
		CurrentPeriod::<T>::put(1);
		ConfirmDeadlines::<T>::insert(0, (order, 0), &providers[0]);
		let mut state = SweepState { next_expiry: 2, next_deadlines: 0, providers: None };
		let mut meter = WeightMeter::new();
		#[block]
		{
			Market::<T>::deadline_step(&mut state, &mut meter);
		}
		assert_eq!(ConfirmDeadlines::<T>::iter_prefix(0).count(), 0);
	}

	/// A missed confirmation deadline: the provider slashed and the fragment redrawn, at the
	/// worst: every provider holds a fragment of the order, so the first draw (among providers
	/// holding nothing of it) looks at a whole repair window in vain and a second one is made.
	#[benchmark]
	fn miss_confirmation() {
		let owner = funded::<T>("owner", 0);
		let providers: Vec<_> = (0..T::MaxFragments::get()).map(provider::<T>).collect();
		assert!(providers.len() as u32 >= REPAIR_WINDOW);
		let order = stored_order::<T>(&owner, &providers, 4096);
		let silent = providers[0].clone();
		Fragments::<T>::mutate(order, 0, |f| f.as_mut().unwrap().state = FragmentState::Assigned);
		Holdings::<T>::remove(&silent);
		CurrentPeriod::<T>::put(1);
		ConfirmDeadlines::<T>::insert(0, (order, 0), &silent);
		let mut state = SweepState { next_expiry: 2, next_deadlines: 0, providers: None };
		let mut meter = WeightMeter::new();
		#[block]
		{
			Market::<T>::deadline_step(&mut state, &mut meter);
		}
		assert_ne!(Fragments::<T>::get(order, 0).unwrap().provider, silent);
	}

	/// One fragment of an evicted provider handed to another, at the worst as in
	/// `miss_confirmation`: two draws of a whole repair window each.
	#[benchmark]
	fn evict_fragment() {
		let owner = funded::<T>("owner", 0);
		let providers: Vec<_> = (0..T::MaxFragments::get()).map(provider::<T>).collect();
		let order = stored_order::<T>(&owner, &providers, 4096);
		let failing = providers[0].clone();
		Providers::<T>::mutate(&failing, |info| {
			info.as_mut().unwrap().proofs.missed_in_a_row = T::MissLimit::get()
		});
		Evicting::<T>::insert(&failing, ());
		let mut state = SweepState::default();
		let mut meter = WeightMeter::new();
		#[block]
		{
			Market::<T>::eviction_step(&mut state, &mut meter);
		}
		assert_ne!(Fragments::<T>::get(order, 0).unwrap().provider, failing);
	}

	/// An ended order that renews itself from the prepaid balance.
	#[benchmark]
	fn renew_expiring() {
		let owner = funded::<T>("owner", 0);
		let providers: Vec<_> = (0..T::MaxFragments::get()).map(provider::<T>).collect();
		let order = stored_order::<T>(&owner, &providers, 4096);
		let end = Orders::<T>::get(order).unwrap().end;
		Orders::<T>::mutate(order, |o| o.as_mut().unwrap().auto_renew = true);
		// What `stored_order` charges per renewal: 1,000 per fragment and period, 100 periods.
		let prepaid: BalanceOf<T> = (1_000u32 * T::MaxFragments::get() * 100).into();
		Market::<T>::prepay(RawOrigin::Signed(owner).into(), prepaid).unwrap();
		let mut state = expiry_due::<T>(end);
		let mut meter = WeightMeter::new();
		#[block]
		{
			Market::<T>::expiry_step(&mut state, &mut meter);
		}
		assert!(Orders::<T>::get(order).unwrap().end > end);
	}

	/// One fragment of an ended order released, from a provider whose proving set is full.
	#[benchmark]
	fn release_fragment() {
		let owner = funded::<T>("owner", 0);
		let providers: Vec<_> = (0..2).map(provider::<T>).collect();
		let order = stored_order::<T>(&owner, &providers, 4096);
		for _ in 1..T::MaxHoldings::get() {
			held_order::<T>(&owner, &providers[0], [1; 32], 4096);
		}
		let end = Orders::<T>::get(order).unwrap().end;
		let mut state = expiry_due::<T>(end);
		let mut meter = WeightMeter::new();
		#[block]
		{
			Market::<T>::expiry_step(&mut state, &mut meter);
		}
		assert_eq!(Fragments::<T>::iter_prefix(order).count(), 1);
	}

	/// An ended order whose fragments are all released: closed and its escrow refunded.
	#[benchmark]
	fn close_order() {
		let owner = funded::<T>("owner", 0);
		let providers: Vec<_> = (0..2).map(provider::<T>).collect();
		let order = stored_order::<T>(&owner, &providers, 4096);
		let info = Orders::<T>::get(order).unwrap();
		while Market::<T>::release_fragment(order, &info) {}
		let mut state = expiry_due::<T>(info.end);
		let mut meter = WeightMeter::new();
		#[block]
		{
			Market::<T>::expiry_step(&mut state, &mut meter);
		}
		assert!(!Orders::<T>::contains_key(order));
	}

	impl_benchmark_test_suite!(Market, crate::mock::new_test_ext(), crate::mock::Test);
}
