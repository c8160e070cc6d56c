#!/usr/bin/env bash
# Regenerates the committed chain specs in chain-specs/ from the node's genesis presets.
# `cargo test -p zerog-runtime --test chain_spec` fails when they drift from the presets.
set -euo pipefail
cd "$(dirname "$0")/.."
node_bin="${ZEROG_NODE:-${CARGO_TARGET_DIR:-$HOME/.cache/zerog-target}/release/zerog-node}"
[ -x "$node_bin" ] || { echo "no zerog-node at $node_bin: build it first (cargo build --release -p zerog-node)" >&2; exit 1; }
"$node_bin" export-chain-spec --chain local --output chain-specs/local-testnet.json >/dev/null
echo "wrote chain-specs/local-testnet.json"
