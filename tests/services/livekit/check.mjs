// LiveKit vendor check, node side: livekit-server-sdk's own AccessToken mints the
// reference token and its own TokenVerifier must accept jwtmint's token and return
// the grants asked for. Run by check.sh (env JWTMINT, ROOT, NOW, JWTMINT_VENDOR_ONLY).
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import harness from '../lib/harness.js';

const ROOT = process.env.ROOT;
const NOW = Number(process.env.NOW);
const VENDOR_ONLY = process.env.JWTMINT_VENDOR_ONLY === '1';
const spec = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url)));
const secretPath = `${ROOT}/${spec.secretFile}`;
const secret = readFileSync(secretPath, 'utf8');

let passed = 0, failed = 0;
const ok = (name) => { passed++; console.log(`ok   ${name}`); };
const bad = (name, why) => { failed++; console.log(`FAIL ${name}: ${why}`); };

const b64json = (s) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
const decode = (t) => { const [h, p] = t.split('.'); return { header: b64json(h), payload: b64json(p) }; };

// The SDK reads the clock through `new Date()` (jose's SignJWT): pin it to NOW while minting.
async function atNow(fn) {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...a) { if (a.length === 0) super(NOW * 1000); else super(...a); }
    static now() { return NOW * 1000; }
  }
  globalThis.Date = FixedDate;
  try { return await fn(); } finally { globalThis.Date = RealDate; }
}

async function sdkMint(s) {
  const at = new AccessToken(spec.apiKey, secret, {
    identity: s.identity, ttl: s.ttl, name: s.name, metadata: s.metadata, attributes: s.attributes,
  });
  at.addGrant(s.video);
  return atNow(() => at.toJwt());
}

function jwtmint(args) {
  const r = harness.runClean(process.env.JWTMINT,
    ['livekit', '--api-key', spec.apiKey, '--secret-file', secretPath, '--iat', String(NOW), ...args]);
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

// jwtmint's header may add typ: "JWT" (the Python SDK does, the node SDK does not).
function headerOk(h) {
  return h.alg === 'HS256' && Object.keys(h).every((k) => k === 'alg' || (k === 'typ' && h.typ === 'JWT'));
}

function expectedClaims(s) {
  const c = { video: s.video, iss: spec.apiKey, exp: NOW + s.ttl, nbf: NOW, sub: s.identity };
  if (s.name) c.name = s.name;
  if (s.metadata) c.metadata = s.metadata;
  if (s.attributes) c.attributes = s.attributes;
  return c;
}

const verifier = new TokenVerifier(spec.apiKey, secret);
const tokens = {};

for (const c of spec.cases) {
  const sdkToken = await sdkMint(c.sdk);
  const sdk = decode(sdkToken);
  if (!isDeepStrictEqual(sdk.payload, expectedClaims(c.sdk)))
    bad(`${c.name}: SDK claims are what cases.json expects`, JSON.stringify(sdk.payload));
  let token = sdkToken;
  if (!VENDOR_ONLY) {
    const r = jwtmint(c.args);
    if (r.code !== 0) { bad(c.name, `jwtmint exit ${r.code}: ${r.stderr.trim()}`); continue; }
    token = r.stdout.trim();
    if (r.stdout !== token + '\n' && r.stdout !== token) bad(`${c.name}: stdout is only the token`, JSON.stringify(r.stdout));
  }
  tokens[c.name] = token;
  const got = decode(token);
  // jwtmint adds iat (= NOW, from --iat); the SDKs set none and the verifiers ignore it.
  if (got.payload.iat === NOW) delete got.payload.iat;
  if (!headerOk(got.header)) bad(`${c.name}: header`, JSON.stringify(got.header));
  else if (!isDeepStrictEqual(got.payload, sdk.payload))
    bad(`${c.name}: claims equal the SDK's`, `jwtmint ${JSON.stringify(got.payload)}\n     sdk     ${JSON.stringify(sdk.payload)}`);
  else ok(`${c.name}: header and claims equal the SDK's${token === sdkToken ? ' (byte-identical token)' : ''}`);
  try {
    const p = await verifier.verify(token);
    const want = { video: c.sdk.video, sub: c.sdk.identity, name: c.sdk.name, metadata: c.sdk.metadata, attributes: c.sdk.attributes };
    const have = { video: p.video, sub: p.sub, name: p.name, metadata: p.metadata, attributes: p.attributes };
    if (isDeepStrictEqual(have, want)) ok(`${c.name}: TokenVerifier accepts it and returns the grants asked for`);
    else bad(`${c.name}: TokenVerifier grants`, JSON.stringify(have));
  } catch (e) { bad(`${c.name}: TokenVerifier`, e.message); }
}

// Controls: the verifier is not a no-op.
{
  const t = tokens[spec.cases[0].name];
  if (t) {
    const [h, p, s] = t.split('.');
    const flipped = s.slice(0, 10) + (s[10] === 'A' ? 'B' : 'A') + s.slice(11);
    try { await new TokenVerifier(spec.apiKey, secret).verify(`${h}.${p}.${flipped}`); bad('control: altered signature rejected', 'accepted'); }
    catch { ok('control: TokenVerifier rejects an altered signature'); }
    try { await new TokenVerifier('APIother', secret).verify(t); bad('control: other API key rejected', 'accepted'); }
    catch { ok('control: TokenVerifier rejects the token for another API key (iss)'); }
  }
}

// The trap jwtmint exists to catch: LiveKit silently drops an unknown grant name.
{
  const at = new AccessToken(spec.apiKey, secret, { identity: 'x' });
  at.addGrant({ roomJoin: true, room: 'r', canPublsh: true });
  const p = await verifier.verify(await at.toJwt());
  if (p.video.canPublsh === true && p.video.canPublish === undefined)
    ok('trap shown: the SDK signs and accepts a misspelled grant (canPublsh) without a word');
  else bad('trap shown', JSON.stringify(p.video));
}

if (VENDOR_ONLY) {
  console.log('skip jwtmint --format url and trap inputs (JWTMINT_VENDOR_ONLY=1)');
} else {
  const u = spec.url;
  const r = jwtmint(u.args);
  const out = r.stdout.trim();
  if (r.code !== 0) bad('--format url', `exit ${r.code}: ${r.stderr.trim()}`);
  else if (!out.startsWith(u.prefix)) bad('--format url', out);
  else {
    const t = out.slice(u.prefix.length);
    if (t === tokens[u.case]) ok('--format url prints wss://HOST?access_token=TOKEN with the same token');
    else bad('--format url token', `differs from the token format: ${t}`);
  }
  for (const trap of spec.traps) {
    const r = jwtmint(trap.args);
    if (r.code === 0) bad(`trap ${trap.name}`, `exit 0, stdout ${JSON.stringify(r.stdout)}`);
    else if (r.stdout !== '') bad(`trap ${trap.name}`, `stdout not empty: ${JSON.stringify(r.stdout)}`);
    else if (trap.stderr && !r.stderr.includes(trap.stderr)) bad(`trap ${trap.name}`, `stderr lacks ${trap.stderr}: ${r.stderr.trim()}`);
    else ok(`trap ${trap.name}: exit ${r.code}, empty stdout`);
  }
}

console.log(`node (livekit-server-sdk): ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
