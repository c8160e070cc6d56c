//! What the pallet stores about blobs and epochs.

use crate::{BalanceOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use zerog_da_primitives::{BlobId, BlobState, EpochIndex, SamplingSummary};
use zerog_data::{blob::BlobLayout, Hash};

/// A blob committed on chain: constant size, whatever the blob's length.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Blob<T: Config> {
	/// The commitment to every row and column root.
	pub data_root: Hash,
	/// The blob's square, from its length.
	pub layout: BlobLayout,
	/// Who submitted and paid.
	pub submitter: T::AccountId,
	/// The fee held from the submitter until certification or expiry.
	pub fee: BalanceOf<T>,
	/// The epoch whose signers decide the blob.
	pub epoch: EpochIndex,
	/// How many signers that epoch has: with an attester's position, it decides the lines
	/// the attester holds ([`crate::assignment`]), long after the epoch's snapshot is gone.
	pub signers: u32,
	/// That epoch's total DA stake, the base of the quorum.
	pub total_stake: BalanceOf<T>,
	/// The stake of the signers that attested so far.
	pub attested_stake: BalanceOf<T>,
	/// Pending until its deadline, or certified and retained.
	pub state: BlobState<BlockNumberFor<T>>,
}

/// An epoch's signers and their stake, in assignment order: the signer at index `p` holds the
/// lines of position `p` ([`crate::assignment`]).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct SignerSet<T: Config> {
	/// The signers with their stake.
	pub signers: BoundedVec<(T::AccountId, BalanceOf<T>), T::MaxSigners>,
	/// Their total stake, the base of the quorum.
	pub total_stake: BalanceOf<T>,
}

impl<T: Config> SignerSet<T> {
	/// The position and stake of `who` in this set.
	pub fn find(&self, who: &T::AccountId) -> Option<(u32, BalanceOf<T>)> {
		self.signers
			.iter()
			.position(|(signer, _)| signer == who)
			.map(|p| (p as u32, self.signers[p].1))
	}
}

/// What one attestation in an `attest` call did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttestOutcome {
	/// It counted: towards the quorum of a pending blob, or as one more attester of a
	/// certified one (answerable to its challenges).
	Counted,
	/// The blob is unavailable, invalid, or gone (expired or pruned): skipped.
	Closed,
}

/// What samplers reported about a certified blob, and what is left to pay them.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct SampleTally<T: Config> {
	/// Who reported, once each.
	pub samplers: BoundedVec<T::AccountId, T::MaxSampleReports>,
	/// The reports' totals and the confidence they give.
	pub summary: SamplingSummary,
	/// What each report is paid.
	pub reward: BalanceOf<T>,
	/// What is left of the samplers' share of the fee, still held from the submitter.
	pub pot: BalanceOf<T>,
}

/// An open availability challenge of one cell of a certified blob.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Challenge<T: Config> {
	/// The challenged blob.
	pub blob: BlobId,
	/// The cell's row in the extended square.
	pub row: u32,
	/// The cell's column in the extended square.
	pub column: u32,
	/// Who opened it.
	pub challenger: T::AccountId,
	/// Held from the challenger: the responders' if every one answers, refunded otherwise.
	pub deposit: BalanceOf<T>,
	/// The block whose start closes the challenge: answers count in the blocks before it.
	pub deadline: BlockNumberFor<T>,
	/// The attesters assigned the cell's row or column when it was opened.
	pub owed_by: BoundedVec<T::AccountId, T::MaxSigners>,
	/// Those of them that answered with the cell and a valid proof.
	pub answered: BoundedVec<T::AccountId, T::MaxSigners>,
}

impl<T: Config> Challenge<T> {
	/// The attesters that owe an answer and did not give one.
	pub fn missing(&self) -> impl Iterator<Item = &T::AccountId> {
		self.owed_by.iter().filter(|who| !self.answered.contains(who))
	}
}
