#!/usr/bin/env bash
# The linker scripts/build-release.sh gives rustc for the x86_64 Linux archive: links as `cc`
# would, with the functions a mint runs (scripts/startup-functions.txt) placed first in the code.
#
# The kernel maps a binary's code on first touch, 64 KiB at a time; linked in source order, the
# few hundred functions of a mint are spread over most of the 6.6 MB of code (~55 page faults
# for code in a mint of ~125). Placed together they take ~20, and a mint is ~15% faster.
#
# rust-lld (rustc's linker on this target) takes that order as symbol names
# (`--symbol-ordering-file`), and Rust's names carry a hash that changes with every dependency,
# so the list holds names as `nm -C` prints them and this script maps them to the binary's own:
# it links once without stripping, reads the names with nm, then links again with the order
# (linking is a second or two; the optimised code is not rebuilt), and strips the result if
# rustc asked for that. A listed name that is no longer in the binary is skipped. Writes the
# order it used to $JWTMINT_STARTUP_ORDER_OUT and the final binary before stripping to
# $JWTMINT_UNSTRIPPED_OUT when they are set (scripts/startup-order.sh reads the names there).
set -euo pipefail
list=$(dirname "$0")/startup-functions.txt
linker=${JWTMINT_REAL_LINKER:-cc}

out=
prev=
first_link=()
for arg in "$@"; do
  [[ "$prev" == -o ]] && out=$arg
  prev=$arg
  case "$arg" in
    -Wl,--strip-all | -Wl,--strip-debug | -s) ;; # the names are needed; stripped at the end
    *) first_link+=("$arg") ;;
  esac
done
# Only jwtmint itself (cargo names it deps/jwtmint-HASH); a build script or proc-macro that cargo
# links with the same linker is linked as cc would.
case "$(basename "$out")" in
  jwtmint-*) ;;
  *) exec "$linker" "$@" ;;
esac

"$linker" "${first_link[@]}"

order=${JWTMINT_STARTUP_ORDER_OUT:-$out.startup-order}
# nm lists the symbols in the same order mangled and demangled: pair them, keep the listed ones
# (in the list's order), print their mangled names.
paste -d '\t' \
  <(nm --no-sort --defined-only "$out" | awk '{print $3}') \
  <(nm --no-sort --defined-only -C "$out" | cut -d ' ' -f 3-) |
  awk -F '\t' 'NR == FNR { if ($0 !~ /^#/ && $0 != "") rank[$0] = FNR; next }
               ($2 in rank) { print rank[$2] "\t" $1 }' "$list" - |
  sort -n -s -k 1,1 | cut -f 2 > "$order"

# The second link keeps its names too, for $JWTMINT_UNSTRIPPED_OUT (tests/release/check.sh
# reads where the functions landed); then it is stripped as rustc asked.
"$linker" "${first_link[@]}" "-Wl,--symbol-ordering-file=$order" -Wl,--no-warn-symbol-ordering
[[ -z "${JWTMINT_UNSTRIPPED_OUT:-}" ]] || cp "$out" "$JWTMINT_UNSTRIPPED_OUT"
if [[ ${#first_link[@]} -ne $# ]]; then
  strip --strip-all "$out"
fi
