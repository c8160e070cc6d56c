#!/usr/bin/env bash
# Sets up a fresh machine and runs the tests.
#
#   scripts/test.sh           everything, as CI runs it: formatting and clippy (warnings are
#                             errors), the runtime and pallets with `runtime-benchmarks` and
#                             `try-runtime` (benchmark test suites, migrations under try-runtime),
#                             the Rust tests, the end-to-end tests against a dev node (e2e/, each
#                             starts and stops its own node), a short throughput bench (no
#                             transaction lost, every block within its weight), then the
#                             zombienet tests of the 4-validator testnet and of the 6-node
#                             storage market.
#   scripts/test.sh --quick   the inner loop: formatting, then the unit tests of the crates
#                             changed since origin/main (or the last commit) in debug with
#                             SKIP_WASM_BUILD=1; minutes, no node, no network.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }

# The workspace crates owning the files changed since `base`, as `-p name` arguments.
changed_crates() {
  local base
  base="$(git merge-base HEAD origin/main 2>/dev/null || git rev-parse HEAD~1 2>/dev/null || git rev-parse HEAD)"
  { git diff --name-only "$base"; git ls-files --others --exclude-standard; } | sort -u |
    while read -r file; do
      dir="$(dirname "$file")"
      while [ "$dir" != "." ] && [ ! -f "$dir/Cargo.toml" ]; do dir="$(dirname "$dir")"; done
      [ "$dir" != "." ] && [ -f "$dir/Cargo.toml" ] && echo "$dir"
    done | sort -u | while read -r dir; do
      # Crates outside the workspace (fuzz, bench) are skipped.
      name="$(sed -n 's/^name = "\(.*\)"/\1/p' "$dir/Cargo.toml" | head -n 1)"
      if cargo metadata --no-deps --format-version 1 --offline 2>/dev/null | grep -q "\"name\":\"$name\""; then
        echo "-p $name"
      fi
    done
}

if [ "${1:-}" = "--quick" ]; then
  step "formatting"
  cargo fmt --all -- --check
  crates="$(changed_crates | tr '\n' ' ')"
  if [ -z "$crates" ]; then
    echo "no crate changed"
    exit 0
  fi
  step "unit tests of the changed crates: $crates"
  # shellcheck disable=SC2086
  SKIP_WASM_BUILD=1 cargo test --locked $crates
  exit 0
fi

bash scripts/setup.sh

step "formatting"
cargo fmt --all -- --check

step "build zerog-node and the next runtime for the upgrade test (release)"
cargo build --release --locked -p zerog-node -p zerog-runtime-next

# Both in the release profile, whose build-script outputs (RocksDB's and binaryen's C++, the
# runtime's wasm) the node build already made.
step "clippy, warnings are errors"
cargo clippy --release --locked --workspace --all-targets -- -D warnings

# Native tests only: no wasm is built for this feature set. pallet-revive's benchmark fixtures
# (Solidity and PolkaVM contracts) are not compiled: no test here runs revive's benchmarks, and
# `scripts/benchmark-pallets.sh` is where they are measured.
step "runtime-benchmarks and try-runtime: benchmark test suites, migrations and try-state"
SKIP_WASM_BUILD=1 SKIP_PALLET_REVIVE_FIXTURES=1 cargo test --release --locked -p zerog-runtime -p pallet-shared-staking -p pallet-storage-market -p pallet-governance -p pallet-da-commitments -p pallet-alignment-nodes \
  --features runtime-benchmarks,try-runtime

step "Rust tests"
cargo test --release --locked --workspace

step "erasure-coding test vectors with the node's SIMD kernels"
cargo test --release --locked -p zerog-erasure --features simd --test vectors

step "end-to-end: a dev node with its Ethereum RPC, driven by ethers, solc and polkadot.js"
node --test --test-concurrency=1 e2e/

# A short throughput bench: it fails if an accepted transaction is never included or if a
# block re-executed with `benchmark block` ran longer than the weight it was charged.
step "throughput: no transaction lost, every block within its weight"
node scripts/bench-evm.mjs --senders 20 --per-sender 50 --repeat 3

step "zombienet: 4-validator testnet"
bash scripts/testnet.sh test local-testnet

step "zombienet: storage market on 6 provider nodes"
bash scripts/testnet.sh test storage-market
