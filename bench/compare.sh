#!/usr/bin/env bash
# jwtmint against node `jsonwebtoken`, on this machine, with public tools:
#   - one mint per process (hyperfine): HS256, RS256-2048, RS256-4096 from an encrypted key,
#     with `/bin/true` and `jwtmint --version` as yardsticks (the floor of starting a process,
#     and of loading jwtmint without minting);
#   - batch throughput (tokens/s) for HS256, RS256-2048, ES256, EdDSA with 100 000 lines,
#     and peak memory for 1 000 000 HS256 lines;
#   - RS256-2048 throughput against `openssl speed -multi NCPU rsa2048`, the physical limit.
# Prints a markdown table and keeps the raw output under bench/results/.
#
# Needs: cargo, node + npm, python3, openssl, hyperfine (Debian: apt-get install hyperfine).
# Usage: bench/compare.sh [--quick]   (--quick: fewer runs and lines, for a smoke test)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

runs=30 lines=100000 million=1000000
if [[ "${1:-}" == "--quick" ]]; then runs=5 lines=5000 million=50000; fi

need() { command -v "$1" >/dev/null || { echo "bench: $1 is missing ($2)" >&2; exit 1; }; }
need hyperfine "Debian: apt-get install hyperfine"
need node "install Node.js"
need python3 "install Python 3"
need openssl "install openssl"

cargo build --release --locked --quiet
jwtmint=${CARGO_TARGET_DIR:-$root/target}/release/jwtmint
(cd tests/interop && npm ci --no-audit --no-fund --silent >/dev/null)
export NODE_PATH=$root/tests/interop/node_modules

results=bench/results
mkdir -p "$results"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keys=tests/fixtures/keys
secret=$keys/hmac-secret-64.txt
pass=$keys/passphrase.txt
cores=$(nproc)

echo "== one mint per process ($runs runs each)" >&2
hyperfine --warmup 3 --runs "$runs" -N --export-json "$results/single.json" \
  -n "/bin/true" "/bin/true" \
  -n "jwtmint --version" "$jwtmint --version" \
  -n "jwtmint HS256" "$jwtmint sign --secret-file $secret --sub joe --expires-in 1h" \
  -n "node HS256" "node bench/mint.js HS256 $secret" \
  -n "jwtmint RS256-2048" "$jwtmint sign --key $keys/rsa2048-pkcs1.pem --sub joe --expires-in 1h" \
  -n "node RS256-2048" "node bench/mint.js RS256 $keys/rsa2048-pkcs1.pem" \
  -n "jwtmint RS256-4096 encrypted" "$jwtmint sign --key $keys/rsa4096-genrsa-des3.pem --passphrase-file $pass --sub joe --expires-in 1h" \
  -n "node RS256-4096 encrypted" "node bench/mint.js RS256 $keys/rsa4096-genrsa-des3.pem $pass" \
  > "$results/single.txt"

echo "== batch throughput ($lines lines) and memory ($million lines)" >&2
python3 - "$work/lines.jsonl" "$lines" "$work/million.jsonl" "$million" <<'PY'
import json, sys
for path, count in ((sys.argv[1], int(sys.argv[2])), (sys.argv[3], int(sys.argv[4]))):
    with open(path, "w") as f:
        for i in range(count):
            f.write(json.dumps({"sub": f"user-{i}", "claim": [f"n:={i}"]}) + "\n")
PY
measure() { python3 bench/measure.py "$jwtmint" "$@"; }
{
  echo "HS256 $(measure "$work/lines.jsonl" "$lines" -- sign --secret-file "$secret" --expires-in 1h)"
  echo "RS256-2048 $(measure "$work/lines.jsonl" "$lines" -- sign --key $keys/rsa2048-pkcs1.pem --expires-in 1h)"
  echo "ES256 $(measure "$work/lines.jsonl" "$lines" -- sign --key $keys/ec-p256-pkcs8.pem --expires-in 1h)"
  echo "EdDSA $(measure "$work/lines.jsonl" "$lines" -- sign --key $keys/ed25519-pkcs8.pem --expires-in 1h)"
  echo "HS256-million $(measure "$work/million.jsonl" "$million" -- sign --secret-file "$secret" --expires-in 1h)"
} > "$results/batch.txt"

echo "== openssl speed -multi $cores rsa2048" >&2
openssl speed -multi "$cores" -seconds 5 rsa2048 2>/dev/null > "$results/openssl-speed.txt"

python3 - "$results" "$cores" <<'PY'
import json, sys
results, cores = sys.argv[1], sys.argv[2]
single = {r["command"]: r for r in json.load(open(f"{results}/single.json"))["results"]}
def ms(name): return single[name]["mean"] * 1000
batch = {}
for line in open(f"{results}/batch.txt"):
    name, data = line.split(" ", 1)
    batch[name] = json.loads(data)
openssl_sign = None
for line in open(f"{results}/openssl-speed.txt"):
    if line.startswith("rsa 2048"):
        openssl_sign = float(line.split()[-2])

print(f"Measured on {cores} cores.\n")
floor, version = ms("/bin/true"), ms("jwtmint --version")
print("| yardstick | time | HS256 mint / yardstick | target |")
print("|---|---|---|---|")
print(f"| /bin/true | {floor:.2f} ms | {ms('jwtmint HS256') / floor:.2f}× | mint ≤ 1.5× |")
print(f"| jwtmint --version | {version:.2f} ms | {ms('jwtmint HS256') / version:.2f}× |  |")
print()
print("| one mint, whole process | jwtmint | node jsonwebtoken | jwtmint / node | target |")
print("|---|---|---|---|---|")
for label, key in (("HS256", "HS256"), ("RS256-2048", "RS256-2048"), ("RS256-4096, encrypted key", "RS256-4096 encrypted")):
    j, n = ms(f"jwtmint {key}"), ms(f"node {key}")
    target = "≤ 1/30 of node" + (", ≤ 2 ms" if key == "HS256" else "")
    print(f"| {label} | {j:.2f} ms | {n:.1f} ms | 1/{n / j:.0f} | {target} |")
print()
print("| batch | tokens/s | peak memory | target |")
print("|---|---|---|---|")
targets = {"HS256": "≥ 300 000/s", "RS256-2048": "≥ 80% of openssl", "ES256": "", "EdDSA": ""}
for name in ("HS256", "RS256-2048", "ES256", "EdDSA"):
    r = batch[name]
    extra = ""
    if name == "RS256-2048" and openssl_sign:
        extra = f" ({100 * r['tokens_per_second'] / openssl_sign:.0f}% of openssl's {openssl_sign:.0f} sign/s)"
    print(f"| {name}, {r['lines_out']} lines | {r['tokens_per_second']:,}{extra} | {r['peak_rss_mb']} MB | {targets[name]} |")
m = batch["HS256-million"]
print(f"| HS256, {m['lines_out']} lines | {m['tokens_per_second']:,} | {m['peak_rss_mb']} MB | < 50 MB |")
PY
