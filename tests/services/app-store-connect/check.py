"""`jwtmint app-store-connect` against the vendors' Python code.

- asconnect 7.1.1, asconnect/httpclient.py HttpClient.generate_token: App Store Connect API tokens
  (team key: iss; individual key: sub "user"; iat = now, exp = now + 15 min).
- app-store-server-library 3.1.2 (Apple's own), appstoreserverlibrary/api_client.py
  BaseAppStoreServerAPIClient._generate_token: the App Store Server API token (bid, iss, aud,
  exp = now + 5 min; no iat).
Both read the clock through their module's `datetime`: it is replaced by one fixed at NOW while
they mint. Verification: PyJWT (the SDKs' own JWT library) with the public key, plus an explicit
check that the ES256 signature is the 64-byte r||s form.
"""

import base64
import datetime as _dt
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile

import jwt  # PyJWT, pinned as asconnect's dependency
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

import asconnect
import asconnect.httpclient
import appstoreserverlibrary.api_client as asslib
from appstoreserverlibrary.models.Environment import Environment

VENDOR_ONLY = os.environ.get("JWTMINT_VENDOR_ONLY") == "1"
ROOT = os.environ.get("ROOT") or os.path.abspath(os.path.join(os.path.dirname(__file__), "../../.."))
NOW = int(os.environ.get("NOW", "1767225600"))  # 2026-01-01T00:00:00Z

P8 = os.path.join(ROOT, "tests/fixtures/services/ci/AuthKey_ABC123DEFG.p8")
PUB_PEM = open(os.path.join(ROOT, "tests/fixtures/services/ci/AuthKey_ABC123DEFG.pub.pem"), "rb").read()
RSA = os.path.join(ROOT, "tests/fixtures/keys/rsa2048-pkcs8.pem")
P384 = os.path.join(ROOT, "tests/fixtures/keys/ec-p384-pkcs8.pem")
KEY_ID = "ABC123DEFG"
ISSUER = "57246542-96fe-1a63-e053-0824d011072a"
BUNDLE = "com.example.jwtmint"
AUD = "appstoreconnect-v1"

results = {"passed": 0, "failed": 0, "skipped": 0}


class CheckFailed(Exception):
    pass


def fail(msg):
    raise CheckFailed(msg)


def check(name, fn, needs_jwtmint=False):
    if needs_jwtmint and VENDOR_ONLY:
        results["skipped"] += 1
        print(f"skip {name} (JWTMINT_VENDOR_ONLY=1)")
        return
    try:
        note = fn()
        results["passed"] += 1
        print(f"ok   {name}" + (f" ({note})" if isinstance(note, str) else ""))
    except Exception as err:  # noqa: BLE001 - every error is a failed case
        results["failed"] += 1
        print(f"FAIL {name}\n     {type(err).__name__}: {err}")


def assert_eq(actual, expected, what):
    if actual != expected:
        fail(f"{what}: got {json.dumps(actual)}, expected {json.dumps(expected)}")


