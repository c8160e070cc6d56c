//! The service registry and shared security: one bond backing every service its owner
//! operates.

use crate::{
	BalanceOf, Config, Error, Event, Ledger, NextServiceId, Operators, OptedIn, Pallet,
	ServiceInfo, ServiceKind, Services,
};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get, BoundedVec};
use sp_runtime::{traits::Zero, Perbill};
use zerog_staking_primitives::{
	Obligation, OffenceCode, ServiceId, ServiceObligations, SharedSecurity, SlashError,
	CHAIN_SERVICE,
};

/// The largest share of an operator's bond a protocol service may slash until governance sets
/// its parameters.
pub const DEFAULT_SERVICE_MAX_SLASH: Perbill = Perbill::from_percent(10);

impl<T: Config> Pallet<T> {
	/// Creates this chain's service (id [`CHAIN_SERVICE`]) and the protocol services the
	/// runtime declares, at their declared ids with default parameters; later registrations
	/// get ids above all of them.
	pub(crate) fn register_genesis_services() {
		let chain = BoundedVec::truncate_from(b"zerog".to_vec());
		Self::insert_service(
			CHAIN_SERVICE,
			chain,
			ServiceKind::ThisChain,
			T::MinValidatorBond::get(),
		);
		for declared in T::ProtocolServices::get() {
			assert!(declared.id != CHAIN_SERVICE, "a protocol service declares the chain's id");
			assert!(
				!Services::<T>::contains_key(declared.id),
				"two protocol services declare the same id"
			);
			let name = BoundedVec::truncate_from(declared.name.to_vec());
			Self::insert_service(declared.id, name, ServiceKind::Protocol, Zero::zero());
		}
	}

	fn insert_service(
		id: ServiceId,
		name: BoundedVec<u8, T::MaxServiceNameLen>,
		kind: ServiceKind,
		min_stake: BalanceOf<T>,
	) {
		let max_slash = match kind {
			ServiceKind::ThisChain => Perbill::one(),
			_ => DEFAULT_SERVICE_MAX_SLASH,
		};
		Services::<T>::insert(
			id,
			ServiceInfo { name, kind, min_stake, max_slash, operator_count: 0 },
		);
		NextServiceId::<T>::mutate(|next| *next = (*next).max(id.saturating_add(1)));
	}

	/// Adds a service to the registry; returns its id.
	pub(crate) fn register_service(
		name: BoundedVec<u8, T::MaxServiceNameLen>,
		kind: ServiceKind,
		min_stake: BalanceOf<T>,
		max_slash: Perbill,
	) -> ServiceId {
		let id = NextServiceId::<T>::mutate(|next| {
			let id = *next;
			*next = next.saturating_add(1);
			id
		});
		Services::<T>::insert(
			id,
			ServiceInfo { name, kind, min_stake, max_slash, operator_count: 0 },
		);
		id
	}

	/// The service of the chain with `genesis_hash`.
	pub fn service_of_chain(genesis_hash: [u8; 32]) -> Option<ServiceId> {
		Services::<T>::iter().find_map(|(id, info)| match info.kind {
			ServiceKind::Chain { genesis_hash: hash } if hash == genesis_hash => Some(id),
			_ => None,
		})
	}

	pub(crate) fn do_opt_in(stash: &T::AccountId, service: ServiceId) -> DispatchResult {
		let ledger = Ledger::<T>::get(stash).ok_or(Error::<T>::NotStash)?;
		let mut info = Services::<T>::get(service).ok_or(Error::<T>::UnknownService)?;
		ensure!(ledger.active >= info.min_stake, Error::<T>::BelowServiceMinStake);
		ensure!(!Operators::<T>::contains_key(service, stash), Error::<T>::AlreadyOperator);
		OptedIn::<T>::try_mutate(stash, |list| list.try_push(service))
			.map_err(|_| Error::<T>::TooManyServices)?;
		Operators::<T>::insert(service, stash, ());
		info.operator_count = info.operator_count.saturating_add(1);
		Services::<T>::insert(service, info);
		Self::deposit_event(Event::OptedIn { stash: stash.clone(), service });
		Ok(())
	}

	/// Refuses `stash` leaving `service` while the service still holds it to something.
	pub(crate) fn ensure_may_leave(service: ServiceId, stash: &T::AccountId) -> DispatchResult {
		T::Obligations::may_leave(service, stash).map_err(|obligation| match obligation {
			Obligation::HoldsData => Error::<T>::ServiceHoldsOperatorData.into(),
			Obligation::PendingDuty => Error::<T>::ServiceDutyPending.into(),
		})
	}

