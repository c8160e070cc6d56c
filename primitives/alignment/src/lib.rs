//! The AI alignment nodes as the node, the EVM and other pallets see them.
//!
//! * [`AlignmentService`]: the alignment nodes' place in shared staking's open registry (id 3,
//!   their [`AlignmentOffence`]s), and [`OPERATOR_KEY_TYPE`], the key type operators' nodes
//!   sign heartbeats, audits and votes with (`zgal`).
//! * Licences ([`Delegation`]), agents ([`AgentStatus`]), disputes ([`Verdict`],
//!   [`DisputePhase`]) and audits ([`AuditTarget`], [`AuditOutcome`], [`AuditReport`]), and the
//!   views [`AlignmentApi`] returns.
//!
//! FRAME-free: the pallet, the runtime and the node all build on it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
pub use sp_arithmetic::Perbill;
use zerog_da_primitives::BlobId;
use zerog_data::Hash;

/// The key type of alignment operators' keys (`zgal`).
pub const OPERATOR_KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"zgal");

/// The alignment nodes as a service of shared staking: licence operators are its operators.
pub struct AlignmentService;

impl zerog_staking_primitives::Service for AlignmentService {
	const ID: zerog_staking_primitives::ServiceId = 3;
	const NAME: &'static [u8] = b"alignment";
	type Offence = AlignmentOffence;
}

/// What the alignment nodes slash operators for; the discriminant is the
/// [`zerog_staking_primitives::OffenceCode`] in staking's slash events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
#[repr(u8)]
pub enum AlignmentOffence {
	/// An operator reported a storage chunk unavailable that its provider then published.
	FalseAuditReport = 0,
}

impl From<AlignmentOffence> for zerog_staking_primitives::OffenceCode {
	fn from(offence: AlignmentOffence) -> Self {
		zerog_staking_primitives::OffenceCode(offence as u8)
	}
}

/// Identifies a licence: the order of minting, `0..MaxLicences`.
pub type LicenceId = u32;
/// Identifies an AI agent: the order of registration.
pub type AgentId = u32;
/// Identifies a report against an agent: the order of filing.
pub type DisputeId = u32;
/// Identifies a failed storage audit awaiting its provider's answer.
pub type AuditId = u32;
/// An alignment epoch: `EpochLength` blocks (a day on mainnet), the unit of heartbeats, audits
/// and reward releases.
pub type AlignmentEpoch = u32;

/// Whom a licence is delegated to.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Delegation<AccountId> {
	/// Not delegated: the licence runs nowhere and earns nothing.
	Undelegated,
	/// Offered to an operator that has not approved it yet.
	Pending(AccountId),
	/// Run by this operator.
	Approved(AccountId),
}

/// What a jury decides about an agent, from the mildest to the most severe.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Verdict {
	/// The report was unfounded.
	Cleared,
	/// The agent misbehaved: it stays allowed, marked, and part of its bond is slashed.
	Flagged,
	/// The agent is refused from now on (`isAgentAllowed` is false) and a larger part of its
	/// bond is slashed.
	Suspended,
}

impl Verdict {
	/// All verdicts, mildest first.
	pub const ALL: [Verdict; 3] = [Verdict::Cleared, Verdict::Flagged, Verdict::Suspended];
}

/// Where an agent stands.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum AgentStatus {
	/// In good standing.
	Active,
	/// Judged to have misbehaved, still allowed.
	Flagged,
	/// Judged to be refused.
	Suspended,
	/// Retired by its owner, bond returned.
	Retired,
}

impl AgentStatus {
	/// The number contracts read through the precompile's `agentStatus`: 1 active, 2 flagged,
	/// 3 suspended, 4 retired (0 is an unknown agent).
	pub fn code(self) -> u8 {
		match self {
			AgentStatus::Active => 1,
			AgentStatus::Flagged => 2,
			AgentStatus::Suspended => 3,
			AgentStatus::Retired => 4,
		}
	}

