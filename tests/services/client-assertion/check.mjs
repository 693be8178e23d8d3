// `jwtmint client-assertion` against a real OAuth 2.0 server: npm oidc-provider 9.13.3, run on a
// loopback port by this script (in-memory adapter) and stopped at its end. Clients are registered
// for private_key_jwt (RS256, PS256, ES256, EdDSA) and client_secret_jwt (HS256); the token
// endpoint must grant a client_credentials token for each jwtmint assertion and refuse the same
// assertion sent twice (lib/shared/jwt_client_auth.js: ReplayDetection.unique(iss, jti, ...)).
// JWTMINT_VENDOR_ONLY=1 signs the assertions with the server's own jose instead of jwtmint.
import crypto from "node:crypto";
import http from "node:http";
import { createRequire } from "node:module";
import Provider from "oidc-provider";
import {
  VENDOR_ONLY, assert, assertEq, check, checkJwtmint, decode, expectRefused, fixture, jwtmint, mintOk,
  readFixture, summary,
} from "../lib/jwtcheck.mjs";

// The jose oidc-provider verifies with, used only in vendor-only mode to sign assertions.
const jose = await import(createRequire(createRequire(import.meta.url).resolve("oidc-provider"))
  .resolve("jose"));

const RSA = fixture("keys/rsa2048-pkcs8.pem");
const EC = fixture("keys/ec-p256-sec1.pem"); // SEC1, to show the key form does not matter
const ED = fixture("keys/ed25519-pkcs8.pem");
const SECRET_FILE = fixture("keys/hmac-secret-64.txt");
const SECRET = readFixture("keys/hmac-secret-64.txt").replace(/\n$/, "");
const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

const publicJwk = (pem) => crypto.createPublicKey(pem).export({ format: "jwk" });
const keyClient = (client_id, alg, pemFile) => ({
  client_id, token_endpoint_auth_method: "private_key_jwt", token_endpoint_auth_signing_alg: alg,
  jwks: { keys: [publicJwk(readFixture(pemFile.slice(fixture("").length)))] },
  grant_types: ["client_credentials"], response_types: [], redirect_uris: [],
});
const CLIENTS = {
  rs256: { ...keyClient("rs256-client", "RS256", RSA), key: RSA },
  ps256: { ...keyClient("ps256-client", "PS256", RSA), key: RSA },
  es256: { ...keyClient("es256-client", "ES256", EC), key: EC },
  eddsa: { ...keyClient("eddsa-client", "EdDSA", ED), key: ED },
  hs256: {
    client_id: "hs256-client", client_secret: SECRET, token_endpoint_auth_method: "client_secret_jwt",
    token_endpoint_auth_signing_alg: "HS256", grant_types: ["client_credentials"], response_types: [],
    redirect_uris: [],
  },
};

// Listen first (loopback, a free port), so the issuer can name the port.
const server = http.createServer();
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const ISSUER = `http://127.0.0.1:${server.address().port}`;
const provider = new Provider(ISSUER, {
  clients: Object.values(CLIENTS).map(({ key, ...metadata }) => metadata),
  features: { clientCredentials: { enabled: true }, devInteractions: { enabled: false } },
  clientBasedCORS: () => false,
});
let lastError;
provider.on("grant.error", (ctx, err) => { lastError = err; });
server.on("request", provider.callback());
const TOKEN = `${ISSUER}/token`;

async function tokenRequest(clientId, assertion) {
  lastError = undefined;
  const res = await fetch(TOKEN, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "client_credentials", client_id: clientId,
      client_assertion_type: ASSERTION_TYPE, client_assertion: assertion,
    }),
  });
  const body = await res.json();
  return { status: res.status, body, detail: lastError && (lastError.error_detail || lastError.message) };
}

/** The assertion under test: jwtmint's, or in vendor-only mode one signed with jose. */
async function assertion(name, extra = [], { aud = TOKEN, as } = {}) {
  const client = { ...CLIENTS[name], ...(as ? { client_id: as } : {}) };
  if (VENDOR_ONLY) {
    const alg = client.token_endpoint_auth_signing_alg;
    const key = client.key
      ? crypto.createPrivateKey(readFixture(client.key.slice(fixture("").length)))
      : new TextEncoder().encode(SECRET);
    const now = Math.floor(Date.now() / 1000);
    return new jose.SignJWT({ jti: crypto.randomUUID() }).setProtectedHeader({ alg, typ: "JWT" })
      .setIssuer(client.client_id).setSubject(client.client_id).setAudience(aud)
      .setIssuedAt(now).setExpirationTime(now + 60).sign(key);
  }
  const material = client.key ? ["--key", client.key] : ["--secret-file", SECRET_FILE];
  return mintOk(["client-assertion", ...material, "--client-id", client.client_id,
    "--token-endpoint", TOKEN, ...extra]).out;
}

