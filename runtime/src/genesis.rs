//! Genesis presets: `development`, `local_testnet` and `mainnet`.
//!
//! The `mainnet` preset carries 0G's published split of the one-billion-ZG supply:
//!
//! | share | holder | release |
//! | --- | --- | --- |
//! | ecosystem 28% | keyless account `zg/ecosy` | spent by governance |
//! | AI alignment node rewards 15% | keyless account `zg/align` | linear over 36 months from genesis |
//! | community rewards 13% | keyless account `zg/commu` | spent by governance |
//! | team and advisors 22% | team account | 12-month cliff, then linear over 36 months |
//! | backers 22% | backers account | 12-month cliff, then linear over 36 months |
//!
//! Releases are enforced by pallet-vesting locks, so even the alignment pool can only pay out
//! what has vested. The team and backers accounts and the validators of `mainnet` are
//! placeholders derived from the public development phrase; a real launch replaces them in its
//! chain spec.

use crate::{
	constants::{
		currency::{EXISTENTIAL_DEPOSIT, TOTAL_SUPPLY, ZG},
		time::MONTHS,
	},
	AccountId, Balance, BalancesConfig, BlockNumber, OriginsConfig, Runtime, RuntimeGenesisConfig,
	SessionConfig, SessionKeys, StakingConfig, SudoConfig, VestingConfig,
	BABE_GENESIS_EPOCH_CONFIG,
};
use alloc::{vec, vec::Vec};
use frame_support::{build_struct_json_patch, PalletId};
use pallet_governance::TrackTimings;
use pallet_revive::AddressMapper;
use pallet_shared_staking::StakerStatus;
use serde_json::Value;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::{traits::AccountIdConversion, Percent};

/// How many validators the main network elects per era. Its genesis validators hold no bond:
/// they validate from their session keys until bonded validators are elected.
pub const MAINNET_VALIDATOR_COUNT: u32 = 24;

/// Name of the preset shaped like the main network.
pub const MAINNET_RUNTIME_PRESET: &str = "mainnet";

/// What each dev account holds on the `development` and `local_testnet` chains.
pub const DEV_ENDOWMENT: Balance = 1_000_000 * ZG;

/// What each dev validator bonds at genesis (zombienet bonds the same for the validators it
/// adds, and funds their stashes with twice as much).
pub const DEV_VALIDATOR_BOND: Balance = 10_000 * ZG;

/// How many validators dev and test chains elect per era.
pub const DEV_VALIDATOR_COUNT: u32 = 10;

/// Keyless account holding the ecosystem allocation.
pub const ECOSYSTEM_POOL: PalletId = PalletId(*b"zg/ecosy");
/// Keyless account holding the AI alignment node rewards.
pub const ALIGNMENT_REWARDS_POOL: PalletId = PalletId(*b"zg/align");
/// Keyless account holding the community rewards.
pub const COMMUNITY_POOL: PalletId = PalletId(*b"zg/commu");

/// One line of the genesis allocation table.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Allocation {
	/// Share of [`TOTAL_SUPPLY`].
	pub share: Percent,
	/// Where the share is held.
	pub holder: Holder,
	/// How the share is released.
	pub release: Release,
}

/// Who holds an allocation.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Holder {
	/// A keyless account of the runtime.
	Pool(PalletId),
	/// The team and advisors' account.
	Team,
	/// The backers' account.
	Backers,
}

/// How an allocation becomes spendable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Release {
	/// Spendable from genesis.
	Immediate,
	/// Locked, then released in equal amounts per block.
	Vested {
		/// Blocks before anything is released.
		cliff: BlockNumber,
		/// Blocks over which it is released after the cliff.
		duration: BlockNumber,
	},
}

/// 0G's published split of the genesis supply.
pub const GENESIS_ALLOCATION: [Allocation; 5] = [
	Allocation {
		share: Percent::from_percent(28),
		holder: Holder::Pool(ECOSYSTEM_POOL),
		release: Release::Immediate,
	},
	Allocation {
		share: Percent::from_percent(15),
		holder: Holder::Pool(ALIGNMENT_REWARDS_POOL),
		release: Release::Vested { cliff: 0, duration: 36 * MONTHS },
	},
	Allocation {
		share: Percent::from_percent(13),
		holder: Holder::Pool(COMMUNITY_POOL),
		release: Release::Immediate,
	},
	Allocation {
		share: Percent::from_percent(22),
		holder: Holder::Team,
		release: Release::Vested { cliff: 12 * MONTHS, duration: 36 * MONTHS },
	},
	Allocation {
		share: Percent::from_percent(22),
		holder: Holder::Backers,
		release: Release::Vested { cliff: 12 * MONTHS, duration: 36 * MONTHS },
	},
];

