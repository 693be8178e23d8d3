// `jwtmint mux` against @mux/mux-node 15.3.0: mux.jwt.signPlaybackId and signDrmLicense
// (src/resources/jwt.ts) mint the reference token from the same inputs (header {alg: RS256,
// typ: JWT}; claims {...params, kid, sub, aud, exp}, no iat; src/lib/jwt.ts sign). Mux publishes
// no verifier: every signature, jwtmint's and the SDK's, is checked by npm jose (jwtVerify), an
// independent JOSE library. The SDK's clock (Date.now) is fixed at NOW while it mints.
import { createRequire } from "node:module";
import { importSPKI, jwtVerify } from "jose";
import {
  NOW, VENDOR_ONLY, assertEq, atTime, check, checkJwtmint, compareWithSdk, decode, expectRefused,
  fixture, mintOk, readFixture, selfTest, summary, tokenUnderTest,
} from "../lib/jwtcheck.mjs";

const require = createRequire(import.meta.url);
const MuxModule = require("@mux/mux-node");
const Mux = MuxModule.default || MuxModule;

// The signing key as the Mux API returns it: base64 of an RSA PEM (here PKCS#1, rsa2048-pkcs1.pem).
const KEY_B64 = fixture("services/mux-signing-key.b64");
const KEY_PEM = fixture("keys/rsa2048-pkcs8.pem");
const PUB = readFixture("keys/rsa2048.pub.pem");
const KEY_ID = "kR9s0ZjwtmintTestKeyId01";
const ID = "qxb01i6T202018GFS02vp9RIe01icTcDCjVzQpmaB00CUisJ4";
const WEEK = 7 * 86400;

const mux = new Mux({ tokenId: "unused", tokenSecret: "unused" });
const keySecret = readFixture("services/mux-signing-key.b64");

/** The SDK's token for `type` (signPlaybackId, or signDrmLicense for drm_license). */
const sdk = (type, { params, expiration } = {}) =>
  atTime(NOW, () => {
    const config = { keyId: KEY_ID, keySecret, type, params, expiration };
    return type === "drm_license" ? mux.jwt.signDrmLicense(ID, config) : mux.jwt.signPlaybackId(ID, config);
  });

/** jose verifies the RS256 signature and the claims Mux reads, at NOW. */
async function joseVerify(token, aud) {
  const key = await importSPKI(PUB, "RS256");
  const { payload, protectedHeader } = await jwtVerify(token, key, {
    algorithms: ["RS256"],
    audience: aud,
    subject: ID,
    currentDate: new Date(NOW * 1000),
  });
  assertEq(protectedHeader.alg, "RS256", "alg");
  assertEq(payload.kid, KEY_ID, "kid in the payload");
}

const base = ["mux", "--key", KEY_B64, "--key-id", KEY_ID, "--playback-id", ID, "--iat", String(NOW)];
// Without iat, as the SDK mints: the claims are then identical, exp given absolutely (NOW may be
// in the past, hence --allow-expired).
const noIat = ["mux", "--key", KEY_B64, "--key-id", KEY_ID, "--playback-id", ID, "--no-iat", "--exp", String(NOW + WEEK), "--allow-expired"];

await check("SDK: header {alg: RS256, typ: JWT}, claims {params…, kid, sub, aud, exp}, no iat; jose verifies it", async () => {
  const t = await sdk("thumbnail", { params: { time: "10", width: "640" } });
  const d = decode(t);
  assertEq(d.header, { alg: "RS256", typ: "JWT" }, "SDK header");
  assertEq(d.payload, { time: "10", width: "640", kid: KEY_ID, sub: ID, aud: "t", exp: NOW + WEEK }, "SDK claims");
  await joseVerify(t, "t");
});

await check("SDK fact: a param named like a claim is silently overwritten (jwtmint refuses it)", async () => {
  const t = await sdk("video", { params: { sub: "other", aud: "t", kid: "x" } });
  const d = decode(t);
  assertEq([d.payload.sub, d.payload.aud, d.payload.kid], [ID, "v", KEY_ID], "sub, aud, kid");
});

