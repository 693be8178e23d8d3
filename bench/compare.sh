#!/usr/bin/env bash
# jwtmint's speed targets, side by side in one run on this machine, measured on the release
# artefact (the static x86_64 glibc archive scripts/build-release.sh makes, unpacked):
#   - one mint per process (hyperfine -N, in interleaved rounds), against `/bin/true` (the floor
#     of starting any process), `jwtmint --version` (loading jwtmint without minting), jwt-cli
#     6.2 (the Rust JWT command line most CI jobs reach for) and a node `jsonwebtoken` script;
#   - `--batch` throughput (tokens/s) for HS256, RS256-2048, ES256 and EdDSA with 100 000 lines,
#     RS256 and ES256 each right after `openssl speed -multi NCPU rsa2048` / `ecdsap256` (the
#     machine's signing limit, measured next to the batch it is compared with), and HS256
#     throughput (the target) and peak memory over 1 000 000 lines.
# Prints the machine, the date and a markdown table of each ratio against its target, keeps the
# raw output under bench/results/, and puts the table into README.md's "Speed" section (between
# its `bench/compare.sh` markers); commit both.
#
# Needs: cargo, node + npm, python3, openssl, hyperfine (Debian: apt-get install
# hyperfine). jwt-cli 6.2.0 is built once with `cargo install --locked` into target/bench-tools.
# Usage: bench/compare.sh [--quick]
#   --quick: a smoke test (10 runs, 5 000 lines, 1-second openssl runs); the results go to a
#   temporary directory and README.md is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

runs=300 rounds=6 slow_runs=20 lines=100000 million=1000000 seconds=10 quick=
case "${1:-}" in
  --quick) runs=10 rounds=2 slow_runs=3 lines=5000 million=50000 seconds=1 quick=1 ;;
  "") ;;
  *) echo "usage: bench/compare.sh [--quick]" >&2; exit 2 ;;
esac

need() { command -v "$1" >/dev/null || { echo "bench: $1 is missing ($2)" >&2; exit 1; }; }
need hyperfine "Debian: apt-get install hyperfine"
need node "install Node.js"
need python3 "install Python 3"
need openssl "install openssl"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=bench/results
[[ -z "$quick" ]] || results=$work/results
mkdir -p "$results"
target_dir=${CARGO_TARGET_DIR:-$root/target}

echo "== the release artefact" >&2
archive=$(scripts/build-release.sh x86_64-unknown-linux-gnu)
tar -xzf "$archive" -C "$work"
jwtmint=$work/$(basename "$archive" .tar.gz)/jwtmint

jwt_cli=$target_dir/bench-tools/bin/jwt
if [[ "$("$jwt_cli" --version 2>/dev/null)" != "jwt 6.2.0" ]]; then
  echo "== building jwt-cli 6.2.0" >&2
  cargo install --locked --quiet jwt-cli --version 6.2.0 --root "$target_dir/bench-tools"
fi
(cd tests/interop && npm ci --no-audit --no-fund --silent >/dev/null)
export NODE_PATH=$root/tests/interop/node_modules

keys=tests/fixtures/keys
secret=$keys/hmac-secret-64.txt
pass=$keys/passphrase.txt
cores=$(nproc)
{
  echo "machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $cores cores, Linux $(uname -r)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src Cargo.toml Cargo.lock 2>/dev/null || echo ' (with changes)')"
  # ldd fails on a static executable ("not a dynamic executable"): read what it says, not its status.
  linked=$(ldd "$jwtmint" 2>&1 || true)
  echo "artefact: $(basename "$archive") ($(grep -q 'not a dynamic\|statically linked' <<<"$linked" && echo static || echo dynamic))"
  echo "load before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
} > "$results/machine.txt"

echo "== one mint per process ($rounds rounds)" >&2
mint="sign --secret-file $secret --sub joe --expires-in 1h"
rs_mint="sign --key $keys/rsa2048-pkcs1.pem --sub joe --expires-in 1h"
# The commands are timed in interleaved rounds (each command a share of the runs per round), and
# each ratio is the median of its per-round ratios: this VM's speed drifts by a quarter within
# minutes, and hyperfine times one command after the other, so one long round compared
# commands timed at different moments.
: > "$results/single.txt"
for round in $(seq "$rounds"); do
  hyperfine --warmup 5 --runs "$((runs / rounds))" -N --export-json "$work/single.$round.json" \
    -n "/bin/true" "/bin/true" \
    -n "jwtmint --version" "$jwtmint --version" \
    -n "jwtmint HS256" "$jwtmint $mint" \
    -n "jwt-cli HS256" "$jwt_cli encode --secret @$secret --sub joe --exp=+1h" \
    -n "jwtmint RS256-2048" "$jwtmint $rs_mint" \
    -n "jwt-cli RS256-2048" "$jwt_cli encode --alg RS256 --secret @$keys/rsa2048-pkcs1.pem --sub joe --exp=+1h" \
    -n "jwtmint RS256-4096 encrypted" "$jwtmint sign --key $keys/rsa4096-genrsa-des3.pem --passphrase-file $pass --sub joe --expires-in 1h" \
    >> "$results/single.txt"