/// The accounts a `mainnet` genesis names.
pub struct MainnetAccounts {
	/// Receives the team and advisors' allocation.
	pub team: AccountId,
	/// Receives the backers' allocation.
	pub backers: AccountId,
	/// Initial validators: (stash account, session keys).
	pub validators: Vec<(AccountId, SessionKeys)>,
}

impl MainnetAccounts {
	/// Placeholder accounts for the `mainnet`-shaped preset.
	pub fn placeholders() -> Self {
		Self {
			team: Sr25519Keyring::Eve.to_account_id(),
			backers: Sr25519Keyring::Ferdie.to_account_id(),
			validators: dev_validators(DEV_VALIDATORS.len()),
		}
	}

	fn holder_account(&self, holder: Holder) -> AccountId {
		match holder {
			Holder::Pool(id) => id.into_account_truncating(),
			Holder::Team => self.team.clone(),
			Holder::Backers => self.backers.clone(),
		}
	}
}

/// The Ethereum development accounts (Alith, Baltathar, Charleth, Dorothy, Ethan, Faith) as
/// the substrate accounts that hold their funds: the H160 followed by twelve `0xEE` bytes.
pub fn ethereum_dev_accounts() -> Vec<AccountId> {
	[
		sp_core::hex2array!("f24ff3a9cf04c71dbc94d0b566f7a27b94566cac"),
		sp_core::hex2array!("3cd0a705a2dc65e5b1e1205896baa2be8a07c6e0"),
		sp_core::hex2array!("798d4ba9baf0064ec19eb4f0a1a45785ae9d6dfc"),
		sp_core::hex2array!("773539d4ac0e786233d90a233654ccee26a613d9"),
		sp_core::hex2array!("ff64d3f6efe2317ee2807d223a0bdc4c0c49dfdb"),
		sp_core::hex2array!("c0f0f4ab324c46e55d02d0033343b4be8a55532d"),
	]
	.into_iter()
	.map(|address| {
		<Runtime as pallet_revive::Config>::AddressMapper::to_fallback_account_id(&address.into())
	})
	.collect()
}

/// The validators of the dev and test chains, in order: each is the `//Name//stash` account
/// with `//Name`'s BABE (sr25519) and GRANDPA (ed25519) keys, the layout zombienet writes.
const DEV_VALIDATORS: [(Sr25519Keyring, Ed25519Keyring, Sr25519Keyring); 4] = [
	(Sr25519Keyring::Alice, Ed25519Keyring::Alice, Sr25519Keyring::AliceStash),
	(Sr25519Keyring::Bob, Ed25519Keyring::Bob, Sr25519Keyring::BobStash),
	(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie, Sr25519Keyring::CharlieStash),
	(Sr25519Keyring::Dave, Ed25519Keyring::Dave, Sr25519Keyring::DaveStash),
];

/// The first `count` dev validators as (stash, session keys).
pub fn dev_validators(count: usize) -> Vec<(AccountId, SessionKeys)> {
	DEV_VALIDATORS
		.iter()
		.take(count)
		.map(|(babe, grandpa, stash)| {
			let keys = SessionKeys { babe: babe.public().into(), grandpa: grandpa.public().into() };
			(stash.to_account_id(), keys)
		})
		.collect()
}

fn session_keys(
	validators: &[(AccountId, SessionKeys)],
) -> Vec<(AccountId, AccountId, SessionKeys)> {
	validators.iter().map(|(stash, keys)| (stash.clone(), stash.clone(), keys.clone())).collect()
}

/// The alignment reward pool's line of [`GENESIS_ALLOCATION`]: its account, balance and
/// vesting schedule, which development chains share with the main network so that alignment
/// rewards vest there as they would.
fn alignment_pool_allocation(
) -> ((AccountId, Balance), (AccountId, BlockNumber, BlockNumber, Balance)) {
	let pool: AccountId = ALIGNMENT_REWARDS_POOL.into_account_truncating();
	let line = GENESIS_ALLOCATION
		.iter()
		.find(|line| line.holder == Holder::Pool(ALIGNMENT_REWARDS_POOL))
		.expect("the allocation has an alignment line; qed");
	let Release::Vested { cliff, duration } = line.release else {
		unreachable!("the alignment pool vests; qed")
	};
	((pool.clone(), line.share * TOTAL_SUPPLY), (pool, cliff, duration, 0))
}

