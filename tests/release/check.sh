#!/usr/bin/env bash
# What a release ships, built and tried here as a user would:
#   1. scripts/build-release.sh makes the x86_64 Linux archive (static glibc) and its SHA256SUMS
#      line;
#   2. the archive unpacked in an empty directory holds the binary, completions, man pages,
#      README, CHANGELOG and both licenses; the binary is static (`ldd`), has the functions a
#      mint runs linked first (scripts/link-startup-first.sh), runs, mints a token whose HMAC
#      Python checks, and has the default key stores but PKCS#11;
#   3. scripts/install.sh installs it from that directory served on 127.0.0.1 (a pinned version
#      and `latest`), and refuses a tampered archive, an unknown target and bad usage;
#   4. cargo-deb packages the same binary; `dpkg -i` puts jwtmint in /usr/bin, its man page
#      where `man -w` finds it, completions and docs in their system directories; `dpkg -r`
#      takes it all away again.
# Needs: rustup/cargo, python3, curl, and root for the Debian package part (skipped otherwise).
# Installs what it misses: cargo-deb, man-db.
set -euo pipefail
cd "$(dirname "$0")/../.."

CARGO_DEB_VERSION=3.8.0
passed=0
failed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
bad() { echo "FAILED: $*" >&2; failed=$((failed + 1)); }
check() { # DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}
as_root() { if [[ $EUID -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }

work=$(mktemp -d)
server_pid=
cleanup() {
  [[ -z "$server_pid" ]] || kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# --- 1. the archive ------------------------------------------------------------------------
target=x86_64-unknown-linux-gnu
echo "== build-release.sh $target"
archive=$(scripts/build-release.sh "$target")
dist=$(dirname "$archive")
name=$(basename "$archive" .tar.gz)
version=${name#jwtmint-}
version=${version%-"$target"}
check "archive is named jwtmint-VERSION-TARGET.tar.gz" test -f "$dist/jwtmint-$version-$target.tar.gz"
sums_line() { (cd "$dist" && grep "  $name.tar.gz\$" SHA256SUMS | sha256sum --check --status); }
check "SHA256SUMS has the archive's line, and it matches" sums_line

# --- 2. unpacked in an empty directory -----------------------------------------------------
echo "== the archive, unpacked"
mkdir "$work/unpack"
tar -xzf "$archive" -C "$work/unpack"
bin=$work/unpack/$name/jwtmint
for file in jwtmint README.md CHANGELOG.md LICENSE-MIT LICENSE-APACHE man/jwtmint.1 \
  man/jwtmint-sign.1 completions/jwtmint.bash completions/_jwtmint completions/jwtmint.fish; do
  check "archive holds $file" test -f "$work/unpack/$name/$file"
done
check "archive holds nothing outside $name/" \
  test "$(tar -tzf "$archive" | grep -cv "^$name/")" = 0
static() { # ldd fails on a static executable (not a dynamic executable) and not on static-pie
  local said
  said=$(ldd "$1" 2>&1 || true)
  grep -Eq 'not a dynamic executable|statically linked' <<<"$said"
}
check "the binary is static (ldd: $(ldd "$bin" 2>&1 | head -n 1 | sed 's/^[[:space:]]*//'))" static "$bin"
says_version() { "$1" --version | grep -qx "jwtmint $version"; }
check "jwtmint --version says $version" says_version "$bin"
# scripts/link-startup-first.sh: the functions a mint runs come first in the code, so that a
# mint maps few pages of it. Read from the unstripped twin of the same link.
startup_first() { # UNSTRIPPED ORDER_FILE: the ordered functions fill the start of the code
  python3 - "$1" "$2" <<'PY'
import subprocess, sys
binary, order = sys.argv[1], sys.argv[2]
ordered = set(open(order).read().split())
run = lambda *a: subprocess.run(a, check=True, capture_output=True, text=True).stdout
section = next(l.split() for l in run("readelf", "-SW", binary).splitlines() if " .text " in l)
start = int(section[section.index(".text") + 2], 16)
size = end = found = 0
for line in run("nm", "-S", "--defined-only", binary).splitlines():
    f = line.split()
    if len(f) == 4 and f[2] in "tT" and f[3] in ordered:
        found += 1
        size += int(f[1], 16)
        end = max(end, int(f[0], 16) + int(f[1], 16))
span = end - start
print(f"{found} ordered functions, {size // 1024} KiB, within the first {span // 1024} KiB of the code",
      file=sys.stderr)
sys.exit(0 if found > 300 and size * 2 >= span else 1)
PY
}
target_dir=$(dirname "$dist")
unstripped=$target_dir/$target/dist/jwtmint.unstripped
check "the functions a mint runs are linked first" startup_first "$unstripped" "$target_dir/$target/dist/startup-order.txt"
secret=tests/fixtures/keys/hmac-secret-64.txt
verify_hs256() { # TOKEN SECRET_FILE: the HMAC as Python computes it
  python3 - "$1" "$2" <<'PY'
import base64, hashlib, hmac, json, sys
token, secret = sys.argv[1], open(sys.argv[2], "rb").read().rstrip(b"\r\n")
head, body, sig = token.split(".")
pad = lambda s: s + "=" * (-len(s) % 4)
mac = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
assert hmac.compare_digest(mac, base64.urlsafe_b64decode(pad(sig))), "bad signature"
assert json.loads(base64.urlsafe_b64decode(pad(body)))["sub"] == "ci", "bad payload"
PY
}
mint() { env -i PATH=/usr/bin:/bin "$1" sign --secret-file "$secret" --sub ci --expires-in 5m; }
check "the binary mints a token Python verifies" verify_hs256 "$(mint "$bin")" "$secret"
# The static build leaves out PKCS#11 (scripts/build-release.sh says why) and says so; the other
# default key stores are in.
store_error() { # BINARY KEY → the error line and exit status of a mint with that key
  set +e
  env -i PATH=/usr/bin:/bin HOME="$work" "$1" sign --key "$2" --sub ci 2>&1 >/dev/null </dev/null
  echo "exit $?"
  set -e
}
no_pkcs11() {
  local out
  out=$(store_error "$1" 'pkcs11:token=ci;object=ci')
  # shellcheck disable=SC2016 # the backquotes are jwtmint's, not the shell's
  [[ "$out" == *'built without the `pkcs11` feature'*'cargo install --locked jwtmint'* && "$out" == *"exit 2" ]]
}
check "pkcs11: is refused as not built in (exit 2, with the fix)" no_pkcs11 "$bin"
has_store() { ! store_error "$1" "$2" | grep -q 'built without'; }
check "hashivault:// is built in" has_store "$bin" hashivault://ci
check "ssh-agent: is built in" has_store "$bin" ssh-agent:

# --- 3. install.sh against a local release -------------------------------------------------
echo "== install.sh from http://127.0.0.1"
stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}
serve() { # DIR → sets server_pid and port
  stop_server
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$1" >/dev/null 2>&1 &
  server_pid=$!
  for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && return; sleep 0.1; done
  echo "the http server did not start" >&2
  return 1
}
run_installer() { env -i PATH=/usr/bin:/bin HOME="$work/home" sh scripts/install.sh "$@"; }
mkdir -p "$work/release" && cp "$archive" "$dist/SHA256SUMS" "$work/release/"
serve "$work/release"
url=http://127.0.0.1:$port
pinned() {
  run_installer --version "v$version" --to "$work/pinned" --base-url "$url" 2>/dev/null &&
    "$work/pinned/jwtmint" --version | grep -qx "jwtmint $version"
}
check "install.sh --version v$version installs a working jwtmint" pinned
latest() { run_installer --to "$work/latest" --base-url "$url" --target "$target" 2>/dev/null && test -x "$work/latest/jwtmint"; }
check "install.sh without --version takes the one SHA256SUMS lists" latest
check "install.sh prints nothing on stdout" \
  test -z "$(run_installer --to "$work/quiet" --base-url "$url" 2>/dev/null)"
status_of() { set +e; "$@" >/dev/null 2>&1; echo $?; set -e; }
check "install.sh: a target without an archive exits 3" \
  test "$(status_of run_installer --to "$work/none" --base-url "$url" --target riscv64gc-unknown-linux-gnu)" = 3
check "install.sh: a version without an archive exits 3" \
  test "$(status_of run_installer --version 0.0.0-nope --to "$work/none" --base-url "$url")" = 3
check "install.sh: an unknown option exits 2" test "$(status_of run_installer --sudo)" = 2
check "install.sh: nothing was installed by the failures" test ! -e "$work/none"

mkdir "$work/tampered" && cp "$work/release/"* "$work/tampered/"
python3 - "$work/tampered/$name.tar.gz" <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
data[len(data) // 2] ^= 1
open(sys.argv[1], "wb").write(bytes(data))
PY
serve "$work/tampered"
check "install.sh refuses a tampered archive (exit 1)" \
  test "$(status_of run_installer --to "$work/evil" --base-url "http://127.0.0.1:$port")" = 1
check "install.sh: the tampered archive left nothing behind" test ! -e "$work/evil/jwtmint"
stop_server

# --- 4. the Debian package -----------------------------------------------------------------
echo "== the Debian package"
if ! as_root true 2>/dev/null; then
  echo "skipped: installing a .deb needs root" >&2
elif ! command -v dpkg >/dev/null; then
  echo "skipped: no dpkg" >&2
else
  if [[ "$(cargo deb --version 2>/dev/null)" != *"$CARGO_DEB_VERSION"* ]]; then
    cargo install --locked --quiet cargo-deb --version "$CARGO_DEB_VERSION"
  fi
  command -v man >/dev/null || { as_root apt-get update -qq && as_root apt-get install -y -qq man-db; } >/dev/null
  mkdir -p "$work/deb"
  deb=$(cargo deb --no-build --profile dist --target "$target" --output "$work/deb" 2>/dev/null | tail -n 1)
  check "cargo deb made $(basename "$deb")" test -f "$deb"
  if dpkg -s jwtmint >/dev/null 2>&1; then
    echo "note: removing an installed jwtmint package first" >&2
    as_root dpkg -r jwtmint >/dev/null
  fi
  as_root dpkg -i "$deb" >/dev/null
  check "dpkg installed /usr/bin/jwtmint, which says $version" says_version /usr/bin/jwtmint
  check "/usr/bin/jwtmint is the static build" static /usr/bin/jwtmint
  check "/usr/bin/jwtmint mints a token Python verifies" verify_hs256 "$(mint /usr/bin/jwtmint)" "$secret"
  check "man -w jwtmint finds /usr/share/man/man1/jwtmint.1" \
    bash -c 'man -w jwtmint | grep -q "^/usr/share/man/man1/jwtmint.1"'
  check "man -w jwtmint-sign finds its page" bash -c 'man -w jwtmint-sign >/dev/null'
  for file in /usr/share/bash-completion/completions/jwtmint /usr/share/zsh/vendor-completions/_jwtmint \
    /usr/share/fish/vendor_completions.d/jwtmint.fish /usr/share/doc/jwtmint/README.md \
    /usr/share/doc/jwtmint/CHANGELOG.md /usr/share/doc/jwtmint/copyright; do
    check "the package installed $file" test -f "$file"
  done
  as_root dpkg -r jwtmint >/dev/null
  check "dpkg -r removed /usr/bin/jwtmint and the man page" \
    bash -c 'test ! -e /usr/bin/jwtmint && test ! -e /usr/share/man/man1/jwtmint.1.gz && test ! -e /usr/share/man/man1/jwtmint.1'
fi

echo "release: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
