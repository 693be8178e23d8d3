#!/usr/bin/env bash
# npm @coinbase/cdp-sdk's own generateJwt (src/auth/utils/jwt.ts) mints the reference tokens
# jwtmint's `coinbase-cdp` must match (header and claims but the random nonce); npm jose checks
# the signatures (check.mjs). JWTMINT_VENDOR_ONLY=1 runs only the SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
exec node check.mjs
