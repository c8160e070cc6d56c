//! Benchmarks of every call, each at its worst case.

use super::*;
use crate::Pallet as Staking;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::{Perbill, Saturating};
use zerog_staking_primitives::{ServiceId, CHAIN_SERVICE};

const SEED: u32 = 0;

/// An account holding plenty, bonded with ten times the validator minimum.
fn stash<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	let bond = T::MinValidatorBond::get()
		.max(T::MinNominatorBond::get())
		.max(T::Currency::minimum_balance())
		.saturating_mul(10u32.into());
	T::Currency::set_balance(&who, bond.saturating_mul(100u32.into()));
	Staking::<T>::do_bond(&who, bond, RewardDestination::Staked).unwrap();
	who
}

fn validator<T: Config>(index: u32) -> T::AccountId {
	let who = stash::<T>("validator", index);
	Staking::<T>::do_validate(&who, ValidatorPrefs { commission: Perbill::from_percent(5) })
		.unwrap();
	who
}

/// Elects every validator for era 1, `elected` backed by `nominators` nominators, gives it
/// all the era's points and a payout, then starts era 2 so era 1 can be paid.
fn ended_era_with<T: Config>(elected: &T::AccountId, nominators: u32) {
	for i in 0..nominators {
		let nominator = stash::<T>("nominator", i);
		Staking::<T>::do_nominate(&nominator, vec![elected.clone()]).unwrap();
	}
	for i in Validators::<T>::count()..T::MinimumValidatorCount::get() {
		validator::<T>(i.saturating_add(1));
	}
	ValidatorCount::<T>::put(Validators::<T>::count().min(T::MaxValidatorCount::get()));
	ActiveEra::<T>::put(ActiveEraInfo { index: 1, start: None });
	assert!(Staking::<T>::elect(1).is_ok());
	assert!(ErasStakersOverview::<T>::contains_key(1, elected));
	Staking::<T>::reward_by_ids([(elected.clone(), 100)]);
	ErasValidatorReward::<T>::insert(
		1,
		T::Currency::minimum_balance().saturating_mul(1000u32.into()),
	);
	ActiveEra::<T>::put(ActiveEraInfo { index: 2, start: None });
}

/// The first protocol service the runtime declares: opting out of it asks that service's
/// obligations (in zerog, the storage market's), the costly case.
fn declared_service<T: Config>() -> ServiceId {
	T::ProtocolServices::get().first().map(|declared| declared.id).expect("a protocol service")
}

