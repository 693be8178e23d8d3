"""`jwtmint atlassian-connect` against PyPI atlassian-jwt 3.0.0: `Authenticator.authenticate`
(authenticate.py) takes the token from the Authorization header or the `jwt` query parameter,
compares its `qsh` with `url_utils.hash_url(method, url)` (the URL relative to the base URL) and
verifies HS256 with the shared secret its subclass returns for `iss`."""

import os
from urllib.parse import quote

import atlassian_jwt
from atlassian_jwt.url_utils import canonicalize_request

from pyharness import KEYS, case, decode, finish, mint, refuses

SECRET_FILE = os.path.join(KEYS, "hmac-secret-64.txt")
with open(SECRET_FILE, encoding="utf-8") as f:
    SECRET = f.read().rstrip("\n")
SITE = "https://your-site.atlassian.net"
WIKI = SITE + "/wiki"
KEY = "com.example.app"


class Addon(atlassian_jwt.Authenticator):
    def get_shared_secret(self, client_key):
        assert client_key == KEY, client_key
        return SECRET


# (what, method, --url, --base-url, the URL relative to the base as the app's handler sees it)
CASES = [
    ("plain GET", "GET", "/rest/api/3/myself", SITE, None),
    ("repeated params, encoded spaces", "GET",
     "/rest/api/3/search?jql=project%20%3D%20ABC&fields=summary&fields=assignee&expand=names", SITE, None),
    ("raw spaces and quotes in the query", "get",
     '/rest/api/3/search?jql=project = "A B" ORDER BY key&maxResults=5', SITE, None),
    ("unicode in the query, sent percent-encoded", "GET", "/rest/api/3/search?q=é&q=a+b&q=Zürich",
     SITE, "/rest/api/3/search?q=%C3%A9&q=a+b&q=Z%C3%BCrich"),
    ("+ versus %2B", "GET", "/rest/x?a=1+1&b=1%2B1&c=%20", SITE, None),
    ("reserved characters re-encoded", "GET", "/rest/x?filter=a*b!(c)'&x=~-._&y=%3D%26%3F&z=", SITE, None),
    ("a jwt parameter is left out", "GET", "/rest/x?jwt=old.token.here&a=1", SITE, None),
    ("percent-encoded unicode path", "GET", "/rest/api/3/project/%C3%A9t%C3%A9", SITE, None),
    ("& in the path", "GET", "/rest/a&b/c", SITE, None),
    ("trailing slash", "GET", "/rest/api/3/myself/", SITE, None),
    ("Confluence: path below /wiki", "GET", "/rest/api/content?spaceKey=DEV&expand=body.storage,version",
     WIKI, None),
    ("Confluence: absolute --url with params under the base path", "GET",
     WIKI + "/rest/api/content/123?status=current&expand=a&expand=b", WIKI,
     "/rest/api/content/123?status=current&expand=a&expand=b"),
    ("POST with a query", "POST", "/rest/api/3/issue?updateHistory=true", SITE, None),
]


def token_for(method, url, base):
    return mint(["atlassian-connect", "--secret-file", SECRET_FILE, "--issuer", KEY,
                 "--method", method, "--url", url, "--base-url", base])


for what, method, url, base, relative in CASES:
    relative = relative or url

    @case(f"{what}: Authenticator.authenticate accepts it (Authorization: JWT)")
    def _(method=method, url=url, base=base, relative=relative):
        token = token_for(method, url, base)
        result = Addon().authenticate(method, relative, {"authorization": "JWT " + token})
        assert result.client_key == KEY
        assert result.claims["qsh"] == decode(token)[1]["qsh"]

    if "jwt=" in relative:
        continue  # the verifier reads the first `jwt` parameter: the URL's own one

    @case(f"{what}: accepted as the jwt query parameter")
    def _(method=method, url=url, base=base, relative=relative):
        token = token_for(method, url, base)
        sep = "&" if "?" in relative else "?"
        Addon().authenticate(method, relative + sep + "jwt=" + quote(token), None)


@case("another request's URL is refused (qsh does not match): the check can fail")
def _():
    token = token_for("GET", "/rest/api/3/myself", SITE)
    try:
        Addon().authenticate("GET", "/rest/api/3/myself?a=1", {"Authorization": "JWT " + token})
    except atlassian_jwt.DecodeError:
        return
    raise AssertionError("a token for another request was accepted")


@case("vendor: canonical request of its own docstring example")
def _():
    got = canonicalize_request(
        "GET", "/path/to/service?zee_last=param&repeated=parameter 1&first=param&repeated=parameter 2")
    assert got == "GET&/path/to/service&first=param&repeated=parameter%201,parameter%202&zee_last=param", got


@case("trap refused: qsh from --claim")
def _():
    refuses(["atlassian-connect", "--secret-file", SECRET_FILE, "--issuer", KEY, "--url", "/x",
             "--claim", "qsh=context-qsh"])


finish()
