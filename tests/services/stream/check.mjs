// `jwtmint stream` against the three Stream SDKs that mint its tokens: npm stream-chat 9.53.0
// (`StreamChat#createToken`, `JWTServerToken`), npm getstream 8.15.0 (Feeds: `JWTScopeToken`
// through `getReadOnlyToken` & co., `createUserToken`) and npm @stream-io/node-sdk 0.7.64 (the
// current server SDK: `generateUserToken`, `generateCallToken`, its server token). None verifies
// a token (their verify* functions check webhook HMACs), so jwtmint's tokens are compared with
// theirs and their signatures checked by npm jose. See NOTES.md.
import { createRequire } from "node:module";
import { jwtVerify } from "jose";
import { StreamClient } from "@stream-io/node-sdk";
import {
  NOW, VENDOR_ONLY, assert, assertEq, atTime, check, checkJwtmint, compareWithSdk, decode, expectRefused,
  fixture, jwtmint, mintOk, readFixture, selfTest, summary, tokenUnderTest,
} from "../lib/jwtcheck.mjs";

const require = createRequire(import.meta.url);
const { StreamChat, JWTServerToken } = require("stream-chat");
const getstream = require("getstream");

const SECRET_FILE = fixture("keys/hmac-secret-64.txt");
const SECRET = readFixture("keys/hmac-secret-64.txt").replace(/\n$/, ""); // jwtmint drops one \n
const KEY = new TextEncoder().encode(SECRET);
const chat = new StreamChat("apikey123", SECRET); // server-side: createToken needs the secret
const feeds = getstream.connect("apikey123", SECRET, "1234");
const server = new StreamClient("apikey123", SECRET); // builds its API clients; no request is sent
const BASE = ["stream", "--secret-file", SECRET_FILE];
// What the SDKs mint by default: no iat, no exp.
const BARE = ["--no-iat", "--no-exp"];

async function joseVerify(token, at = NOW) {
  const { payload, protectedHeader } = await jwtVerify(token, KEY, {
    algorithms: ["HS256"], currentDate: new Date(at * 1000),
  });
  assertEq(protectedHeader, { alg: "HS256", typ: "JWT" }, "header");
  return payload;
}

async function sameAsSdk(args, sdkToken, opts) {
  const { out } = tokenUnderTest([...BASE, ...args], sdkToken);
  const how = compareWithSdk(out, sdkToken, opts);
  await joseVerify(out);
  return how;
}

await check("SDK: stream-chat's user token verifies with jose; the self-test catches tampering", async () => {
  const t = chat.createToken("john");
  assertEq(decode(t).payload, { user_id: "john" }, "createToken claims");
  await joseVerify(t);
  selfTest(t, { hmacKey: Buffer.from(KEY) });
});

await check("user token: createToken('john') = --user-id john --no-iat --no-exp", () =>
  sameAsSdk(["--user-id", "john", ...BARE], chat.createToken("john")));

await check("user token with times: createToken('john', exp, iat) = --iat and --expires-in", () =>
  sameAsSdk(["--user-id", "john", "--iat", String(NOW), "--expires-in", "1h"],
    chat.createToken("john", NOW + 3600, NOW)));

await check("server token: JWTServerToken(secret) = --server --no-iat --no-exp", () =>
  sameAsSdk(["--server", ...BARE], JWTServerToken(SECRET)));

await check("Feeds getReadOnlyToken('user', '1') = --feeds-scope '*:read' --feed-id user1", () =>
  sameAsSdk(["--feeds-scope", "*:read", "--feed-id", "user1", ...BARE],
    feeds.getReadOnlyToken("user", "1")));

await check("Feeds getReadWriteToken('timeline', 'ann') = --feeds-scope '*:*' --feed-id timelineann", () =>
  sameAsSdk(["--feeds-scope", "*:*", "--feed-id", "timelineann", ...BARE],
    feeds.getReadWriteToken("timeline", "ann")));

await check("Feeds getAnalyticsToken() = --feeds-scope 'analytics:*' --user-id '*'", () =>
  sameAsSdk(["--feeds-scope", "analytics:*", "--user-id", "*", ...BARE],
    feeds.getAnalyticsToken()));

await check("Feeds getPersonalizationToken() = --feeds-scope 'personalization:*' --feed-id '*' --user-id '*'", () =>
  sameAsSdk(["--feeds-scope", "personalization:*", "--feed-id", "*", "--user-id", "*", ...BARE],
    feeds.getPersonalizationToken()));

