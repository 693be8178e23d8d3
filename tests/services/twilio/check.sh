#!/usr/bin/env bash
# PyPI twilio's own Jwt.from_jwt verifies jwtmint's `twilio` tokens, and its AccessToken mints
# the reference they are compared with (check.py). JWTMINT_VENDOR_ONLY=1 runs only the SDK side.
# See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_python_deps
run_python check.py
