//! Weights of `pallet_storage_market`; replaced by `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions of `pallet_storage_market`.
pub trait WeightInfo {
	fn register_provider() -> Weight;
	fn update_provider() -> Weight;
	fn set_provider_status() -> Weight;
	fn deregister_provider() -> Weight;
	fn place_order(f: u32, p: u32, ) -> Weight;
	fn confirm_fragments(n: u32, ) -> Weight;
	fn submit_proof(c: u32, h: u32, d: u32, ) -> Weight;
	fn renew_order() -> Weight;
	fn set_auto_renew() -> Weight;
	fn prepay() -> Weight;
	fn withdraw_prepaid() -> Weight;
	fn start_period(p: u32, f: u32, ) -> Weight;
	fn expire_order() -> Weight;
}

impl WeightInfo for () {
	fn register_provider() -> Weight { Weight::zero() }
	fn update_provider() -> Weight { Weight::zero() }
	fn set_provider_status() -> Weight { Weight::zero() }
	fn deregister_provider() -> Weight { Weight::zero() }
	fn place_order(_f: u32, _p: u32, ) -> Weight { Weight::zero() }
	fn confirm_fragments(_n: u32, ) -> Weight { Weight::zero() }
	fn submit_proof(_c: u32, _h: u32, _d: u32, ) -> Weight { Weight::zero() }
	fn renew_order() -> Weight { Weight::zero() }
	fn set_auto_renew() -> Weight { Weight::zero() }
	fn prepay() -> Weight { Weight::zero() }
	fn withdraw_prepaid() -> Weight { Weight::zero() }
	fn start_period(_p: u32, _f: u32, ) -> Weight { Weight::zero() }
	fn expire_order() -> Weight { Weight::zero() }
}

/// Placeholder until the generated weights land.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_provider() -> Weight { Weight::zero() }
	fn update_provider() -> Weight { Weight::zero() }
	fn set_provider_status() -> Weight { Weight::zero() }
	fn deregister_provider() -> Weight { Weight::zero() }
	fn place_order(_f: u32, _p: u32, ) -> Weight { Weight::zero() }
	fn confirm_fragments(_n: u32, ) -> Weight { Weight::zero() }
	fn submit_proof(_c: u32, _h: u32, _d: u32, ) -> Weight { Weight::zero() }
	fn renew_order() -> Weight { Weight::zero() }
	fn set_auto_renew() -> Weight { Weight::zero() }
	fn prepay() -> Weight { Weight::zero() }
	fn withdraw_prepaid() -> Weight { Weight::zero() }
	fn start_period(_p: u32, _f: u32, ) -> Weight { Weight::zero() }
	fn expire_order() -> Weight { Weight::zero() }
}
