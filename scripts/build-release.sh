#!/usr/bin/env bash
# Builds one release archive: target/dist/jwtmint-VERSION-TARGET.tar.gz, holding
#   jwtmint-VERSION-TARGET/jwtmint (jwtmint.exe on Windows), completions/, man/, README.md,
#   CHANGELOG.md, LICENSE-MIT, LICENSE-APACHE
# and appends its line to target/dist/SHA256SUMS (the `sha256sum` format, one line per archive;
# a rebuilt archive replaces its old line). The release workflow calls this once per target, and
# tests/release/check.sh tests what it makes, so what is published is what was tested.
#
# Usage: scripts/build-release.sh TARGET
#   TARGET: a Rust target triple (`rustup target add TARGET` first), or `universal-apple-darwin`
#   for one macOS binary holding x86_64 and arm64 (built on macOS, joined with `lipo`).
#
# Linking: every Linux and Windows binary is static (`crt-static`): no libc or C runtime to match
# on the machine that runs it, and, for a process that lives a millisecond, no dynamic loader
# work at start-up (a third of a mint's instructions). The gnu builds are the fast ones: glibc's
# memcpy and allocator; musl's byte-wise backward memmove and locked allocator made `--batch`
# 1.7 times slower even with mimalloc. The musl builds resolve host names without glibc's NSS
# modules. They are static executables, not static-pie: a static-pie binary relocates itself
# at every start, and jwtmint's tables of options and help (tens of thousands of pointers) made
# that a third of a mint's instructions (callgrind: 587 k → 402 k per HS256 mint; /bin/true is
# 127 k). The price is that the binary's own code and data sit at fixed addresses (stack, heap
# and mappings stay randomised), as in Go's default Linux binaries; jwtmint is Rust, whose
# safe code does not give an attacker the memory corruption that ASLR would blunt.
#
# Features: the default ones (serve, hashivault, pkcs11, ssh-agent; awskms stays opt-in), except
# pkcs11 in the static Linux builds: a PKCS#11 module is a shared library loaded with dlopen,
# which a static musl binary cannot do at all and a static glibc binary can do only with the
# very glibc it was linked with installed (glibc's own rule; the module brings the machine's
# libc.so.6 into a process that has a libc of its own). Built in, it would work on the build
# machine's distribution and crash or fail elsewhere; left out, `pkcs11:` says plainly that this
# build lacks it and how to get one that has it (`cargo install --locked jwtmint`).
# Start-up order: the x86_64 Linux binary is linked with the functions a mint runs first
# (scripts/link-startup-first.sh; needs binutils' nm and strip), from the list
# scripts/startup-functions.txt, which scripts/startup-order.sh regenerates.
# Environment: CARGO_TARGET_DIR as cargo reads it.
set -euo pipefail
# A failed build inside `$(build …)` must stop the script, not package an older binary.
shopt -s inherit_errexit
cd "$(dirname "$0")/.."

target=${1:?usage: scripts/build-release.sh TARGET}
version=$(tr -d '\r' < Cargo.toml | sed -n 's/^version = "\(.*\)"$/\1/p' | head -n 1)
[[ -n "$version" ]] || { echo "build-release: no version in Cargo.toml" >&2; exit 1; }
target_dir=${CARGO_TARGET_DIR:-$PWD/target}
dist=$target_dir/dist
name=jwtmint-$version-$target

# The default features, from Cargo.toml: `default = ["serve", "hashivault", ...]`.
default_features=$(tr -d '\r' < Cargo.toml | sed -n 's/^default = \[\(.*\)\]$/\1/p' | tr -d '" ' | tr ',' ' ')
[[ -n "$default_features" ]] || { echo "build-release: no default features in Cargo.toml" >&2; exit 1; }

