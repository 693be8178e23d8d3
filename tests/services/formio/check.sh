#!/usr/bin/env bash
# Form.io server 4.6.7's own token handler verifies jwtmint's formio tokens (check.js).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
exec node check.js
