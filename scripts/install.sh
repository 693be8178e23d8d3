#!/bin/sh
# Installs a jwtmint release binary: downloads the archive for this machine, checks it against
# the release's SHA256SUMS and copies `jwtmint` into a directory you own. No sudo, no root.
#
#   curl -fsSL https://github.com/OWNER/jwtmint/releases/latest/download/install.sh | sh
#   sh install.sh --version 0.1.0 --to ~/.local/bin
#
# Options:
#   --version VERSION  the release to install (`0.1.0` or `v0.1.0`); default: the latest
#   --to DIR           where `jwtmint` goes; default: $JWTMINT_INSTALL_DIR, else ~/.local/bin
#   --base-url URL     where the archives and SHA256SUMS are (a release's download URL, or any
#                      directory served over http(s) or file://); default: the GitHub release
#   --target TRIPLE    the archive to take; default: this machine's (the static glibc build on
#                      Linux, universal on macOS, x86_64-pc-windows-msvc on Windows)
#
# Exit status: 0 installed; 1 a download, checksum or copy failed (nothing was installed);
# 2 a usage error; 3 the release has no archive for this target (the GitHub action then falls
# back to `cargo install --locked jwtmint`).
# Messages go to stderr; nothing is printed on stdout.
set -eu

repo=${JWTMINT_REPO:-jwtmint/jwtmint}
version=latest
to=${JWTMINT_INSTALL_DIR:-}
base_url=
target=

say() { echo "jwtmint-install: $*" >&2; }
fail() { say "error: $*"; exit 1; }
usage() { say "error: $*"; say "usage: install.sh [--version VERSION] [--to DIR] [--base-url URL] [--target TRIPLE]"; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --version | --to | --base-url | --target)
      if [ $# -lt 2 ] || [ -z "$2" ]; then usage "$1 needs a value"; fi
      case "$1" in
        --version) version=$2 ;;
        --to) to=$2 ;;
        --base-url) base_url=${2%/} ;;
        --target) target=$2 ;;
      esac
      shift 2
      ;;
    -h | --help) sed -n '2,22p' "$0" 2>/dev/null | sed 's/^# \{0,1\}//' >&2; exit 0 ;;
    *) usage "unknown argument: $1" ;;
  esac
done

version=${version#v}
case "$version" in
  latest | [0-9]*) ;;
  *) usage "--version takes a version such as 0.1.0, not '$version'" ;;
esac

if [ -z "$target" ]; then
  os=$(uname -s)
  arch=$(uname -m)
  case "$arch" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) say "no release archive for the $arch architecture"; exit 3 ;;
  esac
  case "$os" in
    Linux) target=$arch-unknown-linux-gnu ;;
    Darwin) target=universal-apple-darwin ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT) target=$arch-pc-windows-msvc ;;
    *) say "no release archive for $os"; exit 3 ;;
  esac
fi
exe=jwtmint
case "$target" in *windows*) exe=jwtmint.exe ;; esac

if [ -z "$base_url" ]; then
  if [ "$version" = latest ]; then
    base_url=https://github.com/$repo/releases/latest/download
  else
    base_url=https://github.com/$repo/releases/download/v$version
  fi
fi
if [ -z "$to" ]; then
  [ -n "${HOME:-}" ] || usage "no --to DIR and no HOME"
  to=$HOME/.local/bin
fi

if command -v curl >/dev/null 2>&1; then
  fetch() { curl --proto '=https,http,file' -fsSL --retry 3 -o "$2" "$1"; }
elif command -v wget >/dev/null 2>&1; then
  fetch() { wget -q -O "$2" "$1"; }
else
  fail "needs curl or wget"
fi
if command -v sha256sum >/dev/null 2>&1; then
  sha256() { sha256sum "$1" | cut -d ' ' -f 1; }
elif command -v shasum >/dev/null 2>&1; then
  sha256() { shasum -a 256 "$1" | cut -d ' ' -f 1; }
else
  fail "needs sha256sum or shasum to check the download"
fi

work=$(mktemp -d 2>/dev/null || mktemp -d -t jwtmint)
trap 'rm -rf "$work"' EXIT INT TERM

fetch "$base_url/SHA256SUMS" "$work/SHA256SUMS" || fail "cannot download $base_url/SHA256SUMS"
# The archive's line: `HASH  jwtmint-VERSION-TARGET.tar.gz` (the latest: whichever version it has).
if [ "$version" = latest ]; then
  pattern="jwtmint-[0-9][^ ]*-$target\.tar\.gz"
else
  pattern="jwtmint-$(printf '%s' "$version" | sed 's/\./\\./g')-$target\.tar\.gz"
fi
line=$(tr -d '\r' < "$work/SHA256SUMS" | grep -E "^[0-9a-f]{64}  \*?$pattern\$" | head -n 1 || true)
if [ -z "$line" ]; then
  say "$base_url has no archive for $target (version: $version)"
  exit 3
fi
expected=${line%% *}
archive=${line##* }
archive=${archive#\*}
name=${archive%.tar.gz}

fetch "$base_url/$archive" "$work/$archive" || fail "cannot download $base_url/$archive"
actual=$(sha256 "$work/$archive")
[ "$actual" = "$expected" ] ||
  fail "$archive does not match SHA256SUMS (expected $expected, got $actual): not installed"

tar -xzf "$work/$archive" -C "$work" || fail "cannot unpack $archive"
[ -f "$work/$name/$exe" ] || fail "$archive holds no $name/$exe"

mkdir -p "$to" || fail "cannot create $to"
# Copy then rename, so a running jwtmint is never half overwritten.
cp "$work/$name/$exe" "$to/.$exe.$$" || fail "cannot write to $to"
chmod 755 "$to/.$exe.$$"
mv -f "$to/.$exe.$$" "$to/$exe" || { rm -f "$to/.$exe.$$"; fail "cannot write $to/$exe"; }

installed=$("$to/$exe" --version 2>/dev/null || true)
say "installed ${installed:-$name} to $to/$exe"
case ":${PATH:-}:" in
  *":$to:"*) ;;
  *) say "$to is not on PATH: add it, e.g. export PATH=\"$to:\$PATH\"" ;;
esac
