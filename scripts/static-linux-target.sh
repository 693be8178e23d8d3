#!/usr/bin/env bash
# Prints the target of the static x86_64 Linux build for this machine: x86_64-unknown-linux-musl
# when its Rust target and a musl C compiler (for aws-lc) are there or can be installed
# (rustup, apt-get), else x86_64-unknown-linux-gnu, which scripts/build-release.sh links
# statically when JWTMINT_DIST_CRT_STATIC=1. Used by tests/release/check.sh and
# bench/compare.sh, so both try the archive users download.
set -uo pipefail

musl=x86_64-unknown-linux-musl
as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo -n "$@"; fi; }
have_target() { rustup target list --installed 2>/dev/null | grep -qx "$musl"; }

if ! have_target; then
  rustup target add "$musl" >/dev/null 2>&1
fi
if have_target && ! command -v musl-gcc >/dev/null; then
  { as_root apt-get install -y -qq musl-tools ||
    { as_root apt-get update -qq && as_root apt-get install -y -qq musl-tools; }; } >/dev/null 2>&1
fi
if have_target && command -v musl-gcc >/dev/null; then
  echo "$musl"
else
  echo "static-linux-target: no musl target here; using glibc with crt-static" >&2
  echo x86_64-unknown-linux-gnu
fi