# A list that no longer names the binary's functions (renamed, or a new key loader) still
# links, only slower: refuse it when under three quarters of its names are found.
check_startup_order() { # UNSTRIPPED_BINARY
  local list=scripts/startup-functions.txt listed found
  listed=$(grep -cv '^#' "$list")
  found=$(nm --defined-only -C "$1" | cut -d ' ' -f 3- | LC_ALL=C sort -u |
    LC_ALL=C comm -12 - <(grep -v '^#' "$list" | LC_ALL=C sort -u) | wc -l)
  echo "build-release: start-up order: $found of $listed functions of $list found" >&2
  # scripts/startup-order.sh builds with the old list to make the new one.
  if ((found * 4 < listed * 3)) && [[ -z "${JWTMINT_REGENERATING_ORDER:-}" ]]; then
    echo "build-release: $list is stale; regenerate it with scripts/startup-order.sh" >&2
    exit 1
  fi
}

build() { # TRIPLE → path of the built binary
  local triple=$1 flags=${RUSTFLAGS:-} features=$default_features
  case "$triple" in
    *-linux-gnu | *-linux-musl)
      flags+=" -C target-feature=+crt-static -C relocation-model=static"
      features=$(tr ' ' '\n' <<<"$features" | grep -vx pkcs11 | paste -sd ' ' -)
      ;;
    *-windows-msvc) flags+=" -C target-feature=+crt-static" ;;
  esac
  # The x86_64 Linux binary (linked by rust-lld) gets the functions a mint runs placed first:
  # scripts/link-startup-first.sh says why and how. It also keeps the unstripped binary, which
  # scripts/startup-order.sh reads.
  local linker_env=()
  if [[ "$triple" == x86_64-unknown-linux-gnu ]]; then
    linker_env=(
      "CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER=$PWD/scripts/link-startup-first.sh"
      "JWTMINT_STARTUP_ORDER_OUT=$target_dir/$triple/dist/startup-order.txt"
      "JWTMINT_UNSTRIPPED_OUT=$target_dir/$triple/dist/jwtmint.unstripped"
    )
  fi
  # Naming the target keeps build scripts and proc-macros (host code) dynamic while the
  # binary is static; without it, crt-static would apply to them too and fail to load.
  env "${linker_env[@]}" RUSTFLAGS="$flags" cargo build --locked --profile dist --target "$triple" \
    --no-default-features --features "$features" >&2
  [[ ${#linker_env[@]} -eq 0 ]] || check_startup_order "$target_dir/$triple/dist/jwtmint.unstripped"
  local exe=jwtmint
  [[ "$triple" == *windows* ]] && exe=jwtmint.exe
  echo "$target_dir/$triple/dist/$exe"
}

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/completions" "$stage/$name/man"

case "$target" in
  universal-apple-darwin)
    arm=$(build aarch64-apple-darwin)
    intel=$(build x86_64-apple-darwin)
    lipo -create -output "$stage/$name/jwtmint" "$arm" "$intel"
    ;;
  *)
    cp "$(build "$target")" "$stage/$name/"
    ;;
esac

cp completions/* "$stage/$name/completions/"
cp man/*.1 "$stage/$name/man/"
cp README.md CHANGELOG.md LICENSE-MIT LICENSE-APACHE "$stage/$name/"

mkdir -p "$dist"
archive=$name.tar.gz
# Reproducible: files in name order, no owner, the time of the last commit (or 0).
mtime=$(git log -1 --format=%ct 2>/dev/null || echo 0)
tar=tar
command -v gtar >/dev/null && tar=gtar # GNU tar on macOS
if "$tar" --version 2>/dev/null | grep -q 'GNU tar'; then
  (cd "$stage" && find "$name" -print0 | LC_ALL=C sort -z |
    "$tar" --null --no-recursion -T - --owner=0 --group=0 --numeric-owner --mtime="@$mtime" -cf - |
    gzip -n -9 > "$dist/$archive")
else # bsdtar: the same files, without the reproducibility options
  (cd "$stage" && "$tar" -cf - "$name" | gzip -n -9 > "$dist/$archive")
fi

sums=$dist/SHA256SUMS
touch "$sums"
grep -v "  $archive\$" "$sums" > "$sums.new" || true
if command -v sha256sum >/dev/null; then
  (cd "$dist" && sha256sum "$archive") >> "$sums.new"
else # macOS
  (cd "$dist" && shasum -a 256 "$archive") >> "$sums.new"
fi
mv "$sums.new" "$sums"
echo "$dist/$archive"
