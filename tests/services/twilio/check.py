"""PyPI twilio 9.13.0: `twilio.jwt.Jwt.from_jwt(token, secret)` (HS256 signature, exp, nbf) must
accept jwtmint's `twilio` tokens, and `twilio.jwt.access_token.AccessToken` with the same grants
must mint a token whose header and claims (minus iat, exp, jti, nbf) equal jwtmint's. See
NOTES.md."""

import re
import time

import jwt  # PyJWT, what twilio.jwt signs and verifies with
from twilio.jwt import Jwt, JwtDecodeError
from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import (
    ChatGrant,
    SyncGrant,
    TaskRouterGrant,
    VideoGrant,
    VoiceGrant,
)

from pyharness import NOW, case, compare, decode, finish, key, mint, refuses, run

SECRET_FILE = key("hmac-secret-64.txt")
# jwtmint drops one trailing newline of a secret file; the SDK is given the same text.
SECRET = open(SECRET_FILE).read().removesuffix("\n")
AC = "AC0123456789abcdef0123456789abcdef"
SK = "SK0123456789abcdef0123456789abcdef"
AP = "AP0123456789abcdef0123456789abcdef"
IS = "IS0123456789abcdef0123456789abcdef"
IS2 = "IS00000000000000000000000000000002"
CR = "CR0123456789abcdef0123456789abcdef"
WS = "WS0123456789abcdef0123456789abcdef"
WK = "WK0123456789abcdef0123456789abcdef"
IGNORED = ("iat", "exp", "jti", "nbf")
BASE = ["twilio", "--account-sid", AC, "--api-key", SK, "--secret-file", SECRET_FILE,
        "--iat", str(NOW)]


def sdk(grants, identity=None, region=None):
    token = AccessToken(AC, SK, SECRET, grants=grants, identity=identity, region=region)
    return token.to_jwt()


def accepted(token):
    """What twilio's own verifier returns for the token, verified with the API secret."""
    decoded = Jwt.from_jwt(token, SECRET)
    assert decoded.payload["iss"] == SK and decoded.payload["sub"] == AC, decoded.payload
    return decoded


def same_as_sdk(args, sdk_token):
    ours = mint(BASE + args, sdk_token=sdk_token)
    accepted(ours)
    (oh, oc), _ = compare(ours, sdk_token, ignore_claims=IGNORED)
    assert oh["cty"] == "twilio-fpa;v=1" and oh["alg"] == "HS256", oh
    # jti as the SDK writes it: the API key SID, a dash, the issue time.
    stamp = oc.get("iat", oc.get("nbf"))
    assert oc["jti"] == f"{SK}-{stamp}" or re.fullmatch(rf"{SK}-\d+", oc["jti"]), oc["jti"]
    assert all(isinstance(oc[n], int) for n in ("exp",) + (("iat",) if "iat" in oc else ())), oc
    return oh, oc


@case("SDK: AccessToken's own token passes Jwt.from_jwt, and a wrong secret fails it")
def _():
    token = sdk([VideoGrant(room="standup")], identity="alice")
    accepted(token)
    try:
        Jwt.from_jwt(token, SECRET + "x")
    except JwtDecodeError:
        pass
    else:
        raise AssertionError("from_jwt accepted a token with the wrong secret")


@case("video grant with a room: same header and claims as AccessToken, accepted by from_jwt")
def _():
    same_as_sdk(["--identity", "alice", "--video-room", "standup"],
                sdk([VideoGrant(room="standup")], identity="alice"))


@case("video grant for any room (--video-room without a value): video is {}")
def _():
    _, claims = same_as_sdk(["--identity", "alice", "--video-room"],
                            sdk([VideoGrant()], identity="alice"))
    assert claims["grants"]["video"] == {}, claims


@case("voice grant: incoming, outgoing app with params, push credential")
def _():
    grant = VoiceGrant(incoming_allow=True, outgoing_application_sid=AP,
                       outgoing_application_params={"team": "ops", "lang": "fr"},
                       push_credential_sid=CR)
    same_as_sdk(["--identity", "alice", "--voice-incoming", "--voice-app", AP,
                 "--voice-param", "team=ops", "--voice-param", "lang=fr",
                 "--voice-push-credential", CR],
                sdk([grant], identity="alice"))


@case("chat (Conversations) grant with a push credential")
def _():
    same_as_sdk(["--identity", "alice", "--chat-service", IS, "--chat-push-credential", CR],
                sdk([ChatGrant(service_sid=IS, push_credential_sid=CR)], identity="alice"))


