//! The records the pallet keeps: licences, operators and their epoch records, the epochs,
//! agents, disputes and their jurors, and failed storage audits awaiting an answer.

use crate::{BalanceOf, Config};
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H160;
use sp_runtime::Perbill;
use zerog_alignment_primitives::{
	AgentId, AgentStatus, AlignmentEpoch, Delegation, DisputePhase, LicenceId, StorageTarget,
	Verdict,
};
use zerog_data::Hash;

/// The longest agent name.
pub const MAX_NAME_LEN: u32 = 64;

/// An agent's name.
pub type AgentName = BoundedVec<u8, ConstU32<MAX_NAME_LEN>>;

/// A licence: owned, soulbound until its lock ends, run by the operator it is delegated to.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(T))]
pub struct Licence<T: Config> {
	/// Its owner, who receives its rewards less the operator's commission.
	pub owner: T::AccountId,
	/// The block it was minted in: it may be transferred `LicenceLockPeriod` blocks later.
	pub minted_at: BlockNumberFor<T>,
	/// Whom it is delegated to.
	pub delegation: Delegation<T::AccountId>,
	/// Its operator's reward per licence (`OperatorInfo::reward_per_licence`) when the
	/// licence's rewards were last settled: what it earned since is the difference.
	pub reward_snapshot: BalanceOf<T>,
	/// Settled rewards its owner has not claimed yet.
	pub unclaimed: BalanceOf<T>,
}

/// A registered operator.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(T))]
pub struct OperatorInfo<T: Config> {
	/// The share of its licences' rewards it keeps, fixed at registration.
	pub commission: Perbill,
	/// Licences it runs (approved).
	pub licences: u32,
	/// The owners' part of its rewards per licence run, summed over its settled epochs: a
	/// licence is owed the growth of this since its snapshot.
	pub reward_per_licence: BalanceOf<T>,
	/// Settled commission it has not claimed yet.
	pub unclaimed: BalanceOf<T>,
	/// Its record of the last epoch it was live in, until settled.
	pub record: Option<EpochRecord>,
}

/// What an operator did in an epoch it was live in.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct EpochRecord {
	/// The epoch.
	pub epoch: AlignmentEpoch,
	/// Licences it ran that epoch: those approved at its heartbeat, plus those approved after
	/// it, less those that left before the epoch ended.
	pub licences: u32,
	/// Bonus points: `AuditPoints` per audit, `VotePoints` per vote with a final verdict.
	pub points: u64,
	/// Whether it reported its storage audit.
	pub storage_audited: bool,
	/// Whether it reported its DA audit.
	pub da_audited: bool,
	/// Jury seats it held and did not reveal a vote for, in disputes decided that epoch.
	pub missed_reveals: u32,
}

/// The epoch the chain is in.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(T))]
pub struct EpochState<T: Config> {
	/// Its index.
	pub index: AlignmentEpoch,
	/// Its first block.
	pub started_at: BlockNumberFor<T>,
	/// Chain randomness at its start: audits are drawn from it.
	pub seed: [u8; 32],
	/// Licences run by operators live this epoch.
	pub live: u32,
	/// Bonus points earned this epoch.
	pub points: u64,
	/// Rewards of earlier epochs not paid to anyone (shares of licences not run, rounding,
	/// bonus pots without points, penalties), added to this epoch's budget.
	pub carry: BalanceOf<T>,
}

impl<T: Config> Default for EpochState<T> {
	fn default() -> Self {
		Self {
			index: 0,
			started_at: Default::default(),
			seed: [0; 32],
			live: 0,
			points: 0,
			carry: Default::default(),
		}
	}
}

/// An ended epoch whose operators are not all settled yet.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(T))]
pub struct ClosedEpoch<T: Config> {
	/// What each licence run that epoch earned from the base part.
	pub base_per_licence: BalanceOf<T>,
	/// The bonus part, shared by points.
	pub bonus_pot: BalanceOf<T>,
	/// The epoch's bonus points.
	pub points: u64,
	/// Licences run that epoch not settled yet.
	pub unsettled_licences: u32,
	/// Points not settled yet.
	pub unsettled_points: u64,
	/// Bonus paid to the operators settled so far.
	pub bonus_paid: BalanceOf<T>,
}

/// A registered AI agent.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(T))]
pub struct Agent<T: Config> {
	/// Its owner.
	pub owner: T::AccountId,
	/// Its name.
	pub name: AgentName,
	/// The storage-market data root of its model.
	pub model_root: Hash,
	/// The storage-market data roots of its data sets.
	pub data_roots: BoundedVec<Hash, T::MaxDataRoots>,
	/// The hash of the policy it declares to follow.
	pub policy_hash: Hash,
	/// Its bond, held from the owner.
	pub bond: BalanceOf<T>,
	/// Where it stands.
	pub status: AgentStatus,
	/// The EVM address it calls contracts from: its owner's.
	pub address: H160,
	/// Reports against it not yet decided.
	pub open_disputes: u32,
}

/// A juror: a licence drawn for a round, voted for by its operator.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(T))]
pub struct Juror<T: Config> {
	/// The licence drawn.
	pub licence: LicenceId,
	/// Its operator when drawn.
	pub operator: T::AccountId,
	/// 0 for the first round, 1 for the appeal.
	pub round: u8,
	/// `blake2_256(SCALE((verdict, salt)))`, once committed.
	pub commitment: Option<Hash>,
	/// The vote, once revealed.
	pub vote: Option<Verdict>,
}

/// An appeal of a first round's verdict.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(T))]
pub struct Appeal<T: Config> {
	/// The reporter or the agent's owner.
	pub appellant: T::AccountId,
	/// Twice the report's deposit, held.
	pub deposit: BalanceOf<T>,
	/// The verdict appealed.
	pub first_verdict: Verdict,
}

/// A report against an agent, judged by a jury of licences.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(T))]
pub struct Dispute<T: Config> {
	/// The agent reported.
	pub agent: AgentId,
	/// Who reported it.
	pub reporter: T::AccountId,
	/// The root of the evidence.
	pub evidence_root: Hash,
	/// The reporter's deposit, held.
	pub deposit: BalanceOf<T>,
	/// The appeal, if any.
	pub appeal: Option<Appeal<T>>,
	/// Where it stands.
	pub phase: DisputePhase<BlockNumberFor<T>>,
	/// The jurors of both rounds.
	pub jurors: BoundedVec<Juror<T>, T::MaxJurors>,
}

impl<T: Config> Dispute<T> {
	/// The round voting now: 0, or 1 once appealed.
	pub fn round(&self) -> u8 {
		u8::from(self.appeal.is_some())
	}
}

/// A storage audit reported failed, awaiting the chunk from anyone (its provider's node
/// answers from its store) until its deadline.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(T))]
pub struct AuditChallenge<T: Config> {
	/// The operator that reported the failure.
	pub reporter: T::AccountId,
	/// The chunk reported unavailable.
	pub target: StorageTarget<T::AccountId>,
	/// The last block an answer is accepted.
	pub deadline: BlockNumberFor<T>,
}
