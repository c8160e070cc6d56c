//! Consensus: BABE slots and randomness, GRANDPA finality, sessions and their keys, block
//! authorship (era points) and offence reports, all fed by shared staking.

use crate::{
	constants::{currency::deposit, time::*},
	AccountId, Babe, Balances, Historical, Offences, Runtime, RuntimeEvent, Session,
};
use alloc::vec::Vec;
use frame_support::{parameter_types, traits::ConstU128};
use sp_runtime::{
	impl_opaque_keys,
	traits::{ConvertInto, OpaqueKeys},
};

parameter_types! {
	pub const EpochDuration: u64 = EPOCH_DURATION_IN_SLOTS as u64;
	pub const ExpectedBlockTime: crate::Moment = MILLISECS_PER_BLOCK;
	/// How long (in blocks) a report of equivocation stays valid in the pool.
	pub const ReportLongevity: u64 = EPOCH_DURATION_IN_SLOTS as u64 * 6;
	pub const MaxAuthorities: u32 = 100;
	pub const MaxNominators: u32 = 512;
	pub const MaxSetIdSessionEntries: u64 = 168;
}

impl pallet_babe::Config for Runtime {
	type EpochDuration = EpochDuration;
	type ExpectedBlockTime = ExpectedBlockTime;
	type EpochChangeTrigger = pallet_babe::ExternalTrigger;
	type DisabledValidators = Session;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = MaxNominators;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_babe::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = MaxNominators;
	type MaxSetIdSessionEntries = MaxSetIdSessionEntries;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Babe>;
	type EventHandler = crate::Staking;
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OnOffenceHandler = crate::Staking;
}

impl_opaque_keys! {
	/// The keys a validator registers for a session. Field names follow the convention
	/// zombienet writes into chain specs (`babe`, `grandpa`).
	pub struct SessionKeys {
		pub babe: Babe,
		pub grandpa: crate::Grandpa,
	}
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = Babe;
	type NextSessionRotation = Babe;
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, crate::Staking>;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = pallet_session::disabling::UpToLimitDisablingStrategy;
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = ConstU128<{ deposit(1, 64) }>;
}

/// Validators are identified by their account alone in historical sessions: their exposures
/// stay in the staking pallet, which slashing reads by era.
pub struct UnitIdentification;
impl sp_runtime::traits::Convert<AccountId, Option<()>> for UnitIdentification {
	fn convert(_: AccountId) -> Option<()> {
		Some(())
	}
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = UnitIdentification;
}