# ---- the fixed clock -----------------------------------------------------------------------
class _FixedDateTime(_dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return _dt.datetime.fromtimestamp(NOW, tz)


class _FixedDatetimeModule:
    datetime = _FixedDateTime
    timedelta = _dt.timedelta
    timezone = _dt.timezone


asconnect.httpclient.datetime = _FixedDatetimeModule
asslib.datetime = _FixedDatetimeModule

# ---- the SDKs ------------------------------------------------------------------------------
KEY_TEXT = open(P8).read()


def sdk_asc(issuer_id=ISSUER, key_id=KEY_ID):
    """asconnect's token (issuer_id None = individual key)."""
    client = asconnect.Client(key_id=key_id, key_contents=KEY_TEXT, issuer_id=issuer_id,
                               log=logging.getLogger("asconnect-check"))
    return client.http_client.generate_token()


def sdk_server_api(bundle_id=BUNDLE):
    """Apple's App Store Server Library token for the App Store Server API."""
    client = asslib.AppStoreServerAPIClient(KEY_TEXT.encode(), KEY_ID, ISSUER, bundle_id, Environment.SANDBOX)
    return client._generate_token()


# ---- tokens --------------------------------------------------------------------------------
def b64u(s):
    if not all(c.isalnum() or c in "-_" for c in s):
        fail(f"not base64url without padding: {s!r}")
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def decode(token):
    parts = token.split(".")
    if len(parts) != 3:
        fail(f"not a compact JWS: {token!r}")
    return {
        "header": json.loads(b64u(parts[0])),
        "payload": json.loads(b64u(parts[1])),
        "header_raw": b64u(parts[0]),
        "payload_raw": b64u(parts[1]),
        "signature": b64u(parts[2]),
        "signing_input": f"{parts[0]}.{parts[1]}".encode(),
    }


def verify(token, audience=AUD):
    """64-byte r||s signature that verifies with the public key; PyJWT accepts it at NOW."""
    d = decode(token)
    assert_eq(d["header"].get("alg"), "ES256", "alg")
    if len(d["signature"]) != 64:
        fail(f"ES256 signature is {len(d['signature'])} bytes, must be the 64-byte r||s form (Apple rejects DER)")
    r = int.from_bytes(d["signature"][:32], "big")
    s = int.from_bytes(d["signature"][32:], "big")
    pub = serialization.load_pem_public_key(PUB_PEM)
    try:
        pub.verify(encode_dss_signature(r, s), d["signing_input"], ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        fail("ES256 signature does not verify with the public key")
    # PyJWT checks exp against the wall clock: give it a leeway that reaches back to NOW.
    import time
    leeway = max(0, int(time.time()) - NOW + 60)
    return jwt.decode(token, PUB_PEM, algorithms=["ES256"], audience=audience, leeway=leeway,
                      options={"require": ["exp"]})


def compare(token, sdk_token, ignore=(), extra=None):
    """Decoded header and claims equal to the SDK's (plus `extra` claims; `ignore` left out)."""
    a, b = decode(token), decode(sdk_token)
    assert_eq(a["header"], b["header"], "header")
    want = {k: v for k, v in b["payload"].items() if k not in ignore}
    want.update(extra or {})
    got = {k: v for k, v in a["payload"].items() if k not in ignore}
    assert_eq(got, want, "claims")
    same = a["header_raw"] == b["header_raw"] and a["payload_raw"] == b["payload_raw"]
    return "decoded equal, same JSON bytes" if same else "decoded equal (JSON key order or spacing differs)"


def self_test(sdk_token):
    """The comparison and the verifier must catch tampered tokens and a DER signature."""
    h, p, s = sdk_token.split(".")
    d = decode(sdk_token)
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o).encode()).rstrip(b"=").decode()  # noqa: E731
    sig = bytearray(d["signature"])
    sig[-1] ^= 1
    r = int.from_bytes(d["signature"][:32], "big")
    s_ = int.from_bytes(d["signature"][32:], "big")
    der = base64.urlsafe_b64encode(encode_dss_signature(r, s_)).rstrip(b"=").decode()
    cases = [
        ("an extra claim (compare)", lambda: compare(f"{h}.{enc({**d['payload'], 'x': 1})}.{s}", sdk_token)),
        ("a changed header (compare)", lambda: compare(f"{enc({**d['header'], 'kid': 'OTHER'})}.{p}.{s}", sdk_token)),
        ("an extra claim (signature)", lambda: verify(f"{h}.{enc({**d['payload'], 'x': 1})}.{s}")),
        ("a flipped signature bit", lambda: verify(f"{h}.{p}.{base64.urlsafe_b64encode(bytes(sig)).rstrip(b'=').decode()}")),
        ("a DER-encoded signature", lambda: verify(f"{h}.{p}.{der}")),
    ]
    for what, fn in cases:
        try:
            fn()
        except Exception:  # noqa: BLE001
            continue
        fail(f"self-test: {what} was not caught")
    verify(sdk_token)
    return "tampered tokens and a DER signature caught"


# ---- jwtmint -------------------------------------------------------------------------------
def jwtmint(args):
    binary = os.environ.get("JWTMINT") or fail("JWTMINT is not set")
    r = subprocess.run([binary, *args], env={"PATH": os.environ["PATH"], "HOME": "/nonexistent"},
                       input="", capture_output=True, text=True, timeout=30)
    return r


def describe(r):
    return f"jwtmint {' '.join(r.args[1:])}\n exit {r.returncode}\n stdout {r.stdout!r}\n stderr {r.stderr!r}"


