//! The staking pallet's behaviour, as specifications.

use crate::mock::test_services as services;
use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::{DispatchError, Perbill};
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};
use zerog_staking_primitives::{SharedSecurity, SlashError};

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Staking.into(), &who)
}

fn ledger(who: AccountId) -> StakingLedger<Test> {
	Ledger::<Test>::get(who).expect("bonded")
}

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn report_offence(offender: AccountId, fraction: Perbill) {
	<Staking as OnOffenceHandler<AccountId, (AccountId, ()), _>>::on_offence(
		&[OffenceDetails { offender: (offender, ()), reporters: vec![] }],
		&[fraction],
		current_session(),
	);
}

fn rewards_paid() -> Balance {
	staking_events()
		.into_iter()
		.filter_map(|event| match event {
			Event::Rewarded { amount, .. } => Some(amount),
			_ => None,
		})
		.sum()
}

mod bonding {
	use super::*;

	#[test]
	fn bond_holds_the_funds_and_opens_a_ledger() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::bond(signed(1), 1_000, RewardDestination::Stash));
			assert_eq!(held(1), 1_000);
			assert_eq!(Balances::balance(&1), 9_000);
			assert_eq!(ledger(1), StakingLedger::new(1_000));
			assert_eq!(Payee::<Test>::get(1), Some(RewardDestination::Stash));
		});
	}

	#[test]
	fn a_stash_bonds_once_and_never_nothing() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Staking::bond(signed(11), 10, RewardDestination::Staked),
				Error::<Test>::AlreadyBonded
			);
			assert_noop!(
				Staking::bond(signed(1), 0, RewardDestination::Staked),
				Error::<Test>::InsufficientBond
			);
		});
	}

	#[test]
	fn bond_extra_takes_at_most_the_spendable_balance() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::bond(signed(1), 1_000, RewardDestination::Staked));
			assert_ok!(Staking::bond_extra(signed(1), 1_000_000));
			assert_eq!(ledger(1).active, 9_999, "the existential deposit stays free");
			assert_eq!(held(1), 9_999);
		});
	}

	#[test]
	fn unbonded_funds_wait_bonding_duration_eras() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::bond(signed(1), 1_000, RewardDestination::Staked));
			assert_ok!(Staking::unbond(signed(1), 400));
			assert_eq!(ledger(1).active, 600);
			assert_eq!(ledger(1).unlocking.to_vec(), vec![UnlockChunk { value: 400, era: 3 }]);

			for _ in 0..2 {
				advance_era();
				assert_noop!(Staking::withdraw_unbonded(signed(1)), Error::<Test>::NoUnlockChunk);
			}
			advance_era();
			assert_eq!(Staking::active_era_index(), 3);
			assert_ok!(Staking::withdraw_unbonded(signed(1)));
			assert_eq!(held(1), 600);
			assert_eq!(Balances::balance(&1), 9_400);
		});
	}

	#[test]
	fn withdrawing_everything_removes_the_stash() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::bond(signed(1), 1_000, RewardDestination::Staked));
			assert_ok!(Staking::unbond(signed(1), 1_000));
			for _ in 0..3 {
				advance_era();
			}
			assert_ok!(Staking::withdraw_unbonded(signed(1)));
			assert!(Ledger::<Test>::get(1).is_none());
			assert!(Payee::<Test>::get(1).is_none());
			assert_eq!(held(1), 0);
		});
	}

	#[test]
	fn rebond_takes_back_the_newest_unlocking_funds_first() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::bond(signed(1), 1_000, RewardDestination::Staked));
			assert_ok!(Staking::unbond(signed(1), 100));
			advance_era();
			assert_ok!(Staking::unbond(signed(1), 200));
			assert_ok!(Staking::rebond(signed(1), 250));
			assert_eq!(ledger(1).active, 950);
			assert_eq!(ledger(1).unlocking.to_vec(), vec![UnlockChunk { value: 50, era: 3 }]);
			assert_eq!(ledger(1).total, 1_000);
		});
	}

	#[test]
	fn a_validator_cannot_unbond_below_the_minimum_but_may_leave_entirely() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(Staking::unbond(signed(11), 950), Error::<Test>::BelowMinValidatorBond);
			assert_ok!(Staking::unbond(signed(11), 1_000));
			assert!(!Validators::<Test>::contains_key(11));
			assert!(!Operators::<Test>::contains_key(services::CHAIN, 11));
		});
	}
}

