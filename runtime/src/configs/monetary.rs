//! Money: balances in ZG, transaction fees (80% to the treasury, 20% and every tip to the
//! block's author, as on Polkadot), and vesting schedules.

use crate::{
	configs::governance::TreasuryAccount, constants::currency::*, parameters::dynamic_params,
	weights, AccountId, Authorship, Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason, System,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::{Balanced, Credit},
		tokens::imbalance::ResolveTo,
		ConstU128, ConstU32, ConstU8, Imbalance, OnUnbalanced, VariantCountOf, WithdrawReasons,
	},
	weights::ConstantMultiplier,
};
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use sp_runtime::{traits::ConvertInto, FixedPointNumber, Perquintill};

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = weights::pallet_balances::WeightInfo<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// Blocks should be a quarter full on average; fees rise above that and fall below it.
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// Fees never fall below their base: pallet-revive needs a multiplier above zero.
	pub MinimumMultiplier: Multiplier = Multiplier::from_u32(1);
	pub MaximumMultiplier: Multiplier = Multiplier::saturating_from_integer(100_000);
}

/// Reference time costs 10^5 of the smallest unit per picosecond, proof size the same per
/// share of the block (the rule pallet-revive requires to convert gas to weight): a balance transfer
/// (about 0.2 ms of execution) costs about 0.00002 ZG before the length fee.
pub type WeightToFee = pallet_revive::evm::fees::BlockRatioFee<100_000, 1, Runtime, Balance>;

/// Pays the block's author; the treasury when there is no author or the credit cannot be
/// paid to it.
pub struct ToAuthor;

impl OnUnbalanced<Credit<AccountId, Balances>> for ToAuthor {
	fn on_nonzero_unbalanced(amount: Credit<AccountId, Balances>) {
		let unpaid = match Authorship::author() {
			Some(author) => match Balances::resolve(&author, amount) {
				Ok(()) => return,
				Err(unpaid) => unpaid,
			},
			None => amount,
		};
		ResolveTo::<TreasuryAccount, Balances>::on_unbalanced(unpaid);
	}
}

/// Splits what a transaction pays: of the fee 80% to the treasury and 20% to the block's
/// author, the tip wholly to the author.
pub struct DealWithFees;

impl OnUnbalanced<Credit<AccountId, Balances>> for DealWithFees {
	fn on_unbalanceds(mut fee_then_tip: impl Iterator<Item = Credit<AccountId, Balances>>) {
		if let Some(fee) = fee_then_tip.next() {
			let (to_treasury, to_author) = fee.ration(80, 20);
			ResolveTo::<TreasuryAccount, Balances>::on_unbalanced(to_treasury);
			ToAuthor::on_unbalanced(to_author);
		}
		for tip in fee_then_tip {
			ToAuthor::on_unbalanced(tip);
		}
	}
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, DealWithFees>;
	type WeightToFee = WeightToFee;
	type LengthToFee = ConstantMultiplier<Balance, dynamic_params::fees::TransactionByteFee>;
	type FeeMultiplierUpdate = TargetedFeeAdjustment<
		Self,
		TargetBlockFullness,
		AdjustmentVariable,
		MinimumMultiplier,
		MaximumMultiplier,
	>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

parameter_types! {
	pub UnvestedFundsAllowedWithdrawReasons: WithdrawReasons =
		WithdrawReasons::except(WithdrawReasons::TRANSFER | WithdrawReasons::RESERVE);
}

impl pallet_vesting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BlockNumberToBalance = ConvertInto;
	type MinVestedTransfer = ConstU128<ZG>;
	type WeightInfo = pallet_vesting::weights::SubstrateWeight<Runtime>;
	type UnvestedFundsAllowedWithdrawReasons = UnvestedFundsAllowedWithdrawReasons;
	type BlockNumberProvider = System;
	const MAX_VESTING_SCHEDULES: u32 = 28;
}
