//! The storage migrations the next runtime upgrade runs, oldest first. Each is versioned: it
//! runs only if its pallet's on-chain storage version is the one it migrates from, so a chain
//! started from a newer genesis skips it. Released migrations are removed from the list with
//! the `spec_version` that carried them.

use crate::Runtime;

/// Migrations not yet applied on every zerog network.
pub type Unreleased = (
	pallet_storage_market::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_storage_market::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_storage_market::migrations::v3::MigrateV2ToV3<Runtime>,
	pallet_da_commitments::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_shared_staking::migrations::v1::MigrateV0ToV1<Runtime>,
);
