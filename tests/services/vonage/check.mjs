// `jwtmint vonage` against npm @vonage/jwt 1.17.1 `tokenGenerate(applicationId, privateKey,
// opts)` (lib/tokenGenerate.ts), what the Vonage Node SDK signs its application JWTs with. It
// only mints (its verifySignature checks HS256 webhook signatures), so the tokens are compared
// (all but jti, which is random on both sides) and jwtmint's signature is checked by npm jose
// with the public key. See NOTES.md.
import { tokenGenerate } from "@vonage/jwt";
import { importSPKI, jwtVerify } from "jose";
import {
  NOW, VENDOR_ONLY, assert, assertEq, atTime, check, checkJwtmint, compareWithSdk, decode,
  expectRefused, fixture, jwtmint, mintOk, readFixture, selfTest, summary, tokenUnderTest,
} from "../lib/jwtcheck.mjs";

const KEY = fixture("keys/rsa2048-pkcs8.pem"); // PKCS#8, as Vonage's private.key
const KEY_PEM = readFixture("keys/rsa2048-pkcs8.pem");
const PUB = readFixture("keys/rsa2048.pub.pem");
const APP = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab";
const BASE = ["vonage", "--key", KEY, "--application-id", APP, "--iat", String(NOW)];
const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ACL = { paths: { "/*/users/**": {}, "/*/conversations/**": {}, "/*/sessions/**": {} } };
const ACL_ARGS = ["--acl", "/*/users/**", "--acl", "/*/conversations/**", "--acl", "/*/sessions/**"];

const sdk = (opts) => atTime(NOW, () => tokenGenerate(APP, KEY_PEM, opts));

async function joseVerify(token, at = NOW) {
  const key = await importSPKI(PUB, "RS256");
  const { payload, protectedHeader } = await jwtVerify(token, key, {
    algorithms: ["RS256"], currentDate: new Date(at * 1000),
  });
  assertEq(protectedHeader, { alg: "RS256", typ: "JWT" }, "header");
  assert(UUID4.test(payload.jti), `jti is not a UUID v4: ${payload.jti}`);
  return payload;
}

async function sameAsSdk(args, sdkToken) {
  const { out } = tokenUnderTest([...BASE, ...args], sdkToken);
  const how = compareWithSdk(out, sdkToken, { ignoreClaims: ["jti"] });
  await joseVerify(out);
  return how;
}

await check("SDK: tokenGenerate's token verifies with jose and the public key; the self-test catches tampering", async () => {
  const t = await sdk();
  const claims = await joseVerify(t);
  assertEq(Object.keys(claims).sort(), ["application_id", "exp", "iat", "jti"], "SDK claim names");
  assertEq(claims.exp - claims.iat, 900, "SDK default lifetime");
  selfTest(t, { publicKeyPem: PUB });
});

await check("plain application token: same claims as tokenGenerate(appId, key) but jti", async () =>
  sameAsSdk([], await sdk()));

await check("Client SDK user: --sub and --acl = tokenGenerate(…, {sub, acl})", async () =>
  sameAsSdk(["--sub", "alice", ...ACL_ARGS], await sdk({ sub: "alice", acl: ACL })));

await check("the SDK's `subject` option also leaks `subject` into the payload; jwtmint writes `sub` alone", async () => {
  const t = await sdk({ subject: "alice" });
  const claims = decode(t).payload;
  assertEq([claims.sub, claims.subject], ["alice", "alice"], "SDK sub and subject");
  const { out } = tokenUnderTest([...BASE, "--sub", "alice"], t);
  const ours = decode(out).payload;
  if (!VENDOR_ONLY) assert(!("subject" in ours), "jwtmint must not write `subject`");
  const { subject, jti, ...rest } = claims;
  const { jti: ourJti, subject: ourSubject, ...ourRest } = ours;
  assertEq(ourRest, rest, "claims but jti and subject");
  await joseVerify(out);
});

await check("lifetime: --expires-in 1h = tokenGenerate(…, {ttl: 3600})", async () =>
  sameAsSdk(["--expires-in", "1h"], await sdk({ ttl: 3600 })));

await checkJwtmint("jti: a fresh UUID v4 in every token", async () => {
  const a = decode(mintOk(BASE).out).payload.jti;
  const b = decode(mintOk(BASE).out).payload.jti;
  assert(UUID4.test(a) && UUID4.test(b) && a !== b, `jti ${a} / ${b}`);
});

await checkJwtmint("defaults: iat = the clock, exp = iat + 15 min", async () => {
  const before = Math.floor(Date.now() / 1000);
  const { out } = mintOk(["vonage", "--key", KEY, "--application-id", APP]);
  const after = Math.floor(Date.now() / 1000);
  const { iat, exp } = decode(out).payload;
  assert(iat >= before && iat <= after, `iat ${iat} is not the clock`);
  assertEq(exp - iat, 900, "exp - iat");
  await joseVerify(out, after);
});

await checkJwtmint("--format header prints 'Authorization: Bearer TOKEN'", async () => {
  const { out } = mintOk([...BASE, "--format", "header"]);
  const prefix = "Authorization: Bearer ";
  assert(out.startsWith(prefix), out);
  await joseVerify(out.slice(prefix.length));
});

const traps = [
  ["sub through --claim", ["--claim", "sub=bob"]],
  ["acl through --claim", ["--claim", 'acl:={"paths":{"/*/users/**":{}}}']],
  ["a lifetime over 24 hours", ["--expires-in", "25h"]],
  ["no exp", ["--no-exp"]],
  ["no iat", ["--no-iat"]],
  ["RS512 (Vonage takes RS256)", ["--alg", "RS512"]],
  ["an ACL path without a leading /", ["--acl", "users/**"]],
];
for (const [what, args] of traps) {
  await checkJwtmint(`trap refused: ${what}`, () => {
    expectRefused([...BASE, ...args]);
  });
}
await checkJwtmint("trap refused: an application id that is not a UUID", () => {
  expectRefused(["vonage", "--key", KEY, "--application-id", "my-app"]);
});
await checkJwtmint("trap refused: an EC key (RS256 only)", () => {
  expectRefused(["vonage", "--key", fixture("keys/ec-p256-pkcs8.pem"), "--application-id", APP]);
});
await checkJwtmint("trap refused: --sub from the environment (it grants rights: flags only)", () => {
  const r = jwtmint(["vonage", "--key", KEY, "--application-id", APP, "--format", "claims"],
    { env: { JWTMINT_VONAGE_SUB: "alice" } });
  assertEq(r.code, 0, "exit");
  assert(!("sub" in JSON.parse(r.stdout)), "sub was taken from the environment");
});

if (VENDOR_ONLY) console.log("     vendor-only: the jwtmint side was fed the SDK's own tokens");
summary();
