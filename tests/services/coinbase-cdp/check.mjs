// `jwtmint coinbase-cdp` against @coinbase/cdp-sdk 1.57.0 generateJwt (src/auth/utils/jwt.ts):
// the SDK mints a reference from the same key, key id and request at the same instant; header
// (less the random nonce) and claims must be equal, and npm jose verifies jwtmint's signature
// with the public key (ES256 in the 64-byte r||s form, EdDSA).
import { generateJwt } from "@coinbase/cdp-sdk/auth";
import * as jose from "jose";
import {
  NOW, VENDOR_ONLY, assert, assertEq, atTime, check, checkJwtmint, decode, expectRefused,
  expectWarned, fixture, readFixture, summary, tempFile, tokenUnderTest,
} from "../lib/jwtcheck.mjs";

const ED_SECRET_FILE = fixture("services/coinbase-cdp-ed25519.txt"); // base64(seed ‖ public key)
const ED_SECRET = readFixture("services/coinbase-cdp-ed25519.txt").trim();
const ED_PUB = readFixture("keys/ed25519.pub.pem");
const EC_SEC1 = fixture("keys/ec-p256-sec1.pem"); // the form CDP's ECDSA keys download in
const EC_PKCS8 = fixture("keys/ec-p256-pkcs8.pem"); // the same key, the form the SDK imports
const EC_PUB = readFixture("keys/ec-p256.pub.pem");
const ED_ID = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
const EC_ID = "organizations/4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8/apiKeys/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
const HOST = "api.cdp.coinbase.com";
const PATH = "/platform/v2/evm/accounts";

const sdk = (options) => atTime(NOW, () => generateJwt({
  requestMethod: "GET", requestHost: HOST, requestPath: PATH, ...options,
}));

/** Header less `nonce`, and claims: equal to the SDK's; both nonces 32 hex digits. */
function sameAsSdk(token, want) {
  const a = decode(token);
  const b = decode(want);
  for (const [who, d] of [["jwtmint", a], ["SDK", b]]) {
    assert(/^[0-9a-f]{32}$/.test(d.header.nonce), `${who}'s nonce is not 32 hex digits: ${d.header.nonce}`);
  }
  const { nonce: n1, ...h1 } = a.header;
  const { nonce: n2, ...h2 } = b.header;
  assertEq(h1, h2, "header (less nonce)");
  assertEq(a.payload, b.payload, "claims");
  if (!VENDOR_ONLY) assert(n1 !== n2, "the nonce repeats the SDK's");
}

async function verify(token, alg, publicPem, kid) {
  if (alg === "ES256") assertEq(decode(token).signature.length, 64, "ES256 signature bytes (r||s)");
  const key = await jose.importSPKI(publicPem, alg);
  const { payload, protectedHeader } = await jose.jwtVerify(token, key, {
    algorithms: [alg], issuer: "cdp", subject: kid, currentDate: new Date(NOW * 1000),
  });
  assertEq(protectedHeader.kid, kid, "kid");
  return payload;
}

const uri = `GET ${HOST}${PATH}`;
const at = ["--iat", String(NOW)];

await check("SDK: its EdDSA token's header and claims", async () => {
  const t = await sdk({ apiKeyId: ED_ID, apiKeySecret: ED_SECRET });
  const d = decode(t);
  assertEq(Object.keys(d.header).sort(), ["alg", "kid", "nonce", "typ"], "header names");
  assertEq([d.header.alg, d.header.kid, d.header.typ], ["EdDSA", ED_ID, "JWT"], "header");
  assertEq(d.payload, { sub: ED_ID, iss: "cdp", uris: [uri], iat: NOW, nbf: NOW, exp: NOW + 120 }, "claims");
  await verify(t, "EdDSA", ED_PUB, ED_ID);
});

await check("SDK 1.57.0 refuses the SEC1 EC PEM (it imports PKCS#8 only); jwtmint takes both", async () => {
  let err;
  try {
    await sdk({ apiKeyId: EC_ID, apiKeySecret: readFixture("keys/ec-p256-sec1.pem") });
  } catch (e) {
    err = e;
  }
  assert(err && /Invalid key format/.test(err.message), `the SDK took a SEC1 key: ${err}`);
});

await check("Ed25519 secret (base64, 64 bytes): same header and claims as the SDK, EdDSA verifies", async () => {
  const want = await sdk({ apiKeyId: ED_ID, apiKeySecret: ED_SECRET });
  const { out } = tokenUnderTest(["coinbase-cdp", "--key", ED_SECRET_FILE, "--key-name", ED_ID, "--uri", uri, ...at], want);
  sameAsSdk(out, want);
  await verify(out, "EdDSA", ED_PUB, ED_ID);
});

