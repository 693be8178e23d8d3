#!/usr/bin/env bash
# `jwtmint mux` against npm @mux/mux-node (mux.jwt.signPlaybackId / signDrmLicense), with every
# signature checked by npm jose (check.mjs). JWTMINT_VENDOR_ONLY=1 runs only the SDK side. See
# NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
exec node check.mjs
