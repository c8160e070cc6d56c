//! Weights of `pallet_alignment_nodes` that the zerog runtime runs with, until
//! `scripts/benchmark-pallets.sh` writes the measured ones here.
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// The pallet's reference weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_alignment_nodes::WeightInfo for WeightInfo<T> {
	fn mint_licences(n: u32, ) -> Weight { <() as pallet_alignment_nodes::WeightInfo>::mint_licences(n) }
	fn transfer_licence() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::transfer_licence() }
	fn register_operator() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::register_operator() }
	fn unregister_operator() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::unregister_operator() }
	fn delegate() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::delegate() }
	fn undelegate() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::undelegate() }
	fn approve_delegation() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::approve_delegation() }
	fn refuse_delegation() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::refuse_delegation() }
	fn drop_licence() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::drop_licence() }
	fn heartbeat() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::heartbeat() }
	fn submit_audit() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::submit_audit() }
	fn answer_audit() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::answer_audit() }
	fn register_agent(r: u32, ) -> Weight { <() as pallet_alignment_nodes::WeightInfo>::register_agent(r) }
	fn update_agent(r: u32, ) -> Weight { <() as pallet_alignment_nodes::WeightInfo>::update_agent(r) }
	fn retire_agent() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::retire_agent() }
	fn report(j: u32, ) -> Weight { <() as pallet_alignment_nodes::WeightInfo>::report(j) }
	fn commit_vote() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::commit_vote() }
	fn reveal_vote() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::reveal_vote() }
	fn appeal(j: u32, ) -> Weight { <() as pallet_alignment_nodes::WeightInfo>::appeal(j) }
	fn claim_rewards(n: u32, ) -> Weight { <() as pallet_alignment_nodes::WeightInfo>::claim_rewards(n) }
	fn on_initialize_idle() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::on_initialize_idle() }
	fn close_epoch() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::close_epoch() }
	fn close_round(j: u32, ) -> Weight { <() as pallet_alignment_nodes::WeightInfo>::close_round(j) }
	fn finalize_dispute(j: u32, ) -> Weight { <() as pallet_alignment_nodes::WeightInfo>::finalize_dispute(j) }
	fn expire_audit() -> Weight { <() as pallet_alignment_nodes::WeightInfo>::expire_audit() }
}
