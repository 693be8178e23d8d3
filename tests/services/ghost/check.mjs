// `jwtmint ghost` against @tryghost/admin-api 1.14.13 (lib/token.js mints, called through the
// client with a capturing makeRequest) and Ghost 5.130.6's own check of Admin API tokens
// (core/server/services/auth/api-key/admin.js, loaded from the published ghost package with its
// database lookup stubbed). Date.now() is fixed while either side reads the clock.
import Module, { createRequire } from "node:module";
import crypto from "node:crypto";
import path from "node:path";
import {
  NOW, VENDOR_ONLY, assert, assertEq, atTime, check, checkJwtmint, compareWithSdk, decode, expectRefused,
  fail, mintOk, readFixture, selfTest, summary, tempFile, tokenUnderTest, verifyHs256, fixture,
} from "../lib/jwtcheck.mjs";

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const GhostAdminAPI = require("@tryghost/admin-api");
const jwt8 = require("jsonwebtoken"); // 8.5.1, the version Ghost 5.130.6 pins (to craft odd tokens)

const KEY_FILE = fixture("services/ci/ghost-admin-api-key.txt");
const KEY = readFixture("services/ci/ghost-admin-api-key.txt").trim();
const [KEY_ID, SECRET_HEX] = KEY.split(":");
const SECRET = Buffer.from(SECRET_HEX, "hex");

// ---- Ghost's admin.js with its database (models) and limits stubbed -------------------------
const GHOST = path.join(here, ".ghost/package/core/server/services");
const ADMIN_JS = path.join(GHOST, "auth/api-key/admin.js");
const apiKeys = {
  [KEY_ID]: { id: KEY_ID, type: "admin", secret: SECRET_HEX, user_id: null },
};
const stubs = {
  "../../../models": {
    ApiKey: {
      async findOne({ id }) {
        const row = apiKeys[id];
        return row ? { get: (k) => row[k], relations: { integration: { get: () => "custom" } } } : null;
      },
    },
    User: { findOne: async () => fail("User.findOne: the stub key has no user") },
  },
  "../../../services/limits": { isLimited: () => false, errorIfWouldGoOverLimit: async () => {} },
  "../../../services/api-version-compatibility": {
    legacyApiPathMatch: require(path.join(GHOST, "api-version-compatibility/legacy-api-path-match.js")),
  },
};
const realLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (parent && parent.filename === ADMIN_JS && Object.hasOwn(stubs, request)) return stubs[request];
  return realLoad.call(this, request, parent, isMain);
};
const adminAuth = require(ADMIN_JS);

const POSTS = "/ghost/api/admin/posts/";
const POSTS_V2 = "/ghost/api/v2/admin/posts/";

/** Ghost accepts the token at `at` on `url`, or throws with Ghost's message. */
async function ghostAccepts(token, { at = NOW, url = POSTS } = {}) {
  const { apiKey } = await atTime(at, () => adminAuth.authenticateWithToken(url, token, false));
  assertEq(apiKey.get("id"), KEY_ID, "Ghost's api key id");
}

async function ghostRejects(token, message, { at = NOW, url = POSTS } = {}) {
  try {
    await atTime(at, () => adminAuth.authenticateWithToken(url, token, false));
  } catch (err) {
    assert(message.test(err.message), `Ghost rejected it, but with ${JSON.stringify(err.message)} (expected ${message})`);
    return err.message;
  }
  fail(`Ghost accepted a token it should reject (expected ${message})`);
}

/** Ghost's own middleware given an Authorization header value. */
function ghostMiddleware(authorization, at = NOW) {
  return atTime(at, () => new Promise((resolve, reject) => {
    const req = { headers: { authorization }, originalUrl: POSTS };
    adminAuth.authenticate(req, {}, (err) => (err ? reject(err) : resolve(req.api_key)));
  }));
}

