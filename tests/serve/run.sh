#!/usr/bin/env bash
# `jwtmint serve` against real clients (check.py says which), every server started and stopped
# by the check itself, on loopback only. Installs what it needs from the pinned lock files:
# requirements.txt (PyJWT, OpenBao's `bao`) into .venv, package-lock.json (jose) into
# node_modules, and Debian's chromium when it is missing.
#
# Usage: bash tests/serve/run.sh [jwks|openbao|chromium|load]...   (default: all)
# JWTMINT=/path/to/jwtmint picks the binary (default: a debug build, made here).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export ROOT
cd "$HERE"

if [[ -z ${JWTMINT:-} ]]; then
  (cd "$ROOT" && cargo build --locked --quiet)
  JWTMINT=${CARGO_TARGET_DIR:-$ROOT/target}/debug/jwtmint
  export JWTMINT_PROFILE_NAME=debug
fi
export JWTMINT
export JWTMINT_PROFILE_NAME=${JWTMINT_PROFILE_NAME:-given}

# Python: a fresh venv whenever requirements.txt changes; --no-deps, as every pin is listed.
venv=$HERE/.venv stamp=$HERE/.venv/requirements.installed
if ! [[ -x $venv/bin/python ]] || ! cmp -s requirements.txt "$stamp"; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check --no-deps -r requirements.txt >&2
  cp requirements.txt "$stamp"
fi

# Node: npm ci from package-lock.json, again only when it changed.
if ! cmp -s package-lock.json node_modules/.jwtmint-installed-lock.json; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2
  cp package-lock.json node_modules/.jwtmint-installed-lock.json
fi

# Headless Chromium from Debian, when the chromium check runs and it is missing.
if [[ $# -eq 0 || " $* " == *" chromium "* ]] && ! command -v chromium >/dev/null; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >&2
fi

exec "$venv/bin/python" "$HERE/check.py" "$@"
