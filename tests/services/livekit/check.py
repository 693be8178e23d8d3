"""LiveKit vendor check, Python side: livekit-api's own AccessToken mints the reference
token and its own TokenVerifier must accept jwtmint's token and return the grants asked
for. Run by check.sh (env JWTMINT, ROOT, NOW, JWTMINT_VENDOR_ONLY)."""
import base64
import datetime
import json
import os
import re
import subprocess
import sys
import types

from livekit.api import access_token
from livekit.api.access_token import AccessToken, TokenVerifier, VideoGrants

ROOT = os.environ["ROOT"]
NOW = int(os.environ["NOW"])
VENDOR_ONLY = os.environ.get("JWTMINT_VENDOR_ONLY") == "1"
HERE = os.path.dirname(os.path.abspath(__file__))
spec = json.load(open(os.path.join(HERE, "cases.json")))
secret_path = os.path.join(ROOT, spec["secretFile"])
secret = open(secret_path, encoding="utf-8").read()

passed = failed = 0


def ok(name):
    global passed
    passed += 1
    print(f"ok   {name}")


def bad(name, why):
    global failed
    failed += 1
    print(f"FAIL {name}: {why}")


def b64json(s):
    return json.loads(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)))


def decode(t):
    h, p, _ = t.split(".")
    return b64json(h), b64json(p)


class _FixedDatetime(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.datetime.fromtimestamp(NOW, tz or datetime.timezone.utc)


# AccessToken.to_jwt reads the clock as datetime.datetime.now(timezone.utc): pin it to NOW.
access_token.datetime = types.SimpleNamespace(
    datetime=_FixedDatetime, timezone=datetime.timezone, timedelta=datetime.timedelta
)


def snake(k):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", k).lower()


def video_grants(video):
    return VideoGrants(**{snake(k): v for k, v in video.items()})


def sdk_mint(s):
    at = AccessToken(spec["apiKey"], secret).with_identity(s["identity"])
    at = at.with_ttl(datetime.timedelta(seconds=s["ttl"])).with_grants(video_grants(s["video"]))
    if s.get("name"):
        at = at.with_name(s["name"])
    if s.get("metadata"):
        at = at.with_metadata(s["metadata"])
    if s.get("attributes"):
        at = at.with_attributes(s["attributes"])
    return at.to_jwt()


def jwtmint(args):
    r = subprocess.run(
        [os.environ["JWTMINT"], "livekit", "--api-key", spec["apiKey"], "--secret-file", secret_path,
         "--iat", str(NOW), *args],
        env={"PATH": os.environ["PATH"], "HOME": "/nonexistent"}, capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


verifier = TokenVerifier(spec["apiKey"], secret)
for c in spec["cases"]:
    s = c["sdk"]
    sdk_token = sdk_mint(s)
    sdk_header, sdk_payload = decode(sdk_token)
    expected = {"video": s["video"], "iss": spec["apiKey"], "exp": NOW + s["ttl"], "nbf": NOW, "sub": s["identity"]}
    expected.update({k: s[k] for k in ("name", "metadata", "attributes") if s.get(k)})
    if sdk_payload != expected:
        bad(f"{c['name']}: livekit-api claims are what cases.json expects", sdk_payload)
    token = sdk_token
    if not VENDOR_ONLY:
        code, out, err = jwtmint(c["args"])
        if code != 0:
            bad(c["name"], f"jwtmint exit {code}: {err.strip()}")
            continue
        token = out.strip()
    header, payload = decode(token)
    # jwtmint adds iat (= NOW, from --iat); the SDKs set none and the verifiers ignore it.
    if payload.get("iat") == NOW:
        del payload["iat"]
    if header.get("alg") != "HS256" or set(header) - {"alg", "typ"} or header.get("typ", "JWT") != "JWT":
        bad(f"{c['name']}: header", header)
    elif payload != sdk_payload:
        bad(f"{c['name']}: claims equal livekit-api's", f"jwtmint {payload}\n     sdk     {sdk_payload}")
    else:
        same = " (byte-identical token)" if token == sdk_token else ""
        ok(f"{c['name']}: header and claims equal livekit-api's{same}")
    try:
        got = verifier.verify(token)
        want = (s["identity"], s.get("name", ""), s.get("metadata", ""), s.get("attributes", {}), video_grants(s["video"]))
        have = (got.identity, got.name, got.metadata, got.attributes, got.video)
        if have == want:
            ok(f"{c['name']}: TokenVerifier accepts it and returns the grants asked for")
        else:
            bad(f"{c['name']}: TokenVerifier grants", have)
    except Exception as e:  # noqa: BLE001 - report any verifier refusal
        bad(f"{c['name']}: TokenVerifier", repr(e))

# The trap jwtmint exists to catch: the verifier drops an unknown grant name without a word.
import jwt  # noqa: E402  (PyJWT, livekit-api's own dependency)

typo = jwt.encode({"sub": "x", "iss": spec["apiKey"], "nbf": NOW, "exp": NOW + 600,
                   "video": {"roomJoin": True, "room": "r", "canPublsh": False}}, secret, algorithm="HS256")
v = verifier.verify(typo).video
if v.can_publish is True and not hasattr(v, "can_publsh"):
    ok("trap shown: TokenVerifier accepts video.canPublsh=false and drops it (canPublish stays true)")
else:
    bad("trap shown", v)

print(f"python (livekit-api): {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
