//! The data-availability layer as the node and other pallets see it.
//!
//! * [`DaService`]: the DA layer's place in shared staking's open registry (id 2, its
//!   [`DaOffence`]s), and [`SIGNER_KEY_TYPE`], the key type DA signers attest with.
//! * [`BlobView`], [`BlobState`], [`Lines`]: what the runtime reports about a blob and about
//!   the rows and columns a signer must hold ([`DaApi`]).
//!
//! FRAME-free: the pallet, the runtime and the node all build on it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
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
	/// Pending or certified.
	pub state: BlobState<BlockNumber>,
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
	}
}
