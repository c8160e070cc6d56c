//! Governance as it stands: root (sudo on the chains that keep it) administers the protocol
//! parameters, grouped by area in `pallet-parameters`.

use crate::{AccountId, Runtime, RuntimeCall, RuntimeEvent, RuntimeParameters};
use frame_support::traits::AsEnsureOriginWithArg;
use frame_system::EnsureRoot;

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

impl pallet_parameters::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	type AdminOrigin = AsEnsureOriginWithArg<EnsureRoot<AccountId>>;
	type WeightInfo = ();
}
