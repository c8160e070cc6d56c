#!/usr/bin/env bash
# Measures on this machine the weights every other weight stands on, and writes them as
# generated files the runtime uses:
#   runtime/src/weights/rocksdb_weights.rs    a database read and write (`benchmark storage`)
#   runtime/src/weights/block_weights.rs      an empty block (`benchmark overhead`)
#   runtime/src/weights/extrinsic_weights.rs  the base of one extrinsic (`benchmark overhead`)
# The database is measured over a state filled by a realistic load, kept in DIR: a dev chain
# that stored a file through the storage market (`bench-storage.mjs`), then ran the transfer
# bench (`bench-evm.mjs`: Ethereum and Substrate accounts, an ERC-20 contract whose storage is
# in a child trie). Child tries are included. Writes are measured 100 keys per commit, the
# amortised cost of a write in a block that writes many.
#   scripts/benchmark-machine-weights.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
state="${1:-$(mktemp -d)}"
if [ ! -d "$state/chains" ]; then
  # The load runs on the node users run (the benchmark build's runtime differs).
  cargo build --release --locked -p zerog-node
  node scripts/bench-storage.mjs --mib 64 --transports http --keep-chain "$state"
  # Its checks judge the weights the runtime has now, which this script replaces.
  node scripts/bench-evm.mjs --keep-chain "$state" || echo "the load ran; its checks failed (see above)"
fi
SKIP_PALLET_REVIVE_FIXTURES=1 cargo build --release --locked -p zerog-node --features runtime-benchmarks
"$ZEROG_NODE" benchmark storage \
  --chain dev \
  --base-path "$state" \
  --state-version 1 \
  --include-child-trees \
  --batch-size 100 \
  --weight-path runtime/src/weights
"$ZEROG_NODE" benchmark overhead \
  --chain dev \
  --base-path "$state" \
  --weight-path runtime/src/weights