mod roles {
	use super::*;

	#[test]
	fn validating_needs_the_minimum_bond_and_makes_a_chain_operator() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::bond(signed(1), 50, RewardDestination::Staked));
			let prefs = ValidatorPrefs { commission: Perbill::from_percent(10) };
			assert_noop!(Staking::validate(signed(1), prefs), Error::<Test>::BelowMinValidatorBond);
			assert_ok!(Staking::bond_extra(signed(1), 50));
			assert_ok!(Staking::validate(signed(1), prefs));
			assert_eq!(Validators::<Test>::get(1), Some(prefs));
			assert!(Operators::<Test>::contains_key(services::CHAIN, 1));
		});
	}

	#[test]
	fn nominations_must_name_distinct_validators() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::bond(signed(1), 100, RewardDestination::Staked));
			assert_noop!(Staking::nominate(signed(1), vec![]), Error::<Test>::BadTarget);
			assert_noop!(Staking::nominate(signed(1), vec![11, 11]), Error::<Test>::BadTarget);
			assert_noop!(Staking::nominate(signed(1), vec![11, 2]), Error::<Test>::NotAValidator);
			assert_noop!(
				Staking::nominate(signed(1), vec![11, 21, 31, 41, 51]),
				Error::<Test>::NotAValidator
			);
			assert_ok!(Staking::nominate(signed(1), vec![11, 31]));
			assert_eq!(Nominators::<Test>::get(1).unwrap().targets.to_vec(), vec![11, 31]);
		});
	}

	#[test]
	fn nominating_replaces_validating_and_chill_ends_both() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::nominate(signed(31), vec![11]));
			assert!(!Validators::<Test>::contains_key(31));
			assert!(!Operators::<Test>::contains_key(services::CHAIN, 31));
			assert_ok!(Staking::chill(signed(31)));
			assert!(!Nominators::<Test>::contains_key(31));
			assert_noop!(Staking::chill(signed(1)), Error::<Test>::NotStash);
		});
	}
}

mod elections {
	use super::*;

	#[test]
	fn genesis_elects_era_zero_from_the_genesis_stakers() {
		ExtBuilder::default().build_and_execute(|| {
			let mut set = active_set();
			set.sort();
			assert_eq!(set, vec![21, 31], "the two best backed of 11 (1,250), 21 (2,250), 31");
			assert_eq!(ErasStakersOverview::<Test>::get(0, 31).unwrap().total, 3_000);
		});
	}

	#[test]
	fn the_best_backed_validators_are_elected_each_era() {
		ExtBuilder::default().build_and_execute(|| {
			// 1 backs 11 with 3,000: 11 now has 4,000 + nominator 101's share.
			assert_ok!(Staking::bond(signed(1), 3_000, RewardDestination::Staked));
			assert_ok!(Staking::nominate(signed(1), vec![11]));
			advance_era();
			let mut set = active_set();
			set.sort();
			assert_eq!(set, vec![11, 31]);
			let overview = ErasStakersOverview::<Test>::get(1, 11).unwrap();
			assert_eq!(overview.own, 1_000);
			assert!(overview.total >= 4_000);
			assert_eq!(
				ErasTotalStake::<Test>::get(1).unwrap(),
				overview.total + ErasStakersOverview::<Test>::get(1, 31).unwrap().total
			);
			assert!(staking_events().contains(&Event::EraStarted { era: 1 }));
		});
	}

