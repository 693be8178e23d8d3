#!/usr/bin/env bash
# npm docusign-esign's own JWT Grant code (ApiClient requestJWTUserToken /
# requestJWTApplicationToken) mints the assertion jwtmint's `docusign` must match; only its HTTP
# call (axios.request) is stubbed, to capture the assertion (check.mjs). JWTMINT_VENDOR_ONLY=1
# runs only the SDK side. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
exec node check.mjs
