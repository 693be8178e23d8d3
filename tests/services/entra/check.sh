#!/usr/bin/env bash
# PyPI msal's own client-assertion builder mints the tokens jwtmint's `entra` must match
# (check.py). Env: JWTMINT, ROOT;
# JWTMINT_VENDOR_ONLY=1 runs only the SDK side. Deps: requirements.txt into .venv/.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ROOT=${ROOT:-$(cd "$HERE/../../.." && pwd)}
if [[ -f $HERE/../lib/deps.sh ]]; then
  source "$HERE/../lib/deps.sh"
else # same contract as lib/deps.sh: install --no-deps from the full pin list, once per lock
  install_python_deps() {
    local dir=$1 venv=$1/.venv stamp=$1/.venv/requirements.installed
    [[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
    cmp -s "$dir/requirements.txt" "$stamp" && return 0
    "$venv/bin/pip" install -q --disable-pip-version-check --no-deps -r "$dir/requirements.txt" >&2
    cp "$dir/requirements.txt" "$stamp"
  }
fi
install_python_deps "$HERE"
cd "$HERE"
PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="$HERE/../lib" exec "$HERE/.venv/bin/python" check.py
