//! The records the staking pallet keeps.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_runtime::{traits::Zero, Perbill, Saturating};
use sp_staking::EraIndex;

use crate::{BalanceOf, Config};

/// Funds on their way out of the bond: free to withdraw once `era` is active.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct UnlockChunk<Balance> {
	/// How much is unlocking.
	pub value: Balance,
	/// The era from which it may be withdrawn.
	pub era: EraIndex,
}

/// The bond of a stash account. The stash is the only account involved: it bonds, chooses a
/// role and signs every staking call (there is no controller).
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct StakingLedger<T: Config> {
	/// Everything held for staking: `active` plus every unlocking chunk.
	pub total: BalanceOf<T>,
	/// What backs validation, nominations and services now, and may be slashed.
	pub active: BalanceOf<T>,
	/// Funds unbonding, oldest first.
	pub unlocking: BoundedVec<UnlockChunk<BalanceOf<T>>, T::MaxUnlockingChunks>,
}

impl<T: Config> StakingLedger<T> {
	/// A ledger with `value` active and nothing unlocking.
	pub fn new(value: BalanceOf<T>) -> Self {
		Self { total: value, active: value, unlocking: Default::default() }
	}

	/// Removes the chunks unlocked by `active_era`; returns how much they held.
	pub fn withdraw_unlocked(&mut self, active_era: EraIndex) -> BalanceOf<T> {
		let mut freed = BalanceOf::<T>::zero();
		self.unlocking.retain(|chunk| {
			if chunk.era <= active_era {
				freed = freed.saturating_add(chunk.value);
				false
			} else {
				true
			}
		});
		self.total = self.total.saturating_sub(freed);
		freed
	}

	/// Moves up to `value` from the newest unlocking chunks back to active; returns how much
	/// moved.
	pub fn rebond(&mut self, value: BalanceOf<T>) -> BalanceOf<T> {
		let mut moved = BalanceOf::<T>::zero();
		while let Some(last) = self.unlocking.last_mut() {
			let take = last.value.min(value.saturating_sub(moved));
			last.value = last.value.saturating_sub(take);
			moved = moved.saturating_add(take);
			if last.value.is_zero() {
				self.unlocking.pop();
			}
			if moved >= value {
				break;
			}
		}
		self.active = self.active.saturating_add(moved);
		moved
	}

	/// Takes up to `value` out of the ledger for a slash, active funds first, then the unlocking
	/// chunks from the newest; returns how much was taken.
	pub fn slash(&mut self, value: BalanceOf<T>) -> BalanceOf<T> {
		let from_active = self.active.min(value);
		self.active = self.active.saturating_sub(from_active);
		let mut taken = from_active;
		for chunk in self.unlocking.iter_mut().rev() {
			if taken >= value {
				break;
			}
			let take = chunk.value.min(value.saturating_sub(taken));
			chunk.value = chunk.value.saturating_sub(take);
			taken = taken.saturating_add(take);
		}
		self.unlocking.retain(|chunk| !chunk.value.is_zero());
		self.total = self.total.saturating_sub(taken);
		taken
	}
}

/// Where a stash's rewards go.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum RewardDestination {
	/// Added to the bond.
	#[default]
	Staked,
	/// Paid to the stash, free to spend.
	Stash,
}

/// What a validator asks of its nominators.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct ValidatorPrefs {
	/// The share of its reward the validator keeps before splitting the rest by stake.
	pub commission: Perbill,
}

/// The validators a nominator backs.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct Nominations<T: Config> {
	/// The validators, without repeats.
	pub targets: BoundedVec<T::AccountId, T::MaxNominations>,
	/// The era in which these were chosen.
	pub submitted_in: EraIndex,
}

/// A validator's backing in an era, summed over its pages of nominators.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct ExposureOverview<Balance> {
	/// Own stake plus every nominator's.
	pub total: Balance,
	/// The validator's own stake.
	pub own: Balance,
	/// How many nominators back it.
	pub nominator_count: u32,
	/// How many pages those nominators fill (at least one, so the validator is paid).
	pub page_count: u32,
}

/// One nominator's stake behind a validator.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct IndividualExposure<AccountId, Balance> {
	/// The nominator.
	pub who: AccountId,
	/// Its stake behind the validator.
	pub value: Balance,
}

/// One page of a validator's nominators in an era; rewards are paid a page per call.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct ExposurePage<T: Config> {
	/// The sum of the page's stakes.
	pub page_total: BalanceOf<T>,
	/// The page's nominators.
	pub others: BoundedVec<IndividualExposure<T::AccountId, BalanceOf<T>>, T::MaxExposurePageSize>,
}

/// The active era and when it started.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct ActiveEraInfo {
	/// The era's index.
	pub index: EraIndex,
	/// Its start in milliseconds since the Unix epoch, set by its first block.
	pub start: Option<u64>,
}

/// Era points: one share of the era's reward per point, earned by authoring blocks.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct EraRewardPoints<T: Config> {
	/// The sum of every validator's points.
	pub total: u32,
	/// Each validator's points.
	pub individual: BoundedVec<(T::AccountId, u32), T::MaxValidatorCount>,
}

impl<T: Config> Default for EraRewardPoints<T> {
	fn default() -> Self {
		Self { total: 0, individual: Default::default() }
	}
}

/// A slash waiting for its era to be applied, unless governance cancels it first.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct UnappliedSlash<T: Config> {
	/// The offending validator.
	pub validator: T::AccountId,
	/// The era of the offence.
	pub offence_era: EraIndex,
	/// What the validator loses of its own stake.
	pub own: BalanceOf<T>,
	/// What each of its nominators loses.
	pub others: BoundedVec<(T::AccountId, BalanceOf<T>), T::MaxNominatorsSlashed>,
}

/// What kind of service a registry entry is.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum ServiceKind {
	/// This chain's own consensus.
	ThisChain,
	/// A protocol service of this chain (storage, DA, alignment).
	Protocol,
	/// Another chain that takes its validators from this one.
	Chain {
		/// The other chain's genesis hash.
		genesis_hash: [u8; 32],
	},
}

/// A service that bonded accounts may secure.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct ServiceInfo<T: Config> {
	/// A human-readable name.
	pub name: BoundedVec<u8, T::MaxServiceNameLen>,
	/// What it is.
	pub kind: ServiceKind,
	/// The least active bond an operator needs to count for the service.
	pub min_stake: BalanceOf<T>,
	/// The largest fraction of an operator's active bond one offence against it may slash.
	pub max_slash: Perbill,
	/// How many accounts have opted in.
	pub operator_count: u32,
}

/// How an account takes part in staking from genesis (the format of pallet-staking's genesis,
/// which zombienet writes).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, serde::Serialize, serde::Deserialize)]
pub enum StakerStatus<AccountId> {
	/// Bonded only.
	Idle,
	/// A validator with no commission.
	Validator,
	/// A nominator of these validators.
	Nominator(alloc::vec::Vec<AccountId>),
}
