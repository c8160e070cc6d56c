//! Weights of `pallet_alignment_nodes`: the `WeightInfo` trait. The measured
//! `SubstrateWeight` is written here by `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions of `pallet_alignment_nodes`.
pub trait WeightInfo {
	fn mint_licences(n: u32, ) -> Weight;
	fn transfer_licence() -> Weight;
	fn register_operator() -> Weight;
	fn unregister_operator() -> Weight;
	fn delegate() -> Weight;
	fn undelegate() -> Weight;
	fn approve_delegation() -> Weight;
	fn refuse_delegation() -> Weight;
	fn drop_licence() -> Weight;
	fn heartbeat() -> Weight;
	fn submit_audit() -> Weight;
	fn answer_audit() -> Weight;
	fn register_agent(r: u32, ) -> Weight;
	fn update_agent(r: u32, ) -> Weight;
	fn retire_agent() -> Weight;
	fn report(j: u32, ) -> Weight;
	fn commit_vote() -> Weight;
	fn reveal_vote() -> Weight;
	fn appeal(j: u32, ) -> Weight;
	fn claim_rewards(n: u32, ) -> Weight;
	fn on_initialize_idle() -> Weight;
	fn close_epoch() -> Weight;
	fn close_round(j: u32, ) -> Weight;
	fn finalize_dispute(j: u32, ) -> Weight;
	fn expire_audit() -> Weight;
}

impl WeightInfo for () {
	fn mint_licences(_: u32, ) -> Weight { Weight::zero() }
	fn transfer_licence() -> Weight { Weight::zero() }
	fn register_operator() -> Weight { Weight::zero() }
	fn unregister_operator() -> Weight { Weight::zero() }
	fn delegate() -> Weight { Weight::zero() }
	fn undelegate() -> Weight { Weight::zero() }
	fn approve_delegation() -> Weight { Weight::zero() }
	fn refuse_delegation() -> Weight { Weight::zero() }
	fn drop_licence() -> Weight { Weight::zero() }
	fn heartbeat() -> Weight { Weight::zero() }
	fn submit_audit() -> Weight { Weight::zero() }
	fn answer_audit() -> Weight { Weight::zero() }
	fn register_agent(_: u32, ) -> Weight { Weight::zero() }
	fn update_agent(_: u32, ) -> Weight { Weight::zero() }
	fn retire_agent() -> Weight { Weight::zero() }
	fn report(_: u32, ) -> Weight { Weight::zero() }
	fn commit_vote() -> Weight { Weight::zero() }
	fn reveal_vote() -> Weight { Weight::zero() }
	fn appeal(_: u32, ) -> Weight { Weight::zero() }
	fn claim_rewards(_: u32, ) -> Weight { Weight::zero() }
	fn on_initialize_idle() -> Weight { Weight::zero() }
	fn close_epoch() -> Weight { Weight::zero() }
	fn close_round(_: u32, ) -> Weight { Weight::zero() }
	fn finalize_dispute(_: u32, ) -> Weight { Weight::zero() }
	fn expire_audit() -> Weight { Weight::zero() }
}
