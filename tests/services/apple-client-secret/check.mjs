// `jwtmint apple-client-secret` against apple-signin-auth 2.1.0 getClientSecret (lib/index.js):
// claims {iss, iat, exp: iat + (expAfter || 300), aud, sub}, header {alg: ES256, kid}, signed with
// jsonwebtoken 9. Its clock (Date.now) is fixed at NOW while it mints.
import { createRequire } from "node:module";
import {
  NOW, VENDOR_ONLY, assertEq, atTime, check, checkJwtmint, compareWithSdk, decode, expectRefused,
  expectRefusedOrWarned, fixture, mintOk, readFixture, selfTest, summary, tempCopy, tokenUnderTest,
  verifySignature,
} from "../lib/jwtcheck.mjs";

const require = createRequire(import.meta.url);
const appleSignin = require("apple-signin-auth");
const jwt = require("jsonwebtoken"); // the SDK's own dependency

const P8 = fixture("services/ci/AuthKey_ABC123DEFG.p8");
const PUB = readFixture("services/ci/AuthKey_ABC123DEFG.pub.pem");
const KEY_ID = "ABC123DEFG";
const TEAM_ID = "DEF123GHIJ";
const CLIENT_ID = "com.Example.jwtmint.Web"; // case-sensitive: must come through unchanged
const SIX_MONTHS = 15552000; // jwtmint's default (180 d)
const APPLE_MAX = 15777000;

const sdk = (expAfter, keyIdentifier = KEY_ID) =>
  atTime(NOW, () =>
    appleSignin.getClientSecret({ clientID: CLIENT_ID, teamID: TEAM_ID, keyIdentifier, privateKeyPath: P8, expAfter }));

const sdkVerify = (token) =>
  jwt.verify(token, PUB, { algorithms: ["ES256"], audience: "https://appleid.apple.com", issuer: TEAM_ID, subject: CLIENT_ID, clockTimestamp: NOW });

const base = ["apple-client-secret", "--key", P8, "--team-id", TEAM_ID, "--client-id", CLIENT_ID, "--iat", String(NOW)];

await check("SDK: header {alg, typ, kid}, claims {iss, iat, exp, aud, sub}; r||s signature verifies", async () => {
  const t = await sdk(SIX_MONTHS);
  const d = decode(t);
  assertEq(d.header, { alg: "ES256", typ: "JWT", kid: KEY_ID }, "SDK header");
  assertEq(d.payload, { iss: TEAM_ID, iat: NOW, exp: NOW + SIX_MONTHS, aud: "https://appleid.apple.com", sub: CLIENT_ID }, "SDK claims");
  verifySignature(t, PUB);
  sdkVerify(t);
});

await check("SDK fact: its default lifetime is 300 s and it enforces no maximum", async () => {
  assertEq(decode(await sdk(undefined)).payload.exp - NOW, 300, "default exp - iat");
  assertEq(decode(await sdk(APPLE_MAX + 1000)).payload.exp - NOW, APPLE_MAX + 1000, "exp - iat over Apple's limit");
});

await check("harness self-test: tampered SDK tokens and a DER signature are caught", async () =>
  selfTest(await sdk(SIX_MONTHS), { publicKeyPem: PUB }));

await check("default (180 d): same header and claims as the SDK with expAfter 15552000; SDK verifier accepts it", async () => {
  const want = await sdk(SIX_MONTHS);
  const { out } = tokenUnderTest(base, want);
  const how = compareWithSdk(out, want);
  verifySignature(out, PUB);
  sdkVerify(out);
  return how;
});

await check("--expires-in 15777000s (Apple's maximum) is accepted and matches the SDK", async () => {
  const want = await sdk(APPLE_MAX);
  const { out } = tokenUnderTest([...base, "--expires-in", `${APPLE_MAX}s`], want);
  compareWithSdk(out, want);
  verifySignature(out, PUB);
});

await check("--key-id with a file not named AuthKey_KEYID.p8", async () => {
  const want = await sdk(SIX_MONTHS, "ZYX987WVUT");
  const renamed = tempCopy("services/ci/AuthKey_ABC123DEFG.p8", "signin.p8");
  const args = ["apple-client-secret", "--key", renamed, "--key-id", "ZYX987WVUT", ...base.slice(3)];
  const { out } = tokenUnderTest(args, want);
  compareWithSdk(out, want);
});

await checkJwtmint("trap refused: a lifetime of 15777001 s (over Apple's maximum)", () => {
  expectRefused([...base, "--expires-in", `${APPLE_MAX + 1}s`]);
});
await checkJwtmint("trap refused: a lifetime of 1 year", () => {
  expectRefused([...base, "--expires-in", "365d"]);
});
await checkJwtmint("trap refused: no key id (file not named AuthKey_KEYID.p8, no --key-id)", () => {
  expectRefused(["apple-client-secret", "--key", tempCopy("services/ci/AuthKey_ABC123DEFG.p8", "key.p8"), ...base.slice(3)]);
});
await checkJwtmint("trap refused: an RSA key (ES256 only)", () => {
  expectRefused(["apple-client-secret", "--key", fixture("keys/rsa2048-pkcs8.pem"), "--key-id", KEY_ID, ...base.slice(3)]);
});
await checkJwtmint("trap refused: no --client-id", () => {
  expectRefused(["apple-client-secret", "--key", P8, "--team-id", TEAM_ID]);
});
await checkJwtmint("trap warned or refused: a team id not of 10 characters [A-Z0-9] (team123)", () => {
  expectRefusedOrWarned(["apple-client-secret", "--key", P8, "--team-id", "team123", "--client-id", CLIENT_ID]);
});
await checkJwtmint("the client id keeps its case in sub", () => {
  assertEq(decode(mintOk(base).out).payload.sub, CLIENT_ID, "sub");
});

if (VENDOR_ONLY) console.log("     vendor-only: the jwtmint side was fed the SDK's own tokens");
summary();
