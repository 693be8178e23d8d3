#!/usr/bin/env bash
# Decode-only checks (NOT vendor code) for jitsi, postgrest, hasura, metabase, zendesk, gitbook.
# Env: JWTMINT (absolute path of the binary), ROOT (repo root);
# JWTMINT_VENDOR_ONLY=1 runs the vendor side only, with stand-in tokens minted by jose.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="${ROOT:-$(cd "$HERE/../../.." && pwd)}"
export ROOT
if [ "${JWTMINT_VENDOR_ONLY:-}" != 1 ] && [ ! -x "${JWTMINT:-}" ]; then
  echo "check.sh: set JWTMINT to the jwtmint binary (or JWTMINT_VENDOR_ONLY=1)" >&2; exit 2
fi
cd "$HERE"
if ! cmp -s package-lock.json .stamp-npm 2>/dev/null || [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund >&2
  cp package-lock.json .stamp-npm
fi
# One instant: jwtmint gets --iat NOW; jose verifies at NOW. ONLY=jitsi,hasura limits the services.
NOW="$(date +%s)"
export NOW
exec node check.mjs
