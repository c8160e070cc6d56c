//! # DA commitments
//!
//! Rollups and AI apps post blobs of 1 B … 32 MiB and get an on-chain certificate that the data
//! is available.
//!
//! * **Submission**: `submit_blob(data_root, len)` commits to a blob whose layout follows from
//!   its length ([`zerog_data::blob::BlobLayout`]: a `k × k` square of cells extended to
//!   `2k × 2k`); `data_root` commits every row and column root, so cells, samples and fraud
//!   proofs verify against it. The fee, `BaseFee + ByteFee × extended bytes`, is held from the
//!   submitter until the blob is certified (paid to its attesters) or expires (refunded minus
//!   `ExpiryCharge`).
//! * **Signers** are the operators of shared staking's `da` service (at most `MaxSigners`,
//!   largest stake first). At each epoch change their set and stake are snapshotted and put in
//!   an order drawn from the epoch's randomness; a signer's position decides which rows and
//!   columns of every blob of the epoch it holds ([`assignment`], with the argument that any
//!   `k` lines survive the loss of a third of the signers).
//! * **Attestation**: a signer whose node holds and has checked its lines of some blobs sends
//!   one `attest(blob_ids)` for all of them: one transaction per block per signer rather than
//!   one per blob, so a block carries the attestations of `MaxAttestationsPerCall` blobs per
//!   signer; the weight is linear in the blobs attested, charged at the worst case of each
//!   attestation certifying its blob and paying all `MaxSigners` attesters (measured on the
//!   benchmark machine: 1.4 ms + 1.8 ms per blob with 64 signers, almost all of it the 64 fee
//!   transfers; an attestation that does not certify costs a small fraction, which a lazy
//!   payout would let the weight reflect). A valid attestation is free. A blob is
//!   **certified** once its attesters hold at least `Quorum` (2/3) of its epoch's snapshot
//!   stake, before `AttestationWindow` blocks have passed since its submission; otherwise it
//!   **expires**. At certification the fee (less the samplers' share) goes to the attesters
//!   in proportion to their stake. Signers that attest a certified blob later count as its
//!   attesters too (so its challenges bind them, and revoking one does not drop the blob below
//!   the quorum at once) but are not paid. A blob records its epoch's signer count and total
//!   stake, so its lines and quorum are known after the epoch's snapshot is dropped.
//! * **Retention**: a certified blob is kept `RetentionPeriod` blocks after its attestation
//!   deadline, then pruned. On-chain state per blob does not depend on its length: the
//!   [`Blob`] record, its root index and the list of its attesters.
//! * **Sampling**: staked samplers (`Samplers`: DA operators, alignment operators) check a
//!   certified blob by drawing random cells and verifying them against `data_root`, then send
//!   `report_samples(blob, sampled, ok)`. At most `MaxSampleReports` reports per blob, one per
//!   sampler; the cells of the reports in which every cell arrived add up to the blob's
//!   **confidence**, `1 − (1 − (k + 1)² / 4k²)^clean` ([`zerog_data::sampling`]): an adversary
//!   must withhold at least `(k + 1)² / 4k²` of the extended square to make it unrecoverable,
//!   and each clean sample misses the withheld part with at most the remaining probability.
//!   `SamplerShare` of the fee is kept back at certification and paid, report by report, to
//!   the samplers; what no sampler earned is refunded when the blob is pruned.
//! * **Availability challenges**: anyone, with `ChallengeDeposit`, calls
//!   `challenge(blob, row, column)` on a certified blob. Every attester assigned the cell's row
//!   or column owes `respond(blob, row, column, cell, proof)` within `ChallengeWindow` blocks,
//!   checked here against `data_root` ([`zerog_data::blob::verify_cell`]); the answered cell is
//!   published in the event. At the deadline each attester that did not answer is slashed
//!   `MissSlash` through shared staking (offence `MissedChallenge`) and its attestation
//!   revoked; a blob whose attested stake falls below the quorum becomes **unavailable**. If
//!   every one answered, the challenge was frivolous and the deposit goes to the responders;
//!   otherwise it is refunded.
//! * **Bad-encoding fraud proofs**: `report_bad_encoding(blob, proof)`: `k` cells of one row
//!   or column, each proven against `data_root`, that decode to a line whose hash is not the
//!   committed root ([`zerog_data::blob::check_fraud_proof`]). The blob becomes **invalid**,
//!   every attester is slashed `FraudSlash` (offence `AttestedBadEncoding`) to the reporter,
//!   and what is still held of the submitter's fee goes to the reporter too. A proof that
//!   shows the line consistent costs the reporter `FraudDeposit`. Its weight is measured at
//!   the worst case, `k = 128` cells of 2 KiB (a 32 MiB blob): 6.0 ms + 60 µs per attester
//!   slashed on the benchmark machine, almost all of it the 128 cell proofs and the decode.
//! * **Hooks** are bounded: at most `MaxBlobsPerBlock` blobs are submitted per block, and each
//!   block's `on_initialize` expires the blobs submitted `AttestationWindow` blocks before,
//!   prunes those whose retention ends, snapshots at most `MaxSigners` signers when the
//!   epoch changes, and closes the at most `MaxChallengesPerBlock` challenges whose window
//!   ends, each slashing at most `MaxSigners` attesters.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod assignment;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod challenges;
mod fraud;
mod lifecycle;
pub mod migrations;
#[cfg(test)]
mod mock;
mod sampling;
#[cfg(test)]
mod tests;
pub mod types;
pub mod view;
pub mod weights;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::traits::fungible::Inspect;
use zerog_da_primitives::EpochIndex;