// ---- the SDK ------------------------------------------------------------------------------
/** The token the SDK sends, captured from the Authorization header of a stubbed request. */
async function sdk({ version = "v6.0" } = {}) {
  let seen;
  const warn = console.warn; // the client warns when given the legacy "v2" version: expected here
  console.warn = () => {};
  let api;
  try {
    api = new GhostAdminAPI({
      url: "http://127.0.0.1:9",
      key: KEY,
      version,
      makeRequest: async ({ url, headers }) => {
        seen = { url, authorization: headers.Authorization };
        return { posts: [], meta: {} };
      },
    });
  } finally {
    console.warn = warn;
  }
  await atTime(NOW, () => api.posts.browse().catch(() => {}));
  if (!seen || !seen.authorization.startsWith("Ghost ")) fail(`SDK sent no 'Ghost' authorization: ${JSON.stringify(seen)}`);
  return { token: seen.authorization.slice("Ghost ".length), url: seen.url };
}

/** A token crafted with Ghost's own jsonwebtoken, for the verifier facts. */
function craft(payload, { key = SECRET, kid = KEY_ID, alg = "HS256" } = {}) {
  // jsonwebtoken keeps a given iat; noTimestamp (which would delete it) only when there is none.
  return jwt8.sign(payload, key, { algorithm: alg, noTimestamp: !("iat" in payload), header: kid ? { kid } : {} });
}

// ---- checks -------------------------------------------------------------------------------
await check("SDK: header {alg, typ, kid}, claims {iat, exp = iat + 300, aud: /admin/}; Ghost accepts it", async () => {
  const { token, url } = await sdk();
  assertEq(url, "http://127.0.0.1:9/ghost/api/admin/posts/", "SDK request URL");
  const d = decode(token);
  assertEq(d.header, { alg: "HS256", typ: "JWT", kid: KEY_ID }, "SDK header");
  assertEq(d.payload, { iat: NOW, exp: NOW + 300, aud: "/admin/" }, "SDK claims");
  verifyHs256(token, SECRET);
  await ghostAccepts(token);
});

await check("harness self-test: tampered SDK tokens are caught", async () => selfTest((await sdk()).token, { hmacKey: SECRET }));

await check("jwtmint token: same as the SDK's; Ghost accepts it at iat and iat + 299 s, not at iat + 300 s", async () => {
  const { token: want } = await sdk();
  const { out } = tokenUnderTest(["ghost", "--secret-file", KEY_FILE, "--iat", String(NOW)], want);
  const how = compareWithSdk(out, want);
  verifyHs256(out, SECRET);
  await ghostAccepts(out);
  await ghostAccepts(out, { at: NOW + 299 });
  await ghostRejects(out, /maxAge exceeded|jwt expired/, { at: NOW + 300 });
  return how;
});

await check("the key from JWTMINT_SECRET gives the same token", async () => {
  const { token: want } = await sdk();
  const { out } = tokenUnderTest(["ghost", "--iat", String(NOW)], want, { env: { JWTMINT_SECRET: KEY } });
  compareWithSdk(out, want);
});

// What Ghost's verifier checks (no jwtmint involved): the facts the implementation follows.
await check("Ghost fact: the age limit is 5 min from iat even when exp is later", async () => {
  const t = craft({ iat: NOW, exp: NOW + 3600, aud: "/admin/" });
  await ghostAccepts(t, { at: NOW + 299 });
  await ghostRejects(t, /maxAge exceeded/, { at: NOW + 300 });
});
await check("Ghost fact: iat is required, exp is not", async () => {
  await ghostRejects(craft({ exp: NOW + 300, aud: "/admin/" }), /iat required/);
  await ghostAccepts(craft({ iat: NOW, aud: "/admin/" }), { at: NOW + 10 });
});
await check("Ghost fact: kid is required and must name the key", async () => {
  await ghostRejects(craft({ iat: NOW, aud: "/admin/" }, { kid: null }), /kid missing/);
  await ghostRejects(craft({ iat: NOW, aud: "/admin/" }, { kid: "0".repeat(24) }), /Unknown Admin API Key/);
});
await check("Ghost fact: the HMAC key is the hex-decoded secret, not its text", async () => {
  await ghostRejects(craft({ iat: NOW, aud: "/admin/" }, { key: Buffer.from(SECRET_HEX, "utf8") }), /invalid signature/);
});
await check("Ghost fact: only HS256", async () => {
  await ghostRejects(craft({ iat: NOW, aud: "/admin/" }, { alg: "HS512" }), /invalid algorithm/);
});
await check("Ghost fact: aud is matched by /?admin/?$ (unversioned URL) or /?v2/admin/?$ (legacy /v2/ URL)", async () => {
  await ghostRejects(craft({ iat: NOW }), /audience invalid/);
  await ghostRejects(craft({ iat: NOW, aud: "/content/" }), /audience invalid/);
  for (const aud of ["/admin/", "admin", "/admin", "/v2/admin/"]) await ghostAccepts(craft({ iat: NOW, aud }));
  await ghostAccepts(craft({ iat: NOW, aud: "/v2/admin/" }), { url: POSTS_V2 });
  await ghostRejects(craft({ iat: NOW, aud: "/admin/" }), /audience invalid/, { url: POSTS_V2 });
});
await check("SDK fact: version v2 sends aud /v2/admin/ to /ghost/api/v2/admin/, and Ghost accepts it there", async () => {
  const { token, url } = await sdk({ version: "v2" });
  assertEq(url, "http://127.0.0.1:9" + POSTS_V2, "SDK URL");
  assertEq(decode(token).payload.aud, "/v2/admin/", "aud");
  await ghostAccepts(token, { url: POSTS_V2 });
});
await check("Ghost fact: its middleware takes 'Authorization: Ghost TOKEN' (scheme case-insensitive)", async () => {
  const { token } = await sdk();
  await ghostMiddleware(`Ghost ${token}`);
  await ghostMiddleware(`ghost ${token}`);
  let err;
  await ghostMiddleware(`Bearer ${token}`).catch((e) => (err = e));
  assert(err && /Authorization header format/.test(err.message), "Bearer must be refused");
});

