#!/usr/bin/env bash
# `jwtmint ghost` against npm @tryghost/admin-api (mints) and the Admin API key check of the
# ghost package itself (core/server/services/auth/api-key/admin.js, verifies; check.mjs).
# JWTMINT_VENDOR_ONLY=1 runs only the vendor side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
# The ghost package cannot be installed as a dependency (its @tryghost/i18n is a file: tarball
# inside the package, and it needs Node 22 from 6.0 on), and admin.js needs only two of its files:
# fetch the published 5.130.6 tarball with npm pack, check it against this pinned integrity, and
# extract those two files into .ghost/ (their own requires resolve to ./node_modules).
GHOST_VERSION=5.130.6
GHOST_INTEGRITY=sha512-CAWqPKt+7ws+/1NrVmvuiWiDZDEtutiu7niVMTku9uM29MjfNFFUVKM3giQBpZGZrUORXkWiXSlqbry4QGVrBw==
if [[ $(cat .ghost/stamp 2>/dev/null) != "$GHOST_INTEGRITY" ]]; then
  rm -rf .ghost
  mkdir -p .ghost
  npm pack --silent --pack-destination .ghost "ghost@$GHOST_VERSION" >/dev/null
  tgz=.ghost/ghost-$GHOST_VERSION.tgz
  got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [[ $got != "$GHOST_INTEGRITY" ]]; then
    echo "check.sh: ghost@$GHOST_VERSION tarball integrity $got, expected $GHOST_INTEGRITY" >&2
    exit 1
  fi
  tar -xzf "$tgz" -C .ghost \
    package/core/server/services/auth/api-key/admin.js \
    package/core/server/services/api-version-compatibility/legacy-api-path-match.js
  rm -f "$tgz"
  printf '%s' "$GHOST_INTEGRITY" > .ghost/stamp
fi
exec node check.mjs
