#!/usr/bin/env bash
# Key stores: jwtmint signs with keys that never leave AWS KMS (a moto server), Vault/OpenBao
# transit (an OpenBao dev server over TLS), a PKCS#11 token (SoftHSM2) and an ssh-agent. PyJWT
# verifies every token with the public key the store itself hands out (KMS GetPublicKey, the
# transit key's public half, pkcs11-tool --read-object, the ssh public key file), so jwtmint's
# own code agreeing with itself proves nothing here.
#
# Every server is started here on a free loopback port and stopped on exit.
#
# Usage: tests/keystores/run.sh [kms|vault|pkcs11|agent ...]   (all by default)
#        JWTMINT_BIN=path/to/jwtmint tests/keystores/run.sh   (built with --features awskms
#                                                             for the kms part)
#
# Needs python3 (venv), softhsm2 and opensc (pkcs11-tool; .ci/run installs them), and
# openssh-client (ssh-agent, ssh-add, ssh-keygen).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
if [[ -n ${JWTMINT_BIN:-} ]]; then
  JWTMINT=$(cd "$(dirname "$JWTMINT_BIN")" && pwd)/$(basename "$JWTMINT_BIN")
else
  (cd "$ROOT" && cargo build --locked --quiet --features awskms)
  JWTMINT=$ROOT/target/debug/jwtmint
fi

