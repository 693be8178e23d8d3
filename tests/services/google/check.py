"""google-auth (PyPI) mints each Google service-account JWT from the fixture service account at
the same instant; jwtmint's `google` must give the same decoded header and claims, and its
signature must pass google-auth's own verifier (google.auth.jwt.decode). See NOTES.md."""

import datetime
import json
import os
import urllib.parse

import google.auth
import google.auth._helpers
import google.auth.jwt
import google.oauth2.service_account as service_account

from pyharness import NOW, case, compare, decode, finish, fixture, mint, mint_with_stderr, refuses

SA_FILE = fixture("google-sa.json")
SA = json.load(open(SA_FILE))
PUB = open(fixture("google-sa.pub.pem")).read()
AUD = "https://pubsub.googleapis.com/"
SCOPES = ["https://www.googleapis.com/auth/cloud-platform",
          "https://www.googleapis.com/auth/devstorage.read_only"]
SUBJECT = "someone@example.com"
TARGET = "https://hello-abc123-uc.a.run.app"


def fixed_utcnow():
    # google-auth's clock: naive UTC datetime; iat = calendar.timegm(now.utctimetuple()).
    return datetime.datetime.fromtimestamp(NOW, datetime.timezone.utc).replace(tzinfo=None)


google.auth._helpers.utcnow = fixed_utcnow  # every google-auth module calls _helpers.utcnow()


def verify(token, audience=None):
    """google-auth's verifier with the service account's public key; also by kid, as Google does."""
    claims = google.auth.jwt.decode(token, certs=PUB, audience=audience, clock_skew_in_seconds=10)
    google.auth.jwt.decode(token, certs={SA["private_key_id"]: PUB}, audience=audience,
                           clock_skew_in_seconds=10)
    return claims


def sdk_self_signed(audience=None, scopes=None, **jwt_kwargs):
    """The path AuthorizedSession takes: always_use_jwt_access + _create_self_signed_jwt."""
    creds = service_account.Credentials.from_service_account_info(
        SA, scopes=scopes, always_use_jwt_access=True)
    if jwt_kwargs:  # e.g. token_lifetime: build the same jwt.Credentials directly
        extra = {"scope": " ".join(scopes)} if scopes else None
        jc = google.auth.jwt.Credentials.from_signing_credentials(
            creds, audience, additional_claims=extra, **jwt_kwargs)
    else:
        creds._create_self_signed_jwt(audience)
        jc = creds._jwt_credentials
    jc.refresh(None)
    return jc.token


class FakeResponse:
    def __init__(self, body):
        self.status = 200
        self.headers = {"content-type": "application/json"}
        self.data = json.dumps(body).encode()


class CapturingRequest:
    """A google.auth.transport.Request that records the token POST instead of sending it."""

    def __init__(self):
        self.calls = []

    def __call__(self, url, method="GET", body=None, headers=None, timeout=None, **kwargs):
        self.calls.append({"url": url, "method": method, "body": body, "headers": headers})
        return FakeResponse({"access_token": "ya29.fake", "expires_in": 3600,
                             "token_type": "Bearer", "id_token": "x.y.z"})


def sdk_oauth(scopes, subject=None):
    """Real refresh() with the POST captured: returns (assertion from the body, request)."""
    creds = service_account.Credentials.from_service_account_info(SA, scopes=scopes, subject=subject)
    direct = creds._make_authorization_grant_assertion()
    req = CapturingRequest()
    creds.refresh(req)
    posts = [c for c in req.calls if c["method"] == "POST"]
    assert len(posts) == 1, f"expected one token POST, got {req.calls}"
    form = urllib.parse.parse_qs(posts[0]["body"].decode())
    assert posts[0]["url"] == SA["token_uri"], posts[0]["url"]
    assert form["grant_type"] == ["urn:ietf:params:oauth:grant-type:jwt-bearer"], form
    assertion = form["assertion"][0]
    assert decode(assertion) == decode(direct), "refresh() posted another assertion"
    return assertion


SELF_SIGNED_ARGS = ["google", "--key", SA_FILE, "--iat", str(NOW)]


@case("self-signed --aud: header {typ, alg RS256, kid=private_key_id}, iss=sub=client_email, aud, exp=iat+3600")
def _():
    sdk = sdk_self_signed(audience=AUD)
    (sh, sc) = decode(sdk)
    assert sh == {"typ": "JWT", "alg": "RS256", "kid": SA["private_key_id"]}, sh
    assert sc == {"iss": SA["client_email"], "sub": SA["client_email"], "iat": NOW,
                  "exp": NOW + 3600, "aud": AUD}, sc
    verify(sdk, AUD)
    ours = mint(SELF_SIGNED_ARGS + ["--aud", AUD], sdk_token=sdk)
    compare(ours, sdk)
    verify(ours, AUD)


@case("self-signed --aud with --expires-in 30m: exp=iat+1800 (google-auth token_lifetime=1800)")
def _():
    sdk = sdk_self_signed(audience=AUD, token_lifetime=1800)
    assert decode(sdk)[1]["exp"] == NOW + 1800
    ours = mint(SELF_SIGNED_ARGS + ["--aud", AUD, "--expires-in", "30m"], sdk_token=sdk)
    compare(ours, sdk)
    verify(ours, AUD)