/// The balance type of the currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The epoch the chain is in and the randomness that orders its signers.
pub trait EpochSource {
	/// The current epoch's index and randomness.
	fn current() -> (EpochIndex, [u8; 32]);
}

/// What the benchmarks need from the runtime beyond this pallet.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Makes `who` (funded by the benchmark) an operator of the `da` service with some stake.
	fn make_signer(who: &AccountId);
	/// Moves the chain to its next epoch.
	fn next_epoch();
}

/// A fraction given exactly as `numerator / denominator` (2/3 is not a `Perbill`).
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	codec::MaxEncodedLen,
	scale_info::TypeInfo,
)]
pub struct Ratio {
	/// The numerator.
	pub numerator: u32,
	/// The denominator, not zero.
	pub denominator: u32,
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Mutate, MutateHold},
			Contains,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::Saturating, Perbill, SaturatedConversion};
	use zerog_da_primitives::{BlobId, BlobState, ChallengeId, SamplingSummary};
	use zerog_data::{
		blob::{BlobLayout, CellProof, FraudProof},
		Hash,
	};
	use zerog_staking_primitives::SharedSecurity;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency fees are held and paid in.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;
		/// Shared staking: the `da` service's operators and their stake.
		type Security: SharedSecurity<Self::AccountId, Balance = BalanceOf<Self>>;
		/// The epoch and its randomness.
		type Epochs: EpochSource;
		/// Who receives the charge kept from the fee of an expired blob.
		type ChargeBeneficiary: Get<Self::AccountId>;
		/// The fee of any blob.
		type BaseFee: Get<BalanceOf<Self>>;
		/// The fee per byte of the extended square.
		type ByteFee: Get<BalanceOf<Self>>;
		/// Blocks after submission in which attestations count.
		type AttestationWindow: Get<BlockNumberFor<Self>>;
		/// Blocks a certified blob is kept after its attestation deadline.
		type RetentionPeriod: Get<BlockNumberFor<Self>>;
		/// The share of an epoch's DA stake whose attestations certify a blob.
		type Quorum: Get<Ratio>;
		/// The share of an expired blob's fee that is not refunded.
		type ExpiryCharge: Get<Perbill>;
		/// The longest blob accepted (at most 32 MiB, the layout's limit).
		type MaxBlobLen: Get<u32>;
		/// The most blobs submitted in one block.
		#[pallet::constant]
		type MaxBlobsPerBlock: Get<u32>;
		/// The most blobs submitted in one block, a tunable at most `MaxBlobsPerBlock`.
		type BlobsPerBlock: Get<u32>;
		/// The most signers an epoch has.
		#[pallet::constant]
		type MaxSigners: Get<u32>;
		/// The most blobs one `attest` covers.
		#[pallet::constant]
		type MaxAttestationsPerCall: Get<u32>;
		/// How many epochs' signer snapshots are kept (those whose blobs may still be pending).
		#[pallet::constant]
		type EpochsKept: Get<u32>;
		/// Who may report samples: staked samplers.
		type Samplers: Contains<Self::AccountId>;
		/// The share of a blob's fee kept back at certification to pay its samplers.
		type SamplerShare: Get<Perbill>;
		/// The most sample reports a blob takes.
		#[pallet::constant]
		type MaxSampleReports: Get<u32>;
		/// The most cells one report counts.
		#[pallet::constant]
		type MaxSamplesPerReport: Get<u32>;
		/// Blocks the attesters of a challenged cell have to answer.
		type ChallengeWindow: Get<BlockNumberFor<Self>>;
		/// What a challenger puts down, lost to the responders if every one answers.
		type ChallengeDeposit: Get<BalanceOf<Self>>;
		/// The share of an attester's bond slashed for a challenge it did not answer.
		type MissSlash: Get<Perbill>;
		/// The share of an attester's bond slashed for attesting a badly encoded blob.
		type FraudSlash: Get<Perbill>;
		/// What a fraud proof that shows a consistent line costs its reporter.
		type FraudDeposit: Get<BalanceOf<Self>>;
		/// The most challenges open on one blob at once.
		#[pallet::constant]
		type MaxChallengesPerBlob: Get<u32>;
		/// The most challenges opened in one block (all close in the same later block).
		#[pallet::constant]
		type MaxChallengesPerBlock: Get<u32>;
		/// Weights of the calls and hooks.
		type WeightInfo: WeightInfo;
		/// Makes signers and epochs for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The fee of a blob not yet certified or expired, and its samplers' share after.
		BlobFee,
		/// The deposit of an open availability challenge.
		ChallengeDeposit,
	}

	/// The identifier the next blob gets.
	#[pallet::storage]
	pub type NextBlobId<T> = StorageValue<_, BlobId, ValueQuery>;

	/// Pending and retained blobs.
	#[pallet::storage]
	pub type Blobs<T: Config> = StorageMap<_, Twox64Concat, BlobId, Blob<T>>;

	/// Blobs by their `data_root` (chosen by the submitter, hence hashed).
	#[pallet::storage]
	pub type BlobsByRoot<T> = StorageMap<_, Blake2_128Concat, Hash, BlobId>;

	/// The signers that attested each blob, with their position and stake.
	#[pallet::storage]
	pub type Attesters<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlobId,
		BoundedVec<Attestation<T>, <T as Config>::MaxSigners>,
		ValueQuery,
	>;

	/// The epoch of the latest signer snapshot.
	#[pallet::storage]
	pub type CurrentEpoch<T> = StorageValue<_, EpochIndex>;

	/// The signers of the last `EpochsKept` epochs.
	#[pallet::storage]
	pub type EpochSigners<T: Config> = StorageMap<_, Twox64Concat, EpochIndex, SignerSet<T>>;

	/// The blobs that expire at the start of each block unless certified.
	#[pallet::storage]
	pub type Deadlines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<BlobId, <T as Config>::MaxBlobsPerBlock>,
		ValueQuery,
	>;

	/// The certified blobs pruned at the start of each block.
	#[pallet::storage]
	pub type Retention<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<BlobId, <T as Config>::MaxBlobsPerBlock>,
		ValueQuery,
	>;

	/// Sample reports of certified blobs.
	#[pallet::storage]
	pub type Sampling<T: Config> = StorageMap<_, Twox64Concat, BlobId, SampleTally<T>>;

	/// The identifier the next challenge gets.
	#[pallet::storage]
	pub type NextChallengeId<T> = StorageValue<_, ChallengeId, ValueQuery>;

	/// Open availability challenges.
	#[pallet::storage]
	pub type Challenges<T: Config> = StorageMap<_, Twox64Concat, ChallengeId, Challenge<T>>;

	/// The open challenges of each blob.
	#[pallet::storage]
	pub type OpenChallenges<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlobId,
		BoundedVec<ChallengeId, <T as Config>::MaxChallengesPerBlob>,
		ValueQuery,
	>;

	/// The challenges whose window ends at the start of each block.
	#[pallet::storage]
	pub type ChallengeDeadlines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<ChallengeId, <T as Config>::MaxChallengesPerBlock>,
		ValueQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A blob was committed; it is certified or expires by `deadline`.
		BlobSubmitted {
			id: BlobId,
			data_root: Hash,
			submitter: T::AccountId,
			len: u32,
			fee: BalanceOf<T>,
			epoch: EpochIndex,
			deadline: BlockNumberFor<T>,
		},
		/// A signer attested that it holds its lines of a blob.
		Attested { id: BlobId, signer: T::AccountId, stake: BalanceOf<T> },
		/// A blob's attesters reached the quorum; its fee was paid to them.
		BlobCertified {
			id: BlobId,
			data_root: Hash,
			attested_stake: BalanceOf<T>,
			total_stake: BalanceOf<T>,
			retained_until: BlockNumberFor<T>,
		},
		/// A blob was not certified in time: its fee was refunded minus the charge.
		BlobExpired { id: BlobId, data_root: Hash, refunded: BalanceOf<T>, charged: BalanceOf<T> },
		/// A certified blob's retention ended.
		BlobPruned { id: BlobId, data_root: Hash },
		/// A new epoch's signers were drawn.
		SignersSelected { epoch: EpochIndex, signers: u32, total_stake: BalanceOf<T> },
		/// A sampler reported on a certified blob.
		SamplesReported {
			id: BlobId,
			sampler: T::AccountId,
			sampled: u32,
			ok: u32,
			confidence: Perbill,
			reward: BalanceOf<T>,
		},
		/// A cell of a certified blob was challenged; `owed_by` attesters must answer by
		/// `deadline`.
		ChallengeOpened {
			challenge: ChallengeId,
			id: BlobId,
			row: u32,
			column: u32,
			challenger: T::AccountId,
			owed_by: u32,
			deadline: BlockNumberFor<T>,
		},
		/// An attester answered a challenge with the cell, proven: the cell is public.
		ChallengeAnswered {
			challenge: ChallengeId,
			id: BlobId,
			row: u32,
			column: u32,
			signer: T::AccountId,
			cell: alloc::vec::Vec<u8>,
		},
		/// An attester did not answer a challenge in time: slashed, its attestation revoked.
		ChallengeMissed {
			challenge: ChallengeId,
			id: BlobId,
			signer: T::AccountId,
			slashed: BalanceOf<T>,
			revoked_stake: BalanceOf<T>,
		},
		/// A challenge ended: `missed` attesters did not answer; the deposit went to the
		/// responders if none missed, back to the challenger otherwise.
		ChallengeClosed { challenge: ChallengeId, id: BlobId, missed: u32 },
		/// Revoked attestations left a certified blob below the quorum.
		BlobUnavailable {
			id: BlobId,
			data_root: Hash,
			attested_stake: BalanceOf<T>,
			total_stake: BalanceOf<T>,
		},
		/// A fraud proof showed a blob badly encoded: its attesters were slashed to the
		/// reporter, who also got what was held of the fee.
		BlobInvalid {
			id: BlobId,
			data_root: Hash,
			reporter: T::AccountId,
			attesters_slashed: u32,
			slashed: BalanceOf<T>,
			fee_taken: BalanceOf<T>,
		},
		/// An attester of a badly encoded blob was slashed.
		AttesterSlashed { id: BlobId, signer: T::AccountId, slashed: BalanceOf<T> },
		/// A fraud proof showed the line consistent: the reporter lost its deposit.
		FraudProofRejected { id: BlobId, reporter: T::AccountId, deposit: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A blob must hold at least one byte.
		EmptyBlob,
		/// The blob is longer than the largest accepted.
		BlobTooLarge,
		/// A blob with this `data_root` is already pending or retained.
		AlreadySubmitted,
		/// The epoch has no DA signers to hold the blob.
		NoSigners,
		/// The block already carries the most blobs it may.
		TooManyBlobsInBlock,
		/// The submitter cannot pay the fee.
		CannotPayFee,
		/// No blob has this identifier (never submitted, expired or pruned).
		UnknownBlob,
		/// The caller is not a signer of the blob's epoch.
		NotASigner,
		/// The caller already attested this blob.
		AlreadyAttested,
		/// The blob's epoch is no longer kept.
		UnknownEpoch,
		/// `attest` counted no attestation: no blob given, or all unavailable or invalid.
		NothingToAttest,
		/// The caller is not a staked sampler.
		NotASampler,
		/// A report must count at least one and at most `MaxSamplesPerReport` cells, and no
		/// more arrived than were sampled.
		InvalidReport,
		/// Only a certified, available blob is sampled or challenged.
		NotCertified,
		/// The caller already reported on this blob.
		AlreadyReported,
		/// The blob took the most sample reports it may.
		TooManyReports,
		/// The row or column is outside the blob's extended square.
		CellOutOfSquare,
		/// The blob's retention ends before a challenge's window would.
		RetentionEndsTooSoon,
		/// This cell of the blob is already challenged.
		AlreadyChallenged,
		/// The blob has the most open challenges it may.
		TooManyChallenges,
		/// The block already opened the most challenges it may.
		TooManyChallengesInBlock,
		/// No attester of the blob but the challenger holds the cell's row or column.
		NoAttesterHolds,
		/// The challenger cannot put down the deposit.
		CannotPayDeposit,
		/// No open challenge of this cell of the blob.
		NoSuchChallenge,
		/// The caller owes no answer to this challenge.
		NotOwed,
		/// The caller already answered this challenge.
		AlreadyAnswered,
		/// The cell or its proof does not verify against the blob's `data_root`.
		InvalidCell,
		/// The blob is already proven badly encoded.
		AlreadyInvalid,
		/// The fraud proof's cells do not verify against the blob's `data_root`, or are
		/// fewer than `k`.
		InvalidFraudProof,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let snapshot = Self::select_signers_if_new_epoch();
			let closed = Self::close_challenges(now);
			let expired = Self::expire(now);
			let pruned = Self::prune(now);
			T::WeightInfo::on_initialize(snapshot, expired, pruned).saturating_add(closed)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Commits to a blob of `len` bytes whose extended square commits to `data_root`, and
		/// holds its fee.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::submit_blob())]
		pub fn submit_blob(origin: OriginFor<T>, data_root: Hash, len: u32) -> DispatchResult {
			let submitter = ensure_signed(origin)?;
			Self::do_submit(submitter, data_root, len)
		}

		/// Attests, as a signer of their epochs, that the caller's node holds and checked its
		/// lines of every blob in `blobs`. An attestation of a certified blob counts too (the
		/// signer answers to its challenges) but earns nothing; unavailable and invalid blobs
		/// are skipped. Free when every attestation is valid and one counted; otherwise nothing
		/// is recorded and the caller pays.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::attest(blobs.len() as u32))]
		pub fn attest(
			origin: OriginFor<T>,
			blobs: BoundedVec<BlobId, T::MaxAttestationsPerCall>,
		) -> DispatchResultWithPostInfo {
			let signer = ensure_signed(origin)?;
			let mut attested = 0u32;
			for id in blobs {
				if Self::attest_one(&signer, id)? == AttestOutcome::Counted {
					attested.saturating_inc();
				}
			}
			ensure!(attested > 0, Error::<T>::NothingToAttest);
			Ok(Pays::No.into())
		}

		/// Reports, as a staked sampler, that of `sampled` random cells of the certified blob
		/// `id`, `ok` arrived with proofs that verify against its `data_root`. One report per
		/// sampler and blob; free when accepted, and paid from the samplers' share of the fee.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::report_samples())]
		pub fn report_samples(
			origin: OriginFor<T>,
			id: BlobId,
			sampled: u32,
			ok: u32,
		) -> DispatchResultWithPostInfo {
			let sampler = ensure_signed(origin)?;
			Self::do_report_samples(sampler, id, sampled, ok)?;
			Ok(Pays::No.into())
		}

		/// Challenges the attesters of the certified blob `id` that hold row `row` or column
		/// `column` to publish that cell, putting down `ChallengeDeposit`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::challenge())]
		pub fn challenge(
			origin: OriginFor<T>,
			id: BlobId,
			row: u32,
			column: u32,
		) -> DispatchResult {
			let challenger = ensure_signed(origin)?;
			Self::do_challenge(challenger, id, row, column)
		}

		/// Answers the open challenge of cell (`row`, `column`) of blob `id` with the cell and
		/// its proof through its row or its column. Free when the answer is owed and valid.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::respond())]
		pub fn respond(
			origin: OriginFor<T>,
			id: BlobId,
			row: u32,
			column: u32,
			cell: alloc::vec::Vec<u8>,
			proof: CellProof,
		) -> DispatchResultWithPostInfo {
			let signer = ensure_signed(origin)?;
			Self::do_respond(signer, id, row, column, cell, proof)?;
			Ok(Pays::No.into())
		}

		/// Proves blob `id` badly encoded: `k` cells of one of its lines, each proven, that
		/// decode to a line whose hash is not that line's committed root. Free when it holds;
		/// a proof showing the line consistent costs `FraudDeposit`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::report_bad_encoding(T::MaxSigners::get()))]
		pub fn report_bad_encoding(
			origin: OriginFor<T>,
			id: BlobId,
			proof: FraudProof,
		) -> DispatchResultWithPostInfo {
			let reporter = ensure_signed(origin)?;
			Self::do_report_bad_encoding(reporter, id, proof)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The fee of a blob with this layout: the base plus the bytes of its extended square.
		pub fn fee_of(layout: &BlobLayout) -> BalanceOf<T> {
			let extended = u64::from(layout.extended_width()).pow(2) * u64::from(layout.cell_len);
			let bytes: BalanceOf<T> = extended.saturated_into();
			T::BaseFee::get().saturating_add(T::ByteFee::get().saturating_mul(bytes))
		}

		/// The blob with this `data_root`.
		pub fn blob_by_root(data_root: &Hash) -> Option<(BlobId, Blob<T>)> {
			let id = BlobsByRoot::<T>::get(data_root)?;
			Blobs::<T>::get(id).map(|blob| (id, blob))
		}

		/// The cell an outside audit drawn with `draw` samples: a certified blob among the
		/// `AUDIT_WINDOW` latest, the first certified one from a drawn place looking back at
		/// most `AUDIT_SCAN` blobs, and a cell of its extended square. `None` if none of those
		/// is certified.
		pub fn audit_draw(draw: [u8; 32]) -> Option<(BlobId, Hash, u32, u32)> {
			const AUDIT_WINDOW: u64 = 64;
			const AUDIT_SCAN: u64 = 8;
			let word = |i: usize| u64::from_le_bytes(draw[i * 8..i * 8 + 8].try_into().expect("8"));
			let next = NextBlobId::<T>::get();
			let latest = next.checked_sub(1)?;
			let start = latest.saturating_sub(word(0) % AUDIT_WINDOW.min(next));
			(0..AUDIT_SCAN).filter_map(|back| start.checked_sub(back)).find_map(|id| {
				let blob = Blobs::<T>::get(id)?;
				matches!(blob.state, BlobState::Certified { .. }).then_some(())?;
				let width = u64::from(blob.layout.extended_width());
				Some((id, blob.data_root, (word(1) % width) as u32, (word(2) % width) as u32))
			})
		}

		/// Whether the blob is certified and still retained.
		pub fn is_certified(id: BlobId) -> bool {
			matches!(Blobs::<T>::get(id).map(|b| b.state), Some(BlobState::Certified { .. }))
		}

		/// What samplers reported about blob `id` (nothing before it is certified).
		pub fn sampling_of(id: BlobId) -> SamplingSummary {
			Sampling::<T>::get(id).map(|tally| tally.summary).unwrap_or_default()
		}
	}
}

/// One signer's attestation of a blob.
#[derive(
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	codec::MaxEncodedLen,
	scale_info::TypeInfo,
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Attestation<T: Config> {
	/// The signer.
	pub signer: T::AccountId,
	/// Its position in the epoch's order, which decides its lines.
	pub position: u32,
	/// Its stake in the epoch's snapshot.
	pub stake: BalanceOf<T>,
}