for (const [form, key] of [["SEC1", EC_SEC1], ["PKCS#8", EC_PKCS8]]) {
  await check(`EC P-256 key (${form}): same header and claims as the SDK (PKCS#8), ES256 verifies`, async () => {
    const want = await sdk({ apiKeyId: EC_ID, apiKeySecret: readFixture("keys/ec-p256-pkcs8.pem") });
    const { out } = tokenUnderTest(["coinbase-cdp", "--key", key, "--key-name", EC_ID, "--uri", uri, ...at], want);
    sameAsSdk(out, want);
    await verify(out, "ES256", EC_PUB, EC_ID);
  });
}

await check("the downloaded cdp_api_key.json ({id, privateKey}) as --key", async () => {
  const want = await sdk({ apiKeyId: ED_ID, apiKeySecret: ED_SECRET });
  const file = tempFile("cdp_api_key.json", JSON.stringify({ id: ED_ID, privateKey: ED_SECRET }));
  const { out } = tokenUnderTest(["coinbase-cdp", "--key", file, "--key-name", ED_ID, "--uri", uri, ...at], want);
  sameAsSdk(out, want);
  await verify(out, "EdDSA", ED_PUB, ED_ID);
});

await check("POST, expiresIn 60 and audience: --uri 'POST …', --expires-in 60s, --audience", async () => {
  const want = await sdk({ apiKeyId: ED_ID, apiKeySecret: ED_SECRET, requestMethod: "POST", expiresIn: 60, audience: ["cdp_service"] });
  const args = ["coinbase-cdp", "--key", ED_SECRET_FILE, "--key-name", ED_ID, "--uri", `POST ${HOST}${PATH}`,
    "--expires-in", "60s", "--audience", "cdp_service", ...at];
  const { out } = tokenUnderTest(args, want);
  sameAsSdk(out, want);
  await verify(out, "EdDSA", ED_PUB, ED_ID);
});

await check("websocket token (no request): --websocket, no uris", async () => {
  const want = await atTime(NOW, () => generateJwt({ apiKeyId: ED_ID, apiKeySecret: ED_SECRET }));
  assert(!("uris" in decode(want).payload), "the SDK's websocket token has no uris");
  const { out } = tokenUnderTest(["coinbase-cdp", "--key", ED_SECRET_FILE, "--key-name", ED_ID, "--websocket", ...at], want);
  sameAsSdk(out, want);
  await verify(out, "EdDSA", ED_PUB, ED_ID);
});

await checkJwtmint("--format header prints 'Authorization: Bearer TOKEN'", async () => {
  const r = expectWarned(["coinbase-cdp", "--key", ED_SECRET_FILE, "--key-name", ED_ID, "--uri", uri, "--expires-in", "5m", "--format", "header"]);
  const line = r.stdout.trim();
  assert(line.startsWith("Authorization: Bearer "), line);
  assert(/not published/.test(r.stderr), `expected the lifetime warning: ${r.stderr}`);
});

const base = ["coinbase-cdp", "--key", ED_SECRET_FILE, "--key-name", ED_ID];
const traps = [
  ["a scheme in --uri", [...base, "--uri", `GET https://${HOST}${PATH}`]],
  ["a query in --uri", [...base, "--uri", `GET ${HOST}${PATH}?limit=5`]],
  ["neither --uri nor --websocket", base],
  ["uris from --claim", [...base, "--websocket", "--claim", `uris:=["GET ${HOST}/x"]`]],
  ["uri (Advanced Trade's form) from --claim", [...base, "--websocket", "--claim", `uri=GET ${HOST}/x`]],
  ["sub from --claim", [...base, "--uri", uri, "--claim", "sub=another-key"]],
  ["an RSA key", ["coinbase-cdp", "--key", fixture("keys/rsa2048-pkcs8.pem"), "--key-name", ED_ID, "--uri", uri]],
  ["HS256", [...base, "--uri", uri, "--alg", "HS256"]],
];
for (const [what, args] of traps) {
  await checkJwtmint(`trap refused: ${what}`, () => { expectRefused(args, {}, { mustNotContain: [ED_SECRET] }); });
}
await checkJwtmint("trap refused: a 32-byte base64 secret (the seed alone), without echoing it", () => {
  const seedOnly = Buffer.from(ED_SECRET, "base64").subarray(0, 32).toString("base64");
  const file = tempFile("seed.txt", seedOnly);
  expectRefused(["coinbase-cdp", "--key", file, "--key-name", ED_ID, "--uri", uri], {}, { mustNotContain: [seedOnly] });
});
await checkJwtmint("trap refused: an Ed25519 secret whose public half is not the seed's", () => {
  const raw = Buffer.from(ED_SECRET, "base64");
  raw[63] ^= 1;
  const file = tempFile("bad.txt", raw.toString("base64"));
  expectRefused(["coinbase-cdp", "--key", file, "--key-name", ED_ID, "--uri", uri], {}, { mustNotContain: [raw.toString("base64")] });
});

if (VENDOR_ONLY) console.log("     vendor-only: the jwtmint side was fed the SDK's own tokens");
summary();
