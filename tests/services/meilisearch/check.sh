#!/usr/bin/env bash
# npm meilisearch's own tenant-token generator (generateTenantToken, dist/token.js) mints the
# reference token jwtmint's `meilisearch` must match from the same inputs; npm jose checks the
# HMAC signatures (check.mjs). JWTMINT_VENDOR_ONLY=1 runs only the SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
exec node check.mjs
