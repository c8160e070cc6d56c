//! The AI agent registry: agents with stored model and data roots, a policy hash and a bond,
//! acting from their owner's EVM address; updated and retired by their owners.

use crate::{
	AddressOf, Agent, AgentByAddress, AgentName, Agents, BalanceOf, Config, Error, Event,
	HoldReason, NextAgentId, Pallet, StoredData,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	BoundedVec,
};
use sp_runtime::traits::Zero;
use zerog_alignment_primitives::{AgentId, AgentStatus};
use zerog_data::Hash;

impl<T: Config> Pallet<T> {
	/// Whether the model and every data root are stored in the storage market.
	fn check_stored(model_root: &Hash, data_roots: &[Hash]) -> DispatchResult {
		ensure!(
			core::iter::once(model_root).chain(data_roots).all(T::StoredData::is_stored),
			Error::<T>::NotStored
		);
		Ok(())
	}

	pub(crate) fn do_register_agent(
		who: T::AccountId,
		name: AgentName,
		model_root: Hash,
		data_roots: BoundedVec<Hash, T::MaxDataRoots>,
		policy_hash: Hash,
		bond: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(bond >= T::MinAgentBond::get(), Error::<T>::BondTooLow);
		Self::check_stored(&model_root, &data_roots)?;
		let address = T::Addresses::address_of(&who);
		ensure!(!AgentByAddress::<T>::contains_key(address), Error::<T>::AddressInUse);
		T::Currency::hold(&HoldReason::AgentBond.into(), &who, bond)?;
		let id = NextAgentId::<T>::get();
		NextAgentId::<T>::put(id.saturating_add(1));
		Agents::<T>::insert(
			id,
			Agent {
				owner: who.clone(),
				name,
				model_root,
				data_roots,
				policy_hash,
				bond,
				status: AgentStatus::Active,
				address,
				open_disputes: 0,
			},
		);
		AgentByAddress::<T>::insert(address, id);
		Self::deposit_event(Event::AgentRegistered { agent: id, owner: who, address });
		Ok(())
	}

	/// The agent `id` if `who` owns it.
	fn owned_agent(who: &T::AccountId, id: AgentId) -> Result<Agent<T>, Error<T>> {
		let agent = Agents::<T>::get(id).ok_or(Error::<T>::UnknownAgent)?;
		ensure!(agent.owner == *who, Error::<T>::NotAgentOwner);
		Ok(agent)
	}

	pub(crate) fn do_update_agent(
		who: T::AccountId,
		id: AgentId,
		model_root: Hash,
		data_roots: BoundedVec<Hash, T::MaxDataRoots>,
		policy_hash: Hash,
	) -> DispatchResult {
		let mut agent = Self::owned_agent(&who, id)?;
		ensure!(agent.status.is_allowed(), Error::<T>::AgentInactive);
		Self::check_stored(&model_root, &data_roots)?;
		agent.model_root = model_root;
		agent.data_roots = data_roots;
		agent.policy_hash = policy_hash;
		Agents::<T>::insert(id, agent);
		Self::deposit_event(Event::AgentUpdated { agent: id });
		Ok(())
	}

	pub(crate) fn do_retire_agent(who: T::AccountId, id: AgentId) -> DispatchResult {
		let mut agent = Self::owned_agent(&who, id)?;
		ensure!(agent.status != AgentStatus::Retired, Error::<T>::AgentInactive);
		ensure!(agent.open_disputes == 0, Error::<T>::DisputesOpen);
		T::Currency::release(
			&HoldReason::AgentBond.into(),
			&who,
			core::mem::take(&mut agent.bond),
			Precision::BestEffort,
		)?;
		// A suspended agent stays suspended, and its address refused, for good.
		if agent.status != AgentStatus::Suspended {
			agent.status = AgentStatus::Retired;
			AgentByAddress::<T>::remove(agent.address);
		}
		debug_assert!(agent.bond.is_zero());
		Agents::<T>::insert(id, agent);
		Self::deposit_event(Event::AgentRetired { agent: id });
		Ok(())
	}

	/// Whether contracts should accept calls from `address`: it is a registered agent, not
	/// suspended or retired.
	pub fn is_agent_allowed(address: sp_core::H160) -> bool {
		AgentByAddress::<T>::get(address)
			.and_then(Agents::<T>::get)
			.is_some_and(|agent| agent.status.is_allowed())
	}
}
