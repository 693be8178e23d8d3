// `jwtmint atlassian-connect` against npm atlassian-jwt 2.0.3 (dist/lib/jwt.js): decodeSymmetric
// checks the HS256 signature with the shared secret, and createQueryStringHash(fromMethodAndUrl(
// method, url), false, baseUrl) must equal the token's `qsh`: the verifier an app's middleware
// (atlassian-connect-express) runs on every request. The PyPI verifier runs in check.py.
import { createRequire } from "node:module";
import {
  VENDOR_ONLY, assert, assertEq, check, checkJwtmint, decode, expectRefused, expectWarned,
  fixture, mintOk, readFixture, summary,
} from "../lib/jwtcheck.mjs";

const require = createRequire(import.meta.url);
const ajwt = require("atlassian-jwt");

const SECRET_FILE = fixture("keys/hmac-secret-64.txt");
const SECRET = readFixture("keys/hmac-secret-64.txt").toString().replace(/\n$/, "");
const SITE = "https://your-site.atlassian.net";
const WIKI = `${SITE}/wiki`;
const KEY = "com.example.app";

// [what, method, --url, --base-url]; the URL the request goes to is base + url (or url).
export const CASES = [
  ["plain GET", "GET", "/rest/api/3/myself", SITE],
  ["repeated params, encoded spaces", "GET", "/rest/api/3/search?jql=project%20%3D%20ABC&fields=summary&fields=assignee&expand=names", SITE],
  ["raw spaces and quotes in the query", "get", '/rest/api/3/search?jql=project = "A B" ORDER BY key&maxResults=5', SITE],
  ["unicode and + in the query, repeated", "GET", "/rest/api/3/search?q=é&q=a+b&q=Zürich&ü=1", SITE],
  ["+ versus %2B", "GET", "/rest/x?a=1+1&b=1%2B1&c=%20", SITE],
  ["reserved characters re-encoded", "GET", "/rest/x?filter=a*b!(c)'&x=~-._&y=%3D%26%3F&z", SITE],
  ["a jwt parameter is left out", "GET", "/rest/x?jwt=old.token.here&a=1", SITE],
  ["percent-encoded unicode path", "GET", "/rest/api/3/project/%C3%A9t%C3%A9", SITE],
  ["& in the path", "GET", "/rest/a&b/c", SITE],
  ["trailing slash", "GET", "/rest/api/3/myself/", SITE],
  ["Confluence: path below /wiki", "GET", "/rest/api/content?spaceKey=DEV&expand=body.storage,version", WIKI],
  ["Confluence: absolute --url with params under the base path", "GET", `${WIKI}/rest/api/content/123?status=current&expand=a&expand=b`, WIKI],
  ["base URL with a trailing slash", "DELETE", "/rest/api/3/issue/KEY-1?deleteSubtasks=true", `${SITE}/`],
  ["POST with a query (body not hashed; warns)", "POST", "/rest/api/3/issue?updateHistory=true", SITE],
  ["the site root", "GET", SITE, SITE],
];

function fullUrl(url, base) {
  return /^https?:\/\//.test(url) ? url : base.replace(/\/$/, "") + url;
}

function mintFor(method, url, base, extra = []) {
  const args = ["atlassian-connect", "--secret-file", SECRET_FILE, "--issuer", KEY, "--method", method, "--url", url, "--base-url", base, ...extra];
  return method.toUpperCase() === "POST" ? expectWarned(args).stdout.trim() : mintOk(args).out;
}

function vendorQsh(method, url, base) {
  return ajwt.createQueryStringHash(ajwt.fromMethodAndUrl(method, fullUrl(url, base)), false, base);
}

await check("vendor: atlassian-jwt's canonical request for the Python docstring example", () => {
  const req = ajwt.fromMethodAndUrl("GET", `${SITE}/path/to/service?zee_last=param&repeated=parameter 1&first=param&repeated=parameter 2`);
  assertEq(ajwt.createCanonicalRequest(req, false, SITE),
    "GET&/path/to/service&first=param&repeated=parameter%201,parameter%202&zee_last=param", "canonical request");
});

