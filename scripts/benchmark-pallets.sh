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
all="pallet_shared_staking:pallets/staking pallet_storage_market:pallets/storage-market pallet_da_commitments:pallets/da-commitments pallet_alignment_nodes:pallets/alignment-nodes"
# pallet-revive's benchmark fixtures need solc and a PolkaVM toolchain; our pallets do not.
SKIP_PALLET_REVIVE_FIXTURES=1 cargo build --release --locked -p zerog-node --features runtime-benchmarks
# The runtime's copy of a pallet's weights: its `SubstrateWeight` implementation as the runtime's
# `WeightInfo`, measurements, storage notes and proof sizes included (re-rendering the JSON
# results with `--json-input` would lose the storage information, hence the proof sizes).
runtime_copy() {
  local pallet="$1" source="$2" target="$3"
  {
    sed -n '1,/^#!\[cfg_attr/p' "$source" | sed '$d' |
      sed "1s/.*/\/\/! Weights of \`$pallet\` that the zerog runtime runs with: the pallet's generated/" |
      sed "2s/.*/\/\/! \`SubstrateWeight\`, from the same run (\`zerog-node benchmark pallet\`, CLI 64.0.0)./"
    printf '#![cfg_attr(rustfmt, rustfmt_skip)]\n#![allow(unused_parens, unused_imports, missing_docs)]\n\n'
    printf 'use core::marker::PhantomData;\nuse frame_support::{traits::Get, weights::Weight};\n\n'
    printf '/// Weights measured on the benchmark machine, with the runtime'"'"'s database weights.\n'
    printf 'pub struct WeightInfo<T>(PhantomData<T>);\n'
    sed -n '/^impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {/,/^}/p' "$source" |
      sed "1s/.*/impl<T: frame_system::Config> $pallet::WeightInfo for WeightInfo<T> {/"
  } > "$target"
}
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
  runtime_copy "$pallet" "$dir/src/weights.rs" "runtime/src/weights/$pallet.rs"
done
