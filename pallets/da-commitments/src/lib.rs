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
//!   benchmark machine: 5.2 ms + 4.7 ms per blob with 64 signers, almost all of it the 64 fee
//!   transfers; an attestation that does not certify costs a small fraction, which a lazy
//!   payout would let the weight reflect). A valid attestation is free. A blob is
//!   **certified** once its attesters hold at least `Quorum` (2/3) of its epoch's snapshot
//!   stake, before `AttestationWindow` blocks have passed since its submission; otherwise it
//!   **expires**. At certification the fee goes to the attesters in proportion to their stake.
//! * **Retention**: a certified blob is kept `RetentionPeriod` blocks after its attestation
//!   deadline, then pruned. On-chain state per blob does not depend on its length: the
//!   [`Blob`] record, its root index and the list of its attesters.
//! * **Hooks** are bounded: at most `MaxBlobsPerBlock` blobs are submitted per block, and each
//!   block's `on_initialize` expires the blobs submitted `AttestationWindow` blocks before,
//!   prunes those whose retention ends, and snapshots at most `MaxSigners` signers when the
//!   epoch changes.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod assignment;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod lifecycle;
#[cfg(test)]
mod mock;
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
		traits::fungible::{Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::Saturating, Perbill, SaturatedConversion};
	use zerog_da_primitives::{BlobId, BlobState};
	use zerog_data::{blob::BlobLayout, Hash};
	use zerog_staking_primitives::SharedSecurity;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

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
		/// Weights of the calls and hooks.
		type WeightInfo: WeightInfo;
		/// Makes signers and epochs for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The fee of a blob not yet certified or expired.
		BlobFee,
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
		/// `attest` counted no attestation: no blob given, or all already certified.
		NothingToAttest,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let snapshot = Self::select_signers_if_new_epoch();
			let expired = Self::expire(now);
			let pruned = Self::prune(now);
			T::WeightInfo::on_initialize(snapshot, expired, pruned)
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
		/// lines of every blob in `blobs`. Blobs certified since the signer sent the call (by
		/// other attesters earlier in the block) are skipped. Free when every attestation is
		/// valid and one counted; otherwise nothing is recorded and the caller pays.
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

		/// Whether the blob is certified and still retained.
		pub fn is_certified(id: BlobId) -> bool {
			matches!(Blobs::<T>::get(id).map(|b| b.state), Some(BlobState::Certified { .. }))
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
