#!/usr/bin/env bash
# Sets up a fresh machine, builds zerog-node and runs a development chain on which Alice
# authors and finalizes blocks alone, with its Ethereum JSON-RPC for Metamask and ethers.
#   Substrate RPC (polkadot.js): ws://127.0.0.1:9944
#   Ethereum RPC (Metamask):     http://127.0.0.1:8545, chain id 42424
# The chain starts fresh each run; extra arguments go to the node (for example
# `--base-path .dev-chain` to keep it across runs).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
cargo build --release --locked -p zerog-node
exec "$ZEROG_NODE" --dev --offchain-worker=always --eth-rpc-port=8545 "$@"