await checkJwtmint("default lifetime: exp = iat + 300", () => {
  const { out } = mintOk(["ghost", "--secret-file", KEY_FILE]);
  const { iat, exp } = decode(out).payload;
  assertEq(exp - iat, 300, "exp - iat");
  assert(Math.abs(iat - Date.now() / 1000) < 10, "iat is the clock");
});
await checkJwtmint("--format header prints 'Authorization: Ghost TOKEN', which Ghost's middleware accepts", async () => {
  const { out } = mintOk(["ghost", "--secret-file", KEY_FILE, "--iat", String(NOW), "--format", "header"]);
  const prefix = "Authorization: ";
  assert(out.startsWith(prefix + "Ghost "), `expected 'Authorization: Ghost …': ${JSON.stringify(out)}`);
  await ghostMiddleware(out.slice(prefix.length));
});
await checkJwtmint("trap refused: a lifetime over 5 min (6m)", () => {
  expectRefused(["ghost", "--secret-file", KEY_FILE, "--expires-in", "6m"]);
});
await checkJwtmint("trap refused: a lifetime of 301 s", () => {
  expectRefused(["ghost", "--secret-file", KEY_FILE, "--expires-in", "301s"]);
});
const badKeys = [
  ["a key without the colon", KEY.replace(":", "")],
  ["a secret with a non-hex digit", `${KEY_ID}:${SECRET_HEX.slice(0, 63)}g`],
  ["an id with a non-hex digit", `${KEY_ID.slice(0, 23)}z:${SECRET_HEX}`],
  ["a secret of 63 hex digits", `${KEY_ID}:${SECRET_HEX.slice(0, 63)}`],
  ["the secret alone", SECRET_HEX],
];
for (const [what, bad] of badKeys) {
  await checkJwtmint(`trap refused without echoing the key: ${what} (file)`, () => {
    expectRefused(["ghost", "--secret-file", tempFile("key.txt", `${bad}\n`)], {}, { mustNotContain: [bad, SECRET_HEX.slice(0, 16), SECRET_HEX.slice(-16)] });
  });
}
await checkJwtmint("trap refused without echoing the key: a secret with a non-hex digit (JWTMINT_SECRET)", () => {
  const bad = `${KEY_ID}:${SECRET_HEX.slice(0, 63)}g`;
  expectRefused(["ghost"], { env: { JWTMINT_SECRET: bad } }, { mustNotContain: [bad, SECRET_HEX.slice(0, 16)] });
});
await checkJwtmint("trap refused: no key at all (no file, no env, empty stdin)", () => {
  expectRefused(["ghost"]);
});

if (VENDOR_ONLY) console.log("     vendor-only: the jwtmint side was fed the SDK's own tokens");
summary();