	#[test]
	fn an_election_with_too_few_validators_keeps_the_current_set() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::chill(signed(11)));
			assert_ok!(Staking::chill(signed(21)));
			let before = active_set();
			for _ in 0..(SessionsPerEra::get() * 3) {
				rotate_session();
			}
			assert_eq!(Staking::active_era_index(), 0, "no era could be planned");
			assert_eq!(active_set(), before);
			assert!(staking_events().contains(&Event::ElectionFailed { era: 1, elected: 1 }));
		});
	}

	#[test]
	fn eras_last_sessions_per_era_sessions() {
		ExtBuilder::default().build_and_execute(|| {
			advance_era();
			let first = ErasStartSessionIndex::<Test>::get(1).unwrap();
			advance_era();
			assert_eq!(
				ErasStartSessionIndex::<Test>::get(2).unwrap(),
				first + SessionsPerEra::get()
			);
		});
	}
}

mod rewards {
	use super::*;

	/// Ends era 0 with 21 and 31 having authored 3:1, and starts era 1.
	fn era_zero_paid() -> Balance {
		Staking::reward_by_ids([(21, 60), (31, 20)]);
		advance_era();
		ErasValidatorReward::<Test>::get(0).expect("era 0 ended")
	}

	#[test]
	fn an_era_pays_the_annual_inflation_pro_rata_to_its_length() {
		ExtBuilder::default().build_and_execute(|| {
			let issuance = Balances::total_issuance();
			let payout = era_zero_paid();
			let era_millis = SESSION_MILLIS * 2;
			let expected = Perbill::from_percent(10) * issuance * era_millis as u128
				/ (36_525 * 24 * 3_600_000 / 100);
			assert!(payout.abs_diff(expected) <= 1, "{payout} vs {expected}");
		});
	}

	#[test]
	fn rewards_add_up_to_the_era_payout() {
		ExtBuilder::default().balance(7, 1_000_000_000_000).build_and_execute(|| {
			// A big issuance so that the payout is large against rounding.
			let payout = era_zero_paid();
			assert!(payout > 1_000_000);
			for validator in [21, 31] {
				let pages = ErasStakersOverview::<Test>::get(0, validator).unwrap().page_count;
				for page in 0..pages {
					assert_ok!(Staking::payout_stakers(signed(4), validator, 0, page));
				}
			}
			let paid = rewards_paid();
			assert!(paid <= payout);
			assert!(payout - paid <= 10, "paid {paid} of {payout}");
		});
	}

	#[test]
	fn points_commission_and_stake_decide_the_shares() {
		ExtBuilder::default()
			.balance(7, 1_000_000_000_000)
			.stakers(vec![
				(11, 1_000, StakerStatus::Validator),
				(21, 1_000, StakerStatus::Validator),
				(101, 1_000, StakerStatus::Nominator(vec![21])),
			])
			.build_and_execute(|| {
				// 21: half of its own 1,000, half from 101; commission 10%.
				ErasValidatorPrefs::<Test>::insert(
					0,
					21,
					ValidatorPrefs { commission: Perbill::from_percent(10) },
				);
				Staking::reward_by_ids([(11, 20), (21, 60)]);
				advance_era();
				let payout = ErasValidatorReward::<Test>::get(0).unwrap();
				let reward_21 = Perbill::from_rational(3u32, 4) * payout;
				let commission = Perbill::from_percent(10) * reward_21;
				let rest = reward_21 - commission;
				let own_21 = ErasStakersOverview::<Test>::get(0, 21).unwrap();
				assert_eq!(own_21.own, 1_000);
				assert_eq!(own_21.total, 2_000);

				let before_21 = ledger(21).active;
				let before_101 = ledger(101).active;
				assert_ok!(Staking::payout_stakers(signed(4), 21, 0, 0));
				assert_eq!(
					ledger(21).active - before_21,
					commission + Perbill::from_percent(50) * rest
				);
				assert_eq!(ledger(101).active - before_101, Perbill::from_percent(50) * rest);
			});
	}

