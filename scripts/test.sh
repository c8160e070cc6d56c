#!/usr/bin/env bash
# Sets up a fresh machine and runs every test: the Rust unit and integration tests, the
# end-to-end tests against a dev node (e2e/, each starts and stops its own node), then the
# zombienet tests of the 4-validator testnet and of the 6-node storage market (each starts and
# stops its own network).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh

step() { printf '\n==> %s\n' "$*"; }

step "build zerog-node (release)"
cargo build --release --locked -p zerog-node

step "Rust tests"
cargo test --release --locked --workspace

step "erasure-coding test vectors with the node's SIMD kernels"
cargo test --release --locked -p zerog-erasure --features simd --test vectors

step "end-to-end: a dev node with its Ethereum RPC, driven by ethers, solc and polkadot.js"
node --test --test-concurrency=1 e2e/

step "zombienet: 4-validator testnet"
bash scripts/testnet.sh test local-testnet

step "zombienet: storage market on 6 provider nodes"
bash scripts/testnet.sh test storage-market
