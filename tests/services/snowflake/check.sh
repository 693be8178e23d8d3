#!/usr/bin/env bash
# PyPI snowflake-connector-python 4.x's own AuthByKeyPair mints the tokens jwtmint's `snowflake`
# must match, for every account form of the spec (check.py). JWTMINT_VENDOR_ONLY=1 runs only the
# SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_python_deps
run_python check.py
