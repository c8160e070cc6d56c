#!/usr/bin/env bash
# Runs a zombienet network with the built zerog-node.
#   scripts/testnet.sh spawn [NETWORK]   start it and keep it running (Alice's RPC on ws://127.0.0.1:9944)
#   scripts/testnet.sh test [NETWORK]    start it, run zombienet/NETWORK.zndsl, stop it
# NETWORK is `local-testnet` (4 validators and a joiner, the default) or `storage-market`
# (6 validators that are storage providers).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
require_testnet_tools
network="${2:-local-testnet}"
[ -f "zombienet/$network.toml" ] || { echo "no network zombienet/$network.toml" >&2; exit 2; }
case "${1:-spawn}" in
  spawn) exec npx zombienet -p native spawn "zombienet/$network.toml" ;;
  test) exec npx zombienet -p native test "zombienet/$network.zndsl" ;;
  *) echo "usage: $0 [spawn|test] [network]" >&2; exit 2 ;;
esac