done
hyperfine --warmup 2 --runs "$slow_runs" -N --export-json "$results/node.json" \
  -n "node HS256" "node bench/mint.js HS256 $secret" \
  -n "node RS256-2048" "node bench/mint.js RS256 $keys/rsa2048-pkcs1.pem" \
  -n "node RS256-4096 encrypted" "node bench/mint.js RS256 $keys/rsa4096-genrsa-des3.pem $pass" \
  > "$results/node.txt"

# One result per command over all rounds (mean, user, system), with each round's mean kept for
# the ratios; not every run's time: the results are committed.
python3 - "$results/single.json" "$work"/single.*.json <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], [json.load(open(p))["results"] for p in sys.argv[2:]]
merged = []
for i, first in enumerate(rounds[0]):
    runs = [r[i] for r in rounds]
    times = [t for r in runs for t in r["times"]]
    merged.append({
        "command": first["command"],
        "mean": statistics.fmean(times),
        "median": statistics.median(times),
        "user": statistics.fmean(r["user"] for r in runs),
        "system": statistics.fmean(r["system"] for r in runs),
        "runs": len(times),
        "round_means": [r["mean"] for r in runs],
    })
json.dump({"results": merged}, open(out, "w"), indent=1)
PY
python3 - "$results"/node.json <<'PY'
import json, sys
for path in sys.argv[1:]:
    data = json.load(open(path))
    for r in data["results"]:
        for key in ("times", "exit_codes", "memory_usage_byte"):
            r.pop(key, None)
    json.dump(data, open(path, "w"), indent=1)
PY

echo "== batch throughput ($lines lines) and memory ($million lines)" >&2
python3 - "$work/lines.jsonl" "$lines" "$work/million.jsonl" "$million" <<'PY'
import json, sys
for path, count in ((sys.argv[1], int(sys.argv[2])), (sys.argv[3], int(sys.argv[4]))):
    with open(path, "w") as f:
        for i in range(count):
            f.write(json.dumps({"sub": f"user-{i}", "claim": [f"n:={i}"]}) + "\n")
PY
measure() { python3 bench/measure.py "$jwtmint" "$@"; }
# -elapsed: divide by wall-clock time, as tokens/s does (openssl divides by its CPU user time
# otherwise, which leaves out time spent in the kernel or waiting for a core).
speed() { openssl speed -elapsed -multi "$cores" -seconds "$seconds" "$1" 2>/dev/null; }
: > "$results/openssl-speed.txt"
{
  echo "HS256 $(measure "$work/lines.jsonl" "$lines" -- sign --secret-file "$secret" --expires-in 1h)"
  echo "== openssl speed -multi $cores rsa2048, then the RS256 batch" >&2
  speed rsa2048 >> "$results/openssl-speed.txt"
  echo "RS256-2048 $(measure "$work/lines.jsonl" "$lines" -- sign --key $keys/rsa2048-pkcs1.pem --expires-in 1h)"
  echo "== openssl speed -multi $cores ecdsap256, then the ES256 batch" >&2
  speed ecdsap256 >> "$results/openssl-speed.txt"
  echo "ES256 $(measure "$work/lines.jsonl" "$lines" -- sign --key $keys/ec-p256-pkcs8.pem --expires-in 1h)"
  echo "EdDSA $(measure "$work/lines.jsonl" "$lines" -- sign --key $keys/ed25519-pkcs8.pem --expires-in 1h)"
  echo "HS256-million $(measure "$work/million.jsonl" "$million" -- sign --secret-file "$secret" --expires-in 1h)"
} > "$results/batch.txt"

echo "load after: $(cut -d ' ' -f 1-3 /proc/loadavg)" >> "$results/machine.txt"

python3 - "$results" "$cores" <<'PY' | tee "$results/table.md"
import json, statistics, sys
results, cores = sys.argv[1], sys.argv[2]
single = {}
for name in ("single", "node"):
    single.update({r["command"]: r for r in json.load(open(f"{results}/{name}.json"))["results"]})
def ms(name): return single[name]["mean"] * 1000
def cpu(name): return (single[name]["user"] + single[name]["system"]) * 1000
def wall(a, b):
    """a's wall-clock time over b's: the median of the rounds' ratios when both were timed in rounds."""
    ra, rb = single[a].get("round_means"), single[b].get("round_means")
    if ra and rb:
        return statistics.median(x / y for x, y in zip(ra, rb))
    return ms(a) / ms(b)
