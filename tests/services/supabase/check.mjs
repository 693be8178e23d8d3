// Supabase vendor check: the Supabase CLI (`supabase gen bearer-jwt`, a binary that npm installs
// from the registry's @supabase/cli-linux-x64 package) mints the reference token from the same JWK
// and claims; @supabase/auth-js GoTrueClient.getClaims() must accept jwtmint's ES256/RS256 token
// offline (the public JWK is given to it, and a stub fetch serves the JWKS; nothing else is served).
// Run by check.sh (env JWTMINT, ROOT, NOW, JWTMINT_VENDOR_ONLY).
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createPublicKey } from 'node:crypto';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { GoTrueClient } from '@supabase/auth-js';
import { jwtVerify, SignJWT } from 'jose';
import harness from '../lib/harness.js';

const ROOT = process.env.ROOT;
const NOW = Number(process.env.NOW);
const VENDOR_ONLY = process.env.JWTMINT_VENDOR_ONLY === '1';
const HERE = new URL('.', import.meta.url).pathname;
const FIX = `${ROOT}/tests/fixtures/services`;
const REF = 'abcdefghijklmnopqrst';
const ISS = `https://${REF}.supabase.co/auth/v1`;
const USER = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let passed = 0, failed = 0;
const ok = (name) => { passed++; console.log(`ok   ${name}`); };
const bad = (name, why) => { failed++; console.log(`FAIL ${name}: ${why}`); };
const b64json = (s) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
const decode = (t) => { const [h, p] = t.split('.'); return { header: b64json(h), payload: b64json(p) }; };