	#[test]
	fn payout_is_paged_and_each_page_is_paid_once() {
		let mut stakers =
			vec![(11, 1_000, StakerStatus::Validator), (21, 1_000, StakerStatus::Validator)];
		let mut builder = ExtBuilder::default().balance(7, 1_000_000_000_000);
		for n in 200..210 {
			stakers.push((n, 100, StakerStatus::Nominator(vec![11])));
			builder = builder.balance(n, 1_000);
		}
		builder.stakers(stakers).build_and_execute(|| {
			Staking::reward_by_ids([(11, 20)]);
			advance_era();
			let overview = ErasStakersOverview::<Test>::get(0, 11).unwrap();
			assert_eq!(overview.nominator_count, 10);
			assert_eq!(overview.page_count, 3, "pages of 4, 4 and 2");
			assert_ok!(Staking::payout_stakers(signed(4), 11, 0, 2));
			let paid: Vec<_> = staking_events()
				.into_iter()
				.filter_map(|e| match e {
					Event::Rewarded { stash, .. } => Some(stash),
					_ => None,
				})
				.collect();
			assert_eq!(paid.len(), 2, "page 2 pays its two nominators only");
			assert!(!paid.contains(&11));
			assert_noop!(
				Staking::payout_stakers(signed(4), 11, 0, 2),
				Error::<Test>::AlreadyClaimed
			);
			assert_noop!(Staking::payout_stakers(signed(4), 11, 0, 3), Error::<Test>::InvalidPage);
			assert_noop!(
				Staking::payout_stakers(signed(4), 11, 1, 0),
				Error::<Test>::InvalidEraToReward
			);
		});
	}

	#[test]
	fn rewards_follow_the_payee() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::set_payee(signed(31), RewardDestination::Stash));
			let payout = era_zero_paid();
			assert!(payout > 0);
			let free_before = Balances::balance(&31);
			let bond_before = ledger(31).active;
			assert_ok!(Staking::payout_stakers(signed(4), 31, 0, 0));
			assert!(Balances::balance(&31) > free_before);
			assert_eq!(ledger(31).active, bond_before);
		});
	}
}

mod slashing {
	use super::*;

	/// 21 (own 2,000) is backed by 101 (500 split between 11 and 21) in era 0.
	fn exposure_of_101_behind_21() -> Balance {
		ErasStakersPaged::<Test>::get((0, 21, 0))
			.map(|page| page.others.iter().find(|e| e.who == 101).map(|e| e.value).unwrap_or(0))
			.unwrap_or(0)
	}

	#[test]
	fn a_slash_hits_the_offender_and_its_nominators_after_the_deferral() {
		ExtBuilder::default().build_and_execute(|| {
			let exposed = exposure_of_101_behind_21();
			assert!(exposed > 0);
			report_offence(21, Perbill::from_percent(10));
			assert!(!Validators::<Test>::contains_key(21), "an offender is chilled");
			assert_eq!(ledger(21).active, 2_000, "nothing applies before the deferral");

			advance_era();
			assert_eq!(ledger(21).active, 2_000);
			advance_era();
			assert_eq!(Staking::active_era_index(), 2);
			assert_eq!(ledger(21).active, 1_800);
			assert_eq!(ledger(101).active, 500 - Perbill::from_percent(10) * exposed);
			assert_eq!(Balances::balance(&TREASURY), 1 + 200 + Perbill::from_percent(10) * exposed);
		});
	}

	#[test]
	fn the_same_era_is_slashed_once_at_the_highest_fraction() {
		ExtBuilder::default().build_and_execute(|| {
			report_offence(21, Perbill::from_percent(10));
			report_offence(21, Perbill::from_percent(10));
			report_offence(21, Perbill::from_percent(5));
			report_offence(21, Perbill::from_percent(30));
			advance_era();
			advance_era();
			assert_eq!(ledger(21).active, 2_000 - 600, "10% then 20% more: 30% in all");
		});
	}

	#[test]
	fn a_cancelled_slash_never_applies() {
		ExtBuilder::default().build_and_execute(|| {
			report_offence(21, Perbill::from_percent(10));
			assert_noop!(
				Staking::cancel_deferred_slash(signed(1), 2, 21),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Staking::cancel_deferred_slash(RuntimeOrigin::root(), 2, 31),
				Error::<Test>::SlashNotFound
			);
			assert_ok!(Staking::cancel_deferred_slash(RuntimeOrigin::root(), 2, 21));
			for _ in 0..4 {
				advance_era();
			}
			assert_eq!(ledger(21).active, 2_000);
			assert_eq!(ledger(101).active, 500);
		});
	}

