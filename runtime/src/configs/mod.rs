//! The configuration of every pallet in the runtime, one module per area of the chain:
//!
//! | module | pallets |
//! | --- | --- |
//! | [`system`] | System, Timestamp, Utility, Multisig, Proxy; block limits; transactions built in the runtime |
//! | [`consensus`] | Babe, Grandpa, Authorship, Offences, Session, Historical |
//! | [`monetary`] | Balances, TransactionPayment (fees to the treasury and the block author), Vesting |
//! | [`governance`] | Origins, Referenda, ConvictionVoting, Scheduler, Preimage, Treasury, Whitelist, FellowshipCollective, FellowshipReferenda, Parameters, Sudo |
//! | [`staking`] | Staking (shared security) |
//! | [`storage`] | StorageMarket |
//! | [`da`] | DaCommitments |
//! | [`alignment`] | AlignmentNodes |
//! | [`evm`] | Revive (the EVM) and its Ethereum transaction extension |

pub mod alignment;
pub mod consensus;
pub mod da;
pub mod evm;
pub mod governance;
pub mod monetary;
pub mod staking;
pub mod storage;
pub mod system;

pub use consensus::SessionKeys;
