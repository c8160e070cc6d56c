#!/usr/bin/env bash
# Sets up a fresh machine, builds zerog-node and runs a development chain on which Alice
# authors and finalizes blocks alone. RPC: ws://127.0.0.1:9944. Extra arguments go to the node.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
cargo build --release --locked -p zerog-node
exec "$ZEROG_NODE" --dev --offchain-worker=always "$@"