STORES=("$@")
[[ ${#STORES[@]} -gt 0 ]] || STORES=(kms vault pkcs11 agent)

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

# ------------------------------------------------------------------ setup

VENV=$HERE/.venv
if ! { [[ -x $VENV/bin/python ]] && cmp -s "$HERE/requirements.txt" "$VENV/requirements.installed"; }; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check --no-deps -r "$HERE/requirements.txt" >&2
  cp "$HERE/requirements.txt" "$VENV/requirements.installed"
fi
PY=$VENV/bin/python

MANIFEST=$WORK/manifest.jsonl
: >"$MANIFEST"
FAILED=0

free_port() {
  "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Runs jwtmint with only what the test gives it: no HOME, no JWTMINT_* from outside.
mint() {
  env -u JWTMINT_KEY_FILE -u JWTMINT_SECRET HOME="$WORK/home" "$JWTMINT" "$@" </dev/null
}

# record NAME ALG PUBLIC_KEY_FILE TOKEN [CLAIMS_JSON] [SIGNATURE_LENGTH]
record() {
  "$PY" - "$@" >>"$MANIFEST" <<'PY'
import json, sys
name, alg, key_file, token = sys.argv[1:5]
case = {"name": name, "alg": alg, "key": open(key_file).read(), "token": token.strip()}
if len(sys.argv) > 5 and sys.argv[5]:
    case["claims"] = json.loads(sys.argv[5])
if len(sys.argv) > 6:
    case["sig_len"] = int(sys.argv[6])
print(json.dumps(case))
PY
}

fail() {
  echo "FAIL $*" >&2
  FAILED=1
}

# expect_failure NAME EXIT PATTERN [FORBIDDEN] -- COMMAND...: the command fails with EXIT, prints
# nothing on stdout and one line on stderr matching PATTERN (and never FORBIDDEN: a token,
# credential or PIN).
expect_failure() {
  local name=$1 code=$2 pattern=$3 forbidden=$4
  shift 5
  local out=$WORK/out err=$WORK/err status=0
  "$@" >"$out" 2>"$err" </dev/null || status=$?
  if [[ $status -ne $code ]]; then
    fail "$name: exit $status, expected $code: $(cat "$err")"
  elif [[ -s $out ]]; then
    fail "$name: printed on stdout: $(head -c 200 "$out")"
  elif ! grep -Eq -- "$pattern" "$err"; then
    fail "$name: stderr does not match /$pattern/: $(cat "$err")"
  elif [[ -n $forbidden ]] && grep -Fq -- "$forbidden" "$err"; then
    fail "$name: stderr gives away a secret: $(cat "$err")"
  elif [[ $(wc -l <"$err") -gt 2 ]]; then
    fail "$name: more than one line on stderr: $(cat "$err")"
  else
    echo "ok   $name: $(head -n1 "$err")"
  fi
}

# wait_port PORT: until something listens there (at most 30 s).
wait_port() {
  local i
  for i in $(seq 300); do
    (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing listens on 127.0.0.1:$1; the server's log:" >&2
  tail -n 20 "$2" >&2
  return 1
}

# batch_check NAME ALG PUBLIC_KEY_FILE N -- MINT ARGS...: mints N tokens in one --batch and checks
# the output keeps the input order; records a few for PyJWT; prints the rate.
batch_check() {
  local name=$1 alg=$2 key=$3 n=$4
  shift 5
  local input=$WORK/batch.in output=$WORK/batch.out
  seq 1 "$n" | sed 's/.*/{"sub":"user-&"}/' >"$input"
  local start end
  start=$(date +%s.%N)
  mint "$@" --batch "$input" >"$output"
  end=$(date +%s.%N)
  if [[ $(wc -l <"$output") -ne $n ]]; then
    fail "$name: batch printed $(wc -l <"$output") lines for $n"
    return
  fi
  local i
  for i in 1 $((n / 2)) "$n"; do
    record "$name line $i" "$alg" "$key" "$(sed -n "${i}p" "$output")" "{\"sub\":\"user-$i\"}"
  done
  "$PY" -c "print(f'ok   $name: $n tokens in {$end - $start:.2f}s, {$n / ($end - $start):.0f}/s')"
}

# ------------------------------------------------------------------ AWS KMS (moto)

run_kms() {
  echo "== AWS KMS: moto server"
  local port
  port=$(free_port)
  "$VENV/bin/moto_server" -H 127.0.0.1 -p "$port" >"$WORK/moto.log" 2>&1 &
  PIDS+=($!)
  wait_port "$port" "$WORK/moto.log"
  export AWS_ENDPOINT_URL_KMS=http://127.0.0.1:$port AWS_REGION=us-east-1
  export AWS_ACCESS_KEY_ID=AKIAJWTMINTTEST AWS_SECRET_ACCESS_KEY=jwtmint-secret-access-key-never-shown
  AWS_EC2_METADATA_DISABLED=true "$PY" "$HERE/kms_setup.py" "$AWS_ENDPOINT_URL_KMS" >"$WORK/kms.json"
  kms() { "$PY" -c "import json,sys; print(json.load(open('$WORK/kms.json'))[sys.argv[1]][sys.argv[2]], end='')" "$@"; }
  local label alg pem token
  for label in rsa2048 rsa4096 p256 p384 p521 k256; do
    pem=$WORK/kms-$label.pem
    kms "$label" pem >"$pem"
    case $label in
      rsa*) alg=RS256 ;; p256) alg=ES256 ;; p384) alg=ES384 ;; p521) alg=ES512 ;; k256) alg=ES256K ;;
    esac
    # By alias, by key id, by ARN (the ARN's region would do without AWS_REGION).
    for ref in "awskms:///$(kms "$label" alias)" "awskms:///$(kms "$label" id)" "awskms:///$(kms "$label" arn)"; do
      token=$(mint sign --key "$ref" --sub "kms-$label" --expires-in 5m)
      record "kms $label $ref" "$alg" "$pem" "$token" "{\"sub\":\"kms-$label\"}"
    done
  done
  for alg in RS384 RS512; do
    token=$(mint sign --key awskms:///alias/jwtmint-rsa2048 --alg "$alg" --sub kms-rsa --expires-in 5m)
    record "kms rsa2048 $alg" "$alg" "$WORK/kms-rsa2048.pem" "$token"
  done
  # A service: GitHub App with the KMS RSA key, as a header for curl.
  local header
  header=$(mint github-app --key awskms:///alias/jwtmint-rsa2048 --client-id Iv23liExample01 --format header)
  [[ $header == "Authorization: Bearer "* ]] || fail "kms github-app header: $header"
  record "kms github-app" RS256 "$WORK/kms-rsa2048.pem" "${header#Authorization: Bearer }" '{"iss":"Iv23liExample01"}'
  token=$(mint app-store-connect --key awskms:///alias/jwtmint-p256 --key-id ABC123DEFG \
    --issuer-id 57246542-96fe-1a63-e053-0824d011072a)
  record "kms app-store-connect (64-byte r|s)" ES256 "$WORK/kms-p256.pem" "$token" '{"aud":"appstoreconnect-v1"}' 64
  # public-key and inspect from the same reference.
  mint public-key --key awskms:///alias/jwtmint-p256 >"$WORK/kms-p256.out"
  cmp -s <(tr -d '\n' <"$WORK/kms-p256.out") <(tr -d '\n' <"$WORK/kms-p256.pem") \
    || fail "kms public-key PEM differs from GetPublicKey's"
  mint public-key --key awskms:///alias/jwtmint-p256 --format jwks | grep -q '"alg":"ES256"' \
    || fail "kms public-key --format jwks"
  mint inspect --key awskms:///alias/jwtmint-p256 "$token" >/dev/null 2>&1 || fail "kms inspect --key"
  # A certificate for the KMS key (its public key, signed by a throwaway CA) goes into x5c/x5t;
  # one for another key is refused.
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$WORK/ca.key" \
    -out "$WORK/ca.pem" -subj /CN=ca -days 1 2>/dev/null
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$WORK/dummy.key" \
    -subj /CN=kms -out "$WORK/kms.csr" 2>/dev/null
  openssl x509 -req -in "$WORK/kms.csr" -force_pubkey "$WORK/kms-p256.pem" -CA "$WORK/ca.pem" \
    -CAkey "$WORK/ca.key" -days 1 -out "$WORK/kms-p256.cert.pem" 2>/dev/null
  token=$(mint sign --key awskms:///alias/jwtmint-p256 --x5c-cert "$WORK/kms-p256.cert.pem" \
    --x5t-cert "$WORK/kms-p256.cert.pem" --kid-thumbprint --sub x5c --expires-in 5m)
  record "kms x5c/x5t/kid-thumbprint" ES256 "$WORK/kms-p256.pem" "$token" '{"sub":"x5c"}'
  "$PY" -c 'import jwt,sys; h=jwt.get_unverified_header(sys.argv[1]); assert "x5c" in h and "x5t#S256" in h and "kid" in h, h' "$token" \
    || fail "kms x5c header"
  expect_failure "kms certificate of another key" 1 "another key" "" -- \
    mint sign --key awskms:///alias/jwtmint-p256 --x5c-cert "$WORK/ca.pem" --sub x
  batch_check "kms batch (16 in flight)" ES256 "$WORK/kms-p256.pem" 300 -- sign --key awskms:///alias/jwtmint-p256 --expires-in 5m

  local secret=$AWS_SECRET_ACCESS_KEY
  expect_failure "kms key not found" 1 "AWS KMS key alias/nope: NotFoundException" "$secret" -- \
    mint sign --key awskms:///alias/nope --sub x
  expect_failure "kms key for encryption" 1 "not for signing" "$secret" -- \
    mint sign --key "awskms:///$(kms encrypt id)" --sub x
  # (moto signs with a disabled key, so DisabledException, like AccessDeniedException, is left to
  # the mapping in src/signers/awskms.rs.)
  # The service's rules apply as for a file: realm signs RS256 only (exit 1, as for an EC file).
  expect_failure "kms EC key for realm" 1 "RS256 needs an RSA private key; this is an EC P-256 key \(AWS KMS key alias/jwtmint-p256\)" "$secret" -- \
    mint realm --key awskms:///alias/jwtmint-p256 --user-id x
  expect_failure "kms no credentials" 1 "no AWS credentials" "" -- \
    env -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE=/nonexistent \
    AWS_SHARED_CREDENTIALS_FILE=/nonexistent "$JWTMINT" sign --key awskms:///alias/jwtmint-p256 --sub x
  expect_failure "kms unreachable, bounded" 1 "cannot be reached|did not answer" "$secret" -- \
    env AWS_ENDPOINT_URL_KMS=http://127.0.0.1:9 JWTMINT_REMOTE_TIMEOUT=3s "$JWTMINT" sign --key awskms:///alias/jwtmint-p256 --sub x
  expect_failure "kms plain http elsewhere" 2 "plain http" "$secret" -- \
    env AWS_ENDPOINT_URL_KMS=http://kms.example.com "$JWTMINT" sign --key awskms:///alias/x --sub x
  expect_failure "gcpkms refused" 2 "not supported yet" "" -- \
    mint sign --key gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k --sub x
  expect_failure "azurekms refused" 2 "not supported yet" "" -- \
    mint sign --key azurekms://v.vault.azure.net/k --sub x
  unset AWS_ENDPOINT_URL_KMS AWS_REGION AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
}

# ------------------------------------------------------------------ Vault/OpenBao transit

run_vault() {
  echo "== Vault transit: OpenBao dev server (TLS)"
  local port token=jwtmint-root-token-never-shown
  port=$(free_port)
  mkdir -p "$WORK/bao"
  "$VENV/bin/bao" server -dev -dev-tls -dev-tls-cert-dir="$WORK/bao" -dev-root-token-id="$token" \
    -dev-listen-address="127.0.0.1:$port" >"$WORK/bao.log" 2>&1 &
  PIDS+=($!)
  wait_port "$port" "$WORK/bao.log"
  export VAULT_ADDR=https://127.0.0.1:$port VAULT_TOKEN=$token VAULT_CACERT=$WORK/bao/vault-ca.pem
  local i
  for i in $(seq 100); do [[ -s $VAULT_CACERT ]] && "$VENV/bin/bao" status >/dev/null 2>&1 && break; sleep 0.2; done
  "$VENV/bin/bao" secrets enable transit >/dev/null
  local name type
  for name in rsa-2048 rsa-4096 ecdsa-p256 ecdsa-p384 ecdsa-p521 ed25519; do
    "$VENV/bin/bao" write -f "transit/keys/$name" type="$name" >/dev/null
  done
  "$VENV/bin/bao" write -f transit/keys/ecdsa-p256/rotate >/dev/null
  # The public keys, as the server gives them, as PEM files: transit-NAME-vN.pem.
  for name in rsa-2048 rsa-4096 ecdsa-p256 ecdsa-p384 ecdsa-p521 ed25519; do
    "$VENV/bin/bao" read -format=json "transit/keys/$name" | "$PY" -c '
import base64, json, sys
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
data = json.load(sys.stdin)["data"]
for version, key in data["keys"].items():
    public = key["public_key"]
    if data["type"] == "ed25519":
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public)).public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    open(sys.argv[1] + "-v" + version + ".pem", "w").write(public)
' "$WORK/transit-$name"
  done
  local alg token
  for name in rsa-2048 rsa-4096 ecdsa-p384 ecdsa-p521 ed25519; do
    case $name in
      rsa*) alg=RS256 ;; ecdsa-p384) alg=ES384 ;; ecdsa-p521) alg=ES512 ;; ed25519) alg=EdDSA ;;
    esac
    token=$(mint sign --key "hashivault://$name" --sub "transit-$name" --expires-in 5m)
    record "transit $name" "$alg" "$WORK/transit-$name-v1.pem" "$token" "{\"sub\":\"transit-$name\"}"
  done
  for alg in RS384 RS512 PS256 PS384 PS512; do
    token=$(mint sign --key hashivault://rsa-2048 --alg "$alg" --sub transit-rsa --expires-in 5m)
    record "transit rsa-2048 $alg" "$alg" "$WORK/transit-rsa-2048-v1.pem" "$token"
  done
  # Key versions: the latest by default, an older one when pinned.
  token=$(mint sign --key hashivault://ecdsa-p256 --sub v2 --expires-in 5m)
  record "transit ecdsa-p256 latest (v2)" ES256 "$WORK/transit-ecdsa-p256-v2.pem" "$token" '{"sub":"v2"}' 64
  token=$(mint sign --key 'hashivault://ecdsa-p256?version=1' --sub v1 --expires-in 5m)
  record "transit ecdsa-p256 version=1" ES256 "$WORK/transit-ecdsa-p256-v1.pem" "$token" '{"sub":"v1"}' 64
  token=$(mint app-store-connect --key hashivault://ecdsa-p256 --key-id ABC123DEFG \
    --issuer-id 57246542-96fe-1a63-e053-0824d011072a)
  record "transit app-store-connect" ES256 "$WORK/transit-ecdsa-p256-v2.pem" "$token" '{"aud":"appstoreconnect-v1"}' 64
  mint public-key --key hashivault://ed25519 >"$WORK/transit-ed.out"
  cmp -s "$WORK/transit-ed.out" "$WORK/transit-ed25519-v1.pem" || fail "transit public-key differs"
  mint inspect --key hashivault://ed25519 "$(mint sign --key hashivault://ed25519 --sub i)" >/dev/null 2>&1 \
    || fail "transit inspect --key"
  batch_check "transit batch (16 in flight)" ES256 "$WORK/transit-ecdsa-p256-v2.pem" 300 -- sign --key hashivault://ecdsa-p256 --expires-in 5m

  expect_failure "transit key not found" 1 "transit key nope.*404" "$token" -- mint sign --key hashivault://nope --sub x
  expect_failure "transit version missing" 1 "no version 7" "$token" -- mint sign --key 'hashivault://ed25519?version=7' --sub x
  expect_failure "transit bad token" 1 "403" "wrong-token-value" -- \
    env VAULT_TOKEN=wrong-token-value "$JWTMINT" sign --key hashivault://ed25519 --sub x
  expect_failure "transit no token" 1 "no token" "" -- \
    env -u VAULT_TOKEN HOME="$WORK/home" "$JWTMINT" sign --key hashivault://ed25519 --sub x
  expect_failure "transit untrusted certificate" 1 "TLS" "$token" -- \
    env -u VAULT_CACERT "$JWTMINT" sign --key hashivault://ed25519 --sub x
  expect_failure "transit server down, bounded" 1 "cannot be reached" "$token" -- \
    env VAULT_ADDR=http://127.0.0.1:9 JWTMINT_REMOTE_TIMEOUT=3s "$JWTMINT" sign --key hashivault://ed25519 --sub x
  unset VAULT_ADDR VAULT_TOKEN VAULT_CACERT
}

# ------------------------------------------------------------------ PKCS#11 (SoftHSM2)

run_pkcs11() {
  echo "== PKCS#11: SoftHSM2"
  local module
  module=$(ls /usr/lib/softhsm/libsofthsm2.so /usr/lib/*/softhsm/libsofthsm2.so 2>/dev/null | head -n1 || true)
  if [[ -z $module ]]; then
    fail "pkcs11: libsofthsm2.so not found (apt-get install softhsm2)"
    return
  fi
  mkdir -p "$WORK/tokens"
  export SOFTHSM2_CONF=$WORK/softhsm2.conf
  printf 'directories.tokendir = %s\nobjectstore.backend = file\n' "$WORK/tokens" >"$SOFTHSM2_CONF"
  local pin=61836492 so=33445566
  softhsm2-util --init-token --free --label jwtmint --pin "$pin" --so-pin "$so" >/dev/null
  local p11=(pkcs11-tool --module "$module" --token-label jwtmint --login --pin "$pin")
  "${p11[@]}" --keypairgen --key-type rsa:2048 --label rsa2048 --id 01 >/dev/null 2>&1
  "${p11[@]}" --keypairgen --key-type EC:prime256v1 --label p256 --id 02 >/dev/null 2>&1
  "${p11[@]}" --keypairgen --key-type EC:secp384r1 --label p384 --id 03 >/dev/null 2>&1
  "${p11[@]}" --keypairgen --key-type EC:edwards25519 --label ed25519 --id 04 >/dev/null 2>&1
  local id label
  "${p11[@]}" --read-object --type pubkey --id 01 -o "$WORK/p11-01.der" >/dev/null 2>&1
  "${p11[@]}" --list-objects --type pubkey >"$WORK/p11-objects.txt" 2>/dev/null
  "$PY" "$HERE/p11_public.py" "$WORK/p11-objects.txt" "$WORK"
  export JWTMINT_PKCS11_MODULE=$module
  printf '%s\n' "$pin" >"$WORK/pin"
  local token alg
  for pair in rsa2048:01:RS256 p256:02:ES256 p384:03:ES384 ed25519:04:EdDSA; do
    IFS=: read -r label id alg <<<"$pair"
    token=$(mint sign --key "pkcs11:token=jwtmint;object=$label" --passphrase-file "$WORK/pin" --sub "p11-$label" --expires-in 5m)
    record "pkcs11 $label" "$alg" "$WORK/p11-$id.pem" "$token" "{\"sub\":\"p11-$label\"}"
  done
  for alg in RS384 RS512 PS256 PS384 PS512; do
    token=$(JWTMINT_PASSPHRASE=$pin mint sign --key "pkcs11:token=jwtmint;id=%01" --alg "$alg" --sub p11 --expires-in 5m)
    record "pkcs11 rsa2048 $alg (PIN from JWTMINT_PASSPHRASE, id=)" "$alg" "$WORK/p11-01.pem" "$token"
  done
  # The PIN from the URI's pin-source, the module from module-path.
  token=$(env -u JWTMINT_PKCS11_MODULE HOME="$WORK/home" "$JWTMINT" app-store-connect \
    --key "pkcs11:token=jwtmint;object=p256?module-path=$module&pin-source=file:$WORK/pin" \
    --key-id ABC123DEFG --issuer-id 57246542-96fe-1a63-e053-0824d011072a)
  record "pkcs11 app-store-connect" ES256 "$WORK/p11-02.pem" "$token" '{"aud":"appstoreconnect-v1"}' 64
  env -u JWTMINT_PKCS11_MODULE HOME="$WORK/home" "$JWTMINT" public-key --pkcs11-module "$module" \
    --key "pkcs11:token=jwtmint;object=p384" --passphrase-file "$WORK/pin" >"$WORK/p11.out" </dev/null
  cmp -s "$WORK/p11.out" "$WORK/p11-03.pem" || fail "pkcs11 public-key differs"
  batch_check "pkcs11 batch" ES256 "$WORK/p11-02.pem" 200 -- sign --key "pkcs11:token=jwtmint;object=p256" --passphrase-file "$WORK/pin" --expires-in 5m

  printf '99999999\n' >"$WORK/wrong-pin"
  expect_failure "pkcs11 wrong PIN" 1 "wrong PIN" "99999999" -- \
    mint sign --key "pkcs11:token=jwtmint;object=p256" --passphrase-file "$WORK/wrong-pin" --sub x
  expect_failure "pkcs11 no PIN without a terminal" 1 "no PIN" "" -- \
    mint sign --key "pkcs11:token=jwtmint;object=p256" --sub x
  expect_failure "pkcs11 pin-value refused" 2 "pin-value" "4444" -- \
    mint sign --key "pkcs11:token=jwtmint;object=p256?pin-value=4444" --sub x
  expect_failure "pkcs11 no such object" 1 "no private key" "$pin" -- \
    mint sign --key "pkcs11:token=jwtmint;object=nope" --passphrase-file "$WORK/pin" --sub x
  expect_failure "pkcs11 no module" 2 "no module" "" -- \
    env -u JWTMINT_PKCS11_MODULE HOME="$WORK/home" "$JWTMINT" sign --key "pkcs11:object=p256" --sub x
  # A token that cannot be logged into: SoftHSM2 keeps no retry counter, so a PIN cannot be
  # locked by wrong tries here (the CKR_PIN_LOCKED message is a unit test); a token whose user
  # PIN was never set takes the same path (checked before any PIN is asked for).
  pkcs11-tool --module "$module" --init-token --label locked --so-pin "$so" --slot-index 1 >/dev/null 2>&1
  expect_failure "pkcs11 token without a user PIN" 1 "token locked: the token has no user PIN" "$pin" -- \
    mint sign --key "pkcs11:token=locked;object=k" --passphrase-file "$WORK/pin" --sub x
  unset SOFTHSM2_CONF JWTMINT_PKCS11_MODULE
}

# ------------------------------------------------------------------ ssh-agent

run_agent() {
  echo "== ssh-agent"
  local sock=$WORK/agent.sock
  ssh-agent -D -a "$sock" >/dev/null 2>&1 &
  PIDS+=($!)
  for _ in $(seq 100); do [[ -S $sock ]] && break; sleep 0.1; done
  export SSH_AUTH_SOCK=$sock
  expect_failure "agent without keys" 1 "no keys" "" -- mint sign --key ssh-agent: --sub x
  local spec
  for spec in rsa:2048 ecdsa:256 ecdsa:384 ecdsa:521 ed25519:0; do
    local type=${spec%%:*} bits=${spec##*:} file=$WORK/agent-${spec/:/-}
    if [[ $type == ed25519 ]]; then
      ssh-keygen -q -t ed25519 -N '' -C "jwtmint-$type" -f "$file"
    else
      ssh-keygen -q -t "$type" -b "$bits" -N '' -C "jwtmint-$type-$bits" -f "$file"
    fi
    ssh-add -q "$file" 2>/dev/null
    "$PY" -c '
import sys
from cryptography.hazmat.primitives import serialization
key = serialization.load_ssh_public_key(open(sys.argv[1], "rb").read())
open(sys.argv[2], "wb").write(key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
' "$file.pub" "$file.pem"
  done
  local token fp
  for pair in jwtmint-rsa-2048:RS256:rsa-2048 jwtmint-ecdsa-256:ES256:ecdsa-256 jwtmint-ecdsa-384:ES384:ecdsa-384 \
    jwtmint-ecdsa-521:ES512:ecdsa-521 jwtmint-ed25519:EdDSA:ed25519-0; do
    IFS=: read -r comment alg file <<<"$pair"
    token=$(mint sign --key "ssh-agent:$comment" --sub "agent-$comment" --expires-in 5m)
    record "agent $comment" "$alg" "$WORK/agent-$file.pem" "$token" "{\"sub\":\"agent-$comment\"}"
  done
  token=$(mint sign --key ssh-agent:jwtmint-rsa-2048 --alg RS512 --sub x --expires-in 5m)
  record "agent rsa RS512" RS512 "$WORK/agent-rsa-2048.pem" "$token"
  fp=$(ssh-keygen -lf "$WORK/agent-ecdsa-256.pub" | awk '{print $2}')
  token=$(mint app-store-connect --key "ssh-agent:$fp" --key-id ABC123DEFG \
    --issuer-id 57246542-96fe-1a63-e053-0824d011072a)
  record "agent app-store-connect (by fingerprint)" ES256 "$WORK/agent-ecdsa-256.pem" "$token" '{"aud":"appstoreconnect-v1"}' 64
  mint public-key --key ssh-agent:jwtmint-ed25519 >"$WORK/agent.out"
  cmp -s "$WORK/agent.out" "$WORK/agent-ed25519-0.pem" || fail "agent public-key differs"
  batch_check "agent batch" EdDSA "$WORK/agent-ed25519-0.pem" 200 -- sign --key ssh-agent:jwtmint-ed25519 --expires-in 5m

  expect_failure "agent with many keys, none named" 1 "has 5 keys.*jwtmint-ed25519" "" -- mint sign --key ssh-agent: --sub x
  expect_failure "agent has no such key" 1 "no key .nope." "" -- mint sign --key ssh-agent:nope --sub x
  expect_failure "agent cannot sign PSS" 1 "cannot sign PS256" "" -- mint sign --key ssh-agent:jwtmint-rsa-2048 --alg PS256 --sub x
  expect_failure "agent not running" 1 "SSH_AUTH_SOCK" "" -- env SSH_AUTH_SOCK="$WORK/none.sock" "$JWTMINT" sign --key ssh-agent: --sub x
  unset SSH_AUTH_SOCK
}

for store in "${STORES[@]}"; do
  "run_$store"
done

echo "== PyJWT verifies the tokens with each store's own public key"
"$PY" "$HERE/verify.py" "$MANIFEST" || FAILED=1
exit "$FAILED"
