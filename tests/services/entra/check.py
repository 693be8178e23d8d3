"""msal (PyPI) builds the Entra client assertion with its own JwtAssertionCreator and its own
certificate thumbprint code, at the same instant; jwtmint's `entra` must give the same header
and claims but jti, its signature must pass PyJWT (msal's JWT library) with the certificate's
key, and a certificate that does not match the key must be refused. See NOTES.md."""

import base64
import hashlib
import json
import os
import re
import subprocess
import types
import urllib.parse

import jwt  # PyJWT, as msal uses it
import msal
import msal.oauth2cli.assertion as assertion_mod
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from msal.application import _extract_cert_and_thumbprints, _parse_pfx
from msal.oauth2cli.assertion import JwtAssertionCreator

from pyharness import NOW, case, compare, decode, finish, fixture, key, mint, refuses

KEY = fixture("entra-key.pem")
CERT = fixture("entra-cert.pem")
OTHER_CERT = fixture("entra-other-cert.pem")
P12 = fixture("entra.p12")
PASS = open(key("passphrase.txt")).read()
TENANT = "11111111-2222-3333-4444-555555555555"
CLIENT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
TOKEN_URL = f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token"
KEY_PEM = open(KEY).read()
CERT_PEM = open(CERT).read()
GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

assertion_mod.time = types.SimpleNamespace(time=lambda: NOW)  # assertion.py: now = time.time()
SHA256_HEX, SHA1_HEX, X5C = _extract_cert_and_thumbprints(
    x509.load_pem_x509_certificate(CERT_PEM.encode()))


def b64url(raw):
    return base64.urlsafe_b64encode(raw).decode()


def sdk_assertion(alg, audience=TOKEN_URL, **thumbs):
    """JwtAssertionCreator as application.py builds it (key PEM string, algorithm, thumbprints),
    with not_before=now added: msal itself sends no nbf, the spec has nbf = iat."""
    creator = JwtAssertionCreator(KEY_PEM, algorithm=alg, **thumbs)
    return creator.create_normal_assertion(audience=audience, issuer=CLIENT_ID, not_before=NOW)


def verify(token, alg, audience=TOKEN_URL):
    pub = x509.load_pem_x509_certificate(CERT_PEM.encode()).public_key()
    return jwt.decode(token, pub, algorithms=[alg], audience=audience, issuer=CLIENT_ID, leeway=10)


def unpad_thumbprints(token):
    """msal sends x5t / x5t#S256 as urlsafe_b64encode output, WITH '=' padding; RFC 7515 says
    base64url without padding, and Entra takes either. Return the token with the padding of those
    two header values stripped, so the comparison accepts jwtmint's form whichever it picks."""
    token = token.decode() if isinstance(token, bytes) else token
    h, c = decode(token)
    for name in ("x5t", "x5t#S256"):
        if name in h:
            h[name] = h[name].rstrip("=")
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")
    return ".".join([enc(h), enc(c), token.split(".")[2]])


def compare_entra(ours, sdk, **kw):
    return compare(unpad_thumbprints(ours), unpad_thumbprints(sdk), **kw)


def check_jti(ours):
    jti = decode(ours)[1].get("jti")
    assert isinstance(jti, str) and GUID.fullmatch(jti.lower()), f"jti is not a GUID: {jti!r}"


BASE = ["entra", "--key", KEY, "--cert", CERT, "--tenant", TENANT, "--client-id", CLIENT_ID,
        "--iat", str(NOW)]


@case("msal's thumbprints are the certificate DER's SHA-256 / SHA-1 (checked with openssl too)")
def _():
    der = subprocess.run(["openssl", "x509", "-in", CERT, "-outform", "DER"],
                         capture_output=True, check=True).stdout
    assert SHA256_HEX == hashlib.sha256(der).hexdigest()
    assert SHA1_HEX == hashlib.sha1(der).hexdigest()
    out = subprocess.run(["openssl", "x509", "-in", CERT, "-noout", "-fingerprint", "-sha256"],
                         capture_output=True, check=True, text=True).stdout
    assert out.strip().split("=", 1)[1].replace(":", "").lower() == SHA256_HEX


@case("PS256 (default): header {alg PS256, typ JWT, x5t#S256}; aud, iss=sub=client id, nbf=iat, exp=iat+600")
def _():
    sdk = sdk_assertion("PS256", sha256_thumbprint=SHA256_HEX)
    sh, sc = decode(sdk)
    assert sh == {"alg": "PS256", "typ": "JWT",
                  "x5t#S256": b64url(bytes.fromhex(SHA256_HEX))}, sh
    assert {k: v for k, v in sc.items() if k != "jti"} == {
        "aud": TOKEN_URL, "iss": CLIENT_ID, "sub": CLIENT_ID, "exp": NOW + 600, "iat": NOW,
        "nbf": NOW}, sc
    verify(sdk, "PS256")
    ours = mint(BASE, sdk_token=sdk)
    compare_entra(ours, sdk, ignore_claims=("jti",))
    check_jti(ours)
    verify(ours, "PS256")


