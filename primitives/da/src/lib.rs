//! The data-availability layer as the node and other pallets see it.
//!
//! * [`DaService`]: the DA layer's place in shared staking's open registry (id 2, its
//!   [`DaOffence`]s), and [`SIGNER_KEY_TYPE`], the key type DA signers attest with.
//! * [`BlobView`], [`BlobState`], [`SamplingSummary`], [`Lines`], [`ChallengeView`]: what the
//!   runtime reports about a blob, its sampling, the rows and columns a signer must hold and
//!   the availability challenges open ([`DaApi`]).
//!
//! FRAME-free: the pallet, the runtime and the node all build on it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
pub use sp_arithmetic::Perbill;
use zerog_data::{blob::BlobLayout, Hash};

/// The key type of DA signers' keys (`zgda`).
pub const SIGNER_KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"zgda");

/// The DA layer as a service of shared staking: DA signers are its operators.
pub struct DaService;

impl zerog_staking_primitives::Service for DaService {
	const ID: zerog_staking_primitives::ServiceId = 2;
	const NAME: &'static [u8] = b"da";
	type Offence = DaOffence;
}

/// What the DA layer slashes signers for; the discriminant is the
/// [`zerog_staking_primitives::OffenceCode`] in staking's slash events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
#[repr(u8)]
pub enum DaOffence {
	/// A signer did not answer an availability challenge on a cell it attested to.
	MissedChallenge = 0,
	/// A signer attested to a blob whose encoding a fraud proof showed bad.
	AttestedBadEncoding = 1,
}

impl From<DaOffence> for zerog_staking_primitives::OffenceCode {
	fn from(offence: DaOffence) -> Self {
		zerog_staking_primitives::OffenceCode(offence as u8)
	}
}

/// Identifies a blob: the order of submission.
pub type BlobId = u64;
/// A DA epoch: a BABE epoch, whose randomness assigns lines to signers.
pub type EpochIndex = u64;
/// Identifies an availability challenge: the order of opening.
pub type ChallengeId = u64;

/// Where a blob is in its life.
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
pub enum BlobState<BlockNumber> {
	/// Waiting for attestations until `deadline`.
	Pending {
		/// The last block in which an attestation counts.
		deadline: BlockNumber,
	},
	/// Attested by at least the quorum of the epoch's DA stake.
	Certified {
		/// The block in which the quorum was reached.
		at: BlockNumber,
		/// The last block the blob is kept.
		retained_until: BlockNumber,
	},
	/// Was certified, but signers that missed availability challenges lost their attestations
	/// and the stake left attesting fell below the quorum.
	Unavailable {
		/// The block in which it fell below the quorum.
		at: BlockNumber,
		/// The last block the blob's record is kept.
		retained_until: BlockNumber,
	},
	/// A fraud proof showed its extended square badly encoded.
	Invalid {
		/// The block the fraud proof was accepted in.
		at: BlockNumber,
		/// The last block the blob's record is kept.
		until: BlockNumber,
	},
}

impl<BlockNumber> BlobState<BlockNumber> {
	/// Whether the blob is certified and no challenge or fraud proof has undone it.
	pub fn is_available(&self) -> bool {
		matches!(self, BlobState::Certified { .. })
	}
}

/// What samplers reported about a certified blob.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct SamplingSummary {
	/// Reports received.
	pub reports: u32,
	/// Cells sampled, over all reports.
	pub sampled: u32,
	/// Cells that arrived with a valid proof, over all reports.
	pub ok: u32,
	/// Cells sampled in the reports in which every cell arrived: what the confidence counts.
	pub clean: u32,
	/// The confidence that the blob is recoverable, `1 − (1 − (k + 1)² / 4k²)^clean`.
	pub confidence: Perbill,
}

/// A blob as the runtime reports it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct BlobView<AccountId, Balance, BlockNumber> {
	/// The blob's identifier.
	pub id: BlobId,
	/// The commitment to every row and column root.
	pub data_root: Hash,
	/// The blob's square.
	pub layout: BlobLayout,
	/// Who submitted it.
	pub submitter: AccountId,
	/// The fee held until certification or expiry.
	pub fee: Balance,
	/// The epoch whose signers and stake snapshot decide it.
	pub epoch: EpochIndex,
	/// The stake of the signers that attested so far.
	pub attested_stake: Balance,
	/// The epoch's total DA stake.
	pub total_stake: Balance,
	/// Pending, certified, unavailable or invalid.
	pub state: BlobState<BlockNumber>,
	/// The signers whose attestations count, in the order they came.
	pub attesters: Vec<AccountId>,
	/// What samplers reported.
	pub sampling: SamplingSummary,
}

/// An availability challenge as the runtime reports it: the attesters assigned the cell's row
/// or column that still owe an answer.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct ChallengeView<AccountId, BlockNumber> {
	/// The challenge's identifier.
	pub id: ChallengeId,
	/// The challenged blob.
	pub blob: BlobId,
	/// Its commitment.
	pub data_root: Hash,
	/// The cell's row in the extended square.
	pub row: u32,
	/// The cell's column in the extended square.
	pub column: u32,
	/// The block whose start closes the challenge: answers count in the blocks before it.
	pub deadline: BlockNumber,
	/// The attesters that have not answered yet.
	pub owed_by: Vec<AccountId>,
}

/// The lines of every blob of an epoch a signer holds: row and column `j` for each `j` with
/// `j mod modulus == residue`, `0 ≤ j < 2k` (see the pallet's `assignment` module).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct Lines {
	/// The signer's residue.
	pub residue: u32,
	/// `min(signers, 2k)`: for a given blob width the modulus is computed with its `2k`.
	pub signers: u32,
}

impl Lines {
	/// The rows (and columns, the same indices) this signer holds in a blob of width `k`.
	pub fn of_width(&self, width: u16) -> Vec<u32> {
		let lines = 2 * u32::from(width);
		let modulus = self.signers.min(lines).max(1);
		(0..lines).filter(|j| j % modulus == self.residue % modulus).collect()
	}
}

sp_api::decl_runtime_apis! {
	/// The DA layer for nodes and clients.
	pub trait DaApi<AccountId, Balance, BlockNumber> where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The blob committed to `data_root`, if it is pending or retained.
		fn blob_by_root(data_root: Hash) -> Option<BlobView<AccountId, Balance, BlockNumber>>;
		/// The blob with this identifier, if it is pending or retained.
		fn blob(id: BlobId) -> Option<BlobView<AccountId, Balance, BlockNumber>>;
		/// The lines `signer` holds of the blobs of `epoch`, if it is one of its signers.
		fn lines_of(epoch: EpochIndex, signer: AccountId) -> Option<Lines>;
		/// The signers of `epoch` with their stake, in assignment order.
		fn signers(epoch: EpochIndex) -> Vec<(AccountId, Balance)>;
		/// The identifier the next blob gets: blobs `0..next_blob_id()` were submitted (the
		/// expired and pruned among them are gone).
		fn next_blob_id() -> BlobId;
		/// The availability challenges open now.
		fn open_challenges() -> Vec<ChallengeView<AccountId, BlockNumber>>;
	}
}
