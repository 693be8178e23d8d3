#!/usr/bin/env bash
# Regenerates scripts/startup-functions.txt: the functions a mint runs, which
# scripts/build-release.sh links first in the x86_64 Linux binary.
#
# Why: the kernel maps the binary's code 64 KiB at a time, on first touch. Linked in source
# order, the few hundred functions a mint runs are spread over most of the 6.6 MB of code, and a
# mint took ~55 page faults for code alone (of ~125); with them first it takes ~20, and a mint
# is ~15% faster (bench/compare.sh: the start-up target is 1.5 × /bin/true).
#
# How: runs a few everyday commands (the list below) with the unstripped release binary under
# valgrind's callgrind, which sees every function that runs, and, where `perf` works, under
# `perf record` too: valgrind's virtual CPU has no AVX-512 or SHA extensions, so aws-lc and glibc
# pick other code there than on a real CPU (`sha256_block_data_order_hw`, the `ifma256` RSA
# code, glibc's `evex` string functions); sampling the real CPU adds those. Names are written as
# `nm -C` prints them (Rust names without their hash, which changes with any dependency), one per
# line, sorted; build-release.sh maps them back to the binary's symbols when it links.
#
# Run it after changing what a mint runs (a new dependency, a different key loader) and commit
# the file: a stale list still links, only with less of the start-up code together;
# build-release.sh refuses one of which under three quarters of the names are found.
#
# Needs: valgrind, binutils (nm); perf optional. Builds the binary as the release does.
# Usage: scripts/startup-order.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
command -v valgrind >/dev/null || { echo "startup-order: needs valgrind" >&2; exit 1; }

triple=x86_64-unknown-linux-gnu
JWTMINT_REGENERATING_ORDER=1 scripts/build-release.sh "$triple" >/dev/null
target_dir=${CARGO_TARGET_DIR:-$root/target}
binary=$target_dir/$triple/dist/jwtmint.unstripped
[[ -x "$binary" ]] || { echo "startup-order: $binary is missing" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keys=$root/tests/fixtures/keys
commands=(
  "--version"
  "sign --secret-file $keys/hmac-secret-64.txt --sub joe --expires-in 1h"
  "sign --key $keys/rsa2048-pkcs1.pem --sub joe --expires-in 1h"
  "sign --key $keys/rsa2048-pkcs8.pem --sub joe --expires-in 1h --format header"
  "sign --key $keys/ec-p256-pkcs8.pem --sub joe --expires-in 1h"
  "sign --key $keys/ec-p256-sec1.pem --sub joe --expires-in 1h"
  "sign --key $keys/ed25519-pkcs8.pem --sub joe --expires-in 1h"
  "sign --key $keys/rsa2048-legacy-des3.pem --passphrase-file $keys/passphrase.txt --sub joe"
  "github-app --key $keys/rsa2048-pkcs1.pem --client-id Iv23liExample01"
)
mangled=$work/mangled.txt
n=0
for args in "${commands[@]}"; do
  n=$((n + 1))
  # shellcheck disable=SC2086 # the arguments are words
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/cg.$n" \
    "$binary" $args >/dev/null 2>"$work/valgrind.$n" </dev/null ||
    { echo "startup-order: '$args' failed:" >&2; tail -n 5 "$work/valgrind.$n" >&2; exit 1; }
  sed -n -E 's/^c?fn=\([0-9]+\) ?//p' "$work/cg.$n" >> "$mangled"
  if perf record -q -e cpu-clock -F 20000 -o "$work/perf.$n" -- \
    bash -c "for i in \$(seq 50); do \"$binary\" $args >/dev/null; done" 2>/dev/null; then
    # Lines like `  17.75%  [.] NAME`: the binary's functions at 1% or more of the samples (a
    # rarer one comes and goes from one sampling to the next; callgrind has most of them).
    perf report -i "$work/perf.$n" --dsos "$(basename "$binary")" --no-children --sort symbol \
      --stdio 2>/dev/null |
      awk '$2 == "[.]" && $1 + 0 >= 1 { $1 = ""; $2 = ""; print }' |
      sed -E 's/^[[:space:]]+//; s/[[:space:]]+(-[[:space:]]+-)?[[:space:]]*$//' |
      grep -v '^0x' >> "$work/perf-names.txt"
  fi
done

# callgrind names symbols as the binary does (mangled); perf prints them demangled. Map the
# former through nm, whose two listings (mangled, demangled) are in the same symbol order.
nm --no-sort --defined-only "$binary" | awk '{print $3}' > "$work/nm.mangled"
nm --no-sort --defined-only -C "$binary" | cut -d ' ' -f 3- > "$work/nm.demangled"
paste -d '\t' "$work/nm.mangled" "$work/nm.demangled" > "$work/nm.pairs"
{
  sed -E "s/'[0-9]+$//" "$mangled" | grep -v '^0x' | sort -u |
    awk -F '\t' 'NR == FNR { want[$0] = 1; next } ($1 in want) { print $2 }' - "$work/nm.pairs"
  [[ ! -f "$work/perf-names.txt" ]] || cat "$work/perf-names.txt"
} | grep -v '^\(\[\|$\|#\)' | LC_ALL=C sort -u > "$work/ran.txt"
# glibc's string functions and aws-lc's hash blocks come in one variant per CPU feature set, and
# a real CPU picks another than valgrind's (evex rather than avx2, SHA-NI rather than AVX): for
# each such function that ran, list all its variants.
grep -oE '^(__(mem|str|rawmem|wmem)[a-z0-9]*_|aws_lc_[0-9_]+sha(1|256|512)_block_data_order_)' \
  "$work/ran.txt" | LC_ALL=C sort -u > "$work/families.txt"
{
  cat "$work/ran.txt"
  grep -F -f "$work/families.txt" "$work/nm.demangled" | grep -E "^($(paste -sd '|' "$work/families.txt"))"
} | LC_ALL=C sort -u > "$work/names.txt"
{
  echo "# The functions a mint runs, which scripts/build-release.sh links first in the x86_64 Linux"
  echo "# binary (scripts/link-startup-first.sh). Generated by scripts/startup-order.sh: do not edit."
  cat "$work/names.txt"
} > scripts/startup-functions.txt
echo "startup-order: $(wc -l < "$work/names.txt") functions in scripts/startup-functions.txt" >&2
