// `jwtmint docusign` against docusign-esign 10.0.0 (src/ApiClient.js generateAndSignJWTAssertion:
// jsonwebtoken RS256, {iss, aud, iat, exp, scope, sub}). The SDK's only HTTP call, axios.request,
// is replaced to capture the assertion and the token URL. Signatures are checked with npm jose.
import { createRequire } from "node:module";
import * as jose from "jose";
import {
  NOW, VENDOR_ONLY, assert, assertEq, atTime, check, checkJwtmint, compareWithSdk, decode,
  expectRefused, expectWarned, fixture, readFixture, selfTest, summary, tokenUnderTest,
} from "../lib/jwtcheck.mjs";

const require = createRequire(import.meta.url);
const docusign = require("docusign-esign");
// The axios instance ApiClient.js required (the same module object).
const axios = createRequire(require.resolve("docusign-esign"))("axios");

const KEY = fixture("keys/rsa2048-pkcs1.pem"); // PKCS#1, as Apps and Keys shows the RSA key
const KEY_PEM = readFixture("keys/rsa2048-pkcs1.pem");
const PUB = readFixture("keys/rsa2048.pub.pem");
const INTEGRATION_KEY = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
const USER_ID = "12345678-9abc-def0-1234-56789abcdef0";
const GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

const posted = [];
axios.request = async (config) => {
  posted.push(config);
  return { status: 200, headers: {}, data: { access_token: "stub", token_type: "Bearer", expires_in: 3600 } };
};

/** The assertion the SDK posts (and where), minted at NOW. */
async function sdk({ demo = false, user = USER_ID, scopes = ["signature", "impersonation"], expiresIn = 3600 } = {}) {
  const client = new docusign.ApiClient(demo ? { basePath: "https://demo.docusign.net/restapi" } : {});
  posted.length = 0;
  await atTime(NOW, () =>
    user
      ? client.requestJWTUserToken(INTEGRATION_KEY, user, scopes, Buffer.from(KEY_PEM), expiresIn)
      : client.requestJWTApplicationToken(INTEGRATION_KEY, scopes, Buffer.from(KEY_PEM), expiresIn));
  assertEq(posted.length, 1, "token requests the SDK made");
  const [config] = posted;
  assertEq(config.data.grant_type, GRANT, "grant_type");
  return { token: config.data.assertion, url: `${config.baseURL}${config.url}` };
}

async function verify(token, aud) {
  const key = await jose.importSPKI(PUB, "RS256");
  const { payload } = await jose.jwtVerify(token, key, {
    algorithms: ["RS256"], audience: aud, issuer: INTEGRATION_KEY, currentDate: new Date(NOW * 1000),
  });
  return payload;
}

const base = ["docusign", "--key", KEY, "--integration-key", INTEGRATION_KEY, "--iat", String(NOW)];

await check("SDK: header, claims and token URL of requestJWTUserToken (demo)", async () => {
  const { token, url } = await sdk({ demo: true });
  const d = decode(token);
  assertEq(d.header, { alg: "RS256", typ: "JWT" }, "SDK header");
  assertEq(d.payload, {
    iss: INTEGRATION_KEY, aud: "account-d.docusign.com", iat: NOW, exp: NOW + 3600,
    scope: "signature impersonation", sub: USER_ID,
  }, "SDK claims");
  assertEq(url, "https://account-d.docusign.com/oauth/token", "token URL");
  await verify(token, "account-d.docusign.com");
});

await check("harness self-test: tampered SDK tokens fail the comparison and the signature check", async () =>
  selfTest((await sdk()).token, { publicKeyPem: PUB }));

for (const demo of [false, true]) {
  const aud = demo ? "account-d.docusign.com" : "account.docusign.com";
  await check(`user token${demo ? " --demo" : ""}: same header and claims as requestJWTUserToken`, async () => {
    const { token: want } = await sdk({ demo });
    const args = [...base, "--user", USER_ID, ...(demo ? ["--demo"] : [])];
    const { out } = tokenUnderTest(args, want);
    const how = compareWithSdk(out, want);
    await verify(out, aud);
    return how;
  });
}

await check("--scope repeated and --expires-in 30m: the SDK's scopes array and expiresIn", async () => {
  const scopes = ["signature", "impersonation", "extended"];
  const { token: want } = await sdk({ scopes, expiresIn: 1800 });
  const args = [...base, "--user", USER_ID, "--scope", "signature impersonation", "--scope", "extended", "--expires-in", "30m"];
  const { out } = tokenUnderTest(args, want);
  const how = compareWithSdk(out, want);
  await verify(out, "account.docusign.com");
  return how;
});

await check("no --user: requestJWTApplicationToken's claims (no sub), with a warning", async () => {
  const { token: want } = await sdk({ user: null, scopes: ["signature"] });
  assert(!("sub" in decode(want).payload), "the SDK's application token has no sub");
  const args = [...base, "--scope", "signature"];
  const out = VENDOR_ONLY ? want : expectWarned(args).stdout.trim();
  const how = compareWithSdk(out, want);
  await verify(out, "account.docusign.com");
  return how;
});

const traps = [
  ["an email as --user (DocuSign wants the API user id)", ["--user", "ann@example.com"]],
  ["sub from --claim", ["--user", USER_ID, "--claim", "sub=someone-else"]],
  ["scope from --claim", ["--user", USER_ID, "--claim", "scope=signature"]],
  ["aud from --claim (https:// form)", ["--user", USER_ID, "--claim", "aud=https://account.docusign.com"]],
  ["a lifetime over an hour", ["--user", USER_ID, "--expires-in", "61m"]],
  ["--no-iat (DocuSign needs iat)", ["--user", USER_ID, "--no-iat"]],
  ["HS256", ["--user", USER_ID, "--alg", "HS256"]],
];
for (const [what, args] of traps) {
  await checkJwtmint(`trap refused: ${what}`, () => {
    expectRefused(["docusign", "--key", KEY, "--integration-key", INTEGRATION_KEY, ...args]);
  });
}
await checkJwtmint("trap refused: an EC key (DocuSign's keys are RSA)", () => {
  expectRefused(["docusign", "--key", fixture("keys/ec-p256-pkcs8.pem"), "--integration-key", INTEGRATION_KEY, "--user", USER_ID]);
});

if (VENDOR_ONLY) console.log("     vendor-only: the jwtmint side was fed the SDK's own tokens");
summary();