	#[test]
	fn without_deferral_a_slash_applies_at_once() {
		SlashDeferDuration::set(0);
		ExtBuilder::default().build_and_execute(|| {
			report_offence(31, Perbill::from_percent(50));
			assert_eq!(ledger(31).active, 1_500);
			assert_eq!(held(31), 1_500);
		});
		SlashDeferDuration::set(2);
	}

	#[test]
	fn invulnerables_are_not_slashed_for_consensus_offences() {
		ExtBuilder::default().invulnerables(vec![21]).build_and_execute(|| {
			report_offence(21, Perbill::from_percent(10));
			assert!(UnappliedSlashes::<Test>::get(2).is_empty());
			assert!(Validators::<Test>::contains_key(21));
		});
	}

	#[test]
	fn unlocking_funds_stay_slashable() {
		SlashDeferDuration::set(0);
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::unbond(signed(31), 2_900));
			Staking::slash_stash(&31, 500);
			assert_eq!(ledger(31).active, 0);
			assert_eq!(ledger(31).total, 2_500);
			assert_eq!(held(31), 2_500);
		});
		SlashDeferDuration::set(2);
	}
}

mod shared_security {
	use super::*;

	#[test]
	fn the_builtin_services_exist_from_genesis() {
		ExtBuilder::default().build_and_execute(|| {
			for (id, name) in [
				(services::CHAIN, &b"zerog"[..]),
				(services::STORAGE, b"storage"),
				(services::DA, b"da"),
				(services::ALIGNMENT, b"alignment"),
			] {
				assert_eq!(Services::<Test>::get(id).unwrap().name.to_vec(), name.to_vec());
			}
			let mut chain_operators: Vec<_> =
				Staking::operators(services::CHAIN).into_iter().map(|(who, _)| who).collect();
			chain_operators.sort();
			assert_eq!(chain_operators, vec![11, 21, 31]);
		});
	}

	#[test]
	fn services_are_registered_at_the_ids_they_declare_and_new_ones_come_after() {
		ExtBuilder::default().build_and_execute(|| {
			assert_eq!(NextServiceId::<Test>::get(), services::ALIGNMENT + 1);
			assert_eq!(
				Services::<Test>::get(services::DA).unwrap().max_slash,
				crate::services::DEFAULT_SERVICE_MAX_SLASH
			);
			assert_ok!(Staking::register_chain(
				RuntimeOrigin::root(),
				b"sidechain".to_vec(),
				[7; 32],
				1_000,
				Perbill::from_percent(5),
			));
			assert_eq!(Staking::service_of_chain([7; 32]), Some(services::ALIGNMENT + 1));
		});
	}

