#!/usr/bin/env bash
# Checks that node and npm exist and that node is >= 20.19 (what the front end's Vite needs).
# Prints nothing when fine; one clear message and exit 1 otherwise.
set -euo pipefail

need="20.19"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "node and npm are needed for the front end and the e2e tests: apt-get install nodejs npm (Node >= $need), or see https://nodejs.org" >&2
  exit 1
fi
v=$(node -p 'process.versions.node' 2>/dev/null || echo 0)
IFS=. read -r major minor _ <<<"$v"
if (( major < 20 || (major == 20 && minor < 19) )); then
  echo "Node $v is too old: the front end needs Node >= $need (apt-get install nodejs from a newer release, or nodejs.org)" >&2
  exit 1
fi
