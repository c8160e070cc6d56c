//! The EVM: pallet-revive running Solidity (EVM bytecode) contracts, reached from Ethereum
//! wallets through `pallet-revive-eth-rpc`.
//!
//! - **Chain id** [`CHAIN_ID`] = 42424 (EIP-155), not used by any network in the
//!   ethereum-lists/chains registry.
//! - **Currency**: ZG has 18 decimals, like ether, so one wei on the EVM side is one unit of
//!   ZG's smallest denomination (`NativeToEthRatio` = 1).
//! - **Transactions**: signed Ethereum transactions (legacy, EIP-2930, EIP-1559) arrive as
//!   `Revive::eth_transact` and are checked by [`EthExtraImpl`], which applies the same
//!   extensions as a Substrate transaction (nonce, weight, fee in ZG) with the origin set from
//!   the recovered Ethereum signer.
//! - **Accounts**: an Ethereum address `A` holds its funds at the Substrate account `A ‖ 0xEE×12`.
//!   A Substrate account `S` is seen by contracts as the last 20 bytes of `keccak256(S)`; new
//!   accounts are mapped automatically ([`pallet_revive::AutoMapper`]), so ZG sent from an
//!   Ethereum wallet to that address reaches `S` itself.
//! - **Gas**: the gas price is `GasScale` wei per gas times the fee multiplier (4 gwei at rest),
//!   so one unit of gas is 40 ns of reference time; fees in ZG are the same as for the
//!   equivalent Substrate transaction.

use crate::{
	constants::currency::deposit, AccountId, Address, Babe, Balance, Balances, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Signature, Timestamp, TxExtension,
};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use frame_system::EnsureSigned;
use pallet_revive::{
	evm::{runtime::EthExtra, tx_extension::SetOrigin},
	AccountId32Mapper,
};
use sp_runtime::{generic::Era, FixedU128, Perbill};

/// The EIP-155 chain id of zerog.
pub const CHAIN_ID: u64 = 42_424;

/// Wei per unit of gas at a fee multiplier of one: 4 gwei.
pub const GAS_SCALE: u32 = 4_000_000_000;

/// Builds the transaction extensions for an Ethereum transaction from its nonce and tip.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct EthExtraImpl;

impl EthExtra for EthExtraImpl {
	type Config = Runtime;
	type ExtensionV0 = TxExtension;
	type ExtensionOtherVersions = sp_runtime::traits::InvalidVersion;

	fn get_eth_extension(nonce: crate::Nonce, tip: Balance) -> TxExtension {
		let mut extension = crate::tx_extension(Era::Immortal, nonce, tip);
		extension.8 = SetOrigin::<Runtime>::new_from_eth_transaction();
		extension
	}
}

parameter_types! {
	pub const DepositPerItem: Balance = deposit(1, 0);
	pub const DepositPerChildTrieItem: Balance = deposit(1, 0) / 100;
	pub const DepositPerByte: Balance = deposit(0, 1);
	/// Share of a code's deposit locked when a contract instantiates it, so code cannot be
	/// removed from under contracts that use it.
	pub const CodeHashLockupDepositPercent: Perbill = Perbill::from_percent(30);
	/// The largest share of a block one Ethereum transaction may use.
	pub MaxEthExtrinsicWeight: FixedU128 = FixedU128::from_rational(9, 10);
}

/// The node memory a block's state changes may take, less the runtime's own memory, times
/// two: pallet-revive requires the storage a block can write (bounded by its ref time at the
/// cheapest storage write) to fit in `(PVFMemory - RuntimeMemory) / 2`. A parachain's
/// validators hold that storage in their PVF's memory; a zerog node holds it in its own (the
/// block's overlay), so the figure is the node's, not a PVF's: 1 GiB, room for the 280 MB the
/// 1.5 s normal class can write.
pub type PvfMemory = ConstU32<{ 1024 * 1024 * 1024 }>;

impl pallet_revive::Config for Runtime {
	type Time = Timestamp;
	type Balance = Balance;
	type Currency = Balances;
	type OnBurn = ();
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeHoldReason = RuntimeHoldReason;
	type WeightInfo = crate::weights::pallet_revive::WeightInfo<Self>;
	type Precompiles = (
		crate::storage_precompile::StorageMarketPrecompile,
		crate::da_precompile::DaPrecompile,
		crate::alignment_precompile::AlignmentPrecompile,
	);
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Babe>;
	type DepositPerByte = DepositPerByte;
	type DepositPerItem = DepositPerItem;
	type DepositPerChildTrieItem = DepositPerChildTrieItem;
	type CodeHashLockupDepositPercent = CodeHashLockupDepositPercent;
	type AddressMapper = AccountId32Mapper<Self>;
	type AllowEVMBytecode = ConstBool<true>;
	type UploadOrigin = EnsureSigned<AccountId>;
	type InstantiateOrigin = EnsureSigned<AccountId>;
	type RuntimeMemory = ConstU32<{ 128 * 1024 * 1024 }>;
	type PVFMemory = PvfMemory;
	type ChainId = ConstU64<CHAIN_ID>;
	type NativeToEthRatio = ConstU32<1>;
	type FeeInfo = pallet_revive::evm::fees::Info<Address, Signature, EthExtraImpl>;
	type Deposit = ();
	type MaxEthExtrinsicWeight = MaxEthExtrinsicWeight;
	type DebugEnabled = ConstBool<false>;
	type AutoMap = ConstBool<true>;
	type GasScale = ConstU32<GAS_SCALE>;
}
