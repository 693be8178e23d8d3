// `jwtmint github-app` against universal-github-app-jwt 2.2.2 (index.js: iat = now - 30,
// exp = iat + 600, iss = the id as given). See NOTES.md for how jwtmint's flags line up.
import githubAppJwt from "universal-github-app-jwt";
import {
  NOW, VENDOR_ONLY, assert, assertEq, check, checkJwtmint, compareWithSdk, decode, expectRefused,
  fixture, mintOk, readFixture, selfTest, summary, tokenUnderTest, verifySignature,
} from "../lib/jwtcheck.mjs";

const KEY = fixture("keys/rsa2048-pkcs1.pem"); // PKCS#1 RSA 2048, as GitHub downloads it
const FLAT = fixture("services/ci/github-app-flattened.pem"); // same key, newlines as literal \n
const PUB = readFixture("keys/rsa2048.pub.pem");
const APP_ID = 123456;
const CLIENT_ID = "Iv23liJwtmintTest01";
// The SDK's `now` is the wall clock; it writes iat = now - 30 and exp = iat + 600. jwtmint is
// given that iat explicitly and the same 10-minute lifetime (the maximum it accepts).
const IAT = NOW - 30;
const timeArgs = ["--iat", String(IAT), "--expires-in", "10m"];

const sdk = async (id, privateKey = readFixture("keys/rsa2048-pkcs1.pem")) =>
  (await githubAppJwt({ id, privateKey, now: NOW })).token;

await check("SDK: its token has iat = now - 30, exp = iat + 600 and verifies with the public key", async () => {
  const t = await sdk(APP_ID);
  const d = decode(t);
  assertEq(d.header, { alg: "RS256", typ: "JWT" }, "SDK header");
  assertEq(d.payload, { iat: NOW - 30, exp: NOW - 30 + 600, iss: APP_ID }, "SDK claims");
  verifySignature(t, PUB);
});

await check("harness self-test: tampered SDK tokens fail the comparison and the signature check", async () =>
  selfTest(await sdk(APP_ID), { publicKeyPem: PUB }));

await check("app id: iss is a JSON number; same token as the SDK (RS256 is deterministic)", async () => {
  const want = await sdk(APP_ID);
  const { out } = tokenUnderTest(["github-app", "--key", KEY, "--app-id", String(APP_ID), ...timeArgs], want);
  const how = compareWithSdk(out, want);
  assert(typeof decode(out).payload.iss === "number", "iss must be a JSON number for an app id");
  verifySignature(out, PUB);
  return how;
});

await check("client id: iss is a JSON string; same token as the SDK", async () => {
  const want = await sdk(CLIENT_ID);
  const { out } = tokenUnderTest(["github-app", "--key", KEY, "--client-id", CLIENT_ID, ...timeArgs], want);
  const how = compareWithSdk(out, want);
  assertEq(decode(out).payload.iss, CLIENT_ID, "iss");
  verifySignature(out, PUB);
  return how;
});

await check("a PEM with newlines flattened to literal \\n gives the same token (the SDK unescapes it too)", async () => {
  const want = await sdk(APP_ID);
  const fromFlat = await sdk(APP_ID, readFixture("services/ci/github-app-flattened.pem"));
  assertEq(fromFlat, want, "SDK token from the flattened PEM");
  const args = ["--app-id", String(APP_ID), ...timeArgs];
  const { out } = tokenUnderTest(["github-app", "--key", FLAT, ...args], fromFlat);
  // jwtmint writes claims in sorted key order, so its bytes may differ from the SDK's: the
  // decoded comparison is the SDK check, and the token must equal jwtmint's from the real PEM.
  const how = compareWithSdk(out, want);
  if (!VENDOR_ONLY) assertEq(out, mintOk(["github-app", "--key", KEY, ...args]).out, "token from the flattened PEM vs the PEM");
  verifySignature(out, PUB);
  return how;
});

await checkJwtmint("defaults: iat backdated 60 s from the clock, exp = iat + 9 min", async () => {
  const before = Math.floor(Date.now() / 1000);
  const { out } = mintOk(["github-app", "--key", KEY, "--app-id", String(APP_ID)]);
  const after = Math.floor(Date.now() / 1000);
  const { iat, exp } = decode(out).payload;
  assert(Number.isInteger(iat) && Number.isInteger(exp), "iat and exp must be integers");
  assert(iat >= before - 60 && iat <= after - 60, `iat ${iat} is not the clock minus 60 s (${before - 60}..${after - 60})`);
  assertEq(exp - iat, 540, "exp - iat");
  verifySignature(out, PUB);
});

await checkJwtmint("--format header prints 'Authorization: Bearer TOKEN'", async () => {
  const want = await sdk(APP_ID);
  const { out } = mintOk(["github-app", "--key", KEY, "--app-id", String(APP_ID), ...timeArgs, "--format", "header"]);
  const prefix = "Authorization: Bearer ";
  assert(out.startsWith(prefix), `expected ${JSON.stringify(prefix)}: ${JSON.stringify(out)}`);
  compareWithSdk(out.slice(prefix.length), want);
  verifySignature(out.slice(prefix.length), PUB);
});

const traps = [
  ["a lifetime over 10 minutes (11m)", ["--app-id", String(APP_ID), "--iat", String(IAT), "--expires-in", "11m"]],
  ["a lifetime of 601 s", ["--app-id", String(APP_ID), "--iat", String(IAT), "--expires-in", "601s"]],
  ["an app id that is not an integer (12.5)", ["--app-id", "12.5"]],
  ["an app id that is not a number (abc)", ["--app-id", "abc"]],
  ["both --app-id and --client-id", ["--app-id", String(APP_ID), "--client-id", CLIENT_ID]],
  ["neither --app-id nor --client-id", []],
];
for (const [what, args] of traps) {
  await checkJwtmint(`trap refused: ${what}`, () => {
    expectRefused(["github-app", "--key", KEY, ...args]);
  });
}
await checkJwtmint("trap refused: an EC key (GitHub App JWTs are RS256 only)", () => {
  expectRefused(["github-app", "--key", fixture("keys/ec-p256-pkcs8.pem"), "--app-id", String(APP_ID)]);
});

if (VENDOR_ONLY) console.log("     vendor-only: the jwtmint side was fed the SDK's own tokens");
summary();