@case("--sync-service is the data_sync grant (not sync)")
def _():
    _, claims = same_as_sdk(["--identity", "alice", "--sync-service", IS2],
                            sdk([SyncGrant(service_sid=IS2)], identity="alice"))
    assert "data_sync" in claims["grants"] and "sync" not in claims["grants"], claims


@case("task router grant, no identity")
def _():
    same_as_sdk(["--task-router-workspace", WS, "--task-router-worker", WK,
                 "--task-router-role", "agent"],
                sdk([TaskRouterGrant(workspace_sid=WS, worker_sid=WK, role="agent")]))


@case("every grant at once, with --region ie1 (header twr)")
def _():
    grants = [VideoGrant(room="r"), VoiceGrant(outgoing_application_sid=AP),
              ChatGrant(service_sid=IS), SyncGrant(service_sid=IS2),
              TaskRouterGrant(workspace_sid=WS, worker_sid=WK)]
    header, _ = same_as_sdk(
        ["--identity", "alice", "--video-room", "r", "--voice-app", AP, "--chat-service", IS,
         "--sync-service", IS2, "--task-router-workspace", WS, "--task-router-worker", WK,
         "--region", "ie1"],
        sdk(grants, identity="alice", region="ie1"))
    assert header["twr"] == "ie1", header


@case("times: iat as given, exp = iat + 1h (the SDK's ttl), jti = SK-iat, integers")
def _():
    token = mint(BASE + ["--identity", "a", "--video-room", "r"])
    claims = decode(token)[1]
    assert claims["iat"] == NOW and claims["exp"] == NOW + 3600, claims
    assert claims["jti"] == f"{SK}-{NOW}", claims
    assert "nbf" not in claims, claims


@case("--format json prints {\"token\": …} that from_jwt accepts")
def _():
    import json
    status, out, err = run(BASE + ["--identity", "a", "--video-room", "r", "--format", "json"])
    assert status == 0, err
    accepted(json.loads(out)["token"])


@case("HS384 (the npm SDK's option): PyJWT verifies it; the Python from_jwt takes HS256 only")
def _():
    token = mint(BASE + ["--identity", "a", "--video-room", "r", "--alg", "HS384"])
    jwt.decode(token, SECRET, algorithms=["HS384"])
    try:
        Jwt.from_jwt(token, SECRET)
    except JwtDecodeError:
        pass
    else:
        raise AssertionError("from_jwt took an HS384 token")


@case("an expired jwtmint token is refused by from_jwt (its exp check runs)")
def _():
    token = mint(["twilio", "--account-sid", AC, "--api-key", SK, "--secret-file", SECRET_FILE,
                  "--identity", "a", "--video-room", "r", "--iat", str(NOW - 7200),
                  "--expires-in", "1h", "--allow-expired"])
    try:
        Jwt.from_jwt(token, SECRET)
    except JwtDecodeError:
        pass
    else:
        raise AssertionError("from_jwt accepted an expired token")


TRAPS = [
    ("a lifetime over 24 hours (error 20157)", ["--identity", "a", "--video-room", "r",
                                                 "--expires-in", "25h"], r"longer than 1d"),
    ("no exp", ["--identity", "a", "--video-room", "r", "--no-exp"], r"expiry"),
    ("grants through --claim", ["--identity", "a", "--video-room", "r",
                                "--claim", 'grants:={"video":{}}'], r"grants"),
    ("a token that grants nothing", ["--identity", "a"], r"grants nothing"),
    ("a video grant without identity", ["--video-room", "r"], r"--identity"),
    ("an Account SID where the Sync service goes", ["--identity", "a", "--sync-service", AC],
     r"IS followed by"),
    ("--voice-param without --voice-app", ["--identity", "a", "--voice-incoming",
                                           "--voice-param", "k=v"], r"--voice-app"),
    ("RS256", ["--identity", "a", "--video-room", "r", "--alg", "RS256"], r"RS256"),
]
for what, args, pattern in TRAPS:
    case(f"trap refused: {what}")(lambda args=args, pattern=pattern: refuses(BASE + args,
                                                                             stderr_pattern=pattern))


@case("trap refused: the account and key SIDs swapped")
def _():
    refuses(["twilio", "--account-sid", SK, "--api-key", AC, "--secret-file", SECRET_FILE,
             "--identity", "a", "--video-room", "r"], stderr_pattern=r"SK followed by")


@case("trap refused: --identity from the environment (it grants rights: flags only)")
def _():
    status, out, err = run(["twilio", "--account-sid", AC, "--api-key", SK, "--secret-file",
                            SECRET_FILE, "--video-room", "r"],
                           env={"JWTMINT_TWILIO_IDENTITY": "alice"})
    assert status != 0 and out == "", (status, out)


finish()
