//! # AI alignment nodes
//!
//! 0G pays 15% of its supply to "AI alignment nodes" run under soulbound licences but publishes
//! no protocol for them. This pallet is that protocol, open and on chain.
//!
//! * **Licences** ([`licences`]): at most `MaxLicences` (175,500 on mainnet), minted by
//!   `AdminOrigin` (root or an `alignment_admin` referendum) to owners. Soulbound for
//!   `LicenceLockPeriod` blocks after minting, transferable after. An owner `delegate`s a
//!   licence to a registered operator; the delegation is *pending* until the operator
//!   `approve_delegation`s it (or `refuse_delegation`s it); the owner `undelegate`s at once and
//!   the operator may `drop_licence`. Operators `register_operator` with a commission fixed
//!   for good and must be operators of shared staking's `alignment` service, so their stake
//!   answers for what their nodes report. One operator runs any number of licences.
//! * **Liveness and audits** ([`audits`]): each epoch (`EpochLength` blocks, a day on
//!   mainnet) an operator's node sends one `heartbeat` for all its licences and reports the
//!   audits drawn for it from the epoch's randomness: one chunk of a storage provider's proven
//!   fragment (re-checking the provider's latest PoRA proof and fetching the chunk over the
//!   fragment protocol), and one cell of a certified DA blob. A storage audit reported failed
//!   opens an [`AuditChallenge`]: anyone (the provider's node does it from its store) may
//!   publish the chunk with its proof within `AuditAnswerWindow` blocks. Published, the report
//!   is shown wrong and the reporter is slashed `FalseReportSlash` to the publisher (never the
//!   reporter itself); not published, the chunk is verifiably unavailable and the storage
//!   market counts a missed proof against the provider ([`StorageAudits::chunk_unavailable`]).
//!   A provider has one open challenge at most, so one unavailable chunk is one miss. An audit
//!   earns `AuditPoints` per licence its operator runs. An operator that unregisters may not
//!   register again: its commission was fixed for good.
//! * **Agents** ([`agents`]): `register_agent(name, model_root, data_roots, policy_hash, bond)`
//!   with every root stored in the storage market and the bond held; the agent acts from its
//!   owner's EVM address. Owners update and retire agents.
//! * **Disputes** ([`disputes`]): anyone files `report(agent, evidence_root, deposit)`. A jury of
//!   `JurySize` licences is drawn from chain randomness, uniformly over licences run by staked
//!   operators (so by licences held), never one owned or run by the reporter or the agent's
//!   owner. Each juror's operator commits `blake2_256(SCALE((verdict, salt)))` within
//!   `CommitWindow` blocks and reveals within `RevealWindow` more; a reveal not matching its
//!   commitment is refused. The plurality verdict (ties go to the milder) may be appealed once,
//!   by the reporter or the owner, with twice the deposit before a jury twice as large. The
//!   final verdict applies: `Flagged` slashes `FlagSlash` of the bond, `Suspended` slashes
//!   `SuspendSlash` and refuses the agent (`isAgentAllowed` false). The losing deposits and
//!   the bond slash are shared by the jurors who voted with the final verdict; jurors that did
//!   not reveal lose `NoRevealPenalty` of their operator's reward for the epoch.
//! * **Rewards** ([`rewards`]): the `zg/align` pool vests linearly over 36 months. When an
//!   epoch ends, what vested since the last end, plus what earlier epochs left unpaid, is its
//!   budget: `BaseShare` of it is divided by every licence minted, and the share of each
//!   licence run by a live operator is paid; the rest (the bonus) is shared by points, earned
//!   per audit and per vote with a final verdict. The shares of licences not run, the bonus of
//!   an epoch without points, penalties and rounding roll into the next epoch's budget. Of
//!   what an operator's licences earn, its commission goes to it and the rest to the owners
//!   in equal parts per licence; both claim with `claim_rewards`. Payouts never exceed what
//!   the pool released (checked in try-state).
//! * **Bounded hooks**: the epoch change is O(1): no licence or operator is touched. Each
//!   operator's epoch is settled lazily, at its next heartbeat or when anyone claims through
//!   it, and each licence's share is the growth of its operator's reward per licence since its
//!   own snapshot. A block closes at most `MaxDisputesPerBlock` dispute rounds (each at most
//!   `MaxJurors` jurors) and expires at most `MaxAuditsPerBlock` audit challenges.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod agents;
pub mod audits;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod disputes;
pub mod licences;
#[cfg(test)]
mod mock;
mod offchain;
pub mod rewards;
#[cfg(test)]
mod tests;
pub mod traits;
pub mod types;
mod view;
pub mod weights;

