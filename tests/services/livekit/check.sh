#!/usr/bin/env bash
# LiveKit: npm livekit-server-sdk (check.mjs) and PyPI livekit-api (check.py), each with its own
# AccessToken (reference token) and TokenVerifier (must accept jwtmint's token).
# JWTMINT_VENDOR_ONLY=1 runs the SDK side only, feeding the SDK's token where jwtmint's would go.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
install_python_deps
# One instant for both sides: jwtmint gets --iat NOW, the SDKs' clocks are pinned to NOW.
NOW=$(date +%s); export NOW
rc=0
node check.mjs || rc=1
run_python check.py || rc=1
exit $rc