@case("--alg RS256: x5t (SHA-1) and x5t#S256, as the spec asks (msal's RS256 path sends x5t only)")
def _():
    sdk = sdk_assertion("RS256", sha1_thumbprint=SHA1_HEX, sha256_thumbprint=SHA256_HEX)
    sh = decode(sdk)[0]
    assert sh["x5t"] == b64url(bytes.fromhex(SHA1_HEX)), sh
    verify(sdk, "RS256")
    ours = mint(BASE + ["--alg", "RS256"], sdk_token=sdk)
    compare_entra(ours, sdk, ignore_claims=("jti",))
    check_jti(ours)
    verify(ours, "RS256")


@case("two runs give two different jti values")
def _():
    a = mint(BASE, sdk_token=sdk_assertion("PS256", sha256_thumbprint=SHA256_HEX))
    b = mint(BASE, sdk_token=sdk_assertion("PS256", sha256_thumbprint=SHA256_HEX))
    assert decode(a)[1]["jti"] != decode(b)[1]["jti"]


@case("--authority https://login.microsoftonline.us (national cloud) changes aud only")
def _():
    aud = f"https://login.microsoftonline.us/{TENANT}/oauth2/v2.0/token"
    sdk = sdk_assertion("PS256", audience=aud, sha256_thumbprint=SHA256_HEX)
    ours = mint(BASE + ["--authority", "https://login.microsoftonline.us"], sdk_token=sdk)
    compare_entra(ours, sdk, ignore_claims=("jti",))
    verify(ours, "PS256", audience=aud)


class _Resp:
    def __init__(self, body, status=200):
        self.status_code = status
        self.text = json.dumps(body)
        self.headers = {}

    def raise_for_status(self):
        pass


class StubHttp:
    """msal http_client: answers OIDC discovery, records the token POST."""

    def __init__(self):
        self.posts = []

    def get(self, url, params=None, headers=None, **kw):
        base = f"https://login.microsoftonline.com/{TENANT}"
        return _Resp({"token_endpoint": TOKEN_URL, "issuer": f"{base}/v2.0",
                      "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                      "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode"})

    def post(self, url, params=None, data=None, headers=None, **kw):
        self.posts.append((url, data))
        return _Resp({"access_token": "fake", "token_type": "Bearer", "expires_in": 3600})

    def close(self):
        pass


@case("ConfidentialClientApplication end to end: the posted client_assertion matches jwtmint's")
def _():
    http = StubHttp()
    app = msal.ConfidentialClientApplication(
        CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT}", http_client=http,
        client_credential={"private_key": KEY_PEM, "public_certificate": CERT_PEM},
        instance_discovery=False)
    result = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    assert result.get("access_token") == "fake", result
    (url, data), = http.posts
    assert url == TOKEN_URL, url
    assert data["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
    assert data["grant_type"] == "client_credentials"
    posted = data["client_assertion"]
    ph, pc = decode(posted)
    assert ph["alg"] == "PS256" and "x5c" in ph and "x5t" not in ph, ph
    assert "nbf" not in pc, pc
    ours = mint(BASE, sdk_token=posted)
    # msal's app adds x5c (public_certificate given) and no nbf; the rest must agree
    compare_entra(ours, posted, ignore_claims=("jti", "nbf"), ignore_header=("x5c",))
    verify(ours, "PS256")


@case(".p12 of key+cert: msal's _parse_pfx gives the same thumbprints as the PEM certificate")
def _():
    pk, sha256, sha1, _x5c = _parse_pfx(P12, PASS.encode())
    assert (sha256, sha1) == (SHA256_HEX, SHA1_HEX)
    assert pk.public_key().public_bytes(serialization.Encoding.DER,
                                        serialization.PublicFormat.SubjectPublicKeyInfo) == \
        x509.load_pem_x509_certificate(CERT_PEM.encode()).public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    if os.environ.get("CHECK_ENTRA_P12") == "1":  # once --key takes a .p12 (the JOSE issue)
        sdk = sdk_assertion("PS256", sha256_thumbprint=SHA256_HEX)
        ours = mint(["entra", "--key", P12, "--tenant", TENANT, "--client-id", CLIENT_ID,
                     "--iat", str(NOW)], env={"JWTMINT_PASSPHRASE": PASS}, sdk_token=sdk)
        compare_entra(ours, sdk, ignore_claims=("jti",))


@case("trap: certificate whose key is not the signing key refused (msal does NOT check this)")
def _():
    # msal signs happily with a mismatched certificate's thumbprint; Entra then answers
    # invalid_client. jwtmint must refuse before signing.
    other = x509.load_pem_x509_certificate(open(OTHER_CERT, "rb").read())
    JwtAssertionCreator(KEY_PEM, "PS256", sha256_thumbprint=_extract_cert_and_thumbprints(other)[0]
                        ).create_normal_assertion(audience=TOKEN_URL, issuer=CLIENT_ID)
    refuses(["entra", "--key", KEY, "--cert", OTHER_CERT, "--tenant", TENANT,
             "--client-id", CLIENT_ID])


finish()