	/// Whether contracts should accept calls from the agent.
	pub fn is_allowed(self) -> bool {
		matches!(self, AgentStatus::Active | AgentStatus::Flagged)
	}
}

/// Where a dispute stands.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum DisputePhase<BlockNumber> {
	/// Jurors commit `blake2_256(SCALE(verdict, salt))` until `commit_end` (inclusive), then
	/// reveal until `reveal_end` (inclusive); the round closes in the block after.
	Voting {
		/// The last block a commitment is accepted.
		commit_end: BlockNumber,
		/// The last block a reveal is accepted.
		reveal_end: BlockNumber,
	},
	/// The first round's verdict, which the reporter or the agent's owner may appeal until
	/// `until` (inclusive); it applies in the block after.
	Appealable {
		/// The first round's verdict.
		verdict: Verdict,
		/// The last block an appeal is accepted.
		until: BlockNumber,
	},
}

/// A chunk of a storage provider's fragment an audit checks.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct StorageTarget<AccountId> {
	/// The provider audited.
	pub provider: AccountId,
	/// The order the fragment belongs to.
	pub order: u64,
	/// The fragment's index in its order.
	pub fragment: u32,
	/// The fragment's root.
	pub root: Hash,
	/// The fragment's length in bytes.
	pub len: u64,
	/// The 1 KiB chunk of the fragment checked.
	pub chunk: u64,
}

/// A DA cell an audit samples.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct DaTarget {
	/// The certified blob.
	pub blob: BlobId,
	/// Its data root.
	pub data_root: Hash,
	/// The cell's row in the extended square.
	pub row: u32,
	/// The cell's column.
	pub column: u32,
}

/// What an audit checks: drawn for each operator and epoch from the epoch's randomness.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub enum AuditTarget<AccountId> {
	/// A storage provider's latest PoRA proof and one chunk it keeps.
	Storage(StorageTarget<AccountId>),
	/// One cell of a certified DA blob.
	Da(DaTarget),
}

/// What an audit found.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum AuditOutcome {
	/// The target checked out.
	Pass,
	/// The target failed: the chunk or cell did not arrive, or did not verify.
	Fail,
}

/// An audit as an operator reports it on chain.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct AuditReport<AccountId> {
	/// What was checked: one of the targets drawn for the operator this epoch.
	pub target: AuditTarget<AccountId>,
	/// What was found.
	pub outcome: AuditOutcome,
	/// A hash of what the node saw (the bytes fetched, or of the failure), for others to
	/// compare with.
	pub evidence: Hash,
}

/// A licence as [`AlignmentApi::licence`] reports it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct LicenceView<AccountId, Balance, BlockNumber> {
	/// Its owner.
	pub owner: AccountId,
	/// The block it was minted in.
	pub minted_at: BlockNumber,
	/// The first block it may be transferred in.
	pub transferable_at: BlockNumber,
	/// Whom it is delegated to.
	pub delegation: Delegation<AccountId>,
	/// What its owner may claim now, settled epochs included.
	pub rewards: Balance,
}

/// An operator as [`AlignmentApi::operator`] reports it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct OperatorView<Balance> {
	/// The share of its licences' rewards it keeps, fixed at registration.
	pub commission: Perbill,
	/// Licences it runs (approved).
	pub licences: u32,
	/// Whether it sent this epoch's heartbeat.
	pub live: bool,
	/// Audits it reported this epoch.
	pub audits: u32,
	/// Whether its stake in the `alignment` service meets the minimum.
	pub staked: bool,
	/// Commission it may claim now, settled epochs included.
	pub rewards: Balance,
}

/// An agent as [`AlignmentApi::agent`] reports it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct AgentView<AccountId, Balance> {
	/// Its owner.
	pub owner: AccountId,
	/// Its name.
	pub name: Vec<u8>,
	/// The storage-market data root of its model.
	pub model_root: Hash,
	/// The storage-market data roots of its data sets.
	pub data_roots: Vec<Hash>,
	/// The hash of the policy it declares to follow.
	pub policy_hash: Hash,
	/// Its bond, held from the owner.
	pub bond: Balance,
	/// Where it stands.
	pub status: AgentStatus,
	/// The EVM address contracts see it call from (its owner's).
	pub address: sp_core::H160,
	/// Reports against it not yet decided.
	pub open_disputes: u32,
}

