#!/usr/bin/env bash
# Kills (SIGKILL) the zombienet node whose name is given, and fails if none was running.
set -euo pipefail
name="${1:?node name}"
pids=$(pgrep -f -- "--name ${name} " || true)
if [ -z "$pids" ]; then
  echo "no node named ${name} is running" >&2
  exit 1
fi
kill -KILL $pids
for _ in $(seq 1 50); do
  pgrep -f -- "--name ${name} " >/dev/null || exit 0
  sleep 0.1
done
echo "node ${name} survived SIGKILL" >&2
exit 1