await check("harness self-test: tampered SDK tokens are caught", async () =>
  selfTest(await sdk("video"), { publicKeyPem: PUB }));

for (const [type, aud] of [["video", "v"], ["thumbnail", "t"], ["gif", "g"], ["storyboard", "s"], ["drm_license", "d"]]) {
  await check(`--type ${type}: the SDK's header and claims (iat aside), aud ${aud}, 7 days; jose verifies it`, async () => {
    const want = await sdk(type);
    const { out } = tokenUnderTest([...base, "--type", type], want);
    const how = compareWithSdk(out, want, { ignoreClaims: ["iat"] });
    if (!VENDOR_ONLY) assertEq(decode(out).payload.iat, NOW, "iat");
    await joseVerify(out, aud);
    return how;
  });
}

await check("--no-iat: exactly the SDK's claims; params as strings", async () => {
  const params = { time: "10", width: "640", fit_mode: "smartcrop" };
  const want = await sdk("thumbnail", { params });
  const args = [...noIat, "--type", "thumbnail", "--param", "time=10", "--param", "width=640", "--param", "fit_mode=smartcrop"];
  const { out } = tokenUnderTest(args, want);
  const how = compareWithSdk(out, want);
  await joseVerify(out, "t");
  return how;
});

await check("--expires-in 1h matches the SDK's expiration '1h'", async () => {
  const want = await sdk("video", { expiration: "1h" });
  const { out } = tokenUnderTest([...base, "--expires-in", "1h"], want);
  compareWithSdk(out, want, { ignoreClaims: ["iat"] });
  await joseVerify(out, "v");
});

await checkJwtmint("the key as a PEM signs the same token as the base64 the API returns", async () => {
  const a = mintOk([...noIat]).out;
  const b = mintOk(["mux", "--key", KEY_PEM, ...noIat.slice(3)]).out;
  assertEq(a, b, "token (RS256 is deterministic)");
});

await checkJwtmint("--format url: the stream and image URLs carry the token", async () => {
  const video = mintOk([...base, "--format", "url"]).out;
  const prefix = `https://stream.mux.com/${ID}.m3u8?token=`;
  if (!video.startsWith(prefix)) throw new Error(`video URL: ${video}`);
  await joseVerify(video.slice(prefix.length), "v");
  const thumb = mintOk([...base, "--type", "thumbnail", "--param", "time=5", "--format", "url"]).out;
  const tprefix = `https://image.mux.com/${ID}/thumbnail.jpg?token=`;
  if (!thumb.startsWith(tprefix)) throw new Error(`thumbnail URL: ${thumb}`);
  await joseVerify(thumb.slice(tprefix.length), "t");
});

for (const [what, extra] of [
  ["--claim sub (the playback ID comes from --playback-id)", ["--claim", "sub=other"]],
  ["--claim aud (the resource kind comes from --type)", ["--claim", "aud=t"]],
  ["--claim kid", ["--claim", "kid=other"]],
  ["--claim exp", ["--claim", "exp:=4102444800"]],
  ["--param sub (the SDK would overwrite it)", ["--param", "sub=other"]],
  ["--param width:=640 (Mux reads modifiers as strings)", ["--param", "width:=640"]],
  ["an HS256 secret (RS256 only)", ["--alg", "HS256"]],
  ["--format url for a DRM license token", ["--type", "drm_license", "--format", "url"]],
]) {
  await checkJwtmint(`trap refused: ${what}`, () => {
    expectRefused([...base, ...extra]);
  });
}
await checkJwtmint("trap refused: an EC key (RS256 only)", () => {
  expectRefused(["mux", "--key", fixture("keys/ec-p256-pkcs8.pem"), ...base.slice(3)]);
});
await checkJwtmint("trap refused: no --playback-id", () => {
  expectRefused(["mux", "--key", KEY_B64, "--key-id", KEY_ID]);
});

if (VENDOR_ONLY) console.log("     vendor-only: the jwtmint side was fed the SDK's own tokens");
summary();
