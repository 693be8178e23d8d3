#!/usr/bin/env bash
# `jwtmint stream` against npm stream-chat (Chat user and server tokens) and getstream (Feeds
# scope and user tokens), signatures checked by npm jose (check.mjs). JWTMINT_VENDOR_ONLY=1 runs
# only the SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
exec node check.mjs