async function granted(name, token) {
  const r = await tokenRequest(CLIENTS[name].client_id, token);
  if (r.status !== 200) throw new Error(`token endpoint answered ${r.status} ${JSON.stringify(r.body)} (${r.detail})`);
  assert(typeof r.body.access_token === "string" && r.body.token_type === "Bearer", `no access token: ${JSON.stringify(r.body)}`);
  return r;
}

async function refused(name, token, detail) {
  const r = await tokenRequest(CLIENTS[name].client_id, token);
  assertEq([r.status, r.body.error], [401, "invalid_client"], "status and error");
  if (detail) assert(String(r.detail).includes(detail), `server's reason: ${r.detail}; expected ${detail}`);
  return r.detail;
}

try {
  for (const [name, extra] of [["rs256", []], ["ps256", ["--alg", "PS256"]], ["es256", []], ["eddsa", []], ["hs256", []]]) {
    const { alg } = { alg: CLIENTS[name].token_endpoint_auth_signing_alg };
    await check(`${alg} (${name === "hs256" ? "client_secret_jwt" : "private_key_jwt"}): granted, then the same assertion is refused as a replay`, async () => {
      const token = await assertion(name, extra);
      const d = decode(token);
      assertEq(d.header.alg, alg, "alg");
      assertEq([d.payload.iss, d.payload.sub, d.payload.aud], [CLIENTS[name].client_id, CLIENTS[name].client_id, TOKEN], "iss, sub, aud");
      await granted(name, token);
      return refused(name, token, "client assertion tokens must only be used once");
    });
  }

  await check("two assertions minted in a row have different jti and are both granted", async () => {
    const [a, b] = [await assertion("es256"), await assertion("es256")];
    assert(decode(a).payload.jti !== decode(b).payload.jti, "the jti repeats");
    await granted("es256", a);
    await granted("es256", b);
  });

  await check("--audience ISSUER: the issuer as aud is granted too", async () => {
    const token = await assertion("rs256", ["--audience", ISSUER], { aud: ISSUER });
    assertEq(decode(token).payload.aud, ISSUER, "aud");
    await granted("rs256", token);
  });

  await check("the server checks what it must: another aud, another client's alg are refused", async () => {
    const elsewhere = await assertion("rs256", ["--audience", "https://elsewhere.example/token"], { aud: "https://elsewhere.example/token" });
    await refused("rs256", elsewhere, "audience");
    const wrongAlg = await assertion("es256", [], { as: CLIENTS.rs256.client_id });
    await refused("rs256", wrongAlg, "alg mismatch");
  });

  await checkJwtmint("default lifetime 60 s with iat; --format claims needs no key", async () => {
    const { payload } = decode(await assertion("rs256"));
    assertEq(payload.exp - payload.iat, 60, "exp - iat");
    const r = jwtmint(["client-assertion", "--client-id", "c", "--token-endpoint", TOKEN, "--format", "claims"]);
    assertEq(r.code, 0, "exit status of --format claims");
    assertEq(Object.keys(JSON.parse(r.stdout)).sort(), ["aud", "exp", "iat", "iss", "jti", "sub"], "claims");
  });

  const base = ["client-assertion", "--key", RSA, "--client-id", "rs256-client"];
  const traps = [
    ["jti from --claim (it must be fresh)", [...base, "--token-endpoint", TOKEN, "--claim", "jti=fixed"]],
    ["iss from --claim", [...base, "--token-endpoint", TOKEN, "--claim", "iss=someone-else"]],
    ["sub from --claim", [...base, "--token-endpoint", TOKEN, "--claim", "sub=someone-else"]],
    ["aud from --claim", [...base, "--token-endpoint", TOKEN, "--claim", `aud=${ISSUER}`]],
    ["a token endpoint that is not a URL", [...base, "--token-endpoint", "token"]],
    ["no --token-endpoint", base],
    ["no --client-id", ["client-assertion", "--key", RSA, "--token-endpoint", TOKEN]],
  ];
  for (const [what, args] of traps) {
    await checkJwtmint(`trap refused: ${what}`, () => { expectRefused(args); });
  }
  await checkJwtmint("trap refused: a key and a secret at once", () => {
    expectRefused(["client-assertion", "--key", RSA, "--secret-file", SECRET_FILE, "--client-id", "c", "--token-endpoint", TOKEN], {}, { mustNotContain: [SECRET] });
  });
} finally {
  server.close();
  server.closeAllConnections();
}

if (VENDOR_ONLY) console.log("     vendor-only: assertions signed by the server's jose, not jwtmint");
summary();
