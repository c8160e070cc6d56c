#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and test zerog:
# system packages, the Rust targets the runtime's wasm build needs, and the npm packages
# of the end-to-end tests. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
for pkg in protobuf-compiler clang libclang-dev pkg-config curl time; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ "${#need_apt[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}"
fi

# rust-toolchain.toml names the targets and components; `rustup show` installs them.
rustup show active-toolchain >/dev/null 2>&1 || rustup show >/dev/null
rustup target add wasm32v1-none wasm32-unknown-unknown >/dev/null
rustup component add rust-src >/dev/null

if [ -f package.json ] && [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi

# solc-js and the revive compiler behind `scripts/revive-fixtures/bin/{solc,resolc}`: what
# pallet-revive's benchmark fixtures are compiled with (`scripts/benchmark-pallets.sh`).
if [ ! -d scripts/revive-fixtures/node_modules ]; then
  (cd scripts/revive-fixtures && npm ci --no-audit --no-fund)
fi
