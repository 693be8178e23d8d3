#!/usr/bin/env bash
# `jwtmint ghost` against npm @tryghost/admin-api (mints) and the Admin API key check of the
# ghost package itself (core/server/services/auth/api-key/admin.js, verifies; check.mjs).
# JWTMINT_VENDOR_ONLY=1 runs only the vendor side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
# ghost@5.130.6 cannot be installed as a dependency (see NOTES.md), and admin.js needs only two
# of its files: they go to .ghost/package/..., and their own requires resolve to ./node_modules.
install_npm_files .ghost ghost@5.130.6 \
  sha512-CAWqPKt+7ws+/1NrVmvuiWiDZDEtutiu7niVMTku9uM29MjfNFFUVKM3giQBpZGZrUORXkWiXSlqbry4QGVrBw== \
  package/core/server/services/auth/api-key/admin.js \
  package/core/server/services/api-version-compatibility/legacy-api-path-match.js
exec node check.mjs
