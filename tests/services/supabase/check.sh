#!/usr/bin/env bash
# Supabase: the Supabase CLI (`supabase gen bearer-jwt`, npm `supabase` with its registry-served
# @supabase/cli-linux-x64 binary) mints the reference token; @supabase/auth-js getClaims verifies
# jwtmint's ES256/RS256 tokens offline; HS256 (legacy secret) is checked with jose (check.mjs).
# JWTMINT_VENDOR_ONLY=1 runs the vendor side only, feeding the CLI's token where jwtmint's would go.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
# The CLI's clock cannot be pinned; its claims are pinned instead (--payload carries iat and exp).
NOW=$(date +%s); export NOW
exec node check.mjs