def mint_ok(args):
    r = jwtmint(args)
    if r.returncode != 0:
        fail(f"expected success:\n{describe(r)}")
    lines = r.stdout.split("\n")
    if len(lines) != 2 or lines[1] != "" or not lines[0]:
        fail(f"expected one line on stdout:\n{describe(r)}")
    return lines[0]


def token_under_test(args, sdk_token):
    return sdk_token if VENDOR_ONLY else mint_ok(args)


def expect_refused(args):
    r = jwtmint(args)
    if r.returncode == 0:
        fail(f"expected a refusal:\n{describe(r)}")
    if r.stdout != "":
        fail(f"stdout must be empty on refusal:\n{describe(r)}")
    if not r.stderr.strip():
        fail(f"expected a reason on stderr:\n{describe(r)}")


def expect_refused_or_warned(args):
    r = jwtmint(args)
    if not r.stderr.strip():
        fail(f"expected a warning or an error on stderr:\n{describe(r)}")
    if r.returncode != 0 and r.stdout != "":
        fail(f"stdout must be empty on refusal:\n{describe(r)}")


_tmp = tempfile.mkdtemp(prefix="jwtmint-vc-")


def renamed_p8(name):
    dest = os.path.join(_tmp, name)
    shutil.copyfile(P8, dest)
    return dest


TEAM = ["app-store-connect", "--key", P8, "--issuer-id", ISSUER, "--iat", str(NOW)]


# ---- checks --------------------------------------------------------------------------------
def sdk_team_shape():
    d = decode(sdk_asc())
    assert_eq(d["header"], {"alg": "ES256", "kid": KEY_ID, "typ": "JWT"}, "asconnect header")
    assert_eq(d["payload"], {"iat": NOW, "exp": NOW + 900, "aud": AUD, "iss": ISSUER}, "asconnect claims")
    verify(sdk_asc())


def sdk_individual_shape():
    d = decode(sdk_asc(issuer_id=None))
    assert_eq(d["payload"], {"iat": NOW, "exp": NOW + 900, "aud": AUD, "sub": "user"}, "asconnect claims")
    verify(sdk_asc(issuer_id=None))


def sdk_server_shape():
    t = sdk_server_api()
    d = decode(t)
    assert_eq(d["header"], {"alg": "ES256", "kid": KEY_ID, "typ": "JWT"}, "server library header")
    assert_eq(d["payload"], {"bid": BUNDLE, "iss": ISSUER, "aud": AUD, "exp": NOW + 300}, "server library claims")
    verify(t)


def team_default():
    want = sdk_asc()
    out = token_under_test(TEAM, want)
    how = compare(out, want)
    verify(out)
    return how


def individual():
    want = sdk_asc(issuer_id=None)
    out = token_under_test(["app-store-connect", "--key", P8, "--individual", "--iat", str(NOW)], want)
    how = compare(out, want)
    if "iss" in decode(out)["payload"]:
        fail("an individual key's token must have no iss")
    verify(out)
    return how


def key_id_flag():
    want = sdk_asc(key_id="ZYX987WVUT")
    args = ["app-store-connect", "--key", renamed_p8("asc.p8"), "--key-id", "ZYX987WVUT", *TEAM[3:]]
    out = token_under_test(args, want)
    compare(out, want)
    verify(out)


def twenty_minutes():
    want = sdk_asc()
    out = mint_ok([*TEAM, "--expires-in", "20m"])
    compare(out, want, extra={"exp": NOW + 1200})
    verify(out)


def one_scope():
    want = sdk_asc()
    out = mint_ok([*TEAM, "--scope", "GET /v1/apps?filter[platform]=IOS"])
    compare(out, want, extra={"scope": ["GET /v1/apps?filter[platform]=IOS"]})
    verify(out)


def two_scopes():
    want = sdk_asc()
    out = mint_ok([*TEAM, "--scope", "GET /v1/apps", "--scope", "GET /v1/builds"])
    compare(out, want, extra={"scope": ["GET /v1/apps", "GET /v1/builds"]})


def long_lived():
    want = sdk_asc()
    scopes = ["GET /v1/ciProducts", "GET /v1/ciWorkflows"]
    args = [*TEAM, "--expires-in", "30d"]
    for s in scopes:
        args += ["--scope", s]
    out = mint_ok(args)
    compare(out, want, extra={"exp": NOW + 30 * 86400, "scope": scopes})
    verify(out)


