//! The committed chain specs match the runtime's presets. Regenerate them with
//! `scripts/build-chain-specs.sh` after changing a preset.
//!
//! The runtime code embedded in a spec is not compared: its bytes depend on the compiler that
//! built it, so it is checked only to be present.

use serde_json::Value;
use sp_genesis_builder::{PresetId, LOCAL_TESTNET_RUNTIME_PRESET};
use zerog_runtime::{
	constants::currency::{DECIMALS, SYMBOL},
	genesis, SS58_PREFIX,
};

fn committed(file: &str) -> Value {
	let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../chain-specs").join(file);
	let text = std::fs::read_to_string(&path)
		.unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
	serde_json::from_str(&text).expect("the committed chain spec is JSON")
}

fn preset(name: &str) -> Value {
	let bytes = genesis::get_preset(&PresetId::from(name)).expect("the preset exists");
	serde_json::from_slice(&bytes).expect("the preset is JSON")
}

#[test]
fn local_testnet_spec_matches_its_preset() {
	let spec = committed("local-testnet.json");
	let runtime_genesis = &spec["genesis"]["runtimeGenesis"];
	assert_eq!(
		runtime_genesis["patch"],
		preset(LOCAL_TESTNET_RUNTIME_PRESET),
		"chain-specs/local-testnet.json drifted from the `local_testnet` preset; \
		 run scripts/build-chain-specs.sh"
	);
	let code = runtime_genesis["code"].as_str().expect("the spec embeds the runtime");
	assert!(code.starts_with("0x") && code.len() > 1_000);
}

#[test]
fn local_testnet_spec_names_the_token_and_address_format() {
	let spec = committed("local-testnet.json");
	assert_eq!(spec["id"], "zerog_local_testnet");
	assert_eq!(spec["chainType"], "Local");
	let properties = &spec["properties"];
	assert_eq!(properties["tokenSymbol"], SYMBOL);
	assert_eq!(properties["tokenDecimals"], DECIMALS);
	assert_eq!(properties["ss58Format"], SS58_PREFIX);
}
