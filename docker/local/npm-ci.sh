#!/usr/bin/env bash
# npm-ci.sh DIR: a clean install of DIR's node_modules from its package-lock.json (`npm ci`).
#
# One known exception: the npm registry reachable from our machines lacks some platform-specific optional
# packages of other operating systems (e.g. @unrs/resolver-binding-android-* answer 404), so npm leaves them
# out of every lock file it writes here, and `npm ci` then refuses that lock as "not in sync". Only in that
# case this falls back to `npm install --no-save`, which installs the same locked versions and leaves
# package-lock.json untouched. Any other failure of `npm ci` stays a failure.
set -euo pipefail
dir=${1:?usage: npm-ci.sh DIR}
cd "$dir"

out=$(mktemp)
trap 'rm -f "$out"' EXIT
if npm ci --no-audit --no-fund >"$out" 2>&1; then
  grep -v -E '^npm warn (EBADENGINE|Unknown user config|  |\})' "$out" || true
  exit 0
fi
if grep -q 'can only install packages when your package.json and package-lock.json' "$out"; then
  missing=$(grep -c 'Missing: .* from lock file' "$out" || true)
  other=$(grep -E '^npm error (Invalid|Missing): ' "$out" | grep -v -c 'Missing: .* from lock file' || true)
  if (( other == 0 )); then
    echo "npm ci: the lock file lacks $missing optional platform package(s) this registry does not serve;" \
         "installing the locked versions with 'npm install --no-save' instead (package-lock.json unchanged)"
    rc=0
    npm install --no-save --no-audit --no-fund >"$out" 2>&1 || rc=$?
    grep -v -E '^npm warn (EBADENGINE|Unknown user config|  |\})' "$out" || true
    exit "$rc"
  fi
fi
cat "$out" >&2
exit 1