def server_api():
    want = sdk_server_api()
    out = token_under_test([*TEAM, "--bundle-id", BUNDLE, "--expires-in", "5m"], want)
    # Apple's library sends no iat; jwtmint adds iat = NOW, everything else must be equal.
    how = compare(out, want, ignore=("iat",))
    if not VENDOR_ONLY:
        assert_eq(decode(out)["payload"].get("iat"), NOW, "iat")
    verify(out)
    return how


def server_api_sixty():
    out = mint_ok([*TEAM, "--bundle-id", BUNDLE, "--expires-in", "60m"])
    assert_eq(decode(out)["payload"]["exp"], NOW + 3600, "exp")


check("asconnect: team key header {alg, kid, typ}, claims {iat, exp = iat + 900, aud, iss}", sdk_team_shape)
check("asconnect: individual key claims {iat, exp, aud, sub: user}, no iss", sdk_individual_shape)
check("app-store-server-library: claims {bid, iss, aud, exp = now + 300}, no iat", sdk_server_shape)
check("harness self-test (asconnect token)", lambda: self_test(sdk_asc()))
check("team key, default 15 min: same header and claims as asconnect; 64-byte signature verifies", team_default)
check("--individual: same as asconnect's individual-key token (sub user, no iss)", individual)
check("--key-id with a file not named AuthKey_KEYID.p8", key_id_flag)
check("--bundle-id: same as Apple's App Store Server Library token, plus iat", server_api)
check("--expires-in 20m (the limit) is accepted", twenty_minutes, needs_jwtmint=True)
check("one --scope is a JSON array of one string", one_scope, needs_jwtmint=True)
check("two --scope flags: an array of two, in order", two_scopes, needs_jwtmint=True)
check("30 days with only GET scopes on long-lived resources (ciProducts, ciWorkflows) is accepted", long_lived,
      needs_jwtmint=True)
check("--bundle-id with 60 min (the limit) is accepted", server_api_sixty, needs_jwtmint=True)

TRAPS = [
    ("21 min without a scope", [*TEAM, "--expires-in", "21m"]),
    ("21 min with a GET scope on a resource not on the long-lived list (apps)",
     [*TEAM, "--expires-in", "21m", "--scope", "GET /v1/apps"]),
    ("21 min with a non-GET scope on a long-lived resource",
     [*TEAM, "--expires-in", "21m", "--scope", "POST /v1/ciBuildRuns"]),
    ("21 min when one of two scopes is not long-lived",
     [*TEAM, "--expires-in", "21m", "--scope", "GET /v1/ciProducts", "--scope", "GET /v1/apps"]),
    ("181 days even with a long-lived GET scope", [*TEAM, "--expires-in", "181d", "--scope", "GET /v1/ciProducts"]),
    ("--bundle-id with 61 min", [*TEAM, "--bundle-id", BUNDLE, "--expires-in", "61m"]),
    ("no key id (file not named AuthKey_KEYID.p8, no --key-id)",
     ["app-store-connect", "--key", renamed_p8("key.p8"), "--issuer-id", ISSUER]),
    ("an RSA key (ES256 only)", ["app-store-connect", "--key", RSA, "--key-id", KEY_ID, "--issuer-id", ISSUER]),
    ("a P-384 key (ES256 needs P-256)", ["app-store-connect", "--key", P384, "--key-id", KEY_ID, "--issuer-id", ISSUER]),
    ("both --issuer-id and --individual", [*TEAM, "--individual"]),
    ("neither --issuer-id nor --individual", ["app-store-connect", "--key", P8]),
]
for what, args in TRAPS:
    check(f"trap refused: {what}", lambda a=args: expect_refused(a), needs_jwtmint=True)
check("trap warned or refused: an issuer id that is not a UUID",
      lambda: expect_refused_or_warned(["app-store-connect", "--key", P8, "--issuer-id", "not-a-uuid"]),
      needs_jwtmint=True)

shutil.rmtree(_tmp, ignore_errors=True)
if VENDOR_ONLY:
    print("     vendor-only: the jwtmint side was fed the SDKs' own tokens")
print(f"{results['passed']} passed, {results['failed']} failed, {results['skipped']} skipped")
sys.exit(0 if results["failed"] == 0 and results["passed"] > 0 else 1)
