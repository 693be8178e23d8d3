#!/usr/bin/env bash
# `--batch` throughput with a key in a store: a moto KMS server and an OpenBao dev server (the
# pinned ones of tests/keystores/), both on loopback, each with an ECDSA P-256 key; N lines
# minted with --jobs 1, 4, 16 (the default for a remote key) and 32. Prints a markdown table of
# tokens per second. Local emulators measure jwtmint's side (parallelism, no per-token set-up):
# a real KMS adds the network's round trip per signature and throttles at its request quota.
#
# Usage: bench/remote-batch.sh [LINES]   (default 1000; JWTMINT_BIN=path skips the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
lines=${1:-1000}

if [[ -n ${JWTMINT_BIN:-} ]]; then
  bin=$(cd "$(dirname "$JWTMINT_BIN")" && pwd)/$(basename "$JWTMINT_BIN")
else
  cargo build --release --locked --quiet --features awskms
  bin=$root/target/release/jwtmint
fi
venv=$root/tests/keystores/.venv
if [[ ! -x $venv/bin/python ]]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --no-deps -r tests/keystores/requirements.txt
  cp tests/keystores/requirements.txt "$venv/requirements.installed"
fi
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$work"' EXIT
port() { "$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 300); do (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }

kms_port=$(port)
"$venv/bin/moto_server" -H 127.0.0.1 -p "$kms_port" >"$work/moto.log" 2>&1 &
pids+=($!)
bao_port=$(port)
"$venv/bin/bao" server -dev -dev-root-token-id=bench -dev-listen-address="127.0.0.1:$bao_port" >"$work/bao.log" 2>&1 &
pids+=($!)
wait_port "$kms_port"
wait_port "$bao_port"
export AWS_ENDPOINT_URL_KMS=http://127.0.0.1:$kms_port AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench
export VAULT_ADDR=http://127.0.0.1:$bao_port VAULT_TOKEN=bench
"$venv/bin/python" tests/keystores/kms_setup.py "$AWS_ENDPOINT_URL_KMS" >/dev/null
for _ in $(seq 100); do "$venv/bin/bao" status >/dev/null 2>&1 && break; sleep 0.1; done
"$venv/bin/bao" secrets enable transit >/dev/null
"$venv/bin/bao" write -f transit/keys/bench type=ecdsa-p256 >/dev/null

seq 1 "$lines" | sed 's/.*/{"sub":"user-&"}/' >"$work/in"
echo "| store (P-256, ES256) | --jobs | tokens/s |"
echo "|---|---|---|"
for store in "AWS KMS (moto):awskms:///alias/jwtmint-p256" "OpenBao transit:hashivault://bench"; do
  name=${store%%:*} ref=${store#*:}
  for jobs in 1 4 16 32; do
    start=$(date +%s.%N)
    "$bin" sign --key "$ref" --expires-in 5m --batch "$work/in" --jobs "$jobs" >"$work/out"
    end=$(date +%s.%N)
    [[ $(wc -l <"$work/out") -eq $lines ]] || { echo "bench: $name printed the wrong number of lines" >&2; exit 1; }
    "$venv/bin/python" -c "print(f'| $name | $jobs | {$lines / ($end - $start):.0f} |')"
  done
done
