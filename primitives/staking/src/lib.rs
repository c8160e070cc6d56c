//! Shared security as the rest of zerog sees it.
//!
//! One bond in the staking pallet backs every *service* its owner opts into as an operator:
//! the chain itself (block production and finality), the storage market, the DA layer, the
//! alignment nodes, and further chains registered by governance. The protocol pallets use
//! [`SharedSecurity`] to find their operators, weigh them by stake and slash them for service
//! offences; another chain uses [`SharedStakingApi`] to take its validator set from this one.
//!
//! The registry is open: a service declares its id, name and offences on its own side
//! ([`Service`]), and tells staking through [`ServiceObligations`] whether an operator may
//! leave it. This crate is FRAME-free: the staking pallet implements [`SharedSecurity`] and
//! the runtime wires it, the declarations and the obligations into the pallets.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_arithmetic::Perbill;

/// Identifies a service in the registry.
pub type ServiceId = u32;

/// The service every zerog chain has: block production (BABE) and finality (GRANDPA),
/// operated by the validators. The staking pallet itself declares it; every other service is
/// declared by the pallet that offers it, through [`Service`].
pub const CHAIN_SERVICE: ServiceId = 0;

/// A service that operators of shared staking run, declared on the side of the pallet (or
/// runtime) that offers it, the way `sp_staking::offence::Offence` declares its `ID`: staking
/// knows no service by name, the runtime lists the declarations it registers at genesis.
pub trait Service {
	/// Its id in the registry: distinct per service, never [`CHAIN_SERVICE`].
	const ID: ServiceId;
	/// Its name in the registry.
	const NAME: &'static [u8];
	/// The offences it slashes operators for.
	type Offence: Into<OffenceCode> + Copy;

	/// The declaration the runtime hands to staking's genesis.
	fn declaration() -> ServiceDeclaration {
		ServiceDeclaration { id: Self::ID, name: Self::NAME }
	}
}

/// A service as the staking registry is told of it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ServiceDeclaration {
	/// [`Service::ID`].
	pub id: ServiceId,
	/// [`Service::NAME`].
	pub name: &'static [u8],
}

/// An offence as staking records it in its slash events: the number the offending service
/// gives it among its own offences (each service documents its numbering beside its
/// [`Service::Offence`] type).
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
pub struct OffenceCode(pub u8);

/// Offences staking itself slashes for, on behalf of the chains registered with it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum ChainOffence {
	/// A validator of a registered chain equivocated there.
	Equivocation = 0,
}

impl From<ChainOffence> for OffenceCode {
	fn from(offence: ChainOffence) -> Self {
		OffenceCode(offence as u8)
	}
}

/// Why a service slash was refused.
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
pub enum SlashError {
	/// No service has this id.
	UnknownService,
	/// The account is not an operator of the service.
	NotAnOperator,
}

/// Why a service keeps an operator from leaving it.
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
pub enum Obligation {
	/// It holds data it must keep and prove (storage fragments, DA lines) until the data is
	/// reassigned or its order ends: leaving now would take its stake out of reach of the
	/// slashes its data may still earn.
	HoldsData,
	/// It has a duty in progress (an open challenge, a vote) it could escape by leaving.
	PendingDuty,
}

/// What a service answers when staking asks whether an operator may stop operating it: by
/// opting out, or by unbonding its whole stake. Each service implements it on its side; the
/// runtime hands staking a tuple of them, asked in order until one refuses.
pub trait ServiceObligations<AccountId> {
	/// `Ok` if `operator` may stop operating `service` now; otherwise what it still owes.
	fn may_leave(service: ServiceId, operator: &AccountId) -> Result<(), Obligation>;
}

#[impl_trait_for_tuples::impl_for_tuples(8)]
impl<AccountId> ServiceObligations<AccountId> for Tuple {
	fn may_leave(service: ServiceId, operator: &AccountId) -> Result<(), Obligation> {
		for_tuples!( #( Tuple::may_leave(service, operator)?; )* );
		Ok(())
	}
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
		offence: OffenceCode,
	) -> Result<Self::Balance, SlashError>;

	/// As [`Self::slash`], but the slashed funds go to `beneficiary` (a service's own pot, for
	/// example to pay whoever repairs the offender's damage) instead of the treasury.
	fn slash_to(
		service: ServiceId,
		operator: &AccountId,
		fraction: Perbill,
		offence: OffenceCode,
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
