//! Units of the ZG token and of time.

use crate::{Balance, BlockNumber, Moment};

/// Units of the native token, ZG, which has 18 decimals (so one ZG is worth one ether-unit
/// on the EVM side and the native-to-EVM ratio is 1).
pub mod currency {
	use super::Balance;

	/// Number of decimals of ZG.
	pub const DECIMALS: u8 = 18;
	/// The token symbol shown by wallets.
	pub const SYMBOL: &str = "ZG";
	/// One ZG in its smallest unit.
	pub const ZG: Balance = 1_000_000_000_000_000_000;
	/// A thousandth of a ZG.
	pub const MILLI_ZG: Balance = ZG / 1_000;
	/// A millionth of a ZG.
	pub const MICRO_ZG: Balance = ZG / 1_000_000;
	/// The total genesis supply of the `mainnet` preset: one billion ZG.
	pub const TOTAL_SUPPLY: Balance = 1_000_000_000 * ZG;
	/// The least balance an account may hold and still exist.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_ZG;

	/// A storage deposit: a base per item plus a price per byte.
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		items as Balance * 20 * MILLI_ZG + bytes as Balance * 100 * MICRO_ZG
	}
}

/// Block and epoch timing.
///
/// Blocks come every 3 s. On the 4-validator testnet a block is built, sent and imported well
/// within that, and GRANDPA finalizes two to three blocks behind the head, so halving the 6 s
/// that most Substrate chains use halves the time to inclusion without letting finality fall
/// behind. The share of each block spent on execution is set in `configs::system`.
pub mod time {
	use super::{BlockNumber, Moment};

	/// Target time between blocks.
	pub const MILLISECS_PER_BLOCK: Moment = 3_000;
	/// A BABE slot lasts one target block time.
	pub const SLOT_DURATION: Moment = MILLISECS_PER_BLOCK;

	/// Blocks per minute, hour and day at the target block time.
	pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
	pub const HOURS: BlockNumber = MINUTES * 60;
	pub const DAYS: BlockNumber = HOURS * 24;
	/// A month of 30 days, the unit of the vesting table.
	pub const MONTHS: BlockNumber = DAYS * 30;

	/// A BABE epoch, which is also a session: one minute. Validator-set changes take effect
	/// two sessions after they are planned, so a minute keeps that wait short, and each epoch
	/// brings fresh BABE randomness for storage and sampling challenges. Eras (the staking
	/// period) are `staking.SessionsPerEra` sessions.
	pub const EPOCH_DURATION_IN_SLOTS: BlockNumber = MINUTES;

	/// The chance that a slot has a primary (VRF-won) author: 1/4. Slots nobody wins go to a
	/// secondary author chosen round-robin, so every slot gets a block.
	pub const PRIMARY_PROBABILITY: (u64, u64) = (1, 4);
}
