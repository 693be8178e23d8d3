#!/usr/bin/env bash
# `jwtmint apns` against npm @parse/node-apn's own token minting and its jsonwebtoken (check.mjs).
# JWTMINT_VENDOR_ONLY=1 runs only the SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
exec node check.mjs
