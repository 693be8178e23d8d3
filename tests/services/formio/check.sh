#!/usr/bin/env bash
# Form.io server 4.6.7's own token handler verifies jwtmint's formio tokens (check.js).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../lib/deps.sh"
install_node_deps "$HERE"
cd "$HERE"
exec node check.js
