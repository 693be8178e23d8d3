"""Verify every token in a jwtmint interop manifest with PyJWT.

PyJWT (backed by `cryptography`) is an implementation independent of
jwtmint. Usage: python verify.py manifest.jsonl

The manifest format is documented at the top of verify.js; both verifiers
read the same file and must agree. Prints `ok NAME` or `FAIL NAME: reason`
per case, then `N passed, M failed`, and exits 1 if anything failed.
"""

import json
import sys
import time
import warnings

import jwt
from cryptography.hazmat.primitives.serialization import load_pem_public_key

# Allowed drift when a token has exp but no iat to measure its lifetime from.
LIFETIME_SLACK_SECONDS = 60

# Short HMAC secrets are the fixture author's choice, not what this test is
# about; PyJWT would print a warning per token and drown the results.
warnings.simplefilter("ignore", jwt.InsecureKeyLengthWarning)


def read_manifest(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_secret(path):
    """File bytes minus ONE trailing "\\n" or "\\r\\n" (jwtmint's rule)."""
    with open(path, "rb") as f:
        data = f.read()
    if data.endswith(b"\r\n"):
        return data[:-2]
    if data.endswith(b"\n"):
        return data[:-1]
    return data


def load_key(key):
    if key["type"] == "secret":
        return read_secret(key["path"])
    if key["type"] == "public":
        with open(key["path"], "rb") as f:
            return load_pem_public_key(f.read())
    raise ValueError(f"unknown key type {key['type']!r}")


def verify_token(case):
    """Signature + exp/nbf/iat/aud checks, restricted to the listed algorithms."""
    options = {}
    kwargs = {}
    if "audience" in case:
        kwargs["audience"] = case["audience"]
    else:
        # PyJWT rejects a token carrying `aud` when no audience is given;
        # node does not. Cases without an audience only check the rest.
        options["verify_aud"] = False
    decoded = jwt.decode_complete(
        case["token"],
        load_key(case["key"]),
        algorithms=case["algorithms"],
        options=options,
        **kwargs,
    )
    return decoded["header"], decoded["payload"]


def json_equal(a, b):
    """Equality as JSON values: unlike Python's ==, true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b  # JSON has one number type: 5 and 5.0 are the same
    return type(a) is type(b) and a == b


def check_subset(what, expected, actual):
    for name, value in expected.items():
        if name not in actual:
            raise ValueError(f"{what} {name} missing")
        if not json_equal(actual[name], value):
            raise ValueError(
                f"{what} {name} is {json.dumps(actual[name])}, expected {json.dumps(value)}"
            )


def check_lifetime(seconds, payload):
    exp = payload.get("exp")
    if not isinstance(exp, (int, float)) or isinstance(exp, bool):
        raise ValueError("exp missing or not a number")
    iat = payload.get("iat")
    if isinstance(iat, (int, float)) and not isinstance(iat, bool):
        if exp - iat != seconds:
            raise ValueError(f"exp - iat is {exp - iat}, expected {seconds}")
        return
    drift = exp - (int(time.time()) + seconds)
    if abs(drift) > LIFETIME_SLACK_SECONDS:
        raise ValueError(f"exp is {drift}s away from now + {seconds}s")


def check_contents(case, header, payload):
    """Header alg is what we asked for; listed claims have exactly those values."""
    if header.get("alg") != case["alg"]:
        raise ValueError(f"header alg is {header.get('alg')}, expected {case['alg']}")
    check_subset("header", case.get("expect_header", {}), header)
    check_subset("claim", case.get("expect", {}), payload)
    for claim in case.get("present", []):
        if claim not in payload:
            raise ValueError(f"claim {claim} missing")
    if "lifetime" in case:
        check_lifetime(case["lifetime"], payload)


def run_case(case):
    try:
        header, payload = verify_token(case)
        check_contents(case, header, payload)
        return None
    except Exception as err:  # any failure is a FAIL line, never a crash
        return f"{type(err).__name__}: {err}"


def main(argv):
    if len(argv) != 1:
        print("usage: python verify.py manifest.jsonl", file=sys.stderr)
        return 2
    passed = failed = 0
    for case in read_manifest(argv[0]):
        reason = run_case(case)
        if reason is None:
            passed += 1
            print(f"ok {case['name']}")
        else:
            failed += 1
            print(f"FAIL {case['name']}: {' '.join(reason.split())}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
