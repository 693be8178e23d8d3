#!/usr/bin/env bash
# Vendor checks: each service's OWN published code (installed from a committed lock file)
# verifies tokens minted by jwtmint. One directory per service, each with a check.sh that
# installs its pinned dependencies and runs its cases; see README.md beside this script.
#
# Usage: tests/services/run.sh [NAME...]     (default: every tests/services/*/check.sh)
#        JWTMINT_BIN=path/to/jwtmint tests/services/run.sh
# Env:   SERVICE_CHECK_TIMEOUT  seconds per service, install included (default 600)
#        SERVICE_CHECK_VERBOSE=1  print every check's output, not only a failing one's
#
# Prints `ok NAME` or `FAIL NAME: why` per service, then `N passed, M failed`; exits 1 if
# any failed, 2 on a usage error.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TIMEOUT=${SERVICE_CHECK_TIMEOUT:-600}

locate_binary() {
  if [[ -n "${JWTMINT_BIN:-}" ]]; then
    # Absolute, so it still resolves under `env -i` from any directory.
    JWTMINT=$(cd "$(dirname "$JWTMINT_BIN")" && pwd)/$(basename "$JWTMINT_BIN")
  else
    (cd "$ROOT" && cargo build --locked --quiet)
    JWTMINT="${CARGO_TARGET_DIR:-$ROOT/target}/debug/jwtmint"
    [[ $JWTMINT == /* ]] || JWTMINT="$ROOT/$JWTMINT"
  fi
  [[ -x "$JWTMINT" ]] || { echo "jwtmint binary not found at $JWTMINT" >&2; exit 2; }
}

services=()
if [[ $# -gt 0 ]]; then
  for name in "$@"; do
    if [[ ! -f "$HERE/$name/check.sh" ]]; then
      echo "no such service check: tests/services/$name/check.sh" >&2
      exit 2
    fi
    services+=("$name")
  done
else
  while IFS= read -r script; do
    services+=("$(basename "$(dirname "$script")")")
  done < <(find "$HERE" -mindepth 2 -maxdepth 2 -name check.sh | LC_ALL=C sort)
fi
[[ ${#services[@]} -gt 0 ]] || { echo "no service checks found" >&2; exit 2; }

locate_binary
export JWTMINT ROOT

LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT

passed=0 failed=0
for name in "${services[@]}"; do
  log="$LOGS/$name.log" status=0
  timeout "$TIMEOUT" bash "$HERE/$name/check.sh" >"$log" 2>&1 </dev/null || status=$?
  if [[ $status -eq 0 ]]; then
    echo "ok $name"
    passed=$((passed + 1))
  else
    if [[ $status -eq 124 ]]; then
      why="timed out after ${TIMEOUT}s"
    else
      # The first failing case names the problem; else the last line of output.
      why=$(grep -m1 '^FAIL ' "$log" | cut -c6-300 || true)
      [[ -n $why ]] || why="exit $status: $(tail -n1 "$log" | cut -c1-300)"
    fi
    echo "FAIL $name: $why"
    failed=$((failed + 1))
  fi
  if [[ $status -ne 0 || ${SERVICE_CHECK_VERBOSE:-} == 1 ]]; then
    sed 's/^/    /' "$log"
  fi
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
