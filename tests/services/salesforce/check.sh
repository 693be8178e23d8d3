#!/usr/bin/env bash
# PyPI simple-salesforce's own JWT bearer login (SalesforceLogin, login.py) mints the assertion
# jwtmint's `salesforce` must match; its HTTP post is stubbed to capture it (check.py).
# JWTMINT_VENDOR_ONLY=1 runs only the SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_python_deps
run_python check.py
