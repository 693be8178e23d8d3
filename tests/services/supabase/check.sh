#!/usr/bin/env bash
# Supabase vendor check: the Supabase CLI (`supabase gen bearer-jwt`, npm `supabase` with its
# registry-served @supabase/cli-linux-x64 binary) mints the reference token; @supabase/auth-js
# getClaims verifies jwtmint's ES256/RS256 tokens offline. HS256 (legacy secret) is checked with jose.
# Env: JWTMINT (absolute path of the binary), ROOT (repo root);
# JWTMINT_VENDOR_ONLY=1 runs the vendor side only, feeding the CLI's token where jwtmint's would go.
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
# The CLI's clock cannot be pinned; its claims are pinned instead (--payload carries iat and exp).
NOW="$(date +%s)"
export NOW
exec node check.mjs
