"""Creates the signing keys the KMS tests use in a running moto server and prints, as JSON,
each key's id, ARN, alias and public key (PEM, from KMS's own GetPublicKey).

Usage: kms_setup.py ENDPOINT_URL
"""
import base64
import json
import sys

import boto3

SPECS = {
    "rsa2048": "RSA_2048",
    "rsa4096": "RSA_4096",
    "p256": "ECC_NIST_P256",
    "p384": "ECC_NIST_P384",
    "p521": "ECC_NIST_P521",
    "k256": "ECC_SECG_P256K1",
}


def pem(der):
    body = base64.encodebytes(der).decode().replace("\n", "")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


def main():
    kms = boto3.client("kms", endpoint_url=sys.argv[1], region_name="us-east-1")
    out = {}
    for label, spec in SPECS.items():
        meta = kms.create_key(KeySpec=spec, KeyUsage="SIGN_VERIFY")["KeyMetadata"]
        alias = f"alias/jwtmint-{label}"
        kms.create_alias(AliasName=alias, TargetKeyId=meta["KeyId"])
        public = kms.get_public_key(KeyId=meta["KeyId"])["PublicKey"]
        out[label] = {"id": meta["KeyId"], "arn": meta["Arn"], "alias": alias, "pem": pem(public)}
    # A key that must be refused: one for encryption.
    enc = kms.create_key(KeySpec="RSA_2048", KeyUsage="ENCRYPT_DECRYPT")["KeyMetadata"]
    out["encrypt"] = {"id": enc["KeyId"]}
    json.dump(out, sys.stdout)


main()
