# Sourced by tests/services/<service>/check.sh: installs a service's pinned dependencies
# into its own directory, once per lock file.
#
#   install_node_deps DIR     npm ci from DIR/package-lock.json into DIR/node_modules
#   install_python_deps DIR   pip install -r DIR/requirements.txt into DIR/.venv
#
# Each records a copy of the lock file it installed from; a later run whose lock file is
# byte-for-byte the same skips the install (a warm run costs nothing).

install_node_deps() {
  local dir=$1 stamp=$1/node_modules/.jwtmint-installed-lock.json
  if cmp -s "$dir/package-lock.json" "$stamp"; then
    return 0
  fi
  # --ignore-scripts: no install script of a vendor package runs (several would compile
  # native code or download from hosts CI cannot reach); a check only loads JavaScript.
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2
  cp "$dir/package-lock.json" "$stamp"
}

install_python_deps() {
  local dir=$1 venv=$1/.venv stamp=$1/.venv/requirements.installed
  [[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
  if cmp -s "$dir/requirements.txt" "$stamp"; then
    return 0
  fi
  "$venv/bin/pip" install -q --disable-pip-version-check --no-deps -r "$dir/requirements.txt" >&2
  cp "$dir/requirements.txt" "$stamp"
}