batch = {}
for line in open(f"{results}/batch.txt"):
    name, data = line.split(" ", 1)
    batch[name] = json.loads(data)
rsa_sign = ecdsa_sign = None
for line in open(f"{results}/openssl-speed.txt"):
    if line.startswith("rsa 2048"):
        rsa_sign = float(line.split()[-2])
    if "ecdsa (nistp256)" in line:
        ecdsa_sign = float(line.split()[-2])
def met(ok): return "met" if ok else "**not met**"

print("\n".join(f"- {line.strip()}" for line in open(f"{results}/machine.txt")))
print()
true, version = ms("/bin/true"), ms("jwtmint --version")
rounds = len(single["/bin/true"].get("round_means", [])) or 1
print("Wall-clock time of one process (mean), and in brackets its CPU time (user + system), which")
print(f"a loaded machine distorts less. Ratios are of wall-clock times (the median of {rounds}")
print("interleaved rounds' ratios), then of CPU times.")
print()
print("| one mint, whole process | jwtmint | /bin/true | jwt-cli 6.2 | node jsonwebtoken | jwtmint / true | jwtmint / jwt-cli | target |")
print("|---|---|---|---|---|---|---|---|")
def both(name): return f"{ms(name):.2f} ms ({cpu(name):.2f})"
# Three significant digits, so that a ratio just over its target does not print as the target.
def ratio(a, b): return f"{wall(a, b):.3g}× ({cpu(a) / cpu(b):.3g}×)"
print(f"| `--version` (loading only) | {both('jwtmint --version')} | {both('/bin/true')} |  |  | {ratio('jwtmint --version', '/bin/true')} |  |  |")
for key in ("HS256", "RS256-2048"):
    j, c = f"jwtmint {key}", f"jwt-cli {key}"
    to_true, to_cli = wall(j, "/bin/true"), wall(j, c)
    if key == "HS256":
        target = f"≤ 1.5× true: {met(to_true <= 1.5)}; ≤ 0.35× jwt-cli: {met(to_cli <= 0.35)}"
    else:
        target = f"≤ 0.35× jwt-cli: {met(to_cli <= 0.35)}"
    print(f"| {key} | {both(j)} | {both('/bin/true')} | {both(c)} | {ms(f'node {key}'):.1f} ms | {ratio(j, '/bin/true')} | {ratio(j, c)} | {target} |")
j = "jwtmint RS256-4096 encrypted"
print(f"| RS256-4096, encrypted key | {both(j)} | {both('/bin/true')} |  | {ms('node RS256-4096 encrypted'):.1f} ms | {ratio(j, '/bin/true')} |  |  |")
print()
print("| batch | tokens/s | tokens per CPU-second | reference | ratio | peak memory | target |")
print("|---|---|---|---|---|---|---|")
def row(name, label, ref="", ratio="", target=""):
    r = batch[name]
    print(f"| {label}, {r['lines_out']} lines | {r['tokens_per_second']:,} | {r['tokens_per_cpu_second']:,} | {ref} | {ratio} | {r['peak_rss_mb']} MB | {target} |")
row("HS256", "HS256")
for name, ref, label, floor in (("RS256-2048", rsa_sign, "rsa2048", 0.95), ("ES256", ecdsa_sign, "ecdsap256", 0.9)):
    ratio = batch[name]["tokens_per_second"] / ref if ref else 0
    row(name, name, f"openssl {label}: {ref:,.0f} sign/s", f"{ratio:.3g}", f"≥ {floor}: {met(ratio >= floor)}")
row("EdDSA", "EdDSA")
# The throughput target is read over a million lines: 100 000 take a tenth of a second, within
# the VM's jitter.
hs, m = batch["HS256-million"]["tokens_per_second"], batch["HS256-million"]["peak_rss_mb"]
row("HS256-million", "HS256", target=f"≥ 1 000 000/s: {met(hs >= 1_000_000)}; < 50 MB: {met(m < 50)}")
PY

if [[ -z "$quick" ]]; then
  python3 - README.md "$results/table.md" <<'PY'
import sys
readme, table = sys.argv[1], open(sys.argv[2]).read()
begin, end = "<!-- bench/compare.sh: begin -->\n", "<!-- bench/compare.sh: end -->\n"
text = open(readme).read()
if text.count(begin) != 1 or text.count(end) != 1:
    sys.exit("bench: README.md has no bench/compare.sh markers; the table is in bench/results/table.md")
head, rest = text.split(begin)
_, tail = rest.split(end)
open(readme, "w").write(head + begin + "\n" + table.rstrip("\n") + "\n\n" + end + tail)
PY
  echo "== README.md's Speed section now holds this table (and bench/results/ its raw output)" >&2
fi
