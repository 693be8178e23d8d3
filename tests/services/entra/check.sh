#!/usr/bin/env bash
# PyPI msal's own client-assertion builder mints the tokens jwtmint's `entra` must match
# (check.py). JWTMINT_VENDOR_ONLY=1 runs only the SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_python_deps
run_python check.py
