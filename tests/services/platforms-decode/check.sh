#!/usr/bin/env bash
# Decode-only checks (NOT vendor code) for jitsi, postgrest, hasura, metabase, zendesk, gitbook:
# the independent library jose verifies, check.mjs asserts the spec's rules.
# JWTMINT_VENDOR_ONLY=1 runs the assertions only, on stand-in tokens minted by jose.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
# One instant: jwtmint gets --iat NOW; jose verifies at NOW. ONLY=jitsi,hasura limits the services.
NOW=$(date +%s); export NOW
exec node check.mjs