pub use pallet::*;
pub use traits::*;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::traits::fungible::Inspect;

/// The balance type of the currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// What the benchmarks need from the runtime beyond this pallet.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Makes `who` (funded by the benchmark) an operator of the `alignment` service with some
	/// stake.
	fn make_operator(who: &AccountId);
	/// Sets `JurySize`.
	fn set_jury_size(seats: u32);
	/// A data root the storage market stores.
	fn stored_root() -> zerog_data::Hash;
	/// Sets the storage market up with a provider proving one fragment of at least 1 MiB, so
	/// that every storage audit draws one of its chunks.
	fn prepare_storage_audit();
	/// The bytes of `target`'s chunk and their proof against its fragment's root.
	fn prove_chunk(
		target: &zerog_alignment_primitives::StorageTarget<AccountId>,
	) -> (alloc::vec::Vec<u8>, zerog_data::Proof);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Mutate, MutateHold},
			Randomness,
		},
	};
	use frame_system::{
		offchain::{AppCrypto, CreateSignedTransaction},
		pallet_prelude::*,
	};
	use sp_runtime::Perbill;
	use zerog_alignment_primitives::{
		AgentId, AlignmentEpoch, AuditId, AuditReport, DisputeId, LicenceId, Verdict, VerdictRecord,
	};
	use zerog_data::{Hash, Proof};
	use zerog_staking_primitives::SharedSecurity;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config + CreateSignedTransaction<Call<Self>> {
		/// The currency of bonds, deposits and rewards.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;
		/// Shared staking: the `alignment` service's operators, their stake and their slashes.
		type Security: SharedSecurity<Self::AccountId, Balance = BalanceOf<Self>>;
		/// Chain randomness for audits and jury draws (BABE's).
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;
		/// Mints licences: root or an `alignment_admin` referendum.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The keyless account holding the 15% reward pool (`zg/align`).
		type RewardPool: Get<Self::AccountId>;
		/// How much of the pool has vested.
		type Released: ReleasedRewards<BalanceOf<Self>>;
		/// Receives what no juror earned (the treasury).
		type PotBeneficiary: Get<Self::AccountId>;
		/// The storage market's stored roots.
		type StoredData: StoredData;
		/// The storage market's audit targets and miss logic.
		type StorageAudits: StorageAudits<Self::AccountId>;
		/// The DA layer's audit targets.
		type DaAudits: DaAudits;
		/// The EVM address of an account.
		type Addresses: AddressOf<Self::AccountId>;
		/// The keys provider nodes answer audit challenges with.
		type ProviderKey: AppCrypto<Self::Public, Self::Signature>;

		/// The most licences that may ever be minted.
		type MaxLicences: Get<u32>;
		/// Blocks after minting before a licence may be transferred.
		type LicenceLockPeriod: Get<BlockNumberFor<Self>>;
		/// Blocks in an epoch.
		type EpochLength: Get<BlockNumberFor<Self>>;
		/// The share of an epoch's budget paid per licence run; the rest is the bonus.
		type BaseShare: Get<Perbill>;
		/// Bonus points per audit reported.
		type AuditPoints: Get<u32>;
		/// Bonus points per vote with a final verdict.
		type VotePoints: Get<u32>;
		/// The share of its epoch reward an operator loses per jury seat it did not reveal.
		type NoRevealPenalty: Get<Perbill>;
		/// Jurors drawn for a first round (twice as many for an appeal).
		type JurySize: Get<u32>;
		/// Blocks jurors have to commit.
		type CommitWindow: Get<BlockNumberFor<Self>>;
		/// Blocks jurors have to reveal, after the commit window.
		type RevealWindow: Get<BlockNumberFor<Self>>;
		/// Blocks in which a first verdict may be appealed.
		type AppealWindow: Get<BlockNumberFor<Self>>;
		/// The least deposit of a report.
		type MinReportDeposit: Get<BalanceOf<Self>>;
		/// The least bond of an agent.
		type MinAgentBond: Get<BalanceOf<Self>>;
		/// The share of a flagged agent's bond slashed.
		type FlagSlash: Get<Perbill>;
		/// The share of a suspended agent's bond slashed.
		type SuspendSlash: Get<Perbill>;
		/// Blocks in which a chunk reported unavailable may be published.
		type AuditAnswerWindow: Get<BlockNumberFor<Self>>;
		/// The share of its stake an operator loses for a storage audit shown wrong.
		type FalseReportSlash: Get<Perbill>;

		/// The most licences minted in one call.
		#[pallet::constant]
		type MaxMintPerCall: Get<u32>;
		/// The most data roots an agent lists.
		#[pallet::constant]
		type MaxDataRoots: Get<u32>;
		/// The most jurors of a dispute, both rounds (at least three times `JurySize`).
		#[pallet::constant]
		type MaxJurors: Get<u32>;
		/// The most licences one `claim_rewards` settles.
		#[pallet::constant]
		type MaxClaim: Get<u32>;
		/// The most dispute rounds closing in one block.
		#[pallet::constant]
		type MaxDisputesPerBlock: Get<u32>;
		/// The most audit challenges expiring in one block.
		#[pallet::constant]
		type MaxAuditsPerBlock: Get<u32>;
		/// The most open disputes per agent.
		#[pallet::constant]
		type MaxOpenDisputes: Get<u32>;
		/// The most verdicts kept per agent (the oldest go first).
		#[pallet::constant]
		type MaxVerdicts: Get<u32>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Makes alignment operators and stored data for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why funds are held.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An agent's bond.
		AgentBond,
		/// A report's or an appeal's deposit.
		DisputeDeposit,
	}

	/// Licences minted so far; the next licence's id.
	#[pallet::storage]
	pub type Minted<T> = StorageValue<_, u32, ValueQuery>;

	/// The licences.
	#[pallet::storage]
	pub type Licences<T: Config> = StorageMap<_, Twox64Concat, LicenceId, Licence<T>>;

	/// The licences each account owns.
	#[pallet::storage]
	pub type LicencesOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, LicenceId, ()>;

	/// Registered operators.
	#[pallet::storage]
	pub type Operators<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, OperatorInfo<T>>;

	/// The current epoch.
	#[pallet::storage]
	pub type CurrentEpoch<T: Config> = StorageValue<_, EpochState<T>, ValueQuery>;

	/// Ended epochs whose operators are not all settled.
	#[pallet::storage]
	pub type ClosedEpochs<T: Config> = StorageMap<_, Twox64Concat, AlignmentEpoch, ClosedEpoch<T>>;

	/// What vested from the pool has been assigned to epochs up to here.
	#[pallet::storage]
	pub type Accounted<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Paid out of the pool since genesis.
	#[pallet::storage]
	pub type Paid<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The next agent's id.
	#[pallet::storage]
	pub type NextAgentId<T> = StorageValue<_, AgentId, ValueQuery>;

	/// Registered agents.
	#[pallet::storage]
	pub type Agents<T: Config> = StorageMap<_, Twox64Concat, AgentId, Agent<T>>;

	/// The agent acting from each EVM address.
	#[pallet::storage]
	pub type AgentByAddress<T> = StorageMap<_, Blake2_128Concat, sp_core::H160, AgentId>;

	/// Each agent's decided disputes, oldest first.
	#[pallet::storage]
	pub type Verdicts<T: Config> = StorageMap<
		_,
		Twox64Concat,
		AgentId,
		BoundedVec<VerdictRecord<BlockNumberFor<T>>, T::MaxVerdicts>,
		ValueQuery,
	>;

	/// The next dispute's id.
	#[pallet::storage]
	pub type NextDisputeId<T> = StorageValue<_, DisputeId, ValueQuery>;

	/// Open disputes.
	#[pallet::storage]
	pub type Disputes<T: Config> = StorageMap<_, Twox64Concat, DisputeId, Dispute<T>>;

	/// The disputes whose round closes (or whose verdict applies) in each block.
	#[pallet::storage]
	pub type DisputeDeadlines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<DisputeId, T::MaxDisputesPerBlock>,
		ValueQuery,
	>;

	/// The next audit challenge's id.
	#[pallet::storage]
	pub type NextAuditId<T> = StorageValue<_, AuditId, ValueQuery>;

	/// Storage audits reported failed, awaiting the chunk.
	#[pallet::storage]
	pub type AuditChallenges<T: Config> = StorageMap<_, Twox64Concat, AuditId, AuditChallenge<T>>;

	/// The provider of each open audit challenge, so a provider has at most one.
	#[pallet::storage]
	pub type ChallengedProviders<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AuditId>;

	/// Operators that unregistered: their commission was fixed for good, so they may not
	/// register again (offers made to them before would be approved at another commission).
	#[pallet::storage]
	pub type FormerOperators<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// The audit challenges expiring in each block (the block after their deadline).
	#[pallet::storage]
	pub type AuditDeadlines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<AuditId, T::MaxAuditsPerBlock>,
		ValueQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Licences `first..first + count` were minted to `owner`.
		LicencesMinted { owner: T::AccountId, first: LicenceId, count: u32 },
		/// A licence changed hands.
		LicenceTransferred { licence: LicenceId, from: T::AccountId, to: T::AccountId },
		/// An operator registered.
		OperatorRegistered { operator: T::AccountId, commission: Perbill },
		/// An operator left.
		OperatorUnregistered { operator: T::AccountId },
		/// A licence was offered to an operator.
		DelegationProposed { licence: LicenceId, operator: T::AccountId },
		/// An operator took a licence on.
		DelegationApproved { licence: LicenceId, operator: T::AccountId },
		/// An operator refused a licence offered to it.
		DelegationRefused { licence: LicenceId, operator: T::AccountId },
		/// A licence stopped running under its operator (undelegated or dropped).
		DelegationEnded { licence: LicenceId, operator: T::AccountId },
		/// An operator is live this epoch with `licences` licences.
		Heartbeat { operator: T::AccountId, epoch: AlignmentEpoch, licences: u32 },
		/// An operator reported an audit.
		AuditReported {
			operator: T::AccountId,
			epoch: AlignmentEpoch,
			report: AuditReport<T::AccountId>,
		},
		/// A storage audit reported failed: the chunk must be published by `deadline`.
		AuditChallenged { audit: AuditId, provider: T::AccountId, deadline: BlockNumberFor<T> },
		/// The chunk was published: the report was wrong and its reporter slashed.
		AuditRefuted { audit: AuditId, reporter: T::AccountId, slashed: BalanceOf<T> },
		/// Nobody published the chunk: the provider is counted as having missed a proof.
		AuditUpheld { audit: AuditId, provider: T::AccountId },
		/// An epoch ended: `budget` (its release plus the carry) was divided.
		EpochClosed {
			epoch: AlignmentEpoch,
			budget: BalanceOf<T>,
			live_licences: u32,
			points: u64,
			carried: BalanceOf<T>,
		},
		/// An operator's epoch was settled: `reward` for its licences, of which `commission`.
		OperatorSettled {
			operator: T::AccountId,
			epoch: AlignmentEpoch,
			reward: BalanceOf<T>,
			commission: BalanceOf<T>,
		},
		/// Rewards paid out of the pool.
		RewardsClaimed { who: T::AccountId, amount: BalanceOf<T> },
		/// An agent was registered.
		AgentRegistered { agent: AgentId, owner: T::AccountId, address: sp_core::H160 },
		/// An agent's roots or policy changed.
		AgentUpdated { agent: AgentId },
		/// An agent was retired and its bond released.
		AgentRetired { agent: AgentId },
		/// An agent was reported and a jury drawn.
		Reported {
			dispute: DisputeId,
			agent: AgentId,
			reporter: T::AccountId,
			jurors: u32,
			commit_end: BlockNumberFor<T>,
			reveal_end: BlockNumberFor<T>,
		},
		/// A juror committed.
		VoteCommitted { dispute: DisputeId, licence: LicenceId },
		/// A juror revealed.
		VoteRevealed { dispute: DisputeId, licence: LicenceId, verdict: Verdict },
		/// A first round ended with `verdict`, appealable until `until`.
		RoundClosed { dispute: DisputeId, verdict: Verdict, until: BlockNumberFor<T> },
		/// A verdict was appealed before `jurors` new jurors.
		Appealed { dispute: DisputeId, appellant: T::AccountId, jurors: u32 },
		/// A dispute was decided: `verdict` applied, `pot` shared by `coherent` jurors.
		Judged {
			dispute: DisputeId,
			agent: AgentId,
			verdict: Verdict,
			pot: BalanceOf<T>,
			coherent: u32,
			missed_reveals: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Minting these would exceed `MaxLicences`.
		SupplyCapReached,
		/// Mint at least one licence, at most `MaxMintPerCall`.
		BadMintCount,
		/// No such licence.
		UnknownLicence,
		/// The caller does not own the licence.
		NotOwner,
		/// The licence is soulbound until its lock period ends.
		Soulbound,
		/// Already registered as an operator.
		AlreadyOperator,
		/// Not a registered operator.
		NotOperator,
		/// Not an operator of the `alignment` service with the minimum stake.
		NotStaked,
		/// The operator still runs licences.
		OperatorHasLicences,
		/// The licence is delegated already: undelegate it first.
		AlreadyDelegated,
		/// The licence is not delegated.
		NotDelegated,
		/// The licence is not pending with the caller.
		NotPendingWithCaller,
		/// The licence is not run by the caller.
		NotRunByCaller,
		/// The heartbeat of this epoch was sent already.
		AlreadyLive,
		/// The operator sent no heartbeat this epoch.
		NotLive,
		/// The report is not about a target drawn for the operator this epoch.
		WrongTarget,
		/// This kind of audit was reported already this epoch.
		AlreadyAudited,
		/// Too many audit challenges end in the same block: report again in the next one.
		TooManyAudits,
		/// No such audit challenge (answered or expired).
		UnknownAudit,
		/// A reporter cannot answer the challenge of its own report.
		OwnAudit,
		/// The account was an operator and left: its commission was fixed for good.
		FormerOperator,
		/// The chunk or its proof does not match the fragment's root.
		InvalidChunk,
		/// A root is not stored in the storage market.
		NotStored,
		/// The bond is below `MinAgentBond`.
		BondTooLow,
		/// The owner's address acts for another live agent already.
		AddressInUse,
		/// No such agent.
		UnknownAgent,
		/// The caller does not own the agent.
		NotAgentOwner,
		/// The agent is retired or suspended.
		AgentInactive,
		/// The agent has open disputes.
		DisputesOpen,
		/// The deposit is below `MinReportDeposit`.
		DepositTooLow,
		/// An agent's owner cannot report its own agent.
		OwnAgent,
		/// The agent has `MaxOpenDisputes` open disputes already.
		TooManyDisputes,
		/// No eligible juror could be drawn.
		NoJurors,
		/// No such open dispute.
		UnknownDispute,
		/// The licence does not sit on the dispute's jury in its current round.
		NotJuror,
		/// The caller does not vote for this juror.
		NotJurorOperator,
		/// The dispute is not in its commit phase.
		NotCommitPhase,
		/// The dispute is not in its reveal phase.
		NotRevealPhase,
		/// The juror committed already.
		AlreadyCommitted,
		/// The juror did not commit.
		NotCommitted,
		/// The juror revealed already.
		AlreadyRevealed,
		/// The verdict and salt do not hash to the commitment.
		RevealMismatch,
		/// The dispute cannot be appealed now (not decided, appealed already, or too late).
		NotAppealable,
		/// Only the reporter or the agent's owner may appeal.
		NotParty,
		/// Nothing to claim.
		NothingToClaim,
		/// The pool cannot pay: it released less than it owes (a fault to look into).
		PoolExhausted,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let mut weight = T::WeightInfo::on_initialize_idle();
			if Self::epoch_ends(now) {
				Self::close_epoch(now);
				weight.saturating_accrue(T::WeightInfo::close_epoch());
			}
			weight.saturating_accrue(Self::close_disputes_due(now));
			weight.saturating_accrue(Self::expire_audits_due(now));
			weight
		}

		fn offchain_worker(now: BlockNumberFor<T>) {
			Self::answer_audit_challenges(now);
		}

		fn integrity_test() {
			assert!(
				T::MaxJurors::get() >= 3,
				"a dispute needs room for a first round and an appeal twice as large"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Mints `count` licences to `owner`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::mint_licences(*count))]
		pub fn mint_licences(
			origin: OriginFor<T>,
			owner: T::AccountId,
			count: u32,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_mint(owner, count)
		}

		/// Transfers a licence whose lock period ended; it leaves its operator.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::transfer_licence())]
		pub fn transfer_licence(
			origin: OriginFor<T>,
			licence: LicenceId,
			to: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transfer(who, licence, to)
		}

		/// Registers the caller, an operator of the `alignment` service, as a licence operator
		/// keeping `commission` of its licences' rewards, for good.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::register_operator())]
		pub fn register_operator(origin: OriginFor<T>, commission: Perbill) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_operator(who, commission)
		}

		/// Offers a licence the caller owns to `operator`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::delegate())]
		pub fn delegate(
			origin: OriginFor<T>,
			licence: LicenceId,
			operator: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_delegate(who, licence, operator)
		}

		/// Takes a licence the caller owns back from its operator (or its offer), at once.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::undelegate())]
		pub fn undelegate(origin: OriginFor<T>, licence: LicenceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_undelegate(who, licence)
		}

		/// Approves a licence offered to the caller: it runs it from now on.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::approve_delegation())]
		pub fn approve_delegation(origin: OriginFor<T>, licence: LicenceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve(who, licence)
		}

		/// Refuses a licence offered to the caller.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::refuse_delegation())]
		pub fn refuse_delegation(origin: OriginFor<T>, licence: LicenceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_refuse(who, licence)
		}

		/// Stops running a licence.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::drop_licence())]
		pub fn drop_licence(origin: OriginFor<T>, licence: LicenceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_drop(who, licence)
		}

		/// Marks the caller's licences live this epoch. Settles its previous epoch first.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::heartbeat())]
		pub fn heartbeat(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_heartbeat(who)?;
			Ok(Pays::No.into())
		}

		/// Reports an audit drawn for the caller this epoch. A failed storage audit opens an
		/// audit challenge.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::submit_audit())]
		pub fn submit_audit(
			origin: OriginFor<T>,
			report: AuditReport<T::AccountId>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_submit_audit(who, report)?;
			Ok(Pays::No.into())
		}

		/// Publishes the chunk of a failed storage audit with its proof against the
		/// fragment's root: the report was wrong, and its reporter is slashed to the caller.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::answer_audit())]
		pub fn answer_audit(
			origin: OriginFor<T>,
			audit: AuditId,
			chunk: BoundedVec<u8, ConstU32<{ zerog_data::CHUNK_LEN as u32 }>>,
			proof: Proof,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_answer_audit(who, audit, chunk.into_inner(), proof)?;
			Ok(Pays::No.into())
		}

		/// Registers an AI agent acting from the caller's EVM address, holding `bond`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::register_agent(data_roots.len() as u32))]
		pub fn register_agent(
			origin: OriginFor<T>,
			name: AgentName,
			model_root: Hash,
			data_roots: BoundedVec<Hash, T::MaxDataRoots>,
			policy_hash: Hash,
			bond: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_agent(who, name, model_root, data_roots, policy_hash, bond)
		}

		/// Changes an agent's model, data and policy.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::update_agent(data_roots.len() as u32))]
		pub fn update_agent(
			origin: OriginFor<T>,
			agent: AgentId,
			model_root: Hash,
			data_roots: BoundedVec<Hash, T::MaxDataRoots>,
			policy_hash: Hash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_agent(who, agent, model_root, data_roots, policy_hash)
		}

		/// Retires an agent without open disputes and releases its bond. A suspended agent's
		/// address stays refused.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::retire_agent())]
		pub fn retire_agent(origin: OriginFor<T>, agent: AgentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_retire_agent(who, agent)
		}

		/// Reports an agent, holding `deposit`; a jury is drawn.
		#[pallet::call_index(14)]
		#[pallet::weight(Pallet::<T>::report_weight())]
		pub fn report(
			origin: OriginFor<T>,
			agent: AgentId,
			evidence_root: Hash,
			deposit: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_report(who, agent, evidence_root, deposit)
		}

		/// Commits the vote of a juror the caller operates: `blake2_256(SCALE((verdict, salt)))`
		/// with a 32-byte salt.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::commit_vote())]
		pub fn commit_vote(
			origin: OriginFor<T>,
			dispute: DisputeId,
			licence: LicenceId,
			commitment: Hash,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_commit(who, dispute, licence, commitment)?;
			Ok(Pays::No.into())
		}

		/// Reveals a committed vote.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::reveal_vote())]
		pub fn reveal_vote(
			origin: OriginFor<T>,
			dispute: DisputeId,
			licence: LicenceId,
			verdict: Verdict,
			salt: [u8; 32],
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_reveal(who, dispute, licence, verdict, salt)?;
			Ok(Pays::No.into())
		}

		/// Appeals a first verdict, holding twice the report's deposit; a jury twice as large
		/// is drawn.
		#[pallet::call_index(17)]
		#[pallet::weight(Pallet::<T>::appeal_weight())]
		pub fn appeal(origin: OriginFor<T>, dispute: DisputeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_appeal(who, dispute)
		}

		/// Pays the caller what `licences` (which it owns) earned, and its commission as an
		/// operator, settling their operators' ended epochs first.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::claim_rewards(licences.len() as u32))]
		pub fn claim_rewards(
			origin: OriginFor<T>,
			licences: BoundedVec<LicenceId, T::MaxClaim>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(who, licences.into_inner())
		}

		/// Unregisters the caller as an operator, once it runs no licence. Its unclaimed
		/// commission is paid.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::unregister_operator())]
		pub fn unregister_operator(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unregister_operator(who)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The seed an audit or a draw of `kind` is derived from, for `subject`.
		pub(crate) fn derive(seed: &[u8], kind: &[u8], subject: &impl Encode) -> [u8; 32] {
			sp_io::hashing::blake2_256(&(seed, kind, subject).encode())
		}

		/// Fresh chain randomness for `subject`.
		pub(crate) fn randomness(subject: &impl Encode) -> [u8; 32] {
			let (random, _) = T::Randomness::random(&subject.encode());
			let mut out = [0u8; 32];
			let bytes = random.encode();
			let len = bytes.len().min(32);
			out[..len].copy_from_slice(&bytes[..len]);
			out
		}
	}
}
