#!/usr/bin/env bash
# `jwtmint vonage` against npm @vonage/jwt's tokenGenerate, signatures checked by npm jose
# (check.mjs). JWTMINT_VENDOR_ONLY=1 runs only the SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
exec node check.mjs
