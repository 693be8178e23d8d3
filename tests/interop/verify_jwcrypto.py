"""Check the JOSE manifest with Python jwcrypto, independent of jwtmint.

Tokens jwtmint signed verify with a JWK or JWKS (jwtmint's `public-key`
output, or a fixture JWK's public members), and jwcrypto computes the same
RFC 7638 thumbprint. The manifest format is documented at the top of
verify_jose.js; both read the same file and must agree.
Usage: python verify_jwcrypto.py jose.jsonl
"""

import json
import sys

from jwcrypto import jwk, jwt

PRIVATE_MEMBERS = ("d", "p", "q", "dp", "dq", "qi", "oth")


def public_part(key):
    return {k: v for k, v in key.items() if k not in PRIVATE_MEMBERS}


def check_subset(what, expected, actual):
    for name, value in (expected or {}).items():
        if name not in actual or type(actual[name]) is not type(value) or actual[name] != value:
            raise ValueError(
                f"{what} {name} is {json.dumps(actual.get(name))}, expected {json.dumps(value)}"
            )


def run_case(case):
    with open(case["key"], encoding="utf-8") as f:
        doc = json.load(f)
    if "thumbprint" in case:
        keys = doc["keys"] if "keys" in doc else [doc]
        if not keys:
            raise ValueError("no keys")
        for key in keys:
            # Importing the public members is part of the check.
            thumbprint = jwk.JWK(**public_part(key)).thumbprint()
            if thumbprint != case["thumbprint"]:
                raise ValueError(f"thumbprint is {thumbprint}, jwtmint said {case['thumbprint']}")
            if "keys" in doc and key.get("kid") != thumbprint:
                raise ValueError(f"kid {key.get('kid')} is not the thumbprint")
    if "token" in case:
        if "keys" in doc:
            public = {"keys": [public_part(k) for k in doc["keys"]]}
            key = jwk.JWKSet.from_json(json.dumps(public))
        else:
            key = jwk.JWK(**(public_part(doc) if case.get("public_only") else doc))
        token = jwt.JWT(
            jwt=case["token"], key=key, algs=case.get("algorithms", [case["alg"]])
        )
        header = json.loads(token.header)
        claims = json.loads(token.claims)
        if header.get("alg") != case["alg"]:
            raise ValueError(f"header alg is {header.get('alg')}, expected {case['alg']}")
        check_subset("header", case.get("expect_header"), header)
        check_subset("claim", case.get("expect"), claims)


def main(argv):
    if len(argv) != 1:
        print("usage: python verify_jwcrypto.py jose.jsonl", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    passed = failed = 0
    for case in cases:
        try:
            run_case(case)
            passed += 1
            print(f"ok {case['name']}")
        except Exception as err:  # any failure is a FAIL line, never a crash
            failed += 1
            print(f"FAIL {case['name']}: {' '.join(f'{type(err).__name__}: {err}'.split())}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
