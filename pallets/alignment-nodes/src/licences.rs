//! Licences and operators: minting under the supply cap, the soulbound lock, delegation
//! (pending, approved, ended) and operator registration.
//!
//! Every change to the licences an operator runs settles its ended epoch first, and a licence
//! joining or leaving while its operator is live this epoch joins or leaves that epoch's
//! record: a licence earns at most one share per epoch, from the operator it was run by when
//! the epoch ended.

use crate::{
	Config, CurrentEpoch, Error, Event, FormerOperators, Licence, Licences, LicencesOf, Minted,
	OperatorInfo, Operators, Pallet,
};
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use sp_runtime::{traits::Zero, Perbill, Saturating};
use zerog_alignment_primitives::{AlignmentService, Delegation, LicenceId};
use zerog_staking_primitives::{Service, SharedSecurity};

impl<T: Config> Pallet<T> {
	/// Whether `who` is an operator of the `alignment` service with the minimum stake.
	pub fn is_staked(who: &T::AccountId) -> bool {
		T::Security::stake_of(AlignmentService::ID, who).is_some()
	}

	pub(crate) fn do_mint(owner: T::AccountId, count: u32) -> DispatchResult {
		ensure!(count > 0 && count <= T::MaxMintPerCall::get(), Error::<T>::BadMintCount);
		let first = Minted::<T>::get();
		let end = first.checked_add(count).ok_or(Error::<T>::SupplyCapReached)?;
		ensure!(end <= T::MaxLicences::get(), Error::<T>::SupplyCapReached);
		let now = frame_system::Pallet::<T>::block_number();
		for id in first..end {
			Licences::<T>::insert(
				id,
				Licence {
					owner: owner.clone(),
					minted_at: now,
					delegation: Delegation::Undelegated,
					reward_snapshot: Zero::zero(),
					unclaimed: Zero::zero(),
				},
			);
			LicencesOf::<T>::insert(&owner, id, ());
		}
		Minted::<T>::put(end);
		Self::deposit_event(Event::LicencesMinted { owner, first, count });
		Ok(())
	}

	/// The licence `id` if `who` owns it.
	fn owned(who: &T::AccountId, id: LicenceId) -> Result<Licence<T>, Error<T>> {
		let licence = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
		ensure!(licence.owner == *who, Error::<T>::NotOwner);
		Ok(licence)
	}

