# Sourced first by every tests/services/<service>/check.sh:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/../lib/deps.sh"
#
# On sourcing: HERE is the service's directory (and the working directory), ROOT (the
# repository) and LIB (this directory) are exported, and the check stops with exit 2 unless
# JWTMINT is an executable (run.sh sets both) or JWTMINT_VENDOR_ONLY=1 (the checks that have
# that mode run only the vendor side; the others then fail on their first case).
#
#   install_node_deps          npm ci from HERE/package-lock.json into HERE/node_modules
#   install_python_deps        pip install -r HERE/requirements.txt into HERE/.venv
#   install_npm_files DEST PKG@VERSION SHA512-INTEGRITY FILE...
#                              FILEs of a published npm tarball (npm pack), integrity checked,
#                              into HERE/DEST (for a package that cannot be installed; ghost)
#   run_python SCRIPT [ARG...] HERE/.venv's python with LIB on PYTHONPATH (pyharness.py)
#
# Each install records a copy of the lock file it installed from; a later run whose lock file
# is byte-for-byte the same skips the install (a warm run costs nothing). Deleting
# node_modules/ or .venv/ deletes the record too, so the next run installs afresh.

HERE=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=${ROOT:-$(cd "$LIB/../../.." && pwd)}
export HERE LIB ROOT
cd "$HERE"

if [[ ${JWTMINT_VENDOR_ONLY:-} != 1 && ! -x ${JWTMINT:-} ]]; then
  echo "${HERE##*/}/check.sh: set JWTMINT to the jwtmint binary's absolute path, or JWTMINT_VENDOR_ONLY=1" >&2
  exit 2
fi

install_node_deps() {
  local stamp=$HERE/node_modules/.jwtmint-installed-lock.json
  cmp -s "$HERE/package-lock.json" "$stamp" && return 0
  # --ignore-scripts: no install script of a vendor package runs (several would compile
  # native code or download from hosts CI cannot reach); a check only loads JavaScript, or
  # (supabase) runs a binary the registry serves as a package.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2
  cp "$HERE/package-lock.json" "$stamp"
}

install_python_deps() {
  local venv=$HERE/.venv stamp=$HERE/.venv/requirements.installed
  [[ -x $venv/bin/python ]] && cmp -s "$HERE/requirements.txt" "$stamp" && return 0
  # A fresh venv, as npm ci starts from an empty node_modules: a pin dropped from the lock file
  # must not linger. --no-deps: requirements.txt pins every transitive dependency with ==, so
  # nothing unpinned is resolved.
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check --no-deps -r "$HERE/requirements.txt" >&2
  cp "$HERE/requirements.txt" "$stamp"
}

install_npm_files() {
  local dest=$HERE/$1 spec=$2 integrity=$3
  shift 3
  [[ $(cat "$dest/stamp" 2>/dev/null) == "$integrity" ]] && return 0
  rm -rf "$dest"
  mkdir -p "$dest"
  local tgz
  tgz=$dest/$(npm pack --silent --pack-destination "$dest" "$spec" | tail -n1)
  local got
  got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [[ $got != "$integrity" ]]; then
    echo "${HERE##*/}/check.sh: $spec tarball integrity $got, expected $integrity" >&2
    exit 1
  fi
  tar -xzf "$tgz" -C "$dest" "$@"
  rm -f "$tgz"
  printf '%s' "$integrity" > "$dest/stamp"
}

run_python() {
  PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=$LIB "$HERE/.venv/bin/python" "$@"
}