const cliHome = mkdtempSync(join(tmpdir(), 'jwtmint-supabase-home-'));
function cli(args, stdin) {
  const r = spawnSync(`${HERE}node_modules/.bin/supabase`, ['gen', 'bearer-jwt', ...args], {
    input: stdin, encoding: 'utf8', cwd: cliHome,
    env: { PATH: process.env.PATH, HOME: cliHome, DO_NOT_TRACK: '1', SUPABASE_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`supabase gen bearer-jwt exit ${r.status}: ${r.stderr}`);
  return r.stdout.trim();
}

function jwtmint(args) {
  const r = harness.runClean(process.env.JWTMINT, ['supabase', '--project-ref', REF, '--iat', String(NOW), ...args]);
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const PRIVATE = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'ext'];
function publicJwk(path) {
  const j = JSON.parse(readFileSync(path, 'utf8'));
  for (const k of PRIVATE) delete j[k];
  j.key_ops = ['verify'];
  return j;
}

// A GoTrueClient whose only network is this stub: the JWKS for `jwks`, 401 for anything else.
function client(jwks, seen) {
  const url = `https://${REF}.supabase.co/auth/v1`;
  const fetch = async (u) => {
    seen.push(String(u));
    if (String(u) === `${url}/.well-known/jwks.json`)
      return new Response(JSON.stringify(jwks), { status: 200, headers: { 'content-type': 'application/json' } });
    return new Response(JSON.stringify({ code: 401, error_code: 'no_network', msg: 'stub: no network in this check' }),
      { status: 401, headers: { 'content-type': 'application/json' } });
  };
  return new GoTrueClient({ url, fetch, persistSession: false, autoRefreshToken: false, detectSessionInUrl: false });
}

// GoTrue's user-token claims (supabase/auth internal/api/token.go generateAccessToken): iss, sub,
// aud (a string), exp, iat, email, phone, app_metadata, user_metadata, role, aal, amr, session_id,
// is_anonymous. jwtmint picks its own session_id (a UUID); amr and phone are allowed, not required.
function userClaims(extra) {
  return { iss: ISS, sub: USER, aud: 'authenticated', exp: NOW + 3600, iat: NOW, role: 'authenticated',
    aal: 'aal1', session_id: '00000000-0000-4000-8000-000000000000', is_anonymous: false, ...extra };
}
function normalise(p, name) {
  const q = { ...p };
  if (q.session_id !== undefined) {
    if (!UUID.test(q.session_id)) bad(`${name}: session_id is a UUID`, q.session_id);
    q.session_id = '00000000-0000-4000-8000-000000000000';
  }
  if (q.phone === '') delete q.phone;
  if (Array.isArray(q.amr) && q.amr.every((e) => typeof e.method === 'string' && Number.isInteger(e.timestamp))) delete q.amr;
  return q;
}

const ES = `${FIX}/supabase-es256.jwk`, RS = `${FIX}/supabase-rs256.jwk`;
const meta = { app: { provider: 'email', providers: ['email'] }, user: { name: 'Joe Tester', plan: 'pro' } };
const cases = [
  { name: 'ES256 user token', key: ES,
    args: ['--key', ES, '--sub', USER, '--email', 'joe@example.com', '--app-metadata', JSON.stringify(meta.app),
           '--user-metadata', JSON.stringify(meta.user), '--expires-in', '1h'],
    claims: userClaims({ email: 'joe@example.com', app_metadata: meta.app, user_metadata: meta.user }), role: 'authenticated' },
  { name: 'RS256 user token, defaults', key: RS, args: ['--key', RS, '--sub', USER, '--expires-in', '1h'],
    claims: userClaims({ email: '', app_metadata: {}, user_metadata: {} }), role: 'authenticated',
    // GoTrue always writes email/app_metadata/user_metadata; accept jwtmint leaving them out when not given.
    optional: { email: '', app_metadata: {}, user_metadata: {} } },
  { name: 'ES256 anon API key', key: ES, args: ['--key', ES, '--anon', '--expires-in', '1h'],
    claims: { iss: 'supabase', ref: REF, role: 'anon', iat: NOW, exp: NOW + 3600 }, role: 'anon' },
  { name: 'ES256 service_role API key', key: ES, args: ['--key', ES, '--service-role', '--expires-in', '1h'],
    claims: { iss: 'supabase', ref: REF, role: 'service_role', iat: NOW, exp: NOW + 3600 }, role: 'service_role',
    stderr: /row.level security/i },
];

for (const c of cases) {
  const jwk = readFileSync(c.key, 'utf8');
  const pub = publicJwk(c.key);
  let ref;
  try { ref = cli(['--role', c.role, '--payload', JSON.stringify(c.claims)], jwk); }
  catch (e) { bad(`${c.name}: CLI mints`, e.message); continue; }
  const cliTok = decode(ref);
  if (!isDeepStrictEqual(cliTok.header, { alg: pub.alg, kid: pub.kid, typ: 'JWT' }))
    bad(`${c.name}: CLI header`, JSON.stringify(cliTok.header));
  let token = ref;
  if (!VENDOR_ONLY) {
    const r = jwtmint(c.args);
    if (r.code !== 0) { bad(c.name, `jwtmint exit ${r.code}: ${r.stderr.trim()}`); continue; }
    token = r.stdout.trim();
    if (c.stderr && !c.stderr.test(r.stderr)) bad(`${c.name}: stderr warns`, `lacks ${c.stderr}: ${r.stderr.trim()}`);
    else if (c.stderr) ok(`${c.name}: stderr says it bypasses row-level security`);
  }
  const got = decode(token);
  if (!isDeepStrictEqual(got.header, cliTok.header))
    bad(`${c.name}: header equals the CLI's`, `${JSON.stringify(got.header)} vs ${JSON.stringify(cliTok.header)}`);
  else {
    let mine = normalise(got.payload, c.name);
    const theirs = normalise(cliTok.payload, c.name);
    for (const [k, v] of Object.entries(c.optional ?? {})) if (!(k in mine)) mine[k] = v;
    if (isDeepStrictEqual(mine, theirs)) ok(`${c.name}: header and claims equal the CLI's (${got.header.alg}, kid from the JWK)`);
    else bad(`${c.name}: claims equal the CLI's`, `\n     jwtmint ${JSON.stringify(got.payload)}\n     cli     ${JSON.stringify(cliTok.payload)}`);
  }
  // Vendor verifier, key given locally.
  const seen = [];
  const gc = client({ keys: [pub] }, seen);
  const a = await gc.getClaims(token, { keys: [pub] });
  if (a.error) bad(`${c.name}: getClaims with the JWK`, a.error.message);
  else if (seen.length) bad(`${c.name}: getClaims with the JWK went to the network`, seen.join(' '));
  else if (!isDeepStrictEqual(a.data.claims, got.payload)) bad(`${c.name}: getClaims claims`, JSON.stringify(a.data.claims));
  else ok(`${c.name}: auth-js getClaims accepts it offline with the JWK`);
  // Vendor verifier, key discovered from the (stubbed) JWKS endpoint.
  const seen2 = [];
  const b = await client({ keys: [pub] }, seen2).getClaims(token);
  if (b.error) bad(`${c.name}: getClaims via JWKS`, `${b.error.message} (fetched ${seen2.join(' ')})`);
  else ok(`${c.name}: auth-js getClaims accepts it with the JWKS ${seen2.length ? `from ${seen2.join(' ')}` : '(its JWKS cache, filled by an earlier case)'}`);
}

// Controls: getClaims is not a no-op.
{
  const pub = publicJwk(ES);
  const t = cli(['--role', 'anon', '--payload', JSON.stringify({ role: 'anon', iss: 'supabase', ref: REF, iat: NOW, exp: NOW + 600 })], readFileSync(ES, 'utf8'));
  const [h, p, s] = t.split('.');
  const tampered = `${h}.${Buffer.from(JSON.stringify({ ...b64json(p), role: 'service_role' })).toString('base64url')}.${s}`;
  const r1 = await client({ keys: [pub] }, []).getClaims(tampered, { keys: [pub] });
  if (r1.error) ok(`control: getClaims rejects a changed payload (${r1.error.message})`); else bad('control: tampered accepted', '');
  const old = cli(['--role', 'anon', '--payload', JSON.stringify({ role: 'anon', iat: NOW - 7200, exp: NOW - 3600 })], readFileSync(ES, 'utf8'));
  const r2 = await client({ keys: [pub] }, []).getClaims(old, { keys: [pub] });
  if (r2.error) ok(`control: getClaims rejects an expired token (${r2.error.message})`); else bad('control: expired accepted', '');
  const other = { ...createPublicKey(readFileSync(`${ROOT}/tests/fixtures/keys/ec-p256.pub.pem`)).export({ format: 'jwk' }), alg: 'ES256', kid: pub.kid };
  let r3;
  try { r3 = await client({ keys: [other] }, []).getClaims(t, { keys: [other] }); }
  catch (e) { r3 = { error: e }; }
  if (r3.error) ok(`control: getClaims rejects a token checked against another P-256 key (${r3.error.message})`); else bad('control: wrong key accepted', '');
}

// Legacy HS256 (JWT secret as text): auth-js cannot check it offline (getClaims falls back to GET
// /user on the Auth server for HS* or a header without kid), and the CLI mints ES256/RS256 only
// ("failed to parse JWK: must be one of [RS256 ES256]"). Checked with jose instead: NOT vendor code.
{
  const secretPath = `${FIX}/supabase-jwt-secret.txt`;
  const secret = new TextEncoder().encode(readFileSync(secretPath, 'utf8'));
  const seen = [];
  const hsLike = await new SignJWT({ role: 'anon', iss: 'supabase', ref: REF })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt(NOW).setExpirationTime(NOW + 600).sign(secret);
  const r = await client({ keys: [] }, seen).getClaims(hsLike);
  if (r.error && seen.some((u) => u.endsWith('/user'))) ok('shown: getClaims sends an HS256 token to GET /user (no offline check)');
  else bad('shown: getClaims on HS256', `${r.error?.message} ${seen.join(' ')}`);
  let res;
  if (VENDOR_ONLY) {
    // Stand-in for jwtmint: the claims as GoTrue writes them, signed by jose.
    const stand = await new SignJWT(userClaims({ email: 'joe@example.com', phone: '', app_metadata: {}, user_metadata: {},
      session_id: '3b1f0e2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b', amr: [{ method: 'password', timestamp: NOW }] }))
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(secret);
    res = { code: 0, stdout: `${stand}\n`, stderr: '' };
  } else res = jwtmint(['--secret-file', secretPath, '--sub', USER, '--email', 'joe@example.com', '--expires-in', '1h']);
  if (res.code !== 0) bad('HS256 user token', `jwtmint exit ${res.code}: ${res.stderr.trim()}`);
  else {
    try {
      const { payload, protectedHeader } = await jwtVerify(res.stdout.trim(), secret,
        { algorithms: ['HS256'], issuer: ISS, audience: 'authenticated', currentDate: new Date(NOW * 1000) });
      const want = userClaims({ email: 'joe@example.com', app_metadata: {}, user_metadata: {} });
      const have = normalise(payload, 'HS256');
      for (const [k, v] of Object.entries({ app_metadata: {}, user_metadata: {} })) if (!(k in have)) have[k] = v;
      if (protectedHeader.kid !== undefined) bad('HS256 user token: no kid', protectedHeader.kid);
      else if (isDeepStrictEqual(have, want)) ok(`HS256 user token (legacy secret as text): jose verifies; claims as GoTrue writes them${VENDOR_ONLY ? ' (stand-in token)' : ''}`);
      else bad('HS256 user token claims', JSON.stringify(payload));
    } catch (e) { bad('HS256 user token: jose verify', e.message); }
  }
}

if (VENDOR_ONLY) console.log('skip --format header and trap inputs (JWTMINT_VENDOR_ONLY=1)');
else {
  const r = jwtmint(['--key', ES, '--anon', '--format', 'header']);
  const m = /^Authorization: Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\n?$/.exec(r.stdout);
  if (r.code !== 0 || !m) bad('--format header', `exit ${r.code} stdout ${JSON.stringify(r.stdout)}`);
  else if (!/apikey/.test(r.stderr)) bad('--format header: stderr reminds of the apikey header', r.stderr.trim());
  else ok('--format header prints the Authorization line and reminds of apikey on stderr');
  const traps = [
    ['no mode (--sub, --anon or --service-role)', ['--key', ES]],
    ['--anon with --service-role', ['--key', ES, '--anon', '--service-role']],
    ['--sub with --anon', ['--key', ES, '--anon', '--sub', USER]],
    ['--sub that is not a UUID', ['--key', ES, '--sub', 'joe']],
    ['--app-metadata that is not a JSON object', ['--key', ES, '--sub', USER, '--app-metadata', '[1,2]']],
    ['--user-metadata that is not JSON', ['--key', ES, '--sub', USER, '--user-metadata', '{name: joe}']],
  ];
  for (const [name, args] of traps) {
    const t = jwtmint(args);
    if (t.code === 0) bad(`trap ${name}`, `exit 0, stdout ${JSON.stringify(t.stdout)}`);
    else if (t.stdout !== '') bad(`trap ${name}`, `stdout not empty: ${JSON.stringify(t.stdout)}`);
    else ok(`trap ${name}: exit ${t.code}, empty stdout`);
  }
}

console.log(`supabase (CLI ${spawnSync(`${HERE}node_modules/.bin/supabase`, ['--version'], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: cliHome } }).stdout.trim()}, auth-js): ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
