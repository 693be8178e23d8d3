// `jwtmint meilisearch` against npm meilisearch 0.62.0 (dist/token.js generateTenantToken:
// header {alg, typ: "JWT"}, payload {searchRules, apiKeyUid, exp?}, WebCrypto HMAC keyed by the
// API key's text). The SDK writes no `iat`; jwtmint does (Meilisearch ignores it), so the
// comparison leaves `iat` out. Signatures are checked with npm jose.
import * as jose from "jose";
import { generateTenantToken } from "meilisearch/token";
import {
  NOW, VENDOR_ONLY, assert, assertEq, check, checkJwtmint, compareWithSdk, decode,
  expectRefused, expectWarned, fixture, readFixture, selfTest, summary, tokenUnderTest,
} from "../lib/jwtcheck.mjs";

const SECRET_FILE = fixture("keys/hmac-secret-64.txt");
const API_KEY = readFixture("keys/hmac-secret-64.txt").toString().replace(/\n$/, "");
const UID = "6062abda-a5aa-4414-ac91-ecd7944c0f8d";

async function sdk({ searchRules, algorithm = "HS256", lifetime = 3600 }) {
  const expiresAt = lifetime === null ? undefined : new Date((NOW + lifetime) * 1000);
  return generateTenantToken({ apiKey: API_KEY, apiKeyUid: UID, searchRules, algorithm, expiresAt });
}

async function verify(token, alg) {
  const { payload } = await jose.jwtVerify(token, new TextEncoder().encode(API_KEY), {
    algorithms: [alg], currentDate: new Date(NOW * 1000),
  });
  return payload;
}

const base = ["meilisearch", "--secret-file", SECRET_FILE, "--api-key-uid", UID, "--iat", String(NOW)];

await check("SDK: header and claims of generateTenantToken", async () => {
  const d = decode(await sdk({ searchRules: ["movies"] }));
  assertEq(d.header, { alg: "HS256", typ: "JWT" }, "SDK header");
  assertEq(d.payload, { searchRules: ["movies"], apiKeyUid: UID, exp: NOW + 3600 }, "SDK claims");
});

await check("harness self-test: tampered SDK tokens fail the comparison and the signature check", async () =>
  selfTest(await sdk({ searchRules: ["*"] }), { hmacKey: Buffer.from(API_KEY) }));

const cases = [
  ["--index movies --index books", ["--index", "movies", "--index", "books"], ["movies", "books"]],
  ["--index 'orders=tenant_id = 42' --index products", ["--index", "orders=tenant_id = 42", "--index", "products"],
    { orders: { filter: "tenant_id = 42" }, products: {} }],
  ["--search-rules with a nested filter array and null", ["--search-rules", '{"orders":{"filter":["tenant_id = 42",["a = 1","b = 2"]]},"logs":null}'],
    { orders: { filter: ["tenant_id = 42", ["a = 1", "b = 2"]] }, logs: null }],
  ["--search-rules '[\"*\"]' (warns)", ["--search-rules", '["*"]'], ["*"]],
];
for (const alg of ["HS256", "HS384", "HS512"]) {
  for (const [what, args, searchRules] of cases) {
    await check(`${alg} ${what}: same header and claims as generateTenantToken`, async () => {
      const want = await sdk({ searchRules, algorithm: alg });
      const { out } = tokenUnderTest([...base, "--alg", alg, ...args], want);
      const how = compareWithSdk(out, want, { ignoreClaims: ["iat"] });
      if (!VENDOR_ONLY) assertEq(decode(out).payload.iat, NOW, "iat");
      await verify(out, alg);
      return how;
    });
  }
}

await check("--no-exp: the SDK's token without expiresAt", async () => {
  const want = await sdk({ searchRules: ["movies"], lifetime: null });
  assert(!("exp" in decode(want).payload), "the SDK writes no exp without expiresAt");
  const { out } = tokenUnderTest([...base, "--index", "movies", "--no-exp"], want);
  const how = compareWithSdk(out, want, { ignoreClaims: ["iat"] });
  await verify(out, "HS256");
  return how;
});

await checkJwtmint("a wildcard warns on stderr and still mints", () => {
  expectWarned([...base, "--index", "*"]);
});

const traps = [
  ["no search rules (the SDK defaults to [\"*\"])", []],
  ["searchRules from --claim", ["--index", "movies", "--claim", 'searchRules:=["*"]']],
  ["apiKeyUid from --claim", ["--index", "movies", "--claim", "apiKeyUid=other"]],
  ["an api key uid that is not a UUID", ["--index", "movies", "--api-key-uid", "default-search-key"]],
  ["both --index and --search-rules", ["--index", "movies", "--search-rules", '["books"]']],
  ["search rules that are not JSON", ["--search-rules", "movies"]],
  ["an empty rule list", ["--search-rules", "[]"]],
  ["RS256", ["--index", "movies", "--alg", "RS256"]],
];
for (const [what, args] of traps) {
  await checkJwtmint(`trap refused: ${what}`, () => {
    const argv = [...base, ...args];
    if (args.includes("--api-key-uid")) argv.splice(3, 2);
    expectRefused(argv, {}, { mustNotContain: [API_KEY] });
  });
}

if (VENDOR_ONLY) console.log("     vendor-only: the jwtmint side was fed the SDK's own tokens");
summary();
