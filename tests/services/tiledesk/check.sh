#!/usr/bin/env bash
# Tiledesk server 2.19.16's own passport JWT strategy verifies jwtmint's tiledesk tokens (check.js).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../lib/deps.sh"
install_node_deps "$HERE"
# The server's winston config writes $APP_ROOT_PATH/logs/app.log: keep it out of the tree.
APP_ROOT_PATH=$(mktemp -d)
trap 'rm -rf "$APP_ROOT_PATH"' EXIT
export APP_ROOT_PATH LOG_LEVEL=error
cd "$HERE"
node check.js
