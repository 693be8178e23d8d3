"""Verifies every token of a manifest with PyJWT, using the public key the key store itself
handed out, and only the algorithm the test expects (as a relying party would).

Each manifest line: {"name", "token", "key" (PEM public key), "alg", "claims" (expected subset)}.
Prints one line per failure and exits 1 if any; prints the count verified otherwise.
"""
import json
import sys

import jwt

failures = 0
count = 0
with open(sys.argv[1]) as manifest:
    for line in manifest:
        case = json.loads(line)
        count += 1
        try:
            header = jwt.get_unverified_header(case["token"])
            if header.get("alg") != case["alg"]:
                raise ValueError(f"header alg {header.get('alg')}, expected {case['alg']}")
            claims = jwt.decode(
                case["token"],
                case["key"],
                algorithms=[case["alg"]],
                options={"verify_aud": False, "verify_iat": False},
            )
            for name, value in case.get("claims", {}).items():
                if claims.get(name) != value:
                    raise ValueError(f"claim {name} = {claims.get(name)!r}, expected {value!r}")
            if "sig_len" in case:
                import base64

                sig = case["token"].rsplit(".", 1)[1]
                raw = base64.urlsafe_b64decode(sig + "=" * (-len(sig) % 4))
                if len(raw) != case["sig_len"]:
                    raise ValueError(f"signature is {len(raw)} bytes, expected {case['sig_len']}")
        except Exception as error:  # noqa: BLE001 - every failure is reported
            failures += 1
            print(f"FAIL {case['name']}: {error}", file=sys.stderr)
if failures:
    sys.exit(1)
print(f"{count} tokens verified by PyJWT")
