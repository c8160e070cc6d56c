//! The zerog runtime.
//!
//! zerog is a chain for decentralized AI infrastructure: a storage market proven by proofs of
//! random access, a data-availability layer checked by sampling, shared staking, governance,
//! AI alignment nodes and an EVM. This crate is its state-transition function: BABE slots and
//! GRANDPA finality fed by pallet-session, balances in ZG (18 decimals), transaction payment,
//! vesting, multisig, proxies, utility batches, OpenGov (referenda on zerog's own tracks,
//! conviction voting, treasury, whitelist and fellowship; sudo on the dev chain only),
//! pallet-parameters where every protocol tunable lives, and pallet-revive running Solidity contracts for Ethereum wallets ([`evm`]).
//!
//! The basic types (`AccountId32`, `MultiSignature`, `MultiAddress<AccountId, ()>`, `u32` block
//! numbers and nonces, `u128` balances, `u64` moments, BlakeTwo256) are the ones
//! pallet-revive's Ethereum RPC is generated against.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!` expands to deep recursion.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod alignment_precompile;
mod apis;
pub mod configs;
pub mod constants;
pub mod da_precompile;
pub mod eth_block_builder;
pub mod genesis;
mod migrations;
pub mod parameters;
pub mod proxy;
pub mod storage_precompile;
pub mod weights;

pub use apis::RuntimeApi;
pub use configs::evm;
pub use configs::SessionKeys;
pub use parameters::RuntimeParameters;

use alloc::{borrow::Cow, vec::Vec};
use sp_runtime::{
	generic,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

/// A signature: sr25519, ed25519 or ECDSA.
pub type Signature = MultiSignature;
/// An account: the 32-byte public key (or its hash) behind a [`Signature`].
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// A balance in the smallest unit of ZG (10^-18 ZG).
pub type Balance = u128;
/// A block number.
pub type BlockNumber = u32;
/// A transaction counter of an account.
pub type Nonce = u32;
/// A hash of a block or of state.
pub type Hash = sp_core::H256;
/// Milliseconds since the Unix epoch.
pub type Moment = u64;
/// How a transaction names an account.
pub type Address = MultiAddress<AccountId, ()>;
/// A block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// A block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// The SS58 prefix of zerog addresses.
pub const SS58_PREFIX: u16 = 4242;

/// Checks applied to every signed transaction.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	pallet_revive::evm::tx_extension::SetOrigin<Runtime>,
	eth_block_builder::EthBlockBuilderWeight,
	frame_system::WeightReclaim<Runtime>,
);
/// The extensions of a signed Substrate transaction with the given mortality, nonce and tip.
pub fn tx_extension(era: generic::Era, nonce: Nonce, tip: Balance) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(era),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(tip),
		pallet_revive::evm::tx_extension::SetOrigin::<Runtime>::default(),
		eth_block_builder::EthBlockBuilderWeight,
		frame_system::WeightReclaim::<Runtime>::new(),
	)
}
/// A transaction as it appears in a block: a Substrate transaction, or an Ethereum transaction
/// wrapped in `Revive::eth_transact` and checked by [`evm::EthExtraImpl`].
pub type UncheckedExtrinsic =
	pallet_revive::evm::runtime::UncheckedExtrinsic<Address, Signature, evm::EthExtraImpl>;
/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;
/// Storage migrations run on the next runtime upgrade.
pub type Migrations = migrations::Unreleased;

