// Shared by the ES-module vendor checks of the CI and release services (issue 11): github-app,
// apns, apple-client-secret, ghost. Only node built-ins and ./harness.js, so it needs no install.
//
// Modes: with JWTMINT_VENDOR_ONLY=1 every "jwtmint" token is replaced by the vendor SDK's own
// token (so the comparison and verification code is exercised against the SDK), and the cases
// that can only be run against jwtmint (traps, output formats) are reported as skipped.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import harness from "./harness.js";

const { runClean } = harness;
export const VENDOR_ONLY = process.env.JWTMINT_VENDOR_ONLY === "1";
export const { ROOT } = harness;
export const FIX = path.join(ROOT, "tests/fixtures");
// The fixed instant every token is minted at (2026-01-01T00:00:00Z) unless NOW is set.
export const NOW = Number(process.env.NOW || 1767225600);

const results = { passed: 0, failed: 0, skipped: 0 };

export function fixture(rel) {
  return path.join(FIX, rel);
}

export function readFixture(rel) {
  return fs.readFileSync(fixture(rel), "utf8");
}

/** Run one named case; a thrown error is a failure. */
export async function check(name, fn) {
  try {
    const note = await fn();
    results.passed++;
    console.log(`ok   ${name}${typeof note === "string" ? ` (${note})` : ""}`);
  } catch (err) {
    results.failed++;
    console.log(`FAIL ${name}\n     ${String(err && err.stack ? err.message : err).replace(/\n/g, "\n     ")}`);
  }
}

/** A case that needs the jwtmint binary: skipped in vendor-only mode. */
export async function checkJwtmint(name, fn) {
  if (VENDOR_ONLY) {
    results.skipped++;
    console.log(`skip ${name} (JWTMINT_VENDOR_ONLY=1)`);
    return;
  }
  return check(name, fn);
}

export function summary() {
  console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
  process.exit(results.failed === 0 && results.passed > 0 ? 0 : 1);
}

export const { fail } = harness;

export function assert(cond, msg) {
  if (!cond) fail(msg);
}

export function assertEq(actual, expected, what) {
  if (!isDeepStrictEqual(actual, expected)) {
    fail(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

/** Run jwtmint with a clean environment (harness.js runClean), with a 30 s limit. */
export function jwtmint(args, { env = {}, input = "" } = {}) {
  const bin = process.env.JWTMINT;
  if (!bin) fail("JWTMINT is not set (the absolute path of the jwtmint binary)");
  let r;
  try {
    r = runClean(bin, args, { env, input, timeout: 30000 });
  } catch (err) {
    fail(`running ${bin}: ${err.message}`);
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, args };
}

function describe(r) {
  return `jwtmint ${r.args.join(" ")}\n exit ${r.code}\n stdout ${JSON.stringify(r.stdout)}\n stderr ${JSON.stringify(r.stderr)}`;
}

/** jwtmint must succeed and print exactly one line: return it without its newline. */
export function mintOk(args, opts) {
  const r = jwtmint(args, opts);
  if (r.code !== 0) fail(`expected success:\n${describe(r)}`);
  const lines = r.stdout.split("\n");
  if (!(lines.length === 2 && lines[1] === "") || lines[0] === "") fail(`expected one line on stdout:\n${describe(r)}`);
  return { out: lines[0], stderr: r.stderr };
}

/**
 * The token to compare: jwtmint's (minted with `args`), or in vendor-only mode the SDK's token.
 */
export function tokenUnderTest(args, sdkToken, opts) {
  if (VENDOR_ONLY) return { out: sdkToken, stderr: "" };
  return mintOk(args, opts);
}

/** jwtmint must refuse: non-zero exit, empty stdout, a message on stderr. */
export function expectRefused(args, opts, { mustNotContain = [] } = {}) {
  const r = jwtmint(args, opts);
  if (r.code === 0 || r.code === null) fail(`expected a refusal:\n${describe(r)}`);
  if (r.stdout !== "") fail(`stdout must be empty on refusal:\n${describe(r)}`);
  if (r.stderr.trim() === "") fail(`expected a reason on stderr:\n${describe(r)}`);
  for (const s of mustNotContain) {
    if (s && (r.stderr.includes(s) || r.stdout.includes(s))) fail(`the output echoes a secret (${s.length} characters):\n exit ${r.code}`);
  }
  return r;
}

/** jwtmint must warn (stderr) and still mint (one line on stdout). */
export function expectWarned(args, opts) {
  const r = jwtmint(args, opts);
  if (r.code !== 0) fail(`expected a token with a warning:\n${describe(r)}`);
  if (r.stderr.trim() === "") fail(`expected a warning on stderr:\n${describe(r)}`);
  return r;
}

/** Either a refusal (empty stdout) or a token with a warning: for shape checks where the spec allows both. */
export function expectRefusedOrWarned(args, opts) {
  const r = jwtmint(args, opts);
  if (r.stderr.trim() === "") fail(`expected a warning or an error on stderr:\n${describe(r)}`);
  if (r.code !== 0 && r.stdout !== "") fail(`stdout must be empty on refusal:\n${describe(r)}`);
  return r;
}

function b64uDecode(s, what) {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) fail(`${what} is not base64url without padding: ${JSON.stringify(s)}`);
  return Buffer.from(s, "base64url");
}

/** Split and decode a compact JWS; throws on anything malformed. */
export function decode(token) {
  const parts = token.split(".");
  if (parts.length !== 3) fail(`not a compact JWS (${parts.length} parts): ${JSON.stringify(token)}`);
  const [h, p, s] = parts;
  const headerRaw = b64uDecode(h, "header").toString("utf8");
  const payloadRaw = b64uDecode(p, "payload").toString("utf8");
  return {
    header: JSON.parse(headerRaw),
    payload: JSON.parse(payloadRaw),
    headerRaw,
    payloadRaw,
    signature: b64uDecode(s, "signature"),
    signingInput: Buffer.from(`${h}.${p}`, "ascii"),
  };
}

/**
 * Compare a token with the SDK's: decoded header and claims must be equal. When the encoded header
 * and payload are byte-identical and the algorithm is deterministic (RS256, HS256), the whole token
 * must be identical too. Returns a note saying which comparison applied.
 */
export function compareWithSdk(token, sdkToken, { ignoreClaims = [] } = {}) {
  const a = decode(token);
  const b = decode(sdkToken);
  assertEq(a.header, b.header, "header");
  const strip = (o) => Object.fromEntries(Object.entries(o).filter(([k]) => !ignoreClaims.includes(k)));
  assertEq(strip(a.payload), strip(b.payload), "claims");
  const deterministic = ["RS256", "HS256"].includes(a.header.alg);
  const sameJson = a.headerRaw === b.headerRaw && a.payloadRaw === b.payloadRaw;
  if (deterministic && sameJson) {
    assertEq(token, sdkToken, "token (byte-for-byte)");
    return "byte-for-byte";
  }
  return sameJson ? "decoded equal, same JSON bytes" : "decoded equal (JSON key order or spacing differs)";
}

/** Verify a token's signature with a public key PEM; for ES256 also assert the 64-byte r||s form. */
export function verifySignature(token, publicKeyPem) {
  const d = decode(token);
  const key = crypto.createPublicKey(publicKeyPem);
  let ok;
  switch (d.header.alg) {
    case "RS256":
      ok = crypto.verify("sha256", d.signingInput, key, d.signature);
      break;
    case "ES256":
      if (d.signature.length !== 64) fail(`ES256 signature is ${d.signature.length} bytes, must be the 64-byte r||s form (DER is rejected by Apple)`);
      ok = crypto.verify("sha256", d.signingInput, { key, dsaEncoding: "ieee-p1363" }, d.signature);
      break;
    default:
      fail(`verifySignature: unexpected alg ${d.header.alg}`);
  }
  if (!ok) fail(`${d.header.alg} signature does not verify with the public key`);
}

/** HS256 check with raw key bytes. */
export function verifyHs256(token, keyBytes) {
  const d = decode(token);
  assertEq(d.header.alg, "HS256", "alg");
  const mac = crypto.createHmac("sha256", keyBytes).update(d.signingInput).digest();
  if (!crypto.timingSafeEqual(mac, d.signature.length === 32 ? d.signature : Buffer.alloc(32))) fail("HS256 signature does not verify");
}

/** Run `fn` with Date.now() fixed at `seconds` (for SDKs that read the clock themselves). */
export async function atTime(seconds, fn) {
  const real = Date.now;
  Date.now = () => seconds * 1000;
  try {
    return await fn();
  } finally {
    Date.now = real;
  }
}

/** A temporary copy of a fixture under another name (e.g. a .p8 without the key id in its name). */
export function tempCopy(rel, name) {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || "/tmp", "jwtmint-vc-"));
  const dest = path.join(dir, name);
  fs.copyFileSync(fixture(rel), dest);
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  return dest;
}

