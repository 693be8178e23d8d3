#!/usr/bin/env bash
# Realm Object Server 3.12.0's own JwtAuthProvider verifies jwtmint's realm tokens (check.js).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../lib/deps.sh"
install_node_deps "$HERE"
cd "$HERE"
exec node check.js
