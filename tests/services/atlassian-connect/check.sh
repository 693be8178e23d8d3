#!/usr/bin/env bash
# Atlassian Connect: npm atlassian-jwt (check.mjs: decodeSymmetric, and createQueryStringHash of
# the same request must equal the token's qsh) and PyPI atlassian-jwt (check.py:
# Authenticator.authenticate checks qsh and signature). Both verify jwtmint's tokens for the same
# tricky requests. See NOTES.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
install_node_deps
install_python_deps
rc=0
node check.mjs || rc=1
run_python check.py || rc=1
exit $rc
