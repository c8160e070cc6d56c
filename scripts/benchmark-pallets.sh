#!/usr/bin/env bash
# Benchmarks pallets on this machine with the zerog runtime. For zerog's own pallets it writes,
# from one run each, the pallet's `weights.rs` (its `WeightInfo` trait, used by its own tests)
# and the runtime's copy in `runtime/src/weights/<pallet>.rs` (what the runtime runs with). For
# the upstream pallets on the transaction path (system and its transaction extensions,
# balances, timestamp, transaction payment, revive) and the runtime's Ethereum block builder
# count (`eth_block_builder`) it writes `runtime/src/weights/<pallet>.rs`. Builds
# the node with `runtime-benchmarks` first (a separate feature set in the same target directory).
#   scripts/benchmark-pallets.sh [steps] [repeat] [pallet…]   (default: all of them)
# Each benchmark repeats for at least MIN_DURATION seconds (default 10, the CLI's own).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
steps="${1:-50}"
repeat="${2:-20}"
shift $(( $# < 2 ? $# : 2 ))
all="pallet_shared_staking:pallets/staking pallet_storage_market:pallets/storage-market pallet_da_commitments:pallets/da-commitments pallet_alignment_nodes:pallets/alignment-nodes"
# pallet-revive's benchmark fixtures: its Rust contracts are built for PolkaVM by the stable
# toolchain (`-Zbuild-std=core` with rust-src), its Solidity ones by solc-js and the revive
# compiler from npm, behind the `solc` and `resolc` commands of scripts/revive-fixtures/bin.
[ -d scripts/revive-fixtures/node_modules ] || (cd scripts/revive-fixtures && npm ci --no-audit --no-fund)
export PATH="$PWD/scripts/revive-fixtures/bin:$PATH"
unset SKIP_PALLET_REVIVE_FIXTURES
# The fixtures' build script does not rerun when SKIP_PALLET_REVIVE_FIXTURES goes away (other
# builds here set it), but it does when this one changes: set to its default (optimise), it
# makes the fixtures compile after such a build.
export PALLET_REVIVE_FIXTURES_OPTIMIZE=1
cargo build --release --locked -p zerog-node --features runtime-benchmarks
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
# Upstream pallets: the weight trait each generated file implements.
upstream="frame_system:frame_system::WeightInfo frame_system_extensions:frame_system::ExtensionsWeightInfo pallet_balances:pallet_balances::WeightInfo pallet_timestamp:pallet_timestamp::WeightInfo pallet_transaction_payment:pallet_transaction_payment::WeightInfo pallet_revive:pallet_revive::WeightInfo eth_block_builder:crate::eth_block_builder::WeightInfo"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
# Benchmarks the given extrinsics (comma-separated, or '*') of an upstream pallet into a file
# rendered with the runtime template; any further arguments go to the CLI.
bench_upstream() {
  local pallet="$1" extrinsics="$2" output="$3"
  shift 3
  "$ZEROG_NODE" benchmark pallet \
    --chain dev \
    --pallet "$pallet" \
    --extrinsic "$extrinsics" \
    --steps "$steps" \
    --repeat "$repeat" \
    --min-duration "${MIN_DURATION:-10}" \
    --wasm-execution compiled \
    --heap-pages 4096 \
    --template scripts/runtime-weight-template.hbs \
    --output "$output" \
    "$@"
}
# pallet-revive's `seal_call` sends a value with 100 units of dust (a fraction of the native
# unit), which a 1:1 native-to-EVM ratio (18 decimals on both sides, as here) cannot hold: its
# dust case fails, and without it the CLI cannot fit the dust component. It is the one
# function not measured here: the generated file delegates it to upstream's `SubstrateWeight`
# (which reads our database weights).
bench_revive() {
  local output="runtime/src/weights/pallet_revive.rs" others
  others="$("$ZEROG_NODE" benchmark pallet --chain dev --pallet pallet_revive --extrinsic '*' --list 2>/dev/null |
    sed -n 's/^pallet_revive, //p' | grep -vx seal_call | paste -sd, -)"
  bench_upstream pallet_revive "$others" "$output"
  revive_seal_call "$output"
}
revive_seal_call() {
  local output="$1"
  {
    sed '$d' "$output"
    printf '\t/// Not measured here (see `scripts/benchmark-pallets.sh`): upstream'"'"'s weight, with our\n'
    printf '\t/// database weights.\n'
    printf '\tfn seal_call(t: u32, d: u32, i: u32) -> Weight {\n'
    printf '\t\tpallet_revive::weights::SubstrateWeight::<T>::seal_call(t, d, i)\n'
    printf '\t}\n}\n'
  } > "$output.new"
  mv "$output.new" "$output"
}
for entry in $upstream; do
  pallet="${entry%%:*}"
  trait="${entry#*:}"
  if [ $# -gt 0 ] && [[ " $* " != *" $pallet "* ]]; then continue; fi
  if [ "$pallet" = pallet_revive ]; then
    bench_revive
  else
    bench_upstream "$pallet" '*' "runtime/src/weights/$pallet.rs"
  fi
  sed -i "s/impl<T: frame_system::Config> $pallet::WeightInfo for/impl<T: frame_system::Config> $trait for/" "runtime/src/weights/$pallet.rs"
done
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
    --min-duration "${MIN_DURATION:-10}" \
    --wasm-execution compiled \
    --heap-pages 4096 \
    --json-file "$results/$pallet.json" \
    --template scripts/frame-weight-template.hbs \
    --output "$dir/src/weights.rs"
  runtime_copy "$pallet" "$dir/src/weights.rs" "runtime/src/weights/$pallet.rs"
done
