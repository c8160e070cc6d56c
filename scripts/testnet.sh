#!/usr/bin/env bash
# Runs the 4-validator zombienet testnet with the built zerog-node.
#   scripts/testnet.sh spawn   start it and keep it running (Alice's RPC on ws://127.0.0.1:9944)
#   scripts/testnet.sh test    start it, run zombienet/local-testnet.zndsl, stop it
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x "$ZEROG_NODE" ] || { echo "no zerog-node at $ZEROG_NODE: run cargo build --release -p zerog-node" >&2; exit 1; }
[ -d node_modules/@zombienet/cli ] || npm ci --no-audit --no-fund
export PATH="$(dirname "$ZEROG_NODE"):$PATH"
case "${1:-spawn}" in
  spawn) exec npx zombienet -p native spawn zombienet/local-testnet.toml ;;
  test) exec npx zombienet -p native test zombienet/local-testnet.zndsl ;;
  *) echo "usage: $0 [spawn|test]" >&2; exit 2 ;;
esac