await check("Feeds JWTScopeToken with two feeds joins them by a comma", () =>
  sameAsSdk(["--feeds-scope", "feed:write", "--feed-id", "user1", "--feed-id", "timeline1", ...BARE],
    getstream.JWTScopeToken(SECRET, "feed", "write", { feedId: ["user1", "timeline1"] })));

await check("Feeds createUserToken('john') = --user-id john --no-iat --no-exp", () =>
  sameAsSdk(["--user-id", "john", ...BARE], feeds.createUserToken("john")));

await check("node-sdk generateUserToken({user_id}) at NOW: iat = NOW - 1, exp = iat + 1h = jwtmint's default lifetime", async () => {
  const want = await atTime(NOW, () => server.generateUserToken({ user_id: "john" }));
  assertEq(decode(want).payload, { user_id: "john", iat: NOW - 1, exp: NOW - 1 + 3600 }, "SDK claims");
  return sameAsSdk(["--user-id", "john", "--iat", String(NOW - 1)], want);
});

await check("node-sdk generateCallToken({user_id, call_cids, role}) = --call-cid and --role", async () => {
  const want = await atTime(NOW, () => server.generateCallToken({
    user_id: "john", call_cids: ["default:standup", "livestream:1"], role: "admin",
  }));
  return sameAsSdk(["--user-id", "john", "--call-cid", "default:standup", "--call-cid", "livestream:1",
    "--role", "admin", "--iat", String(NOW - 1)], want);
});

await check("node-sdk's server token (new StreamClient(key, secret)) = --server --no-iat --no-exp", () =>
  sameAsSdk(["--server", ...BARE], server.apiClient.apiConfig.token));

await checkJwtmint("defaults: iat 1 s before the clock and exp = iat + 1h, as node-sdk's generateUserToken", async () => {
  const before = Math.floor(Date.now() / 1000);
  const { out } = mintOk([...BASE, "--user-id", "john"]);
  const after = Math.floor(Date.now() / 1000);
  const { iat, exp } = decode(out).payload;
  assert(iat >= before - 1 && iat <= after - 1, `iat ${iat} is not the clock minus 1 s`);
  assertEq(exp - iat, 3600, "exp - iat");
  compareWithSdk(out, await atTime(iat + 1, () => server.generateUserToken({ user_id: "john" })));
  await joseVerify(out, after);
});

await checkJwtmint("--format header: 'Authorization: TOKEN' (no Bearer) and 'stream-auth-type: jwt'", () => {
  const token = JSON.parse(mintOk([...BASE, "--server", ...BARE, "--format", "json"]).out).token;
  compareWithSdk(token, JWTServerToken(SECRET));
  const h = jwtmint([...BASE, "--server", ...BARE, "--format", "header"]);
  assertEq(h.code, 0, "exit");
  assertEq(h.stdout, `Authorization: ${token}\nstream-auth-type: jwt\n`, "header lines");
});

const traps = [
  ["server: true through --claim", ["--user-id", "john", "--claim", "server:=true"]],
  ["a Feeds resource through --claim", ["--user-id", "john", "--claim", "resource=*", "--claim", "action=*"]],
  ["feed_id through --claim", ["--feeds-scope", "*:read", "--claim", "feed_id=*"]],
  ["a user_id that --claim changes", ["--user-id", "john", "--claim", "user_id=admin"]],
  ["--server and --feeds-scope together", ["--server", "--feeds-scope", "*:*"]],
  ["--server with a user", ["--server", "--user-id", "john"]],
  ["no token kind at all", []],
  ["a scope without an action", ["--feeds-scope", "feed"]],
  ["an unknown action", ["--feeds-scope", "feed:admin"]],
  ["a feed id with a colon (Stream's JWT runs slug and id together)", ["--feeds-scope", "feed:read", "--feed-id", "user:1"]],
  ["HS512 (the SDKs sign HS256 only)", ["--user-id", "john", "--alg", "HS512"]],
  ["a call role through --claim", ["--user-id", "john", "--call-cid", "default:1", "--claim", "role=admin"]],
  ["--role without a call", ["--user-id", "john", "--role", "admin"]],
];
for (const [what, args] of traps) {
  await checkJwtmint(`trap refused: ${what}`, () => {
    expectRefused([...BASE, ...args]);
  });
}

if (VENDOR_ONLY) console.log("     vendor-only: the jwtmint side was fed the SDK's own tokens");
summary();