/// A juror as [`DisputeView`] lists it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct JurorView<AccountId> {
	/// The licence drawn.
	pub licence: LicenceId,
	/// Its operator when drawn, who votes for it.
	pub operator: AccountId,
	/// 0 for the first round, 1 for the appeal.
	pub round: u8,
	/// Whether it committed.
	pub committed: bool,
	/// Its revealed vote.
	pub vote: Option<Verdict>,
}

/// A dispute as [`AlignmentApi::dispute`] reports it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct DisputeView<AccountId, Balance, BlockNumber> {
	/// The agent reported.
	pub agent: AgentId,
	/// Who reported it.
	pub reporter: AccountId,
	/// The root of the evidence.
	pub evidence_root: Hash,
	/// The reporter's deposit.
	pub deposit: Balance,
	/// Whether it was appealed.
	pub appealed: bool,
	/// Where it stands.
	pub phase: DisputePhase<BlockNumber>,
	/// The jurors of both rounds.
	pub jurors: Vec<JurorView<AccountId>>,
}

/// A decided dispute, kept in the agent's history.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct VerdictRecord<BlockNumber> {
	/// The dispute.
	pub dispute: DisputeId,
	/// The final verdict.
	pub verdict: Verdict,
	/// The block it applied in.
	pub at: BlockNumber,
}

/// The current epoch as [`AlignmentApi::epoch`] reports it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct EpochView<Balance, BlockNumber> {
	/// Its index.
	pub index: AlignmentEpoch,
	/// Its first block.
	pub started_at: BlockNumber,
	/// The block the next epoch starts in.
	pub ends_at: BlockNumber,
	/// Licences run by operators live this epoch so far.
	pub live_licences: u32,
	/// Licences minted.
	pub minted: u32,
	/// Rewards carried over from earlier epochs into this one's budget.
	pub carry: Balance,
	/// Released from the pool since genesis and assigned to epochs.
	pub released: Balance,
	/// Paid out of the pool since genesis.
	pub paid: Balance,
}

sp_api::decl_runtime_apis! {
	/// The AI alignment nodes' state, for nodes, wallets and the operator's worker.
	pub trait AlignmentApi<AccountId, Balance, BlockNumber> where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The current epoch.
		fn epoch() -> EpochView<Balance, BlockNumber>;
		/// A licence.
		fn licence(id: LicenceId) -> Option<LicenceView<AccountId, Balance, BlockNumber>>;
		/// The licences an account owns.
		fn licences_of(owner: AccountId) -> Vec<LicenceId>;
		/// A registered operator.
		fn operator(who: AccountId) -> Option<OperatorView<Balance>>;
		/// An agent.
		fn agent(id: AgentId) -> Option<AgentView<AccountId, Balance>>;
		/// A dispute still open.
		fn dispute(id: DisputeId) -> Option<DisputeView<AccountId, Balance, BlockNumber>>;
		/// An agent's decided disputes, oldest first (the latest ones kept).
		fn verdicts(agent: AgentId) -> Vec<VerdictRecord<BlockNumber>>;
		/// What `who` may claim now: its licences' rewards and its commission as an operator.
		fn pending_rewards(who: AccountId) -> Balance;
		/// The audits drawn for `operator` this epoch that it has not reported yet.
		fn audit_plan(operator: AccountId) -> Vec<AuditTarget<AccountId>>;
		/// Open disputes in which `operator` votes for some licence: (dispute, licence, phase).
		fn jury_duties(operator: AccountId) -> Vec<(DisputeId, LicenceId, DisputePhase<BlockNumber>)>;
	}
}