	#[test]
	fn an_operator_holding_a_services_data_cannot_opt_out_until_released() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::opt_in(signed(31), services::STORAGE));
			hold_data(services::STORAGE, 31, true);
			assert_noop!(
				Staking::opt_out(signed(31), services::STORAGE),
				Error::<Test>::ServiceHoldsOperatorData
			);
			// Still an operator, so the slash its data may earn reaches it.
			assert_ok!(Staking::slash(
				services::STORAGE,
				&31,
				Perbill::from_percent(1),
				services::MISSED
			));
			hold_data(services::STORAGE, 31, false);
			assert_ok!(Staking::opt_out(signed(31), services::STORAGE));
		});
	}

	#[test]
	fn an_operator_holding_a_services_data_cannot_unbond_everything() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::opt_in(signed(31), services::DA));
			hold_data(services::DA, 31, true);
			let active = ledger(31).active;
			assert_ok!(Staking::chill(signed(31)));
			assert_noop!(
				Staking::unbond(signed(31), active),
				Error::<Test>::ServiceHoldsOperatorData
			);
			hold_data(services::DA, 31, false);
			assert_ok!(Staking::unbond(signed(31), active));
			assert_eq!(Staking::stake_of(services::DA, &31), None);
		});
	}

	#[test]
	fn one_bond_backs_every_service_opted_into() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(Staking::opt_in(signed(1), services::STORAGE), Error::<Test>::NotStash);
			assert_ok!(Staking::opt_in(signed(31), services::STORAGE));
			assert_ok!(Staking::opt_in(signed(31), services::DA));
			assert_noop!(Staking::opt_in(signed(31), services::DA), Error::<Test>::AlreadyOperator);
			assert_noop!(Staking::opt_in(signed(31), 77), Error::<Test>::UnknownService);
			assert_noop!(
				Staking::opt_in(signed(31), services::CHAIN),
				Error::<Test>::ChainServiceFollowsValidation
			);
			assert_eq!(Staking::stake_of(services::STORAGE, &31), Some(3_000));
			assert_eq!(Staking::stake_of(services::DA, &31), Some(3_000));
			assert_eq!(Staking::stake_of(services::ALIGNMENT, &31), None);
			assert_eq!(Staking::operators(services::DA), vec![(31, 3_000)]);
			assert_eq!(Services::<Test>::get(services::DA).unwrap().operator_count, 1);

			assert_ok!(Staking::opt_out(signed(31), services::DA));
			assert_eq!(Staking::stake_of(services::DA, &31), None);
			assert_noop!(Staking::opt_out(signed(31), services::DA), Error::<Test>::NotOperator);
		});
	}

	#[test]
	fn a_service_minimum_gates_opt_in_and_unbonding() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Staking::set_service_params(signed(1), services::STORAGE, 2_500, Perbill::one()),
				DispatchError::BadOrigin
			);
			assert_ok!(Staking::set_service_params(
				RuntimeOrigin::root(),
				services::STORAGE,
				2_500,
				Perbill::from_percent(10)
			));
			assert_noop!(
				Staking::opt_in(signed(21), services::STORAGE),
				Error::<Test>::BelowServiceMinStake
			);
			assert_ok!(Staking::opt_in(signed(31), services::STORAGE));
			assert_noop!(Staking::unbond(signed(31), 600), Error::<Test>::BelowServiceMinimum);
			assert_ok!(Staking::unbond(signed(31), 500));
		});
	}

	#[test]
	fn a_service_slash_is_capped_by_the_service() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::opt_in(signed(31), services::STORAGE));
			let slashed =
				Staking::slash(services::STORAGE, &31, Perbill::from_percent(50), services::MISSED);
			assert_eq!(slashed, Ok(300), "10% of 3,000: the storage cap, not the 50% asked");
			assert_eq!(ledger(31).active, 2_700);
			assert_eq!(Balances::balance(&TREASURY), 301);
			assert!(staking_events().contains(&Event::ServiceSlashed {
				service: services::STORAGE,
				operator: 31,
				offence: services::MISSED,
				amount: 300,
			}));
			assert_eq!(
				Staking::slash(services::DA, &31, Perbill::one(), services::MISSED),
				Err(SlashError::NotAnOperator)
			);
			assert_eq!(
				Staking::slash(99, &31, Perbill::one(), services::MISSED),
				Err(SlashError::UnknownService)
			);
		});
	}

	#[test]
	fn a_service_may_send_what_it_slashes_to_its_own_pot() {
		ExtBuilder::default().build_and_execute(|| {
			let pot = 77;
			assert_ok!(Staking::opt_in(signed(31), services::STORAGE));
			let slashed = Staking::slash_to(
				services::STORAGE,
				&31,
				Perbill::from_percent(5),
				services::MISSED,
				&pot,
			);
			assert_eq!(slashed, Ok(150));
			assert_eq!(Balances::balance(&pot), 150, "the pot received the slash");
			assert_eq!(Balances::balance(&TREASURY), 1, "the treasury received nothing");
			assert_eq!(ledger(31).active, 2_850);
		});
	}

	#[test]
	fn governance_registers_chains_that_take_validators_from_this_one() {
		ExtBuilder::default().build_and_execute(|| {
			let genesis = [9u8; 32];
			assert_noop!(
				Staking::register_chain(signed(1), b"ai-l2".to_vec(), genesis, 500, Perbill::one()),
				DispatchError::BadOrigin
			);
			assert_ok!(Staking::register_chain(
				RuntimeOrigin::root(),
				b"ai-l2".to_vec(),
				genesis,
				1_500,
				Perbill::from_percent(5)
			));
			assert_noop!(
				Staking::register_chain(
					RuntimeOrigin::root(),
					b"again".to_vec(),
					genesis,
					1,
					Perbill::one()
				),
				Error::<Test>::ChainAlreadyRegistered
			);
			let service = Staking::service_of_chain(genesis).unwrap();
			assert_eq!(service, 4);
			assert_ok!(Staking::opt_in(signed(21), service));
			assert_ok!(Staking::opt_in(signed(31), service));
			assert_noop!(Staking::opt_in(signed(11), service), Error::<Test>::BelowServiceMinStake);
			assert_eq!(Staking::validators_of(service), Some(vec![(31, 3_000), (21, 2_000)]));
			assert_eq!(Staking::validators_of(77), None);
			let chain = Staking::validators_of(services::CHAIN).unwrap();
			assert_eq!(chain.iter().map(|(who, _)| *who).collect::<Vec<_>>(), vec![31, 21]);
		});
	}

	#[test]
	fn leaving_staking_leaves_every_service() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::opt_in(signed(31), services::STORAGE));
			assert_ok!(Staking::unbond(signed(31), 3_000));
			assert!(OptedIn::<Test>::get(31).is_empty());
			assert_eq!(Staking::stake_of(services::STORAGE, &31), None);
		});
	}
}

