# Sourced by the other scripts: where cargo builds and where the node binary lands.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/zerog-target}"
export ZEROG_NODE="${ZEROG_NODE:-$CARGO_TARGET_DIR/release/zerog-node}"

# For scripts that spawn zombienet: the node must be built, zombienet installed, and the node
# on PATH, where zombienet's network files look for `zerog-node`.
require_testnet_tools() {
  [ -x "$ZEROG_NODE" ] || { echo "no zerog-node at $ZEROG_NODE: run cargo build --release -p zerog-node" >&2; exit 1; }
  [ -d node_modules/@zombienet/cli ] || npm ci --no-audit --no-fund
  export PATH="$(dirname "$ZEROG_NODE"):$PATH"
}
