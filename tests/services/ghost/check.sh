#!/usr/bin/env bash
# Vendor check: `jwtmint ghost` against npm @tryghost/admin-api (mints) and the Admin API key check
# of the ghost package itself (core/server/services/auth/api-key/admin.js, verifies).
# Env: JWTMINT (absolute path of the binary), ROOT (repo root), JWTMINT_VENDOR_ONLY=1
# to exercise only the vendor side. See NOTES.md.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ROOT=${ROOT:-$(cd "$here/../../.." && pwd)}
cd "$here"
if ! cmp -s package-lock.json node_modules/.jwtmint-stamp 2>/dev/null; then
  npm ci --no-audit --no-fund >&2
  cp package-lock.json node_modules/.jwtmint-stamp
fi
# The ghost package cannot be installed as a dependency (its @tryghost/i18n is a file: tarball
# inside the package, and it needs Node 22 from 6.0 on), and admin.js needs only two of its files:
# fetch the published 5.130.6 tarball with npm pack, check it against this pinned integrity, and
# extract those two files into .ghost/ (their own requires resolve to ./node_modules).
GHOST_VERSION=5.130.6
GHOST_INTEGRITY=sha512-CAWqPKt+7ws+/1NrVmvuiWiDZDEtutiu7niVMTku9uM29MjfNFFUVKM3giQBpZGZrUORXkWiXSlqbry4QGVrBw==
if [ "$(cat .ghost/stamp 2>/dev/null)" != "$GHOST_INTEGRITY" ]; then
  rm -rf .ghost
  mkdir -p .ghost
  npm pack --silent --pack-destination .ghost "ghost@$GHOST_VERSION" >/dev/null
  tgz=.ghost/ghost-$GHOST_VERSION.tgz
  got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [ "$got" != "$GHOST_INTEGRITY" ]; then
    echo "check.sh: ghost@$GHOST_VERSION tarball integrity $got, expected $GHOST_INTEGRITY" >&2
    exit 1
  fi
  tar -xzf "$tgz" -C .ghost \
    package/core/server/services/auth/api-key/admin.js \
    package/core/server/services/api-version-compatibility/legacy-api-path-match.js
  rm -f "$tgz"
  printf '%s' "$GHOST_INTEGRITY" > .ghost/stamp
fi
if [ "${JWTMINT_VENDOR_ONLY:-}" != 1 ] && [ ! -x "${JWTMINT:-}" ]; then
  echo "check.sh: set JWTMINT to the jwtmint binary's absolute path, or JWTMINT_VENDOR_ONLY=1" >&2
  exit 2
fi
exec node check.mjs
