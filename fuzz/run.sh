#!/usr/bin/env bash
# Runs every fuzz target for SECONDS, one after the other (one core), and prints for each the
# number of executions and what was found.
#
#   fuzz/run.sh SECONDS [TARGET...]      e.g.  fuzz/run.sh 600   or   fuzz/run.sh 60 time claims
#
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`). cargo-fuzz wants nightly flags; on a
# stable toolchain RUSTC_BOOTSTRAP=1 unlocks them, so it is set here. Targets are built in
# release mode with debug assertions and overflow checks, so an arithmetic overflow is a crash.
#
# libFuzzer runs in fork mode with one job at a time (-fork=1) and keeps going after a crash,
# a timeout or an out-of-memory, so one run reports every finding rather than the first.
# Findings land in fuzz/artifacts/TARGET/, new corpus entries in fuzz/corpus/TARGET/ (neither
# is committed), each target's full log in fuzz/logs/TARGET.log. The hand-made seeds are in
# fuzz/seeds/TARGET/; key_loader is also seeded with every file in tests/fixtures/keys/, and the
# targets that read JSON and times get the dictionary fuzz/dicts/json.dict (the edges of i64,
# claim names, duration units).
#
# Exit status: 0 when nothing was found, 1 when any target found something, 2 on a usage or
# build error.
set -uo pipefail
cd "$(dirname "$0")"

ALL_TARGETS=(key_loader legacy_pem claims time batch_line inspect_token config jwk openssh pkcs12 key_forms serve_identity discovery key_reference)

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
    echo "usage: fuzz/run.sh SECONDS [TARGET...]   (targets: ${ALL_TARGETS[*]})" >&2
    exit 2
fi
seconds=$1
shift
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${ALL_TARGETS[@]}")

export RUSTC_BOOTSTRAP=1
build_flags=(--release --debug-assertions)

echo "== building the fuzz targets"
cargo fuzz build "${build_flags[@]}" || exit 2
# cargo fuzz builds into \$CARGO_TARGET_DIR when it is set.
bin_dir=${CARGO_TARGET_DIR:-target}/$(rustc -vV | sed -n 's/^host: //p')/release

mkdir -p logs
found_any=0
summary=()
for target in "${targets[@]}"; do
    corpora=("corpus/$target" "seeds/$target")
    extra=()
    case $target in
        key_loader) corpora+=("../tests/fixtures/keys") ;;
        claims | time | batch_line | inspect_token | jwk | key_forms) extra+=(-dict=dicts/json.dict) ;;
        config) extra+=(-dict=dicts/config.dict) ;;
    esac
    mkdir -p "corpus/$target" "artifacts/$target"
    marker=$(mktemp)
    log="logs/$target.log"
    echo "== $target: fuzzing for ${seconds}s (log: fuzz/$log)"
    # The binaries built above, run directly: every target fuzzes the same build, even if the
    # sources change meanwhile.
    "$bin_dir/$target" "${corpora[@]}" -artifact_prefix="artifacts/$target/" \
        -max_total_time="$seconds" -print_final_stats=1 \
        -timeout=20 -rss_limit_mb=2048 \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 "${extra[@]}" \
        >"$log" 2>&1
    status=$?

    # Executions: libFuzzer's final statistic, or else the last `#N` status line (fork mode).
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -n1 | grep -o '[0-9]*$')
    if [[ -z $execs ]]; then
        execs=$(grep -oE '^#[0-9]+' "$log" | tail -n1 | tr -d '#')
    fi
    new=$(find "artifacts/$target" -type f -newer "$marker" | sort)
    rm -f "$marker"
    count() { grep -c "/$1-" <<<"$new" || true; }
    crashes=$(count crash)
    timeouts=$(count timeout)
    ooms=$(count oom)
    leaks=$(count leak)
    line="$target: ${execs:-?} executions in ${seconds}s; crashes: $crashes, timeouts: $timeouts, out-of-memory: $ooms, leaks: $leaks"
    if [[ -n $new ]]; then
        found_any=1
        line+=" -> FOUND (fuzz/artifacts/$target/)"
    elif [[ $status -ne 0 ]]; then
        found_any=1
        line+=" -> the fuzzer exited with $status (see fuzz/$log)"
    else
        line+=" -> nothing found"
    fi
    echo "$line"
    [[ -n $new ]] && sed 's/^/    /' <<<"$new"
    summary+=("$line")
done

echo
echo "== summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
exit $found_any
