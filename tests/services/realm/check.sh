#!/usr/bin/env bash
# Realm Object Server 3.12.0's own JwtAuthProvider verifies jwtmint's realm tokens (check.js).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
exec node check.js
