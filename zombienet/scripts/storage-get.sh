#!/usr/bin/env bash
# Downloads the test file through Alice's node by its data root and compares it byte for byte.
set -euo pipefail
dir="${ZEROG_STORAGE_WORKDIR:-/tmp/zerog-storage-e2e}"
root=$(cat "$dir/root.txt")
zerog-node storage get "$root" -o "$dir/downloaded.bin" --url ws://127.0.0.1:9944 2>&1 | tee "$dir/get.log"
cmp "$dir/file.bin" "$dir/downloaded.bin"
echo "downloaded file is byte-identical"
