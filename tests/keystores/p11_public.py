"""The public keys of a PKCS#11 token as PEM files, from what pkcs11-tool itself prints: the
DER of `--read-object --type pubkey` for RSA, the EC_POINT and EC_PARAMS of `--list-objects`
for EC and Edwards keys (pkcs11-tool 0.23 cannot export a P-384 public key).

Usage: p11_public.py LIST_OBJECTS_OUTPUT DIR   (writes DIR/p11-ID.pem; RSA from DIR/p11-ID.der)
"""
import os
import re
import sys

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

CURVES = {"06082a8648ce3d030107": ec.SECP256R1(), "06052b81040022": ec.SECP384R1(), "06052b81040023": ec.SECP521R1()}

text = open(sys.argv[1]).read()
out = sys.argv[2]
for block in re.split(r"\n(?=Public Key Object)", text):
    ident = re.search(r"ID:\s+([0-9a-f]+)", block)
    if not ident or not block.startswith("Public Key Object"):
        continue
    ident = ident.group(1)
    point = re.search(r"EC_POINT:\s+([0-9a-f]+)", block)
    if point is None:
        key = serialization.load_der_public_key(open(os.path.join(out, f"p11-{ident}.der"), "rb").read())
    else:
        raw = bytes.fromhex(point.group(1))
        # A DER OCTET STRING around the point: tag 04, a length of one byte or 0x81 + one byte.
        raw = raw[3:] if raw[1] == 0x81 else raw[2:]
        params = re.search(r"EC_PARAMS:\s+([0-9a-f]+)", block).group(1)
        if "EDWARDS" in block.splitlines()[0]:
            key = Ed25519PublicKey.from_public_bytes(raw)
        else:
            key = ec.EllipticCurvePublicKey.from_encoded_point(CURVES[params], raw)
    pem = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    open(os.path.join(out, f"p11-{ident}.pem"), "wb").write(pem)
