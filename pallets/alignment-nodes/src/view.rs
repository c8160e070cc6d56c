//! What the runtime API reports, and the state checks of try-state.

use crate::{
	Accounted, AgentByAddress, Agents, BalanceOf, Config, CurrentEpoch, Disputes, Licences,
	LicencesOf, Minted, Operators, Paid, Pallet, Verdicts,
};
use alloc::vec::Vec;
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::Saturating;
use zerog_alignment_primitives::{
	AgentId, AgentView, DisputeId, DisputePhase, DisputeView, EpochView, JurorView, LicenceId,
	LicenceView, OperatorView, VerdictRecord,
};

impl<T: Config> Pallet<T> {
	/// The current epoch.
	pub fn epoch_view() -> EpochView<BalanceOf<T>, BlockNumberFor<T>> {
		let epoch = CurrentEpoch::<T>::get();
		EpochView {
			index: epoch.index,
			started_at: epoch.started_at,
			ends_at: epoch.started_at.saturating_add(T::EpochLength::get().max(1u32.into())),
			live_licences: epoch.live,
			minted: Minted::<T>::get(),
			carry: epoch.carry,
			released: Accounted::<T>::get(),
			paid: Paid::<T>::get(),
		}
	}

	/// A licence.
	pub fn licence_view(
		id: LicenceId,
	) -> Option<LicenceView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let licence = Licences::<T>::get(id)?;
		Some(LicenceView {
			rewards: Self::licence_rewards(&licence),
			transferable_at: licence.minted_at.saturating_add(T::LicenceLockPeriod::get()),
			owner: licence.owner,
			minted_at: licence.minted_at,
			delegation: licence.delegation,
		})
	}

	/// The licences `owner` owns.
	pub fn licences_of(owner: &T::AccountId) -> Vec<LicenceId> {
		LicencesOf::<T>::iter_key_prefix(owner).collect()
	}

	/// A registered operator.
	pub fn operator_view(who: &T::AccountId) -> Option<OperatorView<BalanceOf<T>>> {
		let info = Operators::<T>::get(who)?;
		let current = CurrentEpoch::<T>::get().index;
		let record = info.record.filter(|record| record.epoch == current);
		Some(OperatorView {
			commission: info.commission,
			licences: info.licences,
			live: record.is_some(),
			audits: record.map_or(0, |r| u32::from(r.storage_audited) + u32::from(r.da_audited)),
			staked: Self::is_staked(who),
			rewards: Self::operator_rewards(who),
		})
	}

	/// An agent.
	pub fn agent_view(id: AgentId) -> Option<AgentView<T::AccountId, BalanceOf<T>>> {
		let agent = Agents::<T>::get(id)?;
		Some(AgentView {
			owner: agent.owner,
			name: agent.name.into_inner(),
			model_root: agent.model_root,
			data_roots: agent.data_roots.into_inner(),
			policy_hash: agent.policy_hash,
			bond: agent.bond,
			status: agent.status,
			address: agent.address,
			open_disputes: agent.open_disputes,
		})
	}

	/// The agent acting from `address`, with its status code (0 if none).
	pub fn agent_status_of(id: AgentId) -> u8 {
		Agents::<T>::get(id).map_or(0, |agent| agent.status.code())
	}

	/// The agent acting from `address`, if any.
	pub fn agent_at(address: sp_core::H160) -> Option<AgentId> {
		AgentByAddress::<T>::get(address)
	}

	/// An open dispute.
	pub fn dispute_view(
		id: DisputeId,
	) -> Option<DisputeView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let dispute = Disputes::<T>::get(id)?;
		Some(DisputeView {
			agent: dispute.agent,
			reporter: dispute.reporter,
			evidence_root: dispute.evidence_root,
			deposit: dispute.deposit,
			appealed: dispute.appeal.is_some(),
			phase: dispute.phase,
			jurors: dispute
				.jurors
				.into_iter()
				.map(|juror| JurorView {
					licence: juror.licence,
					operator: juror.operator,
					round: juror.round,
					committed: juror.commitment.is_some(),
					vote: juror.vote,
				})
				.collect(),
		})
	}

	/// An agent's decided disputes.
	pub fn verdicts_of(agent: AgentId) -> Vec<VerdictRecord<BlockNumberFor<T>>> {
		Verdicts::<T>::get(agent).into_inner()
	}

	/// What `who` may claim now.
	pub fn pending_rewards(who: &T::AccountId) -> BalanceOf<T> {
		LicencesOf::<T>::iter_key_prefix(who)
			.filter_map(Licences::<T>::get)
			.fold(Self::operator_rewards(who), |total, licence| {
				total.saturating_add(Self::licence_rewards(&licence))
			})
	}

	/// Open disputes in which `operator` votes for a licence of the current round.
	pub fn jury_duties(
		operator: &T::AccountId,
	) -> Vec<(DisputeId, LicenceId, DisputePhase<BlockNumberFor<T>>)> {
		Disputes::<T>::iter()
			.flat_map(|(id, dispute)| {
				let round = dispute.round();
				let phase = dispute.phase;
				dispute
					.jurors
					.into_iter()
					.filter(move |juror| juror.round == round && juror.operator == *operator)
					.map(move |juror| (id, juror.licence, phase))
			})
			.collect()
	}

	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::ensure;
		use zerog_alignment_primitives::Delegation;
		let minted = Minted::<T>::get();
		ensure!(minted <= T::MaxLicences::get(), "more licences than the cap");
		let mut runs: alloc::collections::BTreeMap<T::AccountId, u32> = Default::default();
		let mut count = 0u32;
		for (id, licence) in Licences::<T>::iter() {
			count = count.saturating_add(1);
			ensure!(id < minted, "a licence beyond the minted range");
			ensure!(LicencesOf::<T>::contains_key(&licence.owner, id), "an owner index is missing");
			if let Delegation::Approved(operator) = licence.delegation {
				*runs.entry(operator).or_default() += 1;
			}
		}
		ensure!(count == minted, "a minted licence is missing");
		for (operator, info) in Operators::<T>::iter() {
			ensure!(
				runs.get(&operator).copied().unwrap_or(0) == info.licences,
				"an operator's licence count is off"
			);
		}
		for (id, agent) in Agents::<T>::iter() {
			if agent.status != zerog_alignment_primitives::AgentStatus::Retired {
				ensure!(
					AgentByAddress::<T>::get(agent.address) == Some(id),
					"an agent's address is not bound to it"
				);
			}
		}
		Self::check_rewards()
	}
}
