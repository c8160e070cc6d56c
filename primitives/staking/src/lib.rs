//! Shared security as the rest of zerog sees it.
//!
//! One bond in the staking pallet backs every *service* its owner opts into as an operator:
//! the chain itself (block production and finality), the storage market, the DA layer, the
//! alignment nodes, and further chains registered by governance. The protocol pallets use
//! [`SharedSecurity`] to find their operators, weigh them by stake and slash them for service
//! offences; another chain uses [`SharedStakingApi`] to take its validator set from this one.
//!
//! This crate is FRAME-free: the staking pallet implements the trait and the runtime wires it
//! into the pallets that need it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_arithmetic::Perbill;

/// Identifies a service in the registry.
pub type ServiceId = u32;

/// The services every zerog chain starts with, and their ids.
pub mod services {
	use super::ServiceId;

	/// This chain: block production (BABE) and finality (GRANDPA).
	pub const CHAIN: ServiceId = 0;
	/// The storage market: keeping erasure-coded fragments and proving them.
	pub const STORAGE: ServiceId = 1;
	/// The data-availability layer: storing and attesting blobs, answering samples.
	pub const DA: ServiceId = 2;
	/// AI alignment nodes: auditing proofs and judging agents.
	pub const ALIGNMENT: ServiceId = 3;
}

/// Why an operator is slashed by a service.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum ServiceOffence {
	/// A storage provider did not prove a fragment in a challenge period.
	MissedStorageProof,
	/// A storage provider sent a proof that does not verify.
	InvalidStorageProof,
	/// A DA operator did not answer a sampling challenge.
	WithheldData,
	/// A DA operator attested to a blob it could not serve, or to a bad encoding.
	BadAttestation,
	/// An alignment node missed its heartbeats or voted against the final verdict.
	AlignmentFault,
	/// A validator of a registered chain equivocated there.
	ChainEquivocation,
}

/// Why a service slash was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SlashError {
	/// No service has this id.
	UnknownService,
	/// The account is not an operator of the service.
	NotAnOperator,
}

/// The staking system as the services see it.
pub trait SharedSecurity<AccountId> {
	/// The balance type of stakes.
	type Balance;

	/// The stake `operator` puts behind `service`: its active bond, if it is an operator of the
	/// service and that bond meets the service's minimum; `None` otherwise.
	fn stake_of(service: ServiceId, operator: &AccountId) -> Option<Self::Balance>;

	/// The operators of `service` whose stake meets its minimum, with that stake.
	fn operators(service: ServiceId) -> Vec<(AccountId, Self::Balance)>;

	/// Slashes `fraction` of `operator`'s active bond for an offence against `service`, capped
	/// by the largest fraction the service may slash. Returns the amount slashed.
	fn slash(
		service: ServiceId,
		operator: &AccountId,
		fraction: Perbill,
		offence: ServiceOffence,
	) -> Result<Self::Balance, SlashError>;

	/// As [`Self::slash`], but the slashed funds go to `beneficiary` (a service's own pot, for
	/// example to pay whoever repairs the offender's damage) instead of the treasury.
	fn slash_to(
		service: ServiceId,
		operator: &AccountId,
		fraction: Perbill,
		offence: ServiceOffence,
		beneficiary: &AccountId,
	) -> Result<Self::Balance, SlashError>;
}

sp_api::decl_runtime_apis! {
	/// Lets another chain take its validators from zerog's shared staking.
	pub trait SharedStakingApi<AccountId, Balance> where
		AccountId: codec::Codec,
		Balance: codec::Codec,
	{
		/// The validators assigned to `service` and the stake behind each, largest first: for
		/// the chain itself, the active era's validators and their total backing; for any other
		/// service, its operators meeting its minimum stake, at most the validator count.
		/// `None` if no such service is registered.
		fn validators_of(service: ServiceId) -> Option<Vec<(AccountId, Balance)>>;

		/// The service registered for the chain with this genesis hash, if any.
		fn service_of_chain(genesis_hash: [u8; 32]) -> Option<ServiceId>;
	}
}