/// The storage market's calls, for clients that build transactions without the pallet crate.
pub type StorageMarketCall = pallet_storage_market::Call<Runtime>;
/// The storage market's errors, for clients that explain a refused transaction.
pub type StorageMarketError = pallet_storage_market::Error<Runtime>;
/// The DA layer's calls, for clients that build them.
pub type DaCommitmentsCall = pallet_da_commitments::Call<Runtime>;
/// The alignment nodes' calls, as the node's operator worker builds them.
pub type AlignmentNodesCall = pallet_alignment_nodes::Call<Runtime>;
/// The DA layer's errors, for clients that explain them.
pub type DaCommitmentsError = pallet_da_commitments::Error<Runtime>;
/// The storage market's index in the runtime, the first byte of its calls and errors.
pub const STORAGE_MARKET_PALLET_INDEX: usize = 21;
/// The DA layer's index in the runtime, the first byte of its calls and errors.
pub const DA_COMMITMENTS_PALLET_INDEX: usize = 22;
/// Dispatches transactions to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// Types the node needs without knowing the runtime's transactions.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// An opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// An opaque block hash.
	pub type Hash = <BlakeTwo256 as sp_runtime::traits::Hash>::Output;
}

/// Declares [`VERSION`] with the given `spec_version` (a literal, as `#[runtime_version]`
/// requires).
macro_rules! runtime_version_with_spec {
	($spec_version:tt) => {
		/// The version of this runtime. Bump `spec_version` for every release whose behaviour
		/// changes (README, "Upgrading the runtime").
		#[runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: Cow::Borrowed("zerog"),
			impl_name: Cow::Borrowed("zerog"),
			authoring_version: 1,
			spec_version: $spec_version,
			impl_version: 1,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 1,
			system_version: 1,
		};
	};
}

#[cfg(not(feature = "spec-bump"))]
runtime_version_with_spec!(100);
// The next release's version, for the runtime-upgrade test (`zerog-runtime-next`).
#[cfg(feature = "spec-bump")]
runtime_version_with_spec!(101);

/// BABE's epoch configuration at genesis: primary slots won by VRF with probability
/// [`constants::time::PRIMARY_PROBABILITY`], secondary VRF slots filling the rest.
pub const BABE_GENESIS_EPOCH_CONFIG: sp_consensus_babe::BabeEpochConfiguration =
	sp_consensus_babe::BabeEpochConfiguration {
		c: constants::time::PRIMARY_PROBABILITY,
		allowed_slots: sp_consensus_babe::AllowedSlots::PrimaryAndSecondaryVRFSlots,
	};

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Babe = pallet_babe;
	#[runtime::pallet_index(3)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(4)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(5)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(6)]
	pub type Offences = pallet_offences;
	// Genesis is built in index order: staking elects era 0 before the session reads it.
	#[runtime::pallet_index(7)]
	pub type Staking = pallet_shared_staking;
	#[runtime::pallet_index(8)]
	pub type Historical = pallet_session::historical;
	#[runtime::pallet_index(9)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(10)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(11)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(12)]
	pub type Multisig = pallet_multisig;
	#[runtime::pallet_index(13)]
	pub type Proxy = pallet_proxy;
	#[runtime::pallet_index(14)]
	pub type Vesting = pallet_vesting;
	#[runtime::pallet_index(15)]
	pub type Parameters = pallet_parameters;
	#[runtime::pallet_index(16)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(17)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(18)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(19)]
	pub type Treasury = pallet_treasury;
	#[runtime::pallet_index(20)]
	pub type Revive = pallet_revive;
	#[runtime::pallet_index(21)]
	pub type StorageMarket = pallet_storage_market;
	#[runtime::pallet_index(22)]
	pub type DaCommitments = pallet_da_commitments;
	#[runtime::pallet_index(23)]
	pub type AlignmentNodes = pallet_alignment_nodes;
	#[runtime::pallet_index(30)]
	pub type ConvictionVoting = pallet_conviction_voting;
	#[runtime::pallet_index(31)]
	pub type Referenda = pallet_referenda;
	#[runtime::pallet_index(32)]
	pub type Origins = pallet_governance;
	#[runtime::pallet_index(33)]
	pub type Whitelist = pallet_whitelist;
	#[runtime::pallet_index(34)]
	pub type FellowshipCollective = pallet_ranked_collective<Instance1>;
	#[runtime::pallet_index(35)]
	pub type FellowshipReferenda = pallet_referenda<Instance2>;
}
