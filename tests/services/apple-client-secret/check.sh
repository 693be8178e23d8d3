#!/usr/bin/env bash
# `jwtmint apple-client-secret` against npm apple-signin-auth's getClientSecret (check.mjs).
# JWTMINT_VENDOR_ONLY=1 runs only the SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
exec node check.mjs
