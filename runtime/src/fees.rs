//! How weight and length turn into a fee in ZG.
//!
//! Fees follow the rule pallet-revive requires of its host runtime (`BlockRatioFee`): reference
//! time is priced at a fixed rational `P/Q` per picosecond, and proof size at whatever price
//! makes a block full of proof cost the same as a block full of time. A transaction pays the
//! larger of the two. Keeping the same rule before the EVM arrives means adding pallet-revive
//! changes no fee that users already pay.

use core::marker::PhantomData;
use frame_support::weights::{Weight, WeightToFee};
use frame_system::Config as SystemConfig;
use sp_core::Get;
use sp_runtime::{traits::Saturating, FixedPointNumber, FixedU128, SaturatedConversion};

/// Prices reference time at `P/Q` per picosecond and proof size in proportion to the block
/// limits of `T`, charging the larger of the two.
pub struct BlockRatioWeightToFee<const P: u128, const Q: u128, T, B>(PhantomData<(T, B)>);

impl<const P: u128, const Q: u128, T: SystemConfig, B> BlockRatioWeightToFee<P, Q, T, B> {
	/// Fee per picosecond of reference time.
	pub const REF_TIME_TO_FEE: FixedU128 = {
		assert!(P > 0 && Q > 0, "a zero fee ratio would make blocks free");
		FixedU128::from_rational(P, Q)
	};

	/// Fee per byte of proof size.
	pub fn proof_size_to_fee() -> FixedU128 {
		let max_block = T::BlockWeights::get().max_block;
		let ratio = FixedU128::from_rational(
			max_block.ref_time().into(),
			max_block.proof_size().max(1).into(),
		);
		Self::REF_TIME_TO_FEE.saturating_mul(ratio)
	}
}

impl<const P: u128, const Q: u128, T, B> WeightToFee for BlockRatioWeightToFee<P, Q, T, B>
where
	T: SystemConfig,
	B: sp_runtime::traits::AtLeast32BitUnsigned + Copy + Saturating,
{
	type Balance = B;

	fn weight_to_fee(weight: &Weight) -> B {
		let ref_time_fee =
			Self::REF_TIME_TO_FEE.saturating_mul_int(B::saturated_from(weight.ref_time()));
		let proof_size_fee =
			Self::proof_size_to_fee().saturating_mul_int(B::saturated_from(weight.proof_size()));
		ref_time_fee.max(proof_size_fee)
	}
}
