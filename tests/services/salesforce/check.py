"""simple-salesforce (PyPI) builds the OAuth 2.0 JWT bearer assertion in SalesforceLogin
(simple_salesforce/login.py) and posts it to the token endpoint; the post is stubbed to capture
the assertion and the URL. jwtmint's `salesforce` must give the same header and claims (its
`exp` a number where the SDK writes a string, plus `iat`), its signature must pass PyJWT (the
SDK's JWT library), and the traps of providers.md must be refused. See NOTES.md."""

import datetime

import jwt  # PyJWT, as simple-salesforce signs with it
import simple_salesforce.login as login_mod
from cryptography.hazmat.primitives import serialization
from simple_salesforce import SalesforceLogin

from pyharness import NOW, VENDOR_ONLY, case, compare, decode, finish, key, mint, refuses

KEY = key("rsa2048-pkcs8.pem")
PUB = serialization.load_pem_public_key(open(key("rsa2048.pub.pem"), "rb").read())
CONSUMER_KEY = "3MVG9jwtmintExampleConsumerKey.0123456789"
USER = "integration@example.com"
GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"


class FixedDatetime(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.datetime.fromtimestamp(NOW, tz)


login_mod.datetime = FixedDatetime  # login.py: datetime.now(timezone.utc) + timedelta(minutes=3)


class Response:
    status_code = 200

    @staticmethod
    def json():
        return {"access_token": "00Dstub", "instance_url": "https://na1.salesforce.com"}


class Session:
    """Stands in for requests: token_login() calls session.post(url, data, headers=, proxies=)."""

    def __init__(self):
        self.posts = []

    def post(self, url, data, headers=None, proxies=None):
        self.posts.append((url, dict(data)))
        return Response()


def sdk(domain="login", user=USER):
    """The assertion SalesforceLogin posts, and the URL it posts it to."""
    session = Session()
    SalesforceLogin(username=user, consumer_key=CONSUMER_KEY, privatekey_file=KEY,
                    domain=domain, session=session)
    [(url, data)] = session.posts
    assert data["grant_type"] == GRANT, data
    return data["assertion"], url


def ours(audience, *extra, sdk_token=None, times=None):
    times = ["--iat", str(NOW), "--expires-in", "3m"] if times is None else times
    return mint(["salesforce", "--key", KEY, "--consumer-key", CONSUMER_KEY, "--username", USER,
                 "--audience", audience, *times, *extra], sdk_token=sdk_token)


def verify(token, aud):
    return jwt.decode(token, PUB, algorithms=["RS256"], audience=aud, issuer=CONSUMER_KEY,
                      options={"verify_exp": False})


def same_as_sdk(token, sdk_token):
    """Header and claims equal; `exp` compared as a number (the SDK writes "1767225780"), `iat`
    (jwtmint's addition) left out."""
    (_, oc), (_, sc) = compare(token, sdk_token, ignore_claims=("iat", "exp"))
    assert int(oc["exp"]) == int(sc["exp"]) == NOW + 180, (oc["exp"], sc["exp"])
    if not VENDOR_ONLY:
        assert isinstance(oc["exp"], int), f"jwtmint's exp must be a number: {oc['exp']!r}"
        assert oc["iat"] == NOW, oc


@case("SDK: header, claims (exp a string, 3 minutes on) and the token URL it posts to")
def _():
    token, url = sdk()
    header, claims = decode(token)
    assert header == {"alg": "RS256", "typ": "JWT"}, header
    assert claims == {"iss": CONSUMER_KEY, "sub": USER, "aud": "https://login.salesforce.com",
                      "exp": str(NOW + 180)}, claims
    assert url == "https://login.salesforce.com/services/oauth2/token", url
    verify(token, "https://login.salesforce.com")


for domain, audience in [("login", "login"), ("test", "test"),
                         ("acme.my", "https://acme.my.salesforce.com")]:
    @case(f"--audience {audience}: same header and claims as SalesforceLogin(domain={domain!r})")
    def _(domain=domain, audience=audience):
        want, _ = sdk(domain)
        token = ours(audience, sdk_token=want)
        same_as_sdk(token, want)
        verify(token, f"https://{domain}.salesforce.com")


@case("--no-iat: the claims are the SDK's but for exp's JSON type")
def _():
    want, _ = sdk()
    token = ours("login", sdk_token=want, times=["--no-iat", "--exp", str(NOW + 180)])
    _, oc = decode(token)
    _, sc = decode(want)
    assert set(oc) == set(sc) == {"iss", "sub", "aud", "exp"}, (oc, sc)
    same = {k: v for k, v in oc.items() if k != "exp"} == {k: v for k, v in sc.items() if k != "exp"}
    assert same, (oc, sc)


@case("an Experience Cloud site URL as aud (the SDK cannot send one: it builds https://DOMAIN.salesforce.com)")
def _():
    site = "https://acme.my.site.com/customers"
    token = ours(site)
    _, claims = decode(token)
    assert claims["aud"] == site, claims
    verify(token, site)


TRAPS = [
    ("prn, the legacy user claim that wins over sub", ["--claim", "prn=admin@example.com"], "prn"),
    ("sub from --claim (the user is --username)", ["--claim", "sub=admin@example.com"], "sub"),
    ("a lifetime over 3 minutes", ["--expires-in", "4m"], "3m"),
    ("an http:// audience", ["--audience", "http://login.salesforce.com"], "https"),
    ("an audience that is neither login, test nor a URL", ["--audience", "sandbox"], "login, test"),
    ("HS256 (an HMAC secret)", ["--alg", "HS256"], "RS256"),
]
for what, extra, pattern in TRAPS:
    @case(f"trap refused: {what}")
    def _(extra=extra, pattern=pattern):
        args = ["salesforce", "--key", KEY, "--consumer-key", CONSUMER_KEY, "--username", USER]
        refuses(args + extra, stderr_pattern=pattern)


@case("trap refused: an EC key (Salesforce verifies RS256 with the certificate's RSA key)")
def _():
    refuses(["salesforce", "--key", key("ec-p256-pkcs8.pem"), "--consumer-key", CONSUMER_KEY,
             "--username", USER])


@case("trap refused: no --username")
def _():
    refuses(["salesforce", "--key", KEY, "--consumer-key", CONSUMER_KEY], stderr_pattern="username")


finish()
