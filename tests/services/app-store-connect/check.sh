#!/usr/bin/env bash
# Vendor check: `jwtmint app-store-connect` against PyPI asconnect (App Store Connect API tokens) and
# Apple's app-store-server-library (App Store Server API tokens, the --bundle-id variant).
# Env: JWTMINT (absolute path of the binary), ROOT (repo root), JWTMINT_VENDOR_ONLY=1
# to exercise only the SDK side. See NOTES.md.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ROOT=${ROOT:-$(cd "$here/../../.." && pwd)}
cd "$here"
if ! cmp -s requirements.txt .venv/.jwtmint-stamp 2>/dev/null; then
  rm -rf .venv
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt >&2
  cp requirements.txt .venv/.jwtmint-stamp
fi
if [ "${JWTMINT_VENDOR_ONLY:-}" != 1 ] && [ ! -x "${JWTMINT:-}" ]; then
  echo "check.sh: set JWTMINT to the jwtmint binary's absolute path, or JWTMINT_VENDOR_ONLY=1" >&2
  exit 2
fi
# asconnect takes its clock from naive local time: run in UTC so no DST fold can move it.
TZ=UTC exec .venv/bin/python check.py