/// Makes `who` an operator of `count` newly registered services.
fn operate_fresh_services<T: Config>(who: &T::AccountId, count: u32) {
	for _ in 0..count {
		let id = Staking::<T>::register_service(
			Default::default(),
			ServiceKind::Protocol,
			0u32.into(),
			Perbill::one(),
		);
		Staking::<T>::do_opt_in(who, id).unwrap();
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn bond() {
		let who: T::AccountId = whitelisted_caller();
		let value = T::MinValidatorBond::get().max(T::Currency::minimum_balance());
		T::Currency::set_balance(&who, value.saturating_mul(10u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), value, RewardDestination::Staked);
		assert!(Ledger::<T>::contains_key(&who));
	}

	#[benchmark]
	fn bond_extra() {
		let who = stash::<T>("stash", 0);
		let before = Ledger::<T>::get(&who).unwrap().total;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), T::Currency::minimum_balance());
		assert!(Ledger::<T>::get(&who).unwrap().total > before);
	}

	#[benchmark]
	fn unbond() {
		let who = validator::<T>(0);
		let unlocking_before = Ledger::<T>::get(&who).unwrap().unlocking.len();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), T::Currency::minimum_balance());
		assert_eq!(Ledger::<T>::get(&who).unwrap().unlocking.len(), unlocking_before + 1);
	}

	#[benchmark]
	fn withdraw_unbonded() {
		let who = stash::<T>("stash", 0);
		let all = Ledger::<T>::get(&who).unwrap().active;
		Staking::<T>::unbond(RawOrigin::Signed(who.clone()).into(), all).unwrap();
		ActiveEra::<T>::put(ActiveEraInfo {
			index: T::BondingDuration::get().saturating_add(1),
			start: None,
		});
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Ledger::<T>::contains_key(&who));
	}

	#[benchmark]
	fn rebond(l: Linear<1, { T::MaxUnlockingChunks::get() }>) {
		let who = stash::<T>("stash", 0);
		for era in 0..l {
			ActiveEra::<T>::put(ActiveEraInfo { index: era, start: None });
			Staking::<T>::unbond(RawOrigin::Signed(who.clone()).into(), 1u32.into()).unwrap();
		}
		let total = Ledger::<T>::get(&who).unwrap().total;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), total);
		assert!(Ledger::<T>::get(&who).unwrap().unlocking.is_empty());
	}

	#[benchmark]
	fn validate() {
		let who = stash::<T>("stash", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), ValidatorPrefs::default());
		assert!(Validators::<T>::contains_key(&who));
	}

	#[benchmark]
	fn nominate(n: Linear<1, { T::MaxNominations::get() }>) {
		let targets: Vec<_> = (0..n).map(validator::<T>).collect();
		let who = stash::<T>("nominator", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), targets);
		assert!(Nominators::<T>::contains_key(&who));
	}

	#[benchmark]
	fn chill() {
		let who = validator::<T>(0);
		Staking::<T>::do_opt_in(&who, CHAIN_SERVICE).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Validators::<T>::contains_key(&who));
	}

	#[benchmark]
	fn set_payee() {
		let who = stash::<T>("stash", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), RewardDestination::Stash);
		assert_eq!(Payee::<T>::get(&who), Some(RewardDestination::Stash));
	}

	#[benchmark]
	fn payout_stakers(n: Linear<0, { T::MaxExposurePageSize::get() }>) {
		let validator = validator::<T>(0);
		ended_era_with::<T>(&validator, n);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), validator.clone(), 1, 0);
		assert_eq!(ClaimedRewards::<T>::get(1, &validator).len(), 1);
	}

	#[benchmark]
	fn set_validator_count() {
		#[extrinsic_call]
		_(RawOrigin::Root, T::MaxValidatorCount::get());
		assert_eq!(ValidatorCount::<T>::get(), T::MaxValidatorCount::get());
	}

	#[benchmark]
	fn set_invulnerables(v: Linear<0, { T::MaxInvulnerables::get() }>) {
		let list: Vec<T::AccountId> = (0..v).map(|i| account("invulnerable", i, SEED)).collect();
		#[extrinsic_call]
		_(RawOrigin::Root, list);
		assert_eq!(Invulnerables::<T>::get().len() as u32, v);
	}

	#[benchmark]
	fn cancel_deferred_slash(s: Linear<1, { T::MaxUnappliedSlashes::get() }>) {
		let slashes: Vec<UnappliedSlash<T>> = (0..s)
			.map(|i| UnappliedSlash {
				validator: account("offender", i, SEED),
				offence_era: 0,
				own: 1u32.into(),
				others: Default::default(),
			})
			.collect();
		UnappliedSlashes::<T>::insert(5, BoundedVec::truncate_from(slashes));
		let last: T::AccountId = account("offender", s - 1, SEED);
		#[extrinsic_call]
		_(RawOrigin::Root, 5, last);
		assert_eq!(UnappliedSlashes::<T>::get(5).len() as u32, s - 1);
	}

	#[benchmark]
	fn register_chain() {
		let name = vec![b'x'; T::MaxServiceNameLen::get() as usize];
		#[extrinsic_call]
		_(RawOrigin::Root, name, [7u8; 32], 1u32.into(), Perbill::from_percent(10));
		assert!(Staking::<T>::service_of_chain([7u8; 32]).is_some());
	}

	#[benchmark]
	fn set_service_params() {
		#[extrinsic_call]
		_(RawOrigin::Root, declared_service::<T>(), 5u32.into(), Perbill::from_percent(20));
		assert_eq!(
			Services::<T>::get(declared_service::<T>()).unwrap().max_slash,
			Perbill::from_percent(20)
		);
	}

	#[benchmark]
	fn opt_in() {
		let who = stash::<T>("stash", 0);
		operate_fresh_services::<T>(&who, T::MaxServicesPerOperator::get() - 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), declared_service::<T>());
		assert!(Operators::<T>::contains_key(declared_service::<T>(), &who));
	}

	#[benchmark]
	fn opt_out() {
		let who = stash::<T>("stash", 0);
		Staking::<T>::do_opt_in(&who, declared_service::<T>()).unwrap();
		operate_fresh_services::<T>(&who, T::MaxServicesPerOperator::get() - 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), declared_service::<T>());
		assert!(!Operators::<T>::contains_key(declared_service::<T>(), &who));
	}

	impl_benchmark_test_suite!(Staking, crate::mock::new_test_ext(), crate::mock::Test);
}
