#!/usr/bin/env bash
# Stores a random file of the given size in MiB through Alice's node (k=4, m=2) with
# `zerog-node storage put`, paid by Ferdie; records its data root for the other scripts.
set -euo pipefail
size_mib="${1:?size in MiB}"
dir="${ZEROG_STORAGE_WORKDIR:-/tmp/zerog-storage-e2e}"
rm -rf "$dir" && mkdir -p "$dir"
head -c $((size_mib * 1024 * 1024)) /dev/urandom > "$dir/file.bin"
zerog-node storage put "$dir/file.bin" --url ws://127.0.0.1:9944 --suri //Ferdie \
  --data-shards 4 --parity-shards 2 --periods 200 --timeout 480 2>&1 | tee "$dir/put.log"
grep -o 'data root 0x[0-9a-f]*' "$dir/put.log" | head -1 | cut -d' ' -f3 > "$dir/root.txt"
test -s "$dir/root.txt"