for (const [what, method, url, base] of CASES) {
  await checkJwtmint(`${what}: decodeSymmetric accepts, qsh = createQueryStringHash`, () => {
    const token = mintFor(method, url, base);
    const payload = ajwt.decodeSymmetric(token, SECRET, ajwt.SymmetricAlgorithm.HS256);
    assertEq(payload.iss, KEY, "iss");
    assertEq(payload.qsh, vendorQsh(method, url, base), `qsh of ${method} ${url}`);
    assertEq(decode(token).header, { alg: "HS256", typ: "JWT" }, "header");
    assert(payload.exp - payload.iat === 180, "3 minutes");
  });
}

await checkJwtmint("--format url: the URL carries the token, and the vendor hashes that URL the same", () => {
  const url = "/rest/api/3/search?jql=project = ABC&fields=a&fields=b";
  const out = mintOk(["atlassian-connect", "--secret-file", SECRET_FILE, "--issuer", KEY, "--url", url, "--base-url", SITE, "--format", "url"]).out;
  const token = new URL(out).searchParams.get("jwt");
  const payload = ajwt.decodeSymmetric(token, SECRET, ajwt.SymmetricAlgorithm.HS256);
  assertEq(payload.qsh, ajwt.createQueryStringHash(ajwt.fromMethodAndUrl("GET", out), false, SITE), "qsh of the printed URL");
  assertEq(payload.qsh, vendorQsh("GET", url, SITE), "qsh of the typed URL");
});

await checkJwtmint("--format header: Authorization: JWT", () => {
  const out = mintOk(["atlassian-connect", "--secret-file", SECRET_FILE, "--issuer", KEY, "--url", "/rest/api/3/myself", "--format", "header"]).out;
  assert(out.startsWith("Authorization: JWT "), out);
  ajwt.decodeSymmetric(out.slice("Authorization: JWT ".length), SECRET, ajwt.SymmetricAlgorithm.HS256);
});

await checkJwtmint("--context-qsh: qsh is \"context-qsh\", signature accepted", () => {
  const token = mintOk(["atlassian-connect", "--secret-file", SECRET_FILE, "--issuer", "client-key", "--context-qsh", "--sub", "5b10ac8d82e05b22cc7d4ef5"]).out;
  const payload = ajwt.decodeSymmetric(token, SECRET, ajwt.SymmetricAlgorithm.HS256);
  assertEq(payload.qsh, "context-qsh", "qsh");
  assertEq(payload.sub, "5b10ac8d82e05b22cc7d4ef5", "sub");
});

await checkJwtmint("a wrong secret fails decodeSymmetric (the check can fail)", () => {
  const token = mintFor("GET", "/rest/api/3/myself", SITE);
  let threw = false;
  try { ajwt.decodeSymmetric(token, SECRET + "x", ajwt.SymmetricAlgorithm.HS256); } catch { threw = true; }
  assert(threw, "a wrong secret must fail");
  assert(decode(token).payload.qsh !== vendorQsh("GET", "/rest/api/3/myself?a=1", SITE), "another request has another qsh");
});

const base = ["atlassian-connect", "--secret-file", SECRET_FILE, "--issuer", KEY];
const traps = [
  ["qsh from --claim", ["--url", "/x", "--claim", "qsh=context-qsh"]],
  ["sub from --claim", ["--url", "/x", "--claim", "sub=someone"]],
  ["context from --claim", ["--url", "/x", "--claim", "context:={}"]],
  ["no request and no --context-qsh", []],
  ["--context-qsh with --url", ["--context-qsh", "--url", "/x"]],
  ["a URL outside --base-url", ["--url", "https://other.atlassian.net/rest", "--base-url", SITE]],
  ["/wikipedia is not under /wiki", ["--url", `${SITE}/wikipedia/x`, "--base-url", WIKI]],
  ["a relative path without /", ["--url", "rest/api/3/myself"]],
  ["HS512", ["--url", "/x", "--alg", "HS512"]],
  ["--no-exp", ["--url", "/x", "--no-exp"]],
  ["--format url without a base URL", ["--url", "/x", "--format", "url"]],
];
for (const [what, args] of traps) {
  await checkJwtmint(`trap refused: ${what}`, () => {
    expectRefused([...base, ...args], {}, { mustNotContain: [SECRET] });
  });
}

if (VENDOR_ONLY) console.log("     vendor-only: atlassian-jwt mints nothing to compare; only its own example ran");
summary();
