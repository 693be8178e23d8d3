#!/usr/bin/env bash
# Interop test: tokens minted by jwtmint must be accepted by two verifiers
# that share no code with it — node `jsonwebtoken` (verify.js) and Python
# PyJWT (verify.py) — using only the public key / secret and an explicit
# algorithm allow-list, as a real relying party would. The JOSE key forms
# (JWK/JWKS in and out, RFC 7638 thumbprints, ES512, ES256K) are checked the
# same way by node `jose` (verify_jose.js) and Python jwcrypto
# (verify_jwcrypto.py), from a manifest of their own.
#
# Usage: tests/interop/run.sh            (builds target/debug/jwtmint)
#        JWTMINT_BIN=path/to/jwtmint tests/interop/run.sh
#
# Needs node + npm and python3 (with venv); installs the pinned verifier
# packages into tests/interop/node_modules and tests/interop/.venv.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
KEYS="$ROOT/tests/fixtures/keys"
PASSPHRASE_FILE="$KEYS/passphrase.txt"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
MANIFEST="$WORK/manifest.jsonl"
: >"$MANIFEST"

# Fixed 24-hex ids (Mongo ObjectId shaped, as Form.io / Tiledesk expect).
PROJECT=5f8e1c2a9b3d4e5f6a7b8c9d
FORM=5f8e1c2a9b3d4e5f6a7b8c9e
ROLE=5f8e1c2a9b3d4e5f6a7b8c9f

ALL_RSA_ALGS=(RS256 RS384 RS512 PS256 PS384 PS512)

# ---------------------------------------------------------------- setup

locate_binary() {
  if [[ -n "${JWTMINT_BIN:-}" ]]; then
    # Absolute, so it still resolves under `env -i` from any directory.
    JWTMINT=$(cd "$(dirname "$JWTMINT_BIN")" && pwd)/$(basename "$JWTMINT_BIN")
  else
    (cd "$ROOT" && cargo build --locked --quiet)
    JWTMINT="$ROOT/target/debug/jwtmint"
  fi
  [[ -x "$JWTMINT" ]] || { echo "jwtmint binary not found at $JWTMINT" >&2; exit 2; }
}

install_node_deps() {
  # npm ci wipes node_modules; skip it when npm's own record of the last
  # install is newer than the lock file.
  if [[ -f "$HERE/node_modules/.package-lock.json" &&
        "$HERE/node_modules/.package-lock.json" -nt "$HERE/package-lock.json" ]]; then
    return
  fi
  (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)
}