	pub(crate) fn do_opt_out(stash: &T::AccountId, service: ServiceId) -> DispatchResult {
		ensure!(Operators::<T>::take(service, stash).is_some(), Error::<T>::NotOperator);
		OptedIn::<T>::mutate_exists(stash, |list| {
			if let Some(services) = list {
				services.retain(|s| *s != service);
				if services.is_empty() {
					*list = None;
				}
			}
		});
		Services::<T>::mutate(service, |info| {
			if let Some(info) = info {
				info.operator_count = info.operator_count.saturating_sub(1);
			}
		});
		Self::deposit_event(Event::OptedOut { stash: stash.clone(), service });
		Ok(())
	}

	/// Stops the stash operating anything (its bond is gone).
	pub(crate) fn opt_out_of_all(stash: &T::AccountId) {
		for service in OptedIn::<T>::get(stash) {
			let _ = Self::do_opt_out(stash, service);
		}
	}

	/// A stash that stops validating stops operating this chain's service.
	pub(crate) fn leave_chain_service(stash: &T::AccountId) {
		if Operators::<T>::contains_key(CHAIN_SERVICE, stash) {
			let _ = Self::do_opt_out(stash, CHAIN_SERVICE);
		}
	}

	/// The largest minimum stake among the protocol services the stash operates (the chain's
	/// minimum is enforced through `MinValidatorBond` instead).
	pub(crate) fn service_minimum_of(stash: &T::AccountId) -> BalanceOf<T> {
		OptedIn::<T>::get(stash)
			.into_iter()
			.filter(|service| *service != CHAIN_SERVICE)
			.filter_map(|service| Services::<T>::get(service).map(|info| info.min_stake))
			.max()
			.unwrap_or_else(Zero::zero)
	}

	/// The validators of a service and their stake, largest first (see the runtime API).
	pub fn validators_of(service: ServiceId) -> Option<Vec<(T::AccountId, BalanceOf<T>)>> {
		let info = Services::<T>::get(service)?;
		let mut set = match info.kind {
			ServiceKind::ThisChain => {
				let era = Self::active_era_index();
				crate::ErasStakersOverview::<T>::iter_prefix(era)
					.map(|(who, overview)| (who, overview.total))
					.collect::<Vec<_>>()
			},
			_ => <Self as SharedSecurity<T::AccountId>>::operators(service),
		};
		set.sort_by_key(|(_, stake)| core::cmp::Reverse(*stake));
		set.truncate(crate::ValidatorCount::<T>::get() as usize);
		Some(set)
	}
}

impl<T: Config> SharedSecurity<T::AccountId> for Pallet<T> {
	type Balance = BalanceOf<T>;

	fn stake_of(service: ServiceId, operator: &T::AccountId) -> Option<BalanceOf<T>> {
		let info = Services::<T>::get(service)?;
		if !Operators::<T>::contains_key(service, operator) {
			return None;
		}
		let active = Ledger::<T>::get(operator)?.active;
		(active >= info.min_stake && !active.is_zero()).then_some(active)
	}

	fn operators(service: ServiceId) -> Vec<(T::AccountId, BalanceOf<T>)> {
		Operators::<T>::iter_key_prefix(service)
			.filter_map(|who| Self::stake_of(service, &who).map(|stake| (who, stake)))
			.collect()
	}

	fn slash(
		service: ServiceId,
		operator: &T::AccountId,
		fraction: Perbill,
		offence: OffenceCode,
	) -> Result<BalanceOf<T>, SlashError> {
		Self::slash_operator(service, operator, fraction, offence, None)
	}

	fn slash_to(
		service: ServiceId,
		operator: &T::AccountId,
		fraction: Perbill,
		offence: OffenceCode,
		beneficiary: &T::AccountId,
	) -> Result<BalanceOf<T>, SlashError> {
		Self::slash_operator(service, operator, fraction, offence, Some(beneficiary))
	}
}

impl<T: Config> Pallet<T> {
	fn slash_operator(
		service: ServiceId,
		operator: &T::AccountId,
		fraction: Perbill,
		offence: OffenceCode,
		beneficiary: Option<&T::AccountId>,
	) -> Result<BalanceOf<T>, SlashError> {
		let info = Services::<T>::get(service).ok_or(SlashError::UnknownService)?;
		if !Operators::<T>::contains_key(service, operator) {
			return Err(SlashError::NotAnOperator);
		}
		let active = Ledger::<T>::get(operator).map(|ledger| ledger.active).unwrap_or_default();
		let amount = fraction.min(info.max_slash) * active;
		let slashed = Self::slash_stash_to(operator, amount, beneficiary);
		Self::deposit_event(Event::ServiceSlashed {
			service,
			operator: operator.clone(),
			offence,
			amount: slashed,
		});
		Ok(slashed)
	}
}
