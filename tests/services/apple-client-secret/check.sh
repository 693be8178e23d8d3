#!/usr/bin/env bash
# Vendor check: `jwtmint apple-client-secret` against npm apple-signin-auth getClientSecret.
# Env: JWTMINT (absolute path of the binary), ROOT (repo root), JWTMINT_VENDOR_ONLY=1
# to exercise only the SDK side. See NOTES.md.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ROOT=${ROOT:-$(cd "$here/../../.." && pwd)}
cd "$here"
if ! cmp -s package-lock.json node_modules/.jwtmint-stamp 2>/dev/null; then
  npm ci --no-audit --no-fund >&2
  cp package-lock.json node_modules/.jwtmint-stamp
fi
if [ "${JWTMINT_VENDOR_ONLY:-}" != 1 ] && [ ! -x "${JWTMINT:-}" ]; then
  echo "check.sh: set JWTMINT to the jwtmint binary's absolute path, or JWTMINT_VENDOR_ONLY=1" >&2
  exit 2
fi
exec node check.mjs
