"""firebase-admin (PyPI) mints a custom token from the fixture service account at the same
instant; jwtmint's `firebase` must give the same claims, its signature must pass google-auth's
verifier (google.auth.jwt.decode, which firebase-admin itself depends on), and it must refuse
every claim name firebase-admin reserves (the list is read from the installed package). See
NOTES.md."""

import json
import os
import re
import tempfile
import types

os.environ.pop("FIREBASE_AUTH_EMULATOR_HOST", None)  # else firebase-admin signs with alg "none"

import firebase_admin
import firebase_admin._token_gen as token_gen
import google.auth.jwt
from firebase_admin import auth, credentials, tenant_mgt

from pyharness import (NOW, ROOT, case, compare, decode, finish, fixture, mint, refuses)

SA_FILE = fixture("google-sa.json")
SA = json.load(open(SA_FILE))
PUB = open(fixture("google-sa.pub.pem")).read()
AUDIENCE = ("https://identitytoolkit.googleapis.com/"
            "google.identity.identitytoolkit.v1.IdentityToolkit")
UID = "user-0042"
# providers.md, "firebase — Firebase custom token", as of this check's writing:
SPEC_RESERVED = set("acr amr at_hash aud auth_time azp cnf c_hash exp firebase iat iss jti nbf "
                    "nonce sub".split())

token_gen.time = types.SimpleNamespace(time=lambda: NOW)  # _token_gen: now = int(time.time())
APP = firebase_admin.initialize_app(credentials.Certificate(SA), name="jwtmint-check")


def verify(token):
    return google.auth.jwt.decode(token, certs=PUB, audience=AUDIENCE, clock_skew_in_seconds=10)


def sdk_token(uid=UID, claims=None, tenant_id=None):
    if tenant_id:
        return tenant_mgt.auth_for_tenant(tenant_id, app=APP).create_custom_token(uid, claims)
    return auth.create_custom_token(uid, claims, app=APP)


def compare_firebase(ours, sdk):
    """Claims equal; header: jwtmint's is {alg RS256, typ JWT} (spec: no kid). firebase-admin
    Python adds kid = private_key_id through google.auth.jwt.encode, so kid is not compared."""
    (oh, _), _ = compare(ours, sdk, ignore_header=("kid",))
    assert "kid" not in oh or oh["kid"] == SA["private_key_id"], oh
    return oh


BASE = ["firebase", "--key", SA_FILE, "--iat", str(NOW)]


@case("uid only: iss=sub=client_email, aud=identitytoolkit, uid, iat, exp=iat+3600, no claims")
def _():
    sdk = sdk_token()
    sh, sc = decode(sdk)
    assert sh["alg"] == "RS256" and sh["typ"] == "JWT", sh
    assert sc == {"iss": SA["client_email"], "sub": SA["client_email"], "aud": AUDIENCE,
                  "uid": UID, "iat": NOW, "exp": NOW + 3600}, sc
    verify(sdk)
    ours = mint(BASE + ["--uid", UID], sdk_token=sdk)
    compare_firebase(ours, sdk)
    verify(ours)


@case("--claim (string and JSON) nests developer claims under `claims`")
def _():
    dev = {"plan": "gold", "premium": True, "groups": ["a", "b"]}
    sdk = sdk_token(claims=dev)
    assert decode(sdk)[1]["claims"] == dev
    ours = mint(BASE + ["--uid", UID, "--claim", "plan=gold", "--claim", "premium:=true",
                        "--claim", 'groups:=["a","b"]'], sdk_token=sdk)
    compare_firebase(ours, sdk)
    verify(ours)


@case("--claims-file nests under `claims` too")
def _():
    dev = {"role": "tester", "level": 3}
    sdk = sdk_token(claims=dev)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(dev, f)
    try:
        ours = mint(BASE + ["--uid", UID, "--claims-file", f.name], sdk_token=sdk)
    finally:
        os.unlink(f.name)
    compare_firebase(ours, sdk)
    verify(ours)


@case("--tenant-id adds tenant_id (tenant_mgt.auth_for_tenant(...).create_custom_token)")
def _():
    sdk = sdk_token(tenant_id="tenant-1a2b3")
    assert decode(sdk)[1]["tenant_id"] == "tenant-1a2b3"
    ours = mint(BASE + ["--uid", UID, "--tenant-id", "tenant-1a2b3"], sdk_token=sdk)
    compare_firebase(ours, sdk)
    verify(ours)


@case("uid of exactly 128 characters accepted by both")
def _():
    uid = "u" * 128
    sdk = sdk_token(uid=uid)
    ours = mint(BASE + ["--uid", uid], sdk_token=sdk)
    compare_firebase(ours, sdk)


@case("GOOGLE_APPLICATION_CREDENTIALS stands in for --key")
def _():
    sdk = sdk_token()
    ours = mint(["firebase", "--iat", str(NOW), "--uid", UID],
                env={"GOOGLE_APPLICATION_CREDENTIALS": SA_FILE}, sdk_token=sdk)
    compare_firebase(ours, sdk)
    verify(ours)


@case("reserved claim list: firebase-admin's RESERVED_CLAIMS equals the spec's list")
def _():
    installed = set(token_gen.RESERVED_CLAIMS)
    assert installed == SPEC_RESERVED, (f"only in firebase-admin: {sorted(installed - SPEC_RESERVED)}; "
                                        f"only in spec: {sorted(SPEC_RESERVED - installed)}")
    spec = os.path.join(ROOT, "..", "shared", "providers.md")
    if os.path.exists(spec):  # the lead's copy beside the repository, when there is one
        text = open(spec).read()
        m = re.search(r"Reserved names inside `claims`[^:]*:(.*?)\. Keep", text, re.S)
        assert m, "providers.md no longer has the firebase reserved-names sentence"
        listed = {w.strip() for w in m.group(1).replace("\n", " ").split(",")}
        assert listed == installed, f"providers.md lists {sorted(listed)}; firebase-admin has {sorted(installed)}"


@case("trap: every reserved claim name is refused (firebase-admin raises ValueError for each too)")
def _():
    for name in sorted(token_gen.RESERVED_CLAIMS):
        try:
            sdk_token(claims={name: "x"})
        except ValueError:
            pass
        else:
            raise AssertionError(f"firebase-admin accepted reserved claim {name}")
        refuses(BASE + ["--uid", UID, "--claim", f"{name}=x"])


@case("trap: uid of 129 characters, and an empty uid, refused (as firebase-admin does)")
def _():
    for uid in ("u" * 129, ""):
        try:
            sdk_token(uid=uid)
        except ValueError:
            pass
        else:
            raise AssertionError(f"firebase-admin accepted uid of length {len(uid)}")
        refuses(BASE + ["--uid", uid])


@case("trap: 61-minute expiry refused (firebase-admin always uses exactly 3600 s)")
def _():
    refuses(BASE + ["--uid", UID, "--expires-in", "61m"])


@case("trap: developer claims over 1000 bytes serialised refused")
def _():
    refuses(BASE + ["--uid", UID, "--claim", "blob=" + "x" * 1000])


@case("trap: authorized_user JSON refused (credentials.Certificate refuses it too)")
def _():
    path = fixture("google-authorized-user.json")
    try:
        credentials.Certificate(path)
    except ValueError:
        pass
    else:
        raise AssertionError("firebase-admin accepted an authorized_user file")
    refuses(["firebase", "--key", path, "--uid", UID], stderr_pattern="authorized_user")


finish()
