#!/usr/bin/env bash
# LiveKit vendor check: npm livekit-server-sdk and PyPI livekit-api, each with its own
# AccessToken (reference token) and TokenVerifier (must accept jwtmint's token).
# Env: JWTMINT (absolute path of the binary), ROOT (repo root);
# JWTMINT_VENDOR_ONLY=1 runs the SDK side only, feeding the SDK's token where jwtmint's would go.
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
if ! cmp -s requirements.txt .stamp-pip 2>/dev/null || [ ! -x .venv/bin/python ]; then
  rm -rf .venv
  python3 -m venv .venv
  .venv/bin/pip install -q --no-deps -r requirements.txt >&2
  cp requirements.txt .stamp-pip
fi
# One instant for both sides: jwtmint gets --iat NOW, the SDKs' clocks are pinned to NOW.
NOW="$(date +%s)"
export NOW
rc=0
node check.mjs || rc=1
.venv/bin/python check.py || rc=1
exit $rc
