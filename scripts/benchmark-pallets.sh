#!/usr/bin/env bash
# Benchmarks zerog's own pallets on this machine and writes, from one run each, the pallet's
# `weights.rs` (its `WeightInfo` trait, used by its own tests) and the runtime's copy in
# `runtime/src/weights/<pallet>.rs` (what the runtime runs with). Builds the node with
# `runtime-benchmarks` first (a separate feature set in the same target directory).
#   scripts/benchmark-pallets.sh [steps] [repeat] [pallet…]   (default: all of ours)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
steps="${1:-50}"
repeat="${2:-20}"
shift $(( $# < 2 ? $# : 2 ))
all="pallet_shared_staking:pallets/staking pallet_storage_market:pallets/storage-market"
# pallet-revive's benchmark fixtures need solc and a PolkaVM toolchain; our pallets do not.
SKIP_PALLET_REVIVE_FIXTURES=1 cargo build --release --locked -p zerog-node --features runtime-benchmarks
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
for entry in $all; do
  pallet="${entry%%:*}"
  dir="${entry#*:}"
  if [ $# -gt 0 ] && [[ " $* " != *" $pallet "* ]]; then continue; fi
  "$ZEROG_NODE" benchmark pallet \
    --chain dev \
    --pallet "$pallet" \
    --extrinsic '*' \
    --steps "$steps" \
    --repeat "$repeat" \
    --wasm-execution compiled \
    --heap-pages 4096 \
    --json-file "$results/$pallet.json" \
    --template scripts/frame-weight-template.hbs \
    --output "$dir/src/weights.rs"
  # The runtime's copy, rendered from the same measurements.
  "$ZEROG_NODE" benchmark pallet \
    --chain dev \
    --pallet "$pallet" \
    --extrinsic '*' \
    --json-input "$results/$pallet.json" \
    --template scripts/runtime-weight-template.hbs \
    --output "runtime/src/weights/$pallet.rs"
done