/// A chain for development and testing: dev accounts and the Ethereum dev keys funded, the
/// alignment reward pool funded and vesting as on the main network, the given validators, governance on fast timings, and a sudo key if given (the `development`
/// chain only: testnets are governed by referendum).
fn testnet_genesis(validators: Vec<(AccountId, SessionKeys)>, sudo: Option<AccountId>) -> Value {
	let mut endowed: Vec<AccountId> =
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect();
	endowed.extend(ethereum_dev_accounts());
	for (stash, _) in &validators {
		if !endowed.contains(stash) {
			endowed.push(stash.clone());
		}
	}
	let (pool_balance, pool_vesting) = alignment_pool_allocation();
	let mut balances: Vec<(AccountId, Balance)> =
		endowed.into_iter().map(|a| (a, DEV_ENDOWMENT)).collect();
	balances.push(pool_balance);
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		vesting: VestingConfig { vesting: vec![pool_vesting] },
		babe: pallet_babe::GenesisConfig { epoch_config: BABE_GENESIS_EPOCH_CONFIG },
		session: SessionConfig { keys: session_keys(&validators) },
		staking: StakingConfig {
			validator_count: DEV_VALIDATOR_COUNT,
			stakers: validators
				.iter()
				.map(|(stash, _)| {
					(stash.clone(), stash.clone(), DEV_VALIDATOR_BOND, StakerStatus::Validator)
				})
				.collect(),
		},
		origins: OriginsConfig { timings: TrackTimings::Fast },
		sudo: SudoConfig { key: sudo },
	})
}

/// The balances and vesting schedules of [`GENESIS_ALLOCATION`].
pub fn mainnet_balances_and_vesting(
	accounts: &MainnetAccounts,
) -> (Vec<(AccountId, Balance)>, Vec<(AccountId, BlockNumber, BlockNumber, Balance)>) {
	let mut balances = Vec::new();
	let mut vesting = Vec::new();
	for line in GENESIS_ALLOCATION {
		let who = accounts.holder_account(line.holder);
		balances.push((who.clone(), line.share * TOTAL_SUPPLY));
		if let Release::Vested { cliff, duration } = line.release {
			vesting.push((who, cliff, duration, 0));
		}
	}
	(balances, vesting)
}

/// The pallet accounts that must exist from genesis: pallet-revive's, the storage market's and
/// the treasury's (their genesis mints the existential deposit into them otherwise).
fn pallet_accounts() -> [AccountId; 3] {
	[
		pallet_revive::Pallet::<Runtime>::account_id(),
		pallet_storage_market::Pallet::<Runtime>::account_id(),
		pallet_treasury::Pallet::<Runtime>::account_id(),
	]
}

/// Funds the pallet accounts with the existential deposit from the ecosystem pool, keeping the
/// supply exact.
fn fund_pallet_accounts_from_ecosystem(balances: &mut Vec<(AccountId, Balance)>) {
	let ecosystem: AccountId = ECOSYSTEM_POOL.into_account_truncating();
	if let Some((_, held)) = balances.iter_mut().find(|(who, _)| *who == ecosystem) {
		*held = held.saturating_sub(EXISTENTIAL_DEPOSIT * pallet_accounts().len() as Balance);
		balances.extend(pallet_accounts().map(|account| (account, EXISTENTIAL_DEPOSIT)));
	}
}

/// A genesis shaped like the main network: the 0G allocation of exactly 1,000,000,000 ZG and
/// no sudo key.
pub fn mainnet_genesis(accounts: MainnetAccounts) -> Value {
	let (mut balances, vesting) = mainnet_balances_and_vesting(&accounts);
	fund_pallet_accounts_from_ecosystem(&mut balances);
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		vesting: VestingConfig { vesting },
		babe: pallet_babe::GenesisConfig { epoch_config: BABE_GENESIS_EPOCH_CONFIG },
		session: SessionConfig { keys: session_keys(&accounts.validators) },
		staking: StakingConfig { validator_count: MAINNET_VALIDATOR_COUNT },
	})
}

/// The preset with the given name, as JSON.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => {
			testnet_genesis(dev_validators(1), Some(Sr25519Keyring::Alice.to_account_id()))
		},
		LOCAL_TESTNET_RUNTIME_PRESET => testnet_genesis(dev_validators(4), None),
		MAINNET_RUNTIME_PRESET => mainnet_genesis(MainnetAccounts::placeholders()),
		_ => return None,
	};
	Some(serde_json::to_string(&patch).ok()?.into_bytes())
}

/// The names of the presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(MAINNET_RUNTIME_PRESET),
	]
}
