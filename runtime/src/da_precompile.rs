//! The DA layer seen from Solidity: a precompile at [`DA_ADDRESS`].
//!
//! ```solidity
//! interface IDataAvailability {
//!     // certified: the blob reached the quorum, is retained, and no missed challenge or fraud
//!     // proof undid it; certifiedAt: the block it did; retainedUntil: the last block it is
//!     // kept (both 0 unless certified); confidence: what its samplers' clean reports give,
//!     // in parts per billion (999000000 is 99.9%)
//!     function isAvailable(bytes32 dataRoot) external view returns (bool certified,
//!         uint64 certifiedAt, uint64 retainedUntil, uint32 confidence);
//!     // state: 0 unknown (never submitted, expired or pruned), 1 pending, 2 certified,
//!     // 3 unavailable (attesters that missed challenges fell below the quorum), 4 invalid
//!     // (proven badly encoded)
//!     function blobStatus(bytes32 dataRoot) external view returns (uint8 state,
//!         uint32 confidence);
//! }
//! ```
//!
//! Every call charges the database reads it makes before making them.

use crate::{storage_precompile::read_proof_size, DaCommitments, Runtime};
use alloc::vec::Vec;
use alloy_core::{sol, sol_types::SolCall};
use core::num::NonZero;
use frame_support::weights::Weight;
use pallet_revive::precompiles::{AddressMatcher, Error, Ext, Precompile};
use zerog_da_primitives::BlobState;

sol! {
	interface IDataAvailability {
		function isAvailable(bytes32 dataRoot) external view returns (bool certified, uint64 certifiedAt, uint64 retainedUntil, uint32 confidence);
		function blobStatus(bytes32 dataRoot) external view returns (uint8 state, uint32 confidence);
	}
}

/// The address selector of the precompile: `0x…0B000000`.
const PREFIX: u16 = 0x0B00;
/// The precompile's address, as contracts call it.
pub const DA_ADDRESS: [u8; 20] = {
	let mut address = [0u8; 20];
	let prefix = PREFIX.to_be_bytes();
	address[16] = prefix[0];
	address[17] = prefix[1];
	address
};

/// Reads blob certificates from the DA layer for contracts.
pub struct DaPrecompile;

impl DaPrecompile {
	/// What `isAvailable` and `blobStatus` cost: the root's index, the blob and its sampling
	/// tally, each with its proof.
	pub fn is_available_weight() -> Weight {
		let proof = read_proof_size::<pallet_da_commitments::BlobsByRoot<Runtime>>()
			.saturating_add(read_proof_size::<pallet_da_commitments::Blobs<Runtime>>())
			.saturating_add(read_proof_size::<pallet_da_commitments::Sampling<Runtime>>());
		<Runtime as frame_system::Config>::DbWeight::get()
			.reads(3)
			.saturating_add(Weight::zero().set_proof_size(proof))
	}

	/// The blob committed to `data_root`: its state and its confidence in parts per billion.
	fn lookup(data_root: &[u8; 32]) -> Option<(BlobState<crate::BlockNumber>, u32)> {
		let (id, blob) = DaCommitments::blob_by_root(data_root)?;
		Some((blob.state, DaCommitments::sampling_of(id).confidence.deconstruct()))
	}
}

impl Precompile for DaPrecompile {
	type T = Runtime;
	type Interface = IDataAvailability::IDataAvailabilityCalls;
	const MATCHER: AddressMatcher = AddressMatcher::Fixed(NonZero::new(PREFIX).unwrap());
	const HAS_CONTRACT_INFO: bool = false;

	fn call(
		_address: &[u8; 20],
		input: &Self::Interface,
		env: &mut impl Ext<T = Self::T>,
	) -> Result<Vec<u8>, Error> {
		use IDataAvailability::IDataAvailabilityCalls as Calls;
		match input {
			Calls::isAvailable(call) => {
				env.charge(Self::is_available_weight())?;
				let found = Self::lookup(&call.dataRoot.0);
				let confidence = found.map(|(_, confidence)| confidence).unwrap_or(0);
				let (certified, at, until) = match found {
					Some((BlobState::Certified { at, retained_until }, _)) => {
						(true, at, retained_until)
					},
					_ => (false, 0, 0),
				};
				Ok(IDataAvailability::isAvailableCall::abi_encode_returns(
					&IDataAvailability::isAvailableReturn {
						certified,
						certifiedAt: at.into(),
						retainedUntil: until.into(),
						confidence,
					},
				))
			},
			Calls::blobStatus(call) => {
				env.charge(Self::is_available_weight())?;
				let (state, confidence) = match Self::lookup(&call.dataRoot.0) {
					None => (0, 0),
					Some((state, confidence)) => {
						let code = match state {
							BlobState::Pending { .. } => 1,
							BlobState::Certified { .. } => 2,
							BlobState::Unavailable { .. } => 3,
							BlobState::Invalid { .. } => 4,
						};
						(code, confidence)
					},
				};
				Ok(IDataAvailability::blobStatusCall::abi_encode_returns(
					&IDataAvailability::blobStatusReturn { state, confidence },
				))
			},
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn is_available_charges_both_reads_with_their_proofs() {
		let weight = DaPrecompile::is_available_weight();
		assert_eq!(
			weight.ref_time(),
			<Runtime as frame_system::Config>::DbWeight::get().reads(3).ref_time()
		);
		assert!(weight.proof_size() > 3 * crate::storage_precompile::TRIE_NODE_BYTES * 5);
	}
}
