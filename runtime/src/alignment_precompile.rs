//! The AI agent registry seen from Solidity: a precompile at [`ALIGNMENT_ADDRESS`], so that
//! contracts can refuse calls from agents a jury suspended.
//!
//! ```solidity
//! interface IAlignmentNodes {
//!     // true if `agent` is the address of a registered agent that is active or flagged;
//!     // false for a suspended or retired agent and for an address that is no agent
//!     function isAgentAllowed(address agent) external view returns (bool);
//!     // 0 unknown, 1 active, 2 flagged, 3 suspended, 4 retired
//!     function agentStatus(uint32 id) external view returns (uint8);
//! }
//! ```
//!
//! Every call charges the database reads it makes before making them.

use crate::{storage_precompile::read_proof_size, AlignmentNodes, Runtime};
use alloc::vec::Vec;
use alloy_core::{sol, sol_types::SolCall};
use core::num::NonZero;
use frame_support::weights::Weight;
use pallet_revive::precompiles::{AddressMatcher, Error, Ext, Precompile};

sol! {
	interface IAlignmentNodes {
		function isAgentAllowed(address agent) external view returns (bool);
		function agentStatus(uint32 id) external view returns (uint8);
	}
}

/// The address selector of the precompile: `0x…0C000000`.
const PREFIX: u16 = 0x0C00;
/// The precompile's address, as contracts call it.
pub const ALIGNMENT_ADDRESS: [u8; 20] = {
	let mut address = [0u8; 20];
	let prefix = PREFIX.to_be_bytes();
	address[16] = prefix[0];
	address[17] = prefix[1];
	address
};

/// Reads agents' standing from the alignment nodes' registry for contracts.
pub struct AlignmentPrecompile;

impl AlignmentPrecompile {
	/// What `isAgentAllowed` costs: the address's agent id, then the agent, with their proofs.
	pub fn is_agent_allowed_weight() -> Weight {
		let proof = read_proof_size::<pallet_alignment_nodes::AgentByAddress<Runtime>>()
			.saturating_add(read_proof_size::<pallet_alignment_nodes::Agents<Runtime>>());
		<Runtime as frame_system::Config>::DbWeight::get()
			.reads(2)
			.saturating_add(Weight::zero().set_proof_size(proof))
	}

	/// What `agentStatus` costs: the agent, with its proof.
	pub fn agent_status_weight() -> Weight {
		let proof = read_proof_size::<pallet_alignment_nodes::Agents<Runtime>>();
		<Runtime as frame_system::Config>::DbWeight::get()
			.reads(1)
			.saturating_add(Weight::zero().set_proof_size(proof))
	}
}

impl Precompile for AlignmentPrecompile {
	type T = Runtime;
	type Interface = IAlignmentNodes::IAlignmentNodesCalls;
	const MATCHER: AddressMatcher = AddressMatcher::Fixed(NonZero::new(PREFIX).unwrap());
	const HAS_CONTRACT_INFO: bool = false;

	fn call(
		_address: &[u8; 20],
		input: &Self::Interface,
		env: &mut impl Ext<T = Self::T>,
	) -> Result<Vec<u8>, Error> {
		use IAlignmentNodes::IAlignmentNodesCalls as Calls;
		match input {
			Calls::isAgentAllowed(call) => {
				env.charge(Self::is_agent_allowed_weight())?;
				let allowed =
					AlignmentNodes::is_agent_allowed(sp_core::H160(call.agent.into_array()));
				Ok(IAlignmentNodes::isAgentAllowedCall::abi_encode_returns(&allowed))
			},
			Calls::agentStatus(call) => {
				env.charge(Self::agent_status_weight())?;
				let status = AlignmentNodes::agent_status_of(call.id);
				Ok(IAlignmentNodes::agentStatusCall::abi_encode_returns(&status))
			},
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn each_call_charges_its_reads_with_their_proofs() {
		let read = <Runtime as frame_system::Config>::DbWeight::get().reads(1).ref_time();
		assert_eq!(AlignmentPrecompile::is_agent_allowed_weight().ref_time(), 2 * read);
		assert_eq!(AlignmentPrecompile::agent_status_weight().ref_time(), read);
		assert!(
			AlignmentPrecompile::is_agent_allowed_weight().proof_size()
				> AlignmentPrecompile::agent_status_weight().proof_size()
		);
	}
}
