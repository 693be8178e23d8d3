#!/usr/bin/env bash
# `jwtmint app-store-connect` against PyPI asconnect (App Store Connect API tokens) and Apple's
# app-store-server-library (App Store Server API tokens, the --bundle-id variant; check.py).
# JWTMINT_VENDOR_ONLY=1 runs only the SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_python_deps
# asconnect takes its clock from naive local time: run in UTC so no DST fold can move it.
export TZ=UTC
run_python check.py