mod admin {
	use super::*;

	#[test]
	fn validator_count_is_bounded_and_root_only() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(Staking::set_validator_count(signed(1), 3), DispatchError::BadOrigin);
			assert_noop!(
				Staking::set_validator_count(RuntimeOrigin::root(), 11),
				Error::<Test>::TooManyValidators
			);
			assert_ok!(Staking::set_validator_count(RuntimeOrigin::root(), 3));
			advance_era();
			assert_eq!(active_set().len(), 3);
		});
	}

	#[test]
	fn invulnerables_are_bounded() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Staking::set_invulnerables(RuntimeOrigin::root(), vec![1, 2, 3, 4, 5]),
				Error::<Test>::TooManyInvulnerables
			);
			assert_ok!(Staking::set_invulnerables(RuntimeOrigin::root(), vec![11]));
			assert_eq!(Invulnerables::<Test>::get().to_vec(), vec![11]);
		});
	}
}

#[test]
fn try_state_catches_a_ledger_that_disagrees_with_the_hold() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Staking::do_try_state());
		Ledger::<Test>::mutate(11, |ledger| ledger.as_mut().unwrap().total += 1);
		assert!(Staking::do_try_state().is_err());
	});
}

mod hooks {
	use super::*;
	use frame_support::{traits::Hooks, weights::RuntimeDbWeight};

	#[test]
	fn the_era_start_is_stamped_once_and_every_block_accounts_for_the_check() {
		ExtBuilder::default().build_and_execute(|| {
			let db: RuntimeDbWeight = <Test as frame_system::Config>::DbWeight::get();
			ActiveEra::<Test>::put(ActiveEraInfo { index: 3, start: None });
			assert_eq!(Staking::on_initialize(10), db.reads_writes(1, 1));
			Timestamp::set_timestamp(42_000);
			Staking::on_finalize(10);
			assert_eq!(ActiveEra::<Test>::get().unwrap().start, Some(42_000));

			assert_eq!(Staking::on_initialize(11), db.reads(1));
			Timestamp::set_timestamp(45_000);
			Staking::on_finalize(11);
			assert_eq!(ActiveEra::<Test>::get().unwrap().start, Some(42_000), "stamped once");
		});
	}
}

mod migrations {
	use super::*;
	use crate::migrations::v1::{new, old, MigrateV0ToV1};
	use frame_support::{
		storage::StoragePrefixedMap,
		traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
		BoundedVec,
	};

