#!/usr/bin/env bash
# The 4-validator testnet under a full-block load: does it still finalize, and how far behind?
#   scripts/bench-testnet.sh [IDLE_SECONDS=45] [bench-evm.mjs options…]
# Spawns zombienet/local-testnet.toml, watches Bob (ws 9945) with scripts/measure-finality.mjs
# for IDLE_SECONDS unloaded, then again while scripts/bench-evm.mjs loads the chain through
# Alice (ws 9944, Ethereum RPC 8545). Bob's mean block verification and import time over each
# phase comes from his Prometheus histogram `substrate_block_verification_and_import_time`.
# Stops the network at the end; exits with the bench's status.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
require_testnet_tools
idle_seconds="${1:-45}"
shift || true

# zombienet asks before reusing a directory, so it gets one that does not exist yet.
network_dir="$(mktemp -u -t zerog-bench-testnet-XXXXXX)"
setsid npx zombienet -p native -d "$network_dir" spawn zombienet/local-testnet.toml >"$network_dir.log" 2>&1 &
zombienet=$!
stop_network() {
  kill -TERM -- "-$zombienet" 2>/dev/null || true
  sleep 3
  pkill -KILL -f -- "$network_dir" 2>/dev/null || true
}
trap stop_network EXIT

rpc() {
  curl -sf -H 'Content-Type: application/json' \
    -d "{\"id\":1,\"jsonrpc\":\"2.0\",\"method\":\"$2\",\"params\":${3:-[]}}" "$1"
}
finalized_number() {
  local hash
  hash="$(rpc http://127.0.0.1:9945 chain_getFinalizedHead | node -pe 'JSON.parse(require("fs").readFileSync(0)).result')"
  rpc http://127.0.0.1:9945 chain_getHeader "[\"$hash\"]" | node -pe 'Number(JSON.parse(require("fs").readFileSync(0)).result.number)'
}
echo "spawning the testnet in $network_dir…"
for _ in $(seq 300); do
  kill -0 "$zombienet" 2>/dev/null || { cat "$network_dir.log"; echo "zombienet exited" >&2; exit 1; }
  if [ -f "$network_dir/zombie.json" ] && rpc http://127.0.0.1:8545 eth_chainId >/dev/null 2>&1 \
    && [ "$(finalized_number 2>/dev/null || echo 0)" -ge 2 ]; then
    break
  fi
  sleep 2
done
[ "$(finalized_number)" -ge 2 ] || { echo "the testnet did not finalize block 2" >&2; exit 1; }

# Bob's `<sum> <count>` of block verification and import times (seconds).
bob_metrics="$(node -pe 'require(process.argv[1]).nodesByName.bob.prometheusUri' "$network_dir/zombie.json")"
import_times() {
  curl -sf "$bob_metrics" | awk '
    /^substrate_block_verification_and_import_time_sum/ { sum = $2 }
    /^substrate_block_verification_and_import_time_count/ { count = $2 }
    END { print sum + 0, count + 0 }'
}
mean_import() {
  node -e 'const [s0, c0, s1, c1] = process.argv.slice(1).map(Number);
    console.log(c1 > c0 ? `${(((s1 - s0) / (c1 - c0)) * 1000).toFixed(0)} ms over ${c1 - c0} blocks` : "no block imported")' $1 $2
}

echo "== idle, ${idle_seconds} s (Bob) =="
before="$(import_times)"
node scripts/measure-finality.mjs ws://127.0.0.1:9945 "$idle_seconds"
after="$(import_times)"
echo "Bob's block verification and import: $(mean_import "$before" "$after")"

echo "== under load (Bob) =="
before="$(import_times)"
node scripts/measure-finality.mjs ws://127.0.0.1:9945 86400 >"$network_dir.finality" &
watcher=$!
status=0
node scripts/bench-evm.mjs --ws ws://127.0.0.1:9944 --eth http://127.0.0.1:8545 "$@" || status=$?
kill -TERM "$watcher"
wait "$watcher" || true
after="$(import_times)"
cat "$network_dir.finality"
echo "Bob's block verification and import: $(mean_import "$before" "$after")"
exit "$status"