export function tempFile(name, content) {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || "/tmp", "jwtmint-vc-"));
  const dest = path.join(dir, name);
  fs.writeFileSync(dest, content);
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  return dest;
}

function reencode(obj) {
  return Buffer.from(JSON.stringify(obj)).toString("base64url");
}

/**
 * Prove the comparison and verification code can fail: tampered copies of a good SDK token
 * (a changed claim, a changed header, a flipped signature bit, and for ES256 the DER form of
 * the same signature) must each be caught.
 */
export function selfTest(sdkToken, { publicKeyPem, hmacKey } = {}) {
  const [h, p, s] = sdkToken.split(".");
  const d = decode(sdkToken);
  const verify = (t) => (hmacKey ? verifyHs256(t, hmacKey) : verifySignature(t, publicKeyPem));
  const mustThrow = (what, fn) => {
    let threw = false;
    try {
      fn();
    } catch {
      threw = true;
    }
    if (!threw) fail(`self-test: ${what} was not caught`);
  };
  const extraClaim = `${h}.${reencode({ ...d.payload, extra: 1 })}.${s}`;
  const otherHeader = `${reencode({ ...d.header, kid: "OTHER" })}.${p}.${s}`;
  const sig = Buffer.from(d.signature);
  sig[sig.length - 1] ^= 1;
  const flipped = `${h}.${p}.${sig.toString("base64url")}`;
  mustThrow("an extra claim (compare)", () => compareWithSdk(extraClaim, sdkToken));
  mustThrow("a changed header (compare)", () => compareWithSdk(otherHeader, sdkToken));
  mustThrow("an extra claim (signature)", () => verify(extraClaim));
  mustThrow("a flipped signature bit", () => verify(flipped));
  verify(sdkToken);
  if (d.header.alg === "ES256") {
    const der = derFromRaw(d.signature);
    mustThrow("a DER-encoded ES256 signature", () => verify(`${h}.${p}.${der.toString("base64url")}`));
    return "tampered tokens caught, DER signature refused";
  }
  return "tampered tokens caught";
}

function derFromRaw(raw) {
  const int = (b) => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    b = b.subarray(i);
    if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
    return Buffer.concat([Buffer.from([2, b.length]), b]);
  };
  const body = Buffer.concat([int(raw.subarray(0, 32)), int(raw.subarray(32))]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}