	#[test]
	fn the_v1_migration_keys_every_account_keyed_map_by_a_hash_of_the_account() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Staking::opt_in(signed(11), services::STORAGE));
			SlashedInEra::<Test>::insert(0, 21, Perbill::from_percent(10));
			ClaimedRewards::<Test>::insert(0, 11, BoundedVec::truncate_from(vec![0]));
			let ledgers: Vec<_> = Ledger::<Test>::iter().collect();
			let validators: Vec<_> = Validators::<Test>::iter().collect();
			let overviews: Vec<_> = ErasStakersOverview::<Test>::iter().collect();
			let pages: Vec<_> = ErasStakersPaged::<Test>::iter().collect();
			assert!(!ledgers.is_empty() && !validators.is_empty() && !overviews.is_empty());
			assert!(!pages.is_empty());

			// The same state as version 0 kept it (each map read whole before it is rewritten, as its
			// old and new keys share one prefix).
			StorageVersion::new(0).put::<Staking>();
			for (who, ledger) in Ledger::<Test>::drain().collect::<Vec<_>>() {
				old::Ledger::<Test>::insert(who, ledger);
			}
			for (who, payee) in Payee::<Test>::drain().collect::<Vec<_>>() {
				old::Payee::<Test>::insert(who, payee);
			}
			for (who, prefs) in new::Validators::<Test>::drain().collect::<Vec<_>>() {
				old::Validators::<Test>::insert(who, prefs);
			}
			for (who, nominations) in new::Nominators::<Test>::drain().collect::<Vec<_>>() {
				old::Nominators::<Test>::insert(who, nominations);
			}
			for (era, who, overview) in ErasStakersOverview::<Test>::drain().collect::<Vec<_>>() {
				old::ErasStakersOverview::<Test>::insert(era, who, overview);
			}
			for ((era, who, page), exposure) in
				ErasStakersPaged::<Test>::drain().collect::<Vec<_>>()
			{
				old::ErasStakersPaged::<Test>::insert((era, who, page), exposure);
			}
			for (era, who, prefs) in ErasValidatorPrefs::<Test>::drain().collect::<Vec<_>>() {
				old::ErasValidatorPrefs::<Test>::insert(era, who, prefs);
			}
			for (era, who, pages) in ClaimedRewards::<Test>::drain().collect::<Vec<_>>() {
				old::ClaimedRewards::<Test>::insert(era, who, pages);
			}
			for (era, who, fraction) in SlashedInEra::<Test>::drain().collect::<Vec<_>>() {
				old::SlashedInEra::<Test>::insert(era, who, fraction);
			}
			for (who, services) in OptedIn::<Test>::drain().collect::<Vec<_>>() {
				old::OptedIn::<Test>::insert(who, services);
			}
			for (service, who, ()) in Operators::<Test>::drain().collect::<Vec<_>>() {
				old::Operators::<Test>::insert(service, who, ());
			}

			MigrateV0ToV1::<Test>::on_runtime_upgrade();

			assert_eq!(Staking::on_chain_storage_version(), crate::STORAGE_VERSION);
			assert_eq!(Ledger::<Test>::iter().collect::<Vec<_>>(), ledgers);
			assert_eq!(Validators::<Test>::iter().collect::<Vec<_>>(), validators);
			assert_eq!(Validators::<Test>::count() as usize, validators.len());
			assert_eq!(ErasStakersOverview::<Test>::iter().collect::<Vec<_>>(), overviews);
			assert_eq!(ErasStakersPaged::<Test>::iter().collect::<Vec<_>>(), pages);
			assert_eq!(SlashedInEra::<Test>::get(0, 21), Some(Perbill::from_percent(10)));
			assert_eq!(ClaimedRewards::<Test>::get(0, 11).to_vec(), vec![0]);
			assert!(OptedIn::<Test>::get(11).contains(&services::STORAGE));
			assert!(Operators::<Test>::contains_key(services::STORAGE, 11));
			let key = Ledger::<Test>::hashed_key_for(11);
			let account = 11u64.to_le_bytes();
			let hashed = [sp_io::hashing::blake2_128(&account).as_slice(), &account].concat();
			assert_eq!(&key[Ledger::<Test>::final_prefix().len()..], &hashed[..]);
			// A second run finds version 1 and leaves everything as it is.
			MigrateV0ToV1::<Test>::on_runtime_upgrade();
			assert_eq!(Ledger::<Test>::iter().collect::<Vec<_>>(), ledgers);
		});
	}
}