@case("self-signed --scope (x2): no aud, scope space-separated")
def _():
    sdk = sdk_self_signed(scopes=SCOPES)
    sc = decode(sdk)[1]
    assert "aud" not in sc and sc["scope"] == " ".join(SCOPES), sc
    verify(sdk)
    args = SELF_SIGNED_ARGS + [a for s in SCOPES for a in ("--scope", s)]
    ours = mint(args, sdk_token=sdk)
    compare(ours, sdk)
    verify(ours)


@case("--oauth --scope --subject: JWT-bearer assertion posted to token_uri (aud, scope, sub=user)")
def _():
    sdk = sdk_oauth(SCOPES, SUBJECT)
    sh, sc = decode(sdk)
    assert sh == {"typ": "JWT", "alg": "RS256", "kid": SA["private_key_id"]}, sh
    assert sc == {"iat": NOW, "exp": NOW + 3600, "iss": SA["client_email"],
                  "aud": "https://oauth2.googleapis.com/token", "scope": " ".join(SCOPES),
                  "sub": SUBJECT}, sc
    verify(sdk, SA["token_uri"])
    args = SELF_SIGNED_ARGS + ["--oauth"] + [a for s in SCOPES for a in ("--scope", s)] + ["--subject", SUBJECT]
    ours = mint(args, sdk_token=sdk)
    compare(ours, sdk)
    verify(ours, SA["token_uri"])


@case("--oauth --scope without --subject: no sub claim")
def _():
    sdk = sdk_oauth(SCOPES[:1])
    assert "sub" not in decode(sdk)[1]
    ours = mint(SELF_SIGNED_ARGS + ["--oauth", "--scope", SCOPES[0]], sdk_token=sdk)
    compare(ours, sdk)
    verify(ours, SA["token_uri"])


@case("--oauth --target-audience: ID-token assertion (target_audience, no scope)")
def _():
    creds = service_account.IDTokenCredentials.from_service_account_info(SA, target_audience=TARGET)
    sdk = creds._make_authorization_grant_assertion()
    sc = decode(sdk)[1]
    assert sc["target_audience"] == TARGET and "scope" not in sc and "sub" not in sc, sc
    verify(sdk, SA["token_uri"])
    ours = mint(SELF_SIGNED_ARGS + ["--oauth", "--target-audience", TARGET], sdk_token=sdk)
    compare(ours, sdk)
    verify(ours, SA["token_uri"])


@case("GOOGLE_APPLICATION_CREDENTIALS stands in for --key (google.auth.load_credentials_from_file)")
def _():
    creds, _project = google.auth.load_credentials_from_file(SA_FILE)
    assert isinstance(creds, service_account.Credentials)
    jc = google.auth.jwt.Credentials.from_signing_credentials(creds, AUD)
    jc.refresh(None)
    sdk = jc.token
    ours = mint(["google", "--iat", str(NOW), "--aud", AUD],
                env={"GOOGLE_APPLICATION_CREDENTIALS": SA_FILE}, sdk_token=sdk)
    compare(ours, sdk)
    verify(ours, AUD)


@case("trap: authorized_user JSON is not a service account (google-auth refuses it as one too)")
def _():
    path = fixture("google-authorized-user.json")
    try:
        service_account.Credentials.from_service_account_file(path)
    except ValueError:
        pass
    else:
        raise AssertionError("google-auth accepted an authorized_user file as a service account")
    refuses(["google", "--key", path, "--aud", AUD], stderr_pattern="authorized_user")
    refuses(["google", "--aud", AUD], env={"GOOGLE_APPLICATION_CREDENTIALS": path},
            stderr_pattern="authorized_user")


@case("trap: external_account JSON is refused, naming its type")
def _():
    refuses(["google", "--key", fixture("google-external-account.json"), "--aud", AUD],
            stderr_pattern="external_account")


@case("trap: 61-minute expiry refused (self-signed and --oauth)")
def _():
    refuses(SELF_SIGNED_ARGS + ["--aud", AUD, "--expires-in", "61m"])
    refuses(SELF_SIGNED_ARGS + ["--oauth", "--scope", SCOPES[0], "--expires-in", "61m"])


@case("trap: --aud together with --scope refused (never both)")
def _():
    refuses(SELF_SIGNED_ARGS + ["--aud", AUD, "--scope", SCOPES[0]])


@case("trap: --oauth with neither --scope nor --target-audience refused")
def _():
    refuses(SELF_SIGNED_ARGS + ["--oauth"])


@case("warning: --aud without the trailing slash, and outside googleapis.com")
def _():
    for aud in ("https://pubsub.googleapis.com", "https://example.com/"):
        token, err = mint_with_stderr(SELF_SIGNED_ARGS + ["--aud", aud])
        assert err.strip(), f"no warning on stderr for --aud {aud}"
        assert decode(token)[1]["aud"] == aud
        verify(token, aud)


finish()
