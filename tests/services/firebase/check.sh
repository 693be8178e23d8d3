#!/usr/bin/env bash
# PyPI firebase-admin's own create_custom_token mints the tokens jwtmint's `firebase` must match,
# and its reserved-claim list is compared with the spec (check.py). JWTMINT_VENDOR_ONLY=1 runs
# only the SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_python_deps
run_python check.py
