// `jwtmint apns` against @parse/node-apn 8.1.0: lib/credentials/token/prepare.js mints with
// jsonwebtoken.sign({}, key, {algorithm: "ES256", issuer: teamId, header: {kid: keyId}}).
// The SDK reads the clock through Date.now(): it is fixed at NOW while the SDK mints.
import { createRequire } from "node:module";
import {
  NOW, VENDOR_ONLY, assert, assertEq, atTime, check, checkJwtmint, compareWithSdk, decode,
  expectRefused, expectRefusedOrWarned, fixture, mintOk, readFixture, selfTest, summary, tempCopy,
  tokenUnderTest, verifySignature,
} from "../lib/jwtcheck.mjs";

const require = createRequire(import.meta.url);
const apn = require("@parse/node-apn");
const jwt = require("jsonwebtoken"); // the SDK's own jsonwebtoken (its pinned dependency)

const P8 = fixture("services/ci/AuthKey_ABC123DEFG.p8");
const PUB = readFixture("services/ci/AuthKey_ABC123DEFG.pub.pem");
const KEY_ID = "ABC123DEFG";
const TEAM_ID = "DEF123GHIJ";

/** The SDK's token, as a Provider holds it before its first request (no connection is made). */
async function sdk({ keyId = KEY_ID, teamId = TEAM_ID } = {}) {
  return atTime(NOW, () => {
    const provider = new apn.Provider({ token: { key: P8, keyId, teamId }, production: false });
    const tok = provider.client.config.token;
    const out = { token: tok.current, expiredAt3299: tok.isExpired(3300) };
    provider.shutdown();
    return out;
  });
}

/** APNs runs no code we can get; the SDK's jsonwebtoken checks signature and alg at NOW. */
function sdkVerify(token) {
  return jwt.verify(token, PUB, { algorithms: ["ES256"], clockTimestamp: NOW });
}

await check("SDK: header {alg, typ, kid}, claims exactly {iat, iss}; signature r||s verifies", async () => {
  const { token } = await sdk();
  const d = decode(token);
  assertEq(d.header, { alg: "ES256", typ: "JWT", kid: KEY_ID }, "SDK header");
  assertEq(d.payload, { iat: NOW, iss: TEAM_ID }, "SDK claims");
  verifySignature(token, PUB);
  sdkVerify(token);
});

await check("harness self-test: tampered SDK tokens and a DER signature are caught", async () =>
  selfTest((await sdk()).token, { publicKeyPem: PUB }));

await check("jwtmint token: same header and claims as the SDK; the SDK's verifier accepts it; 64-byte signature", async () => {
  const { token: want } = await sdk();
  const { out } = tokenUnderTest(["apns", "--key", P8, "--team-id", TEAM_ID, "--iat", String(NOW)], want);
  const how = compareWithSdk(out, want);
  verifySignature(out, PUB);
  const claims = sdkVerify(out);
  assert(!("exp" in claims) && !("aud" in claims), "no exp, no aud");
  return how;
});

await check("--key-id overrides the file name: kid comes from the flag", async () => {
  const { token: want } = await sdk({ keyId: "ZYX987WVUT" });
  const renamed = tempCopy("services/ci/AuthKey_ABC123DEFG.p8", "push-key.p8");
  const { out } = tokenUnderTest(["apns", "--key", renamed, "--key-id", "ZYX987WVUT", "--team-id", TEAM_ID, "--iat", String(NOW)], want);
  compareWithSdk(out, want);
  verifySignature(out, PUB);
});

await checkJwtmint("stderr says until when APNs accepts the token (iat + 1 h)", () => {
  const { stderr } = mintOk(["apns", "--key", P8, "--team-id", TEAM_ID, "--iat", String(NOW)]);
  const until = new Date((NOW + 3600) * 1000).toISOString(); // 2026-01-01T01:00:00.000Z
  const forms = [String(NOW + 3600), until.slice(0, 19), until.slice(0, 19).replace("T", " ")];
  assert(forms.some((f) => stderr.includes(f)), `stderr should name iat + 3600 (one of ${forms.join(" | ")}): ${JSON.stringify(stderr)}`);
});

await checkJwtmint("--format header prints 'authorization: bearer TOKEN'", () => {
  const { out } = mintOk(["apns", "--key", P8, "--team-id", TEAM_ID, "--iat", String(NOW), "--format", "header"]);
  const prefix = "authorization: bearer ";
  assert(out.startsWith(prefix), `expected ${JSON.stringify(prefix)}: ${JSON.stringify(out)}`);
  verifySignature(out.slice(prefix.length), PUB);
  assertEq(decode(out.slice(prefix.length)).payload, { iat: NOW, iss: TEAM_ID }, "claims");
});

await checkJwtmint("trap refused: --expires-in (APNs tokens carry no exp)", () => {
  expectRefused(["apns", "--key", P8, "--team-id", TEAM_ID, "--expires-in", "20m"]);
});
await checkJwtmint("trap refused: no key id (file not named AuthKey_KEYID.p8, no --key-id)", () => {
  expectRefused(["apns", "--key", tempCopy("services/ci/AuthKey_ABC123DEFG.p8", "key.p8"), "--team-id", TEAM_ID]);
});
await checkJwtmint("trap refused: an RSA key (ES256 only)", () => {
  expectRefused(["apns", "--key", fixture("keys/rsa2048-pkcs8.pem"), "--key-id", KEY_ID, "--team-id", TEAM_ID]);
});
await checkJwtmint("trap refused: a P-384 key (ES256 needs P-256)", () => {
  expectRefused(["apns", "--key", fixture("keys/ec-p384-pkcs8.pem"), "--key-id", KEY_ID, "--team-id", TEAM_ID]);
});
await checkJwtmint("trap refused: no --team-id", () => {
  expectRefused(["apns", "--key", P8]);
});
await checkJwtmint("trap warned or refused: a team id not of 10 characters [A-Z0-9] (team123)", () => {
  expectRefusedOrWarned(["apns", "--key", P8, "--team-id", "team123", "--iat", String(NOW)]);
});

await check("SDK fact: node-apn refreshes its token after 3300 s (isExpired(3300))", async () => {
  const { token } = await sdk();
  const prepared = await atTime(NOW + 3300, async () => {
    const provider = new apn.Provider({ token: { key: P8, keyId: KEY_ID, teamId: TEAM_ID }, production: false });
    const t = provider.client.config.token;
    t.current = token; // the token minted at NOW
    t.iat = null;
    const r = [t.isExpired(3300), t.isExpired(3301)];
    provider.shutdown();
    return r;
  });
  assertEq(prepared, [true, false], "isExpired(3300), isExpired(3301) at NOW + 3300");
});

if (VENDOR_ONLY) console.log("     vendor-only: the jwtmint side was fed the SDK's own tokens");
summary();