	pub(crate) fn do_transfer(
		who: T::AccountId,
		id: LicenceId,
		to: T::AccountId,
	) -> DispatchResult {
		let mut licence = Self::owned(&who, id)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now >= licence.minted_at.saturating_add(T::LicenceLockPeriod::get()),
			Error::<T>::Soulbound
		);
		Self::end_delegation(id, &mut licence);
		// What the licence earned so far is its old owner's.
		let earned = core::mem::take(&mut licence.unclaimed);
		Self::pay(&who, earned)?;
		licence.owner = to.clone();
		Licences::<T>::insert(id, licence);
		LicencesOf::<T>::remove(&who, id);
		LicencesOf::<T>::insert(&to, id, ());
		Self::deposit_event(Event::LicenceTransferred { licence: id, from: who, to });
		Ok(())
	}

	pub(crate) fn do_register_operator(who: T::AccountId, commission: Perbill) -> DispatchResult {
		ensure!(!Operators::<T>::contains_key(&who), Error::<T>::AlreadyOperator);
		ensure!(!FormerOperators::<T>::contains_key(&who), Error::<T>::FormerOperator);
		ensure!(Self::is_staked(&who), Error::<T>::NotStaked);
		Operators::<T>::insert(
			&who,
			OperatorInfo {
				commission,
				licences: 0,
				reward_per_licence: Zero::zero(),
				unclaimed: Zero::zero(),
				record: None,
			},
		);
		Self::deposit_event(Event::OperatorRegistered { operator: who, commission });
		Ok(())
	}

	pub(crate) fn do_unregister_operator(who: T::AccountId) -> DispatchResult {
		let mut info = Operators::<T>::get(&who).ok_or(Error::<T>::NotOperator)?;
		ensure!(info.licences == 0, Error::<T>::OperatorHasLicences);
		Self::settle_operator(&who, &mut info);
		// A record of this epoch holds no licence (they all left) but may hold points: they
		// are forgone, and stay in the epoch's budget for the others.
		if let Some(record) = info.record.take() {
			CurrentEpoch::<T>::mutate(|epoch| {
				if record.epoch == epoch.index {
					epoch.points = epoch.points.saturating_sub(record.points);
				}
			});
		}
		Self::pay(&who, info.unclaimed)?;
		Operators::<T>::remove(&who);
		FormerOperators::<T>::insert(&who, ());
		Self::deposit_event(Event::OperatorUnregistered { operator: who });
		Ok(())
	}

	pub(crate) fn do_delegate(
		who: T::AccountId,
		id: LicenceId,
		operator: T::AccountId,
	) -> DispatchResult {
		let mut licence = Self::owned(&who, id)?;
		ensure!(licence.delegation == Delegation::Undelegated, Error::<T>::AlreadyDelegated);
		ensure!(Operators::<T>::contains_key(&operator), Error::<T>::NotOperator);
		licence.delegation = Delegation::Pending(operator.clone());
		Licences::<T>::insert(id, licence);
		Self::deposit_event(Event::DelegationProposed { licence: id, operator });
		Ok(())
	}

	pub(crate) fn do_undelegate(who: T::AccountId, id: LicenceId) -> DispatchResult {
		let mut licence = Self::owned(&who, id)?;
		ensure!(licence.delegation != Delegation::Undelegated, Error::<T>::NotDelegated);
		Self::end_delegation(id, &mut licence);
		Licences::<T>::insert(id, licence);
		Ok(())
	}

	pub(crate) fn do_approve(who: T::AccountId, id: LicenceId) -> DispatchResult {
		let mut licence = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
		ensure!(
			licence.delegation == Delegation::Pending(who.clone()),
			Error::<T>::NotPendingWithCaller
		);
		let mut info = Operators::<T>::get(&who).ok_or(Error::<T>::NotOperator)?;
		Self::settle_operator(&who, &mut info);
		info.licences = info.licences.saturating_add(1);
		let current = CurrentEpoch::<T>::get().index;
		if let Some(record) = info.record.as_mut().filter(|record| record.epoch == current) {
			record.licences = record.licences.saturating_add(1);
			CurrentEpoch::<T>::mutate(|epoch| epoch.live = epoch.live.saturating_add(1));
		}
		licence.reward_snapshot = info.reward_per_licence;
		licence.delegation = Delegation::Approved(who.clone());
		Operators::<T>::insert(&who, info);
		Licences::<T>::insert(id, licence);
		Self::deposit_event(Event::DelegationApproved { licence: id, operator: who });
		Ok(())
	}

	pub(crate) fn do_refuse(who: T::AccountId, id: LicenceId) -> DispatchResult {
		let mut licence = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
		ensure!(
			licence.delegation == Delegation::Pending(who.clone()),
			Error::<T>::NotPendingWithCaller
		);
		licence.delegation = Delegation::Undelegated;
		Licences::<T>::insert(id, licence);
		Self::deposit_event(Event::DelegationRefused { licence: id, operator: who });
		Ok(())
	}

	pub(crate) fn do_drop(who: T::AccountId, id: LicenceId) -> DispatchResult {
		let mut licence = Licences::<T>::get(id).ok_or(Error::<T>::UnknownLicence)?;
		ensure!(
			licence.delegation == Delegation::Approved(who.clone()),
			Error::<T>::NotRunByCaller
		);
		Self::end_delegation(id, &mut licence);
		Licences::<T>::insert(id, licence);
		Ok(())
	}

	/// Ends the licence's delegation, whatever it is. An approved licence is settled first
	/// and, if its operator is live this epoch, leaves that epoch's record: its share of the
	/// epoch is forgone and rolls over.
	pub(crate) fn end_delegation(id: LicenceId, licence: &mut Licence<T>) {
		let operator = match core::mem::replace(&mut licence.delegation, Delegation::Undelegated) {
			Delegation::Undelegated => return,
			Delegation::Pending(operator) => {
				Self::deposit_event(Event::DelegationEnded { licence: id, operator });
				return;
			},
			Delegation::Approved(operator) => operator,
		};
		if let Some(mut info) = Operators::<T>::get(&operator) {
			Self::settle_operator(&operator, &mut info);
			licence.unclaimed = licence
				.unclaimed
				.saturating_add(info.reward_per_licence.saturating_sub(licence.reward_snapshot));
			info.licences = info.licences.saturating_sub(1);
			let current = CurrentEpoch::<T>::get().index;
			if let Some(record) = info.record.as_mut().filter(|record| record.epoch == current) {
				record.licences = record.licences.saturating_sub(1);
				CurrentEpoch::<T>::mutate(|epoch| epoch.live = epoch.live.saturating_sub(1));
			}
			Operators::<T>::insert(&operator, info);
		}
		Self::deposit_event(Event::DelegationEnded { licence: id, operator });
	}
}
