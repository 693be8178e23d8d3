#!/usr/bin/env bash
# Tiledesk server 2.19.16's own passport JWT strategy verifies jwtmint's tiledesk tokens (check.js).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
# The server's winston config writes $APP_ROOT_PATH/logs/app.log: keep it under node_modules
# (ignored, and wiped by the next install) rather than in the tree.
export APP_ROOT_PATH="$HERE/node_modules/.app-root" LOG_LEVEL=error
mkdir -p "$APP_ROOT_PATH"
exec node check.js
