//! The chains the node knows by name, built from the runtime's genesis presets.

use sc_service::{ChainType, Properties};
use zerog_runtime::{
	constants::currency::{DECIMALS, SYMBOL},
	genesis::MAINNET_RUNTIME_PRESET,
	SS58_PREFIX, WASM_BINARY,
};

/// A chain specification of zerog.
pub type ChainSpec = sc_service::GenericChainSpec;

/// Chain properties that wallets and polkadot-js Apps read to show balances right.
pub fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), SYMBOL.into());
	properties.insert("tokenDecimals".into(), DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"The runtime's wasm was not built; rebuild without SKIP_WASM_BUILD.".to_string()
	})
}

fn from_preset(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_protocol_id("zerog")
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// A single-validator chain for development: Alice authors and finalizes alone.
pub fn development() -> Result<ChainSpec, String> {
	from_preset(
		"zerog Development",
		"zerog_dev",
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
	)
}

/// The four-validator local testnet (Alice, Bob, Charlie, Dave).
pub fn local_testnet() -> Result<ChainSpec, String> {
	from_preset(
		"zerog Local Testnet",
		"zerog_local_testnet",
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	)
}

/// A chain shaped like the main network: the 0G allocation, vesting, no sudo.
pub fn mainnet() -> Result<ChainSpec, String> {
	from_preset("zerog", "zerog_mainnet", ChainType::Live, MAINNET_RUNTIME_PRESET)
}
