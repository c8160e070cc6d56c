//! Building a genesis state from a preset, as the node does: the preset is a JSON patch over
//! the default genesis config.

use serde_json::Value;
use sp_genesis_builder::PresetId;
use zerog_runtime::{genesis, RuntimeGenesisConfig};

/// Applies `patch` to `base` (JSON merge patch, RFC 7386).
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				if value.is_null() {
					base.remove(&key);
				} else {
					merge(base.entry(key).or_insert(Value::Null), value);
				}
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The genesis state of the preset named `name`.
pub fn genesis_of(name: &str) -> sp_io::TestExternalities {
	let patch = genesis::get_preset(&PresetId::from(name)).expect("the preset exists");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, serde_json::from_slice(&patch).expect("the preset is JSON"));
	let full = serde_json::to_vec(&config).unwrap();
	let mut ext = sp_io::TestExternalities::new_empty();
	ext.execute_with(|| {
		frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(full)
			.expect("the preset builds a genesis state")
	});
	ext
}
