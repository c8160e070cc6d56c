# Sourced by the other scripts: where cargo builds and where the node binary lands.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/zerog-target}"
export ZEROG_NODE="${ZEROG_NODE:-$CARGO_TARGET_DIR/release/zerog-node}"