install_python_deps() {
  local venv="$HERE/.venv" stamp="$HERE/.venv/requirements.installed"
  [[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
  # The stamp is a copy of the requirements last installed into this venv.
  if cmp -s "$HERE/requirements.txt" "$stamp"; then
    return
  fi
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$HERE/requirements.txt"
  cp "$HERE/requirements.txt" "$stamp"
}

# ---------------------------------------------------------------- minting
#
# Signing state shared by the cases that follow it:
#   use_secret FILE / use_key PRIVATE.pem PUBLIC.pem  - key to sign and verify
#   allow ALG...                                      - verifier allow-list

SIGN_ARGS=()
VERIFY_KEY=
ALGORITHMS=
MINT_FAILURES=()
CASE_NAMES=()

json_str() {
  # Enough escaping for the strings we control (names, paths, algs).
  local s=${1//\\/\\\\}
  printf '"%s"' "${s//\"/\\\"}"
}

use_secret() {
  SIGN_ARGS=(--secret-file "$1")
  VERIFY_KEY="{\"type\":\"secret\",\"path\":$(json_str "$1")}"
}

use_key() {
  SIGN_ARGS=(--key "$1")
  # Both legacy "Proc-Type: 4,ENCRYPTED" and PKCS#8 "BEGIN ENCRYPTED PRIVATE
  # KEY" PEMs say ENCRYPTED; only those get the passphrase, so a plain key
  # is proven to load without one.
  # PKCS#12 files and the OpenSSH fixtures named *-enc are encrypted too.
  if grep -q ENCRYPTED "$1" 2>/dev/null || [[ $1 == *.p12 || $1 == *-enc ]]; then
    SIGN_ARGS+=(--passphrase-file "$PASSPHRASE_FILE")
  fi
  VERIFY_KEY="{\"type\":\"public\",\"path\":$(json_str "$2")}"
}

allow() {
  local alg list=
  for alg in "$@"; do list+="${list:+,}$(json_str "$alg")"; done
  ALGORITHMS="[$list]"
}

# Run jwtmint with nothing inherited: no JWTMINT_* variables, no HOME config,
# no stdin (so a passphrase prompt cannot hang or be answered by accident).
run_jwtmint() {
  env -i PATH="$PATH" HOME=/nonexistent timeout 60 "$JWTMINT" "$@" </dev/null
}

is_compact_jws() {
  [[ "$1" =~ ^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$ ]]
}

mint_failed() {
  MINT_FAILURES+=("$1")
  echo "FAIL mint $1: $2"
}

# mint_case FORMAT NAME ALG CHECKS SUBCOMMAND [ARGS...]
#   FORMAT  token: stdout must be exactly one compact token line
#           url:   stdout is one URL line whose jwt= parameter is the token
#   ALG     the alg the header must carry
#   CHECKS  JSON object merged into the manifest line: expect, expect_header,
#           present, lifetime, audience (see verify.js)
mint_case() {
  local format=$1 name=$2 alg=$3 checks=$4 subcommand=$5
  shift 5
  CASE_NAMES+=("$name")
  local out="$WORK/out" err="$WORK/err"
  local status=0
  run_jwtmint "$subcommand" "${SIGN_ARGS[@]}" "$@" >"$out" 2>"$err" || status=$?
  if [[ $status -ne 0 ]]; then
    mint_failed "$name" "exit $status: $(tr '\n' ' ' <"$err" | cut -c1-300)"
    return
  fi
  if [[ $(wc -l <"$out") -ne 1 || -n $(tail -c1 "$out") ]]; then
    mint_failed "$name" "stdout is not exactly one newline-terminated line"
    return
  fi
  local token
  token=$(<"$out")
  if [[ $format == url ]]; then
    if [[ $token != https://docs.example.com*[?\&]jwt=* ]]; then
      mint_failed "$name" "not a docs URL with jwt=: $token"
      return
    fi
    token=${token#*jwt=}
    token=${token%%&*}
  fi
  if ! is_compact_jws "$token"; then
    mint_failed "$name" "not a compact JWS: $(cut -c1-200 <<<"$token")"
    return
  fi
  # Drop CHECKS' outer braces so its members join this object.
  local extra=${checks#\{}
  extra=${extra%\}}
  printf '{"name":%s,"token":"%s","alg":%s,"key":%s,"algorithms":%s%s}\n' \
    "$(json_str "$name")" "$token" "$(json_str "$alg")" "$VERIFY_KEY" "$ALGORITHMS" \
    "${extra:+,$extra}" >>"$MANIFEST"
}

mint()     { mint_case token "$@"; }
mint_url() { mint_case url "$@"; }

# ---------------------------------------------------------------- cases

sign_hmac_cases() {
  allow HS256 HS384 HS512
  use_secret "$KEYS/hmac-secret-64.txt"
  mint sign-secret-default-alg HS256 '{}' sign
  local alg
  for alg in HS256 HS384 HS512; do
    mint "sign-$alg-secret64" "$alg" '{"expect":{"sub":"joe"}}' sign --alg "$alg" --sub joe
  done
  # The verifiers strip "\r\n"; a jwtmint that kept the "\r" fails here.
  use_secret "$KEYS/hmac-secret-crlf.txt"
  mint sign-HS256-secret-crlf HS256 '{}' sign --alg HS256
  mint sign-HS512-secret-crlf HS512 '{}' sign --alg HS512
}

sign_claim_cases() {
  allow HS256
  use_secret "$KEYS/hmac-secret-64.txt"
  mint claims-typed HS256 \
    '{"expect":{"n":5,"flag":true,"nothing":null,"obj":{"a":[1,"x",false]},"s":"hello","num_as_string":"5"}}' \
    sign --claim n:=5 --claim flag:=true --claim nothing:=null \
    --claim 'obj:={"a":[1,"x",false]}' --claim s=hello --claim num_as_string=5
  # Only the first "=" separates KEY from VALUE.
  mint claims-value-with-equals HS256 '{"expect":{"url":"https://x.example/?a=b&c=d"}}' \
    sign --claim 'url=https://x.example/?a=b&c=d'
  mint claims-sub-iss HS256 '{"expect":{"sub":"joe","iss":"jwtmint-test"}}' \
    sign --sub joe --iss jwtmint-test
  mint claims-aud-multiple HS256 '{"audience":"b","expect":{"aud":["a","b"]}}' \
    sign --aud a --aud b
  # A single audience may be "only" or ["only"]; both verifiers accept either.
  mint claims-aud-single HS256 '{"audience":"only"}' sign --aud only
  mint claims-expires-in HS256 '{"present":["exp"],"lifetime":600}' sign --expires-in 10m
  mint claims-jti-value HS256 '{"expect":{"jti":"abc-123"}}' sign --jti abc-123
  # Bare --jti (value generated); last, so it cannot swallow another arg.
  mint claims-jti-generated HS256 '{"present":["jti"]}' sign --sub joe --jti
  mint header-kid HS256 '{"expect_header":{"kid":"key-1"}}' sign --kid key-1

  printf '{"role":"admin","tags":["x","y"],"nested":{"k":1}}\n' >"$WORK/claims.json"
  mint claims-file HS256 '{"expect":{"role":"admin","tags":["x","y"],"nested":{"k":1}}}' \
    sign --claims-file "$WORK/claims.json"
}

sign_rsa_cases() {
  local alg form
  allow "${ALL_RSA_ALGS[@]}"
  use_key "$KEYS/rsa2048-pkcs1.pem" "$KEYS/rsa2048.pub.pem"
  for alg in "${ALL_RSA_ALGS[@]}"; do
    mint "sign-$alg-rsa2048-pkcs1" "$alg" '{"expect":{"sub":"joe"}}' sign --alg "$alg" --sub joe
  done

  # Every RSA key form must load, and an RSA key defaults to RS256.
  for form in pkcs1 pkcs8 legacy-des3 legacy-aes128 legacy-aes192 legacy-aes256 \
      pkcs8-pbkdf2-sha256-aes256 pkcs8-pbkdf2-sha256-aes128 pkcs8-pbkdf2-sha256-aes192 \
      pkcs8-pbkdf2-sha1-aes256 pkcs8-pbkdf2-sha1-des3 pkcs8-scrypt-aes256 pkcs8-pbes1-sha1-3des; do
    use_key "$KEYS/rsa2048-$form.pem" "$KEYS/rsa2048.pub.pem"
    mint "sign-default-rsa2048-$form" RS256 '{}' sign
  done
  use_key "$KEYS/rsa4096-genrsa-des3.pem" "$KEYS/rsa4096-genrsa-des3.pub.pem"
  mint sign-default-rsa4096-genrsa-des3 RS256 '{}' sign
  mint sign-PS512-rsa4096-genrsa-des3 PS512 '{}' sign --alg PS512
  use_key "$KEYS/rsa4096-pkcs1.pem" "$KEYS/rsa4096.pub.pem"
  mint sign-default-rsa4096-pkcs1 RS256 '{}' sign
  mint sign-RS512-rsa4096-pkcs1 RS512 '{}' sign --alg RS512

  # A non-default alg through an encrypted PKCS#8 key as well.
  use_key "$KEYS/rsa2048-pkcs8-scrypt-aes256.pem" "$KEYS/rsa2048.pub.pem"
  mint sign-PS256-rsa2048-pkcs8-scrypt-aes256 PS256 '{}' sign --alg PS256
}

sign_ec_cases() {
  local form
  allow ES256
  for form in sec1 pkcs8 legacy-des3 legacy-aes256 pkcs8-pbkdf2-sha256-aes256; do
    use_key "$KEYS/ec-p256-$form.pem" "$KEYS/ec-p256.pub.pem"
    mint "sign-default-ec-p256-$form" ES256 '{}' sign
  done
  use_key "$KEYS/ec-p256-sec1.pem" "$KEYS/ec-p256.pub.pem"
  mint sign-ES256-ec-p256-sec1 ES256 '{"expect":{"sub":"joe"}}' sign --alg ES256 --sub joe

  allow ES384
  for form in sec1 pkcs8 legacy-aes128 pkcs8-scrypt-aes128; do
    use_key "$KEYS/ec-p384-$form.pem" "$KEYS/ec-p384.pub.pem"
    mint "sign-default-ec-p384-$form" ES384 '{}' sign
  done
  use_key "$KEYS/ec-p384-sec1.pem" "$KEYS/ec-p384.pub.pem"
  mint sign-ES384-ec-p384-sec1 ES384 '{"expect":{"sub":"joe"}}' sign --alg ES384 --sub joe
}

sign_ed25519_cases() {
  local form
  allow EdDSA
  for form in pkcs8 pkcs8-pbkdf2-sha256-aes256; do
    use_key "$KEYS/ed25519-$form.pem" "$KEYS/ed25519.pub.pem"
    mint "sign-default-ed25519-$form" EdDSA '{}' sign
  done
  use_key "$KEYS/ed25519-pkcs8.pem" "$KEYS/ed25519.pub.pem"
  mint sign-EdDSA-ed25519-claims EdDSA \
    '{"audience":"b","expect":{"sub":"joe","aud":["a","b"]},"lifetime":600}' \
    sign --alg EdDSA --sub joe --aud a --aud b --expires-in 10m
}

formio_cases() {
  local expect
  expect=$(printf '{"external":true,"form":{"_id":"%s"},"project":{"_id":"%s"},"user":{"_id":"external","data":{"email":"joe@example.com"},"roles":["%s"]}}' \
    "$FORM" "$PROJECT" "$ROLE")
  local args=(--project "$PROJECT" --form "$FORM" --role "$ROLE" --data email=joe@example.com)
  allow HS256 HS384 HS512
  use_secret "$KEYS/hmac-secret-64.txt"
  mint formio-default HS256 "{\"expect\":$expect,\"present\":[\"iat\",\"exp\"]}" formio "${args[@]}"
  mint formio-HS384 HS384 "{\"expect\":$expect}" formio "${args[@]}" --alg HS384
  mint formio-HS512 HS512 "{\"expect\":$expect}" formio "${args[@]}" --alg HS512
  # --admin's exact payload is not pinned down; it must still be a valid
  # token for the same project and form.
  mint formio-admin HS256 \
    "{\"expect\":{\"external\":true,\"form\":{\"_id\":\"$FORM\"},\"project\":{\"_id\":\"$PROJECT\"}}}" \
    formio "${args[@]}" --admin
}

realm_cases() {
  allow RS256
  use_key "$KEYS/rsa2048-pkcs1.pem" "$KEYS/rsa2048.pub.pem"
  mint realm-user RS256 '{"expect":{"userId":"joe"}}' realm --user-id joe
  mint realm-admin RS256 '{"expect":{"userId":"joe","isAdmin":true}}' realm --user-id joe --admin
  use_key "$KEYS/rsa2048-pkcs8-scrypt-aes256.pem" "$KEYS/rsa2048.pub.pem"
  mint realm-encrypted-key RS256 '{"expect":{"userId":"joe"}}' realm --user-id joe
}

developerhub_cases() {
  local checks='{"expect":{"version":1,"vars":{"user":{"name":"Joe"}}},"present":["exp"]}'
  local args=(--docs-url https://docs.example.com --var user.name=Joe)
  allow HS256 HS512
  use_secret "$KEYS/hmac-secret-64.txt"
  mint developerhub-token HS256 "$checks" developerhub "${args[@]}" --format token
  mint developerhub-HS512 HS512 "$checks" developerhub "${args[@]}" --format token --alg HS512
  # Default output: https://docs.example.com?jwt=TOKEN
  mint_url developerhub-url HS256 "$checks" developerhub "${args[@]}"
}

tinymce_cases() {
  local drive='{"sub":"joe","name":"Joe Bloggs","https://claims.tiny.cloud/drive/root":"/joe"}'
  local args=(--sub joe --name "Joe Bloggs" --drive-root /joe)
  allow "${ALL_RSA_ALGS[@]}"
  use_key "$KEYS/rsa2048-pkcs1.pem" "$KEYS/rsa2048.pub.pem"
  mint tinymce-drive RS256 "{\"expect\":$drive,\"present\":[\"exp\"]}" tinymce "${args[@]}"
  mint tinymce-drive-PS256 PS256 "{\"expect\":$drive}" tinymce "${args[@]}" --alg PS256
  mint tinymce-ai RS256 \
    '{"audience":"tiny-api-key","expect":{"sub":"joe","auth":{"ai":{"permissions":["ai:chat"]}}},"present":["iat","exp"]}' \
    tinymce --product ai --api-key tiny-api-key --sub joe --permission ai:chat
  # export takes no user: just aud, iat and exp.
  mint tinymce-export RS256 '{"audience":"tiny-api-key","present":["iat","exp"]}' \
    tinymce --product export --api-key tiny-api-key
}

tiledesk_cases() {
  local aud="https://tiledesk.com/projects/$PROJECT"
  allow HS256
  use_secret "$KEYS/hmac-secret-64.txt"
  mint tiledesk-user HS256 \
    "{\"audience\":\"$aud\",\"expect\":{\"_id\":\"u1\",\"sub\":\"userexternal\",\"aud\":\"$aud\",\"email\":\"a@example.com\",\"firstname\":\"Ann\"}}" \
    tiledesk --project "$PROJECT" --user-id u1 --email a@example.com --firstname Ann
}

# Keys made by `jwtmint keygen` (encrypted PKCS#8) sign tokens the peers accept
# with the public key keygen printed.
keygen_cases() {
  local spec kind alg
  for spec in rsa:RS256 ec:ES256 ed25519:EdDSA; do
    kind=${spec%%:*} alg=${spec#*:}
    if ! run_jwtmint keygen --type "$kind" --out "$WORK/keygen-$kind.pem" \
        --passphrase-file "$PASSPHRASE_FILE" >"$WORK/keygen-$kind.pub.pem" 2>"$WORK/err"; then
      CASE_NAMES+=("keygen-$kind")
      mint_failed "keygen-$kind" "keygen failed: $(tr '\n' ' ' <"$WORK/err")"
      continue
    fi
    allow "$alg"
    use_key "$WORK/keygen-$kind.pem" "$WORK/keygen-$kind.pub.pem"
    mint "keygen-$kind" "$alg" '{"expect":{"sub":"joe"}}' sign --sub joe --expires-in 10m
  done
}

# --batch with one line gives one token, signed like a single mint.
batch_cases() {
  local aud="https://tiledesk.com/projects/$PROJECT"
  printf '%s\n' '{"sub":"batch-user","claim":["n:=7"],"expires-in":"10m"}' >"$WORK/sign.jsonl"
  printf '%s\n' '{"user-id":"u2","email":"b@example.com","claims":{"plan":"pro"}}' >"$WORK/tiledesk.jsonl"
  allow HS256
  use_secret "$KEYS/hmac-secret-64.txt"
  mint batch-sign-HS256 HS256 '{"expect":{"sub":"batch-user","n":7},"lifetime":600}' \
    sign --batch "$WORK/sign.jsonl"
  mint batch-tiledesk HS256 \
    "{\"audience\":\"$aud\",\"expect\":{\"_id\":\"u2\",\"sub\":\"userexternal\",\"aud\":\"$aud\",\"plan\":\"pro\"}}" \
    tiledesk --project "$PROJECT" --batch "$WORK/tiledesk.jsonl"
  allow RS256
  use_key "$KEYS/rsa4096-genrsa-des3.pem" "$KEYS/rsa4096-genrsa-des3.pub.pem"
  mint batch-sign-RS256-encrypted RS256 '{"expect":{"sub":"batch-user","n":7}}' \
    sign --batch "$WORK/sign.jsonl"
}

# Public keys made by other tools, for keys that have no public PEM fixture.
derive_public_keys() {
  openssl pkey -in "$KEYS/ec-p521-pkcs8.pem" -pubout -out "$WORK/ec-p521.pub.pem"
  # ssh-keygen cannot write an Ed25519 key as PKCS#8: the SPKI is a fixed
  # 12-byte prefix and the 32 key bytes that end the .pub line's blob.
  "$HERE/.venv/bin/python" - "$KEYS/openssh-ed25519.pub" "$WORK/openssh-ed25519.pub.pem" <<'EOF'
import base64, sys
blob = base64.b64decode(open(sys.argv[1]).read().split()[1])
der = bytes.fromhex("302a300506032b6570032100") + blob[-32:]
body = base64.b64encode(der).decode()
open(sys.argv[2], "w").write(f"-----BEGIN PUBLIC KEY-----\n{body}\n-----END PUBLIC KEY-----\n")
EOF
}

# Key containers other tools make: openssl's PKCS#12 files (OpenSSL 3 and
# -legacy), ssh-keygen's OpenSSH keys (plain and bcrypt-encrypted), and
# private JWKs; ES512 from a SEC1 PEM. Checked with the PEM public keys.
container_cases() {
  allow "${ALL_RSA_ALGS[@]}"
  use_key "$KEYS/rsa2048-chain.p12" "$KEYS/rsa2048.pub.pem"
  mint p12-rsa2048-default RS256 '{"expect":{"sub":"joe"}}' sign --sub joe
  mint p12-rsa2048-PS256 PS256 '{}' sign --alg PS256
  use_key "$KEYS/rsa2048-chain-legacy.p12" "$KEYS/rsa2048.pub.pem"
  mint p12-legacy-rsa2048-default RS256 '{}' sign
  use_key "$KEYS/openssh-rsa2048" "$KEYS/rsa2048.pub.pem"
  mint openssh-rsa2048-default RS256 '{}' sign
  use_key "$KEYS/openssh-rsa2048-enc" "$KEYS/rsa2048.pub.pem"
  mint openssh-rsa2048-enc-PS384 PS384 '{}' sign --alg PS384
  use_key "$KEYS/rsa2048.jwk" "$KEYS/rsa2048.pub.pem"
  mint jwk-rsa2048-default RS256 '{"expect":{"sub":"joe"}}' sign --sub joe

  allow ES256
  use_key "$KEYS/ec-p256.p12" "$KEYS/ec-p256.pub.pem"
  mint p12-ec-p256-default ES256 '{}' sign
  use_key "$KEYS/openssh-ec-p256" "$KEYS/ec-p256.pub.pem"
  mint openssh-ec-p256-default ES256 '{}' sign
  use_key "$KEYS/ec-p256.jwk" "$KEYS/ec-p256.pub.pem"
  mint jwk-ec-p256-default ES256 '{}' sign
  allow ES384
  use_key "$KEYS/openssh-ec-p384-enc" "$KEYS/ec-p384.pub.pem"
  mint openssh-ec-p384-enc-default ES384 '{}' sign
  use_key "$KEYS/ec-p384.jwk" "$KEYS/ec-p384.pub.pem"
  mint jwk-ec-p384-default ES384 '{}' sign
  allow ES512
  use_key "$KEYS/openssh-ec-p521" "$WORK/ec-p521.pub.pem"
  mint openssh-ec-p521-default ES512 '{}' sign
  use_key "$KEYS/ec-p521-sec1.pem" "$WORK/ec-p521.pub.pem"
  mint sign-default-ec-p521-sec1 ES512 '{"expect":{"sub":"joe"}}' sign --sub joe
  use_key "$KEYS/ec-p521.jwk" "$WORK/ec-p521.pub.pem"
  mint jwk-ec-p521-default ES512 '{}' sign
  allow EdDSA
  use_key "$KEYS/openssh-ed25519" "$WORK/openssh-ed25519.pub.pem"
  mint openssh-ed25519-default EdDSA '{}' sign
  use_key "$KEYS/openssh-ed25519-enc" "$WORK/openssh-ed25519.pub.pem"
  mint openssh-ed25519-enc-default EdDSA '{}' sign
  use_key "$KEYS/ed25519.jwk" "$KEYS/ed25519.pub.pem"
  mint jwk-ed25519-default EdDSA '{}' sign
}

# ---------------------------------------------------------------- JOSE manifest
#
# Lines for verify_jose.js / verify_jwcrypto.py (format: top of verify_jose.js).

JOSE_MANIFEST="$WORK/jose.jsonl"
: >"$JOSE_MANIFEST"
JOSE_CASES=()

# capture NAME FILE ARGS...: jwtmint ARGS with stdout to FILE; a failure is
# recorded against NAME.
capture() {
  local name=$1 file=$2
  shift 2
  if ! run_jwtmint "$@" >"$file" 2>"$WORK/err"; then
    JOSE_CASES+=("$name")
    mint_failed "$name" "exit: $(tr '\n' ' ' <"$WORK/err" | cut -c1-300)"
    return 1
  fi
}

# jose_line NAME MEMBERS: one manifest line; MEMBERS is the rest of the object.
jose_line() {
  JOSE_CASES+=("$1")
  printf '{"name":%s,%s}\n' "$(json_str "$1")" "$2" >>"$JOSE_MANIFEST"
}

# jose_verify NAME KEYFILE TOKEN ALG [EXTRA]: TOKEN verifies with KEYFILE.
jose_verify() {
  jose_line "$1" "\"key\":$(json_str "$2"),\"token\":\"$3\",\"alg\":\"$4\"${5:+,$5}"
}

# Every JWK kind: jwtmint signs with the fixture JWK (made by node, not
# jwtmint) and the thumbprint as kid; jose and jwcrypto verify the token with
# the fixture's public members, jwtmint's public JWK and its JWKS (picked by
# kid), and compute jwtmint's thumbprint for each.
jose_jwk_cases() {
  local spec name alg jwk thumb token checks
  for spec in rsa2048:RS256 ec-p256:ES256 ec-p384:ES384 ec-p521:ES512 \
      ec-secp256k1:ES256K ed25519:EdDSA; do
    name=${spec%%:*} alg=${spec#*:}
    jwk="$KEYS/$name.jwk"
    capture "jose-$name" "$WORK/$name.thumb" public-key --key "$jwk" --thumbprint || continue
    thumb=$(<"$WORK/$name.thumb")
    capture "jose-$name" "$WORK/$name.pub.jwk" public-key --key "$jwk" --format jwk || continue
    capture "jose-$name" "$WORK/$name.jwks" public-key --key "$jwk" --format jwks || continue
    capture "jose-$name" "$WORK/$name.token" sign --key "$jwk" --sub joe --kid "$thumb" \
      --expires-in 10m || continue
    token=$(<"$WORK/$name.token")
    jose_line "jose-$name-thumbprint-fixture" "\"key\":$(json_str "$jwk"),\"thumbprint\":\"$thumb\""
    jose_line "jose-$name-thumbprint-public-jwk" \
      "\"key\":$(json_str "$WORK/$name.pub.jwk"),\"thumbprint\":\"$thumb\""
    jose_line "jose-$name-thumbprint-jwks" \
      "\"key\":$(json_str "$WORK/$name.jwks"),\"thumbprint\":\"$thumb\""
    checks="\"expect\":{\"sub\":\"joe\"},\"expect_header\":{\"kid\":\"$thumb\"}"
    jose_verify "jose-$name-verify-fixture-jwk" "$jwk" "$token" "$alg" "\"public_only\":true,$checks"
    jose_verify "jose-$name-verify-public-jwk" "$WORK/$name.pub.jwk" "$token" "$alg" "$checks"
    jose_verify "jose-$name-verify-jwks" "$WORK/$name.jwks" "$token" "$alg" "$checks"
  done
  # kty oct: the JWK is the HMAC secret, and --key signs with it.
  if run_jwtmint sign --key "$KEYS/oct.jwk" --sub joe >"$WORK/oct.token" 2>"$WORK/err"; then
    jose_verify jose-oct-verify "$KEYS/oct.jwk" "$(<"$WORK/oct.token")" HS256 '"expect":{"sub":"joe"}'
  else
    JOSE_CASES+=(jose-oct-verify)
    mint_failed jose-oct-verify "exit: $(tr '\n' ' ' <"$WORK/err" | cut -c1-300)"
  fi
}

# ES512 and ES256K from the other key forms, checked with the fixture JWKs'
# public members; keygen's private JWKs and JWKS (P-521, secp256k1, RSA,
# Ed25519) sign tokens that verify with the JWKS keygen wrote.
jose_es_cases() {
  local spec file name alg kind curve args
  for spec in ec-p521-sec1.pem:ec-p521:ES512 ec-p521-pkcs8.pem:ec-p521:ES512 \
      openssh-ec-p521:ec-p521:ES512 ec-secp256k1-sec1.pem:ec-secp256k1:ES256K; do
    IFS=: read -r file name alg <<<"$spec"
    if capture "jose-$file" "$WORK/$file.token" sign --key "$KEYS/$file" --sub joe; then
      jose_verify "jose-$file" "$KEYS/$name.jwk" "$(<"$WORK/$file.token")" "$alg" '"public_only":true'
    fi
  done
  for spec in ec:P-521:ES512 ec:secp256k1:ES256K rsa::RS256 ed25519::EdDSA; do
    IFS=: read -r kind curve alg <<<"$spec"
    name="$kind${curve:+-$curve}"
    args=(keygen --type "$kind" --format jwk --no-encrypt --out "$WORK/jwk-keygen-$name.jwk"
      --public-out "$WORK/jwk-keygen-$name.pub.pem" --jwks-out "$WORK/jwk-keygen-$name.jwks")
    [[ -n $curve ]] && args+=(--curve "$curve")
    capture "jose-keygen-$name" "$WORK/jwk-keygen-$name.out" "${args[@]}" || continue
    capture "jose-keygen-$name" "$WORK/jwk-keygen-$name.token" sign --key "$WORK/jwk-keygen-$name.jwk" \
      --sub joe || continue
    jose_verify "jose-keygen-$name" "$WORK/jwk-keygen-$name.jwks" "$(<"$WORK/jwk-keygen-$name.token")" "$alg"
  done
}

# ---------------------------------------------------------------- verifying

# Run one verifier on a manifest; its output goes to FILE and the terminal.
run_verifier() {
  local label=$1 outfile=$2 manifest=$3
  shift 3
  echo "== $label"
  local status=0
  (cd "$HERE" && "$@" "$manifest") >"$outfile" 2>&1 || status=$?
  cat "$outfile"
  return $status
}

# Guard against verifiers that accept anything: every token with its payload
# changed (signature kept) and every case with its own alg removed from the
# allow-list must be rejected by both verifiers.
tamper_check() {
  local manifest=$1 node_script=$2 python_script=$3
  local bad n label
  bad="$WORK/tampered-$(basename "$manifest")"
  "$HERE/.venv/bin/python" - "$manifest" "$bad" <<'EOF'
import base64, json, sys
def b64(data): return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
others = {"HS256": "HS384", "EdDSA": "ES256"}
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as dst:
    for case in map(json.loads, filter(str.strip, src)):
        if "token" not in case:
            continue  # a thumbprint line has nothing to forge
        head, body, sig = case["token"].split(".")
        payload = json.loads(base64.urlsafe_b64decode(body + "=="))
        payload["tampered"] = True
        forged = dict(case, name=case["name"] + "-tampered",
                      token=".".join([head, b64(json.dumps(payload).encode()), sig]))
        wrong_alg = dict(case, name=case["name"] + "-alg-not-allowed",
                         algorithms=[others.get(case["alg"], "HS256")])
        dst.write(json.dumps(forged) + "\n" + json.dumps(wrong_alg) + "\n")
EOF
  n=$(grep -c . "$bad" || true)
  [[ $n -gt 0 ]] || return 0
  for label in node python; do
    local cmd=(node "$node_script")
    [[ $label == python ]] && cmd=(.venv/bin/python "$python_script")
    # The verifier exits 1 here by design; only its summary line matters.
    local out
    out=$(cd "$HERE" && "${cmd[@]}" "$bad" 2>&1 || true)
    if grep -qx "0 passed, $n failed" <<<"$out"; then
      echo "tamper check (${cmd[*]}): all $n forged/disallowed tokens rejected"
    else
      echo "FAIL tamper check (${cmd[*]}): some forged or disallowed token was accepted"
      return 1
    fi
  done
}

# Names of the cases a verifier printed `ok NAME` for, sorted.
ok_names() {
  sed -n 's/^ok //p' "$1" | sort -u
}

main() {
  locate_binary
  install_node_deps
  install_python_deps

  sign_hmac_cases
  sign_claim_cases
  sign_rsa_cases
  sign_ec_cases
  sign_ed25519_cases
  formio_cases
  realm_cases
  developerhub_cases
  tinymce_cases
  tiledesk_cases
  keygen_cases
  batch_cases
  derive_public_keys
  container_cases
  jose_jwk_cases
  jose_es_cases

  local status=0
  run_verifier "node jsonwebtoken" "$WORK/node.out" "$MANIFEST" node verify.js || status=1
  run_verifier "python PyJWT" "$WORK/python.out" "$MANIFEST" .venv/bin/python verify.py || status=1
  tamper_check "$MANIFEST" verify.js verify.py || status=1
  run_verifier "node jose" "$WORK/jose.out" "$JOSE_MANIFEST" node verify_jose.js || status=1
  run_verifier "python jwcrypto" "$WORK/jwcrypto.out" "$JOSE_MANIFEST" \
    .venv/bin/python verify_jwcrypto.py || status=1
  tamper_check "$JOSE_MANIFEST" verify_jose.js verify_jwcrypto.py || status=1

  # Overall: a case passes only if both verifiers printed `ok` for it, so a
  # failed mint or a verifier that crashed half-way counts as failures.
  local total=${#CASE_NAMES[@]} passed
  passed=$(comm -12 <(ok_names "$WORK/node.out") <(ok_names "$WORK/python.out") | wc -l)
  # The JOSE manifest's cases pass only if both of its verifiers said ok.
  total=$((total + $(printf '%s\n' "${JOSE_CASES[@]}" | sort -u | grep -c .)))
  passed=$((passed + $(comm -12 <(ok_names "$WORK/jose.out") <(ok_names "$WORK/jwcrypto.out") | wc -l)))
  [[ $passed -eq $total ]] || status=1
  echo "interop: $passed passed, $((total - passed)) failed"
  return $status
}

main "$@"
