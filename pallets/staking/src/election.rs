//! The election: sequential Phragmén over validators and nominators, and the exposures it
//! leaves for rewards and slashing.

use crate::{
	BalanceOf, Config, ErasStakersOverview, ErasStakersPaged, ErasTotalStake, ErasValidatorPrefs,
	ExposureOverview, ExposurePage, IndividualExposure, Ledger, Nominators, Pallet, ValidatorCount,
	Validators,
};
use alloc::{collections::btree_map::BTreeMap, vec::Vec};
use frame_support::{
	traits::{fungible::Inspect, Get},
	BoundedVec,
};
use sp_npos_elections::{
	assignment_ratio_to_staked_normalized, seq_phragmen, to_supports, VoteWeight,
};
use sp_runtime::{traits::Zero, Perbill, Saturating};
use sp_staking::{currency_to_vote::CurrencyToVote, EraIndex};

/// Why an election gave no validator set.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum ElectionFailure {
	/// Fewer winners than `MinimumValidatorCount`.
	TooFew(u32),
}

impl<T: Config> Pallet<T> {
	/// Elects `era`'s validators by backing and records their exposures. Fails, recording
	/// nothing, when fewer than `MinimumValidatorCount` would be elected.
	pub(crate) fn elect(era: EraIndex) -> Result<Vec<T::AccountId>, ElectionFailure> {
		let issuance = T::Currency::total_issuance();
		let max_voters = T::MaxElectingVoters::get() as usize;
		let active_of =
			|stash: &T::AccountId| Ledger::<T>::get(stash).map(|l| l.active).unwrap_or_default();

		// Each validator votes for itself with its whole bond; its ledger is read once here.
		let mut own_bonds = BTreeMap::new();
		let mut weights = BTreeMap::new();
		let mut voters: Vec<(T::AccountId, VoteWeight, Vec<T::AccountId>)> = Vec::new();
		for validator in Validators::<T>::iter_keys() {
			if voters.len() >= max_voters {
				break;
			}
			let active = active_of(&validator);
			let weight = T::CurrencyToVote::to_vote(active, issuance);
			if weight == 0 {
				continue;
			}
			own_bonds.insert(validator.clone(), active);
			weights.insert(validator.clone(), weight);
			voters.push((validator.clone(), weight, alloc::vec![validator]));
		}
		let candidates: Vec<T::AccountId> = voters.iter().map(|(v, _, _)| v.clone()).collect();
		for (nominator, nominations) in Nominators::<T>::iter() {
			if voters.len() >= max_voters {
				break;
			}
			let targets: Vec<_> =
				nominations.targets.into_iter().filter(|t| weights.contains_key(t)).collect();
			let weight = T::CurrencyToVote::to_vote(active_of(&nominator), issuance);
			if targets.is_empty() || weight == 0 {
				continue;
			}
			weights.insert(nominator.clone(), weight);
			voters.push((nominator, weight, targets));
		}

		let to_elect = (ValidatorCount::<T>::get().min(T::MaxValidatorCount::get())) as usize;
		let minimum = T::MinimumValidatorCount::get().max(1);
		let result = seq_phragmen::<T::AccountId, Perbill>(to_elect, candidates, voters, None)
			.map_err(|_| ElectionFailure::TooFew(0))?;
		if (result.winners.len() as u32) < minimum {
			return Err(ElectionFailure::TooFew(result.winners.len() as u32));
		}
		let staked = assignment_ratio_to_staked_normalized(result.assignments, |who| {
			weights.get(who).copied().unwrap_or_default()
		})
		.map_err(|_| ElectionFailure::TooFew(0))?;
		let supports = to_supports(&staked);
		if (supports.len() as u32) < minimum {
			return Err(ElectionFailure::TooFew(supports.len() as u32));
		}

		let to_currency =
			|vote: u128| -> BalanceOf<T> { T::CurrencyToVote::to_currency(vote, issuance) };
		let mut total_stake = BalanceOf::<T>::zero();
		let mut winners = Vec::with_capacity(supports.len());
		for (validator, support) in supports {
			let mut own = BalanceOf::<T>::zero();
			let mut others = Vec::new();
			for (voter, vote) in support.voters {
				if voter == validator {
					// A validator's vote is for itself alone, so all its stake backs it: take
					// the exact bond rather than its vote converted back.
					own = own_bonds.get(&validator).copied().unwrap_or_default();
					continue;
				}
				let value = to_currency(vote);
				if !value.is_zero() {
					others.push(IndividualExposure { who: voter, value });
				}
			}
			others.sort_by_key(|other| core::cmp::Reverse(other.value));
			let page_size = T::MaxExposurePageSize::get() as usize;
			others.truncate(page_size.saturating_mul(T::MaxExposurePages::get() as usize));
			let nominator_count = others.len() as u32;
			let mut total = own;
			let mut page_count = 0u32;
			for (page, chunk) in others.chunks(page_size).enumerate() {
				let page_total =
					chunk.iter().fold(BalanceOf::<T>::zero(), |sum, e| sum.saturating_add(e.value));
				total = total.saturating_add(page_total);
				ErasStakersPaged::<T>::insert(
					(era, &validator, page as u32),
					ExposurePage::<T> {
						page_total,
						others: BoundedVec::truncate_from(chunk.to_vec()),
					},
				);
				page_count = page_count.saturating_add(1);
			}
			ErasStakersOverview::<T>::insert(
				era,
				&validator,
				ExposureOverview { total, own, nominator_count, page_count: page_count.max(1) },
			);
			ErasValidatorPrefs::<T>::insert(
				era,
				&validator,
				Validators::<T>::get(&validator).unwrap_or_default(),
			);
			total_stake = total_stake.saturating_add(total);
			winners.push(validator);
		}
		ErasTotalStake::<T>::insert(era, total_stake);
		Ok(winners)
	}
}
