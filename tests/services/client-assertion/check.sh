#!/usr/bin/env bash
# A real OAuth 2.0 server, npm oidc-provider, started on a loopback port by check.mjs and stopped
# at its end: its token endpoint must grant a client_credentials token for jwtmint's
# private_key_jwt and client_secret_jwt assertions and refuse a replayed one.
# JWTMINT_VENDOR_ONLY=1 signs the assertions with the server's jose instead. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
exec node check.mjs
