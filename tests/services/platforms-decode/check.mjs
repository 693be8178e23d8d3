// Decode-only checks for jwtmint's jitsi, postgrest, hasura, metabase, zendesk and gitbook tokens.
// NOT the vendors' code: none of them publishes a verifier that runs here (Jitsi's is Lua inside
// prosody; PostgREST and Hasura are Haskell servers; Metabase is Clojure; Zendesk and GitBook are
// hosted). Each token is verified with the independent library jose and every rule of
// /work/shared/providers.md ("Realtime, data and docs platforms") is asserted; rules quoted from
// the vendors' source are marked so in NOTES.md. Run by check.sh (env JWTMINT, ROOT, NOW,
// JWTMINT_VENDOR_ONLY: then a stand-in token minted by jose to the same rules replaces jwtmint's,
// which proves the assertions, not jwtmint).
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import harness from '../lib/harness.js';

const ROOT = process.env.ROOT;
const NOW = Number(process.env.NOW);
const VENDOR_ONLY = process.env.JWTMINT_VENDOR_ONLY === '1';
const ONLY = process.env.ONLY ? process.env.ONLY.split(',') : null;
const FIX = `${ROOT}/tests/fixtures/services`;
const KEYS = `${ROOT}/tests/fixtures/keys`;
const text = (p) => readFileSync(p, 'utf8');
const bytes = (s) => new TextEncoder().encode(s);
const b64json = (s) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
const TOKEN = /[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;

let passed = 0, failed = 0;
const ok = (name) => { passed++; console.log(`ok   ${name}`); };
const bad = (name, why) => { failed++; console.log(`FAIL ${name}: ${why}`); };

function jwtmint(sub, args) {
  const r = harness.runClean(process.env.JWTMINT, [sub, '--iat', String(NOW), ...args]);
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
async function mint(header, payload, key) { return new SignJWT(payload).setProtectedHeader(header).sign(key); }
const priv = (p) => createPrivateKey(text(p));
const pub = (p) => createPublicKey(text(p));

// One assertion list per case: check(p, eq) where eq(label, got, want) records a problem.
async function runCase(svc, c) {
  if (ONLY && !ONLY.includes(svc)) return;
  const name = `${svc}: ${c.name}`;
  let out;
  if (c.control) {
    // A deliberately wrong token: the assertions must catch it (proves they can fail).
    const before = failed;
    const quiet = console.log; const lines = []; console.log = (l) => lines.push(l);
    try { await runCase(svc, { ...c, control: undefined, stand: c.control, args: null, name: c.name, forceStand: true }); }
    finally { console.log = quiet; }
    const caught = failed > before; failed = before; passed -= caught ? 0 : 1;
    return caught ? ok(`${svc}: control: ${c.name} is caught`) : bad(`${svc}: control: ${c.name}`, 'not caught');
  }
  if (VENDOR_ONLY || c.forceStand) out = { code: 0, stdout: `${await c.stand()}\n`, stderr: c.standErr ?? '' };
  else out = jwtmint(svc, c.args);
  if (out.code !== 0) return bad(name, `jwtmint exit ${out.code}: ${out.stderr.trim()}`);
  const line = out.stdout.replace(/\n$/, '');
  if (line.includes('\n')) return bad(name, `stdout is more than one line: ${JSON.stringify(out.stdout)}`);
  let token = line;
  if (c.url) {
    const m = c.url.exec(line);
    if (!m) return bad(name, `stdout is not ${c.url}: ${line}`);
    token = m.groups.token;
  }
  const problems = [];
  const eq = (label, got, want) => { if (!isDeepStrictEqual(got, want)) problems.push(`${label}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`); };
  const that = (label, cond, got) => { if (!cond) problems.push(`${label}${got === undefined ? '' : `: ${JSON.stringify(got)}`}`); };
  let verified;
  try {
    verified = await jwtVerify(token, c.key, { algorithms: c.algs, currentDate: new Date(NOW * 1000) });
  } catch (e) { return bad(name, `jose verify: ${e.code ?? ''} ${e.message}`); }
  const header = b64json(token.split('.')[0]);
  c.check(verified.payload, header, { eq, that, line, stderr: out.stderr, token });
  if (problems.length) bad(name, `\n       ${problems.join('\n       ')}`);
  else ok(name);
}

async function trap(svc, name, args, stderrRe) {
  if (ONLY && !ONLY.includes(svc)) return;
  if (VENDOR_ONLY) return;
  const r = jwtmint(svc, args);
  if (r.code === 0) bad(`${svc}: trap ${name}`, `exit 0, stdout ${JSON.stringify(r.stdout)}`);
  else if (r.stdout !== '') bad(`${svc}: trap ${name}`, `stdout not empty: ${JSON.stringify(r.stdout)}`);
  else if (stderrRe && !stderrRe.test(r.stderr)) bad(`${svc}: trap ${name}`, `stderr lacks ${stderrRe}: ${r.stderr.trim()}`);
  else ok(`${svc}: trap ${name}: exit ${r.code}, empty stdout`);
}

// ---------------------------------------------------------------- jitsi
{
  const S = `${FIX}/jitsi-app-secret.txt`, key = bytes(text(S));
  const base = ['--app-id', 'myapp', '--secret-file', S];
  const noLeewayTimes = (p, x) => {
    x.that('exp is a number', Number.isInteger(p.exp), p.exp);
    x.that('nbf, if present, is not after iat (Jitsi checks nbf with no leeway)', p.nbf === undefined || p.nbf <= NOW, p.nbf);
  };
  await runCase('jitsi', {
    name: 'HS256 defaults: typ JWT, iss app id, aud jitsi, sub *, room, 1h, no moderator',
    args: [...base, '--room', 'Standup', '--user-name', 'Test Bot', '--user-id', 'bot-1'],
    key, algs: ['HS256'],
    stand: () => mint({ alg: 'HS256', typ: 'JWT' }, { iss: 'myapp', aud: 'jitsi', sub: '*', room: 'Standup', iat: NOW, nbf: NOW, exp: NOW + 3600,
      context: { user: { id: 'bot-1', name: 'Test Bot' } } }, key),
    check: (p, h, x) => {
      x.eq('header', h, { alg: 'HS256', typ: 'JWT' });
      x.eq('iss', p.iss, 'myapp'); x.eq('aud', p.aud, 'jitsi'); x.eq('sub', p.sub, '*'); x.eq('room', p.room, 'Standup');
      x.eq('exp', p.exp, NOW + 3600); noLeewayTimes(p, x);
      x.eq('context.user.id', p.context?.user?.id, 'bot-1'); x.eq('context.user.name', p.context?.user?.name, 'Test Bot');
      x.that('moderator is not set unless asked', !p.context?.user?.moderator || p.context.user.moderator === 'false', p.context?.user);
    },
  });
  await runCase('jitsi', {
    name: 'moderator, features, every user field, HS512, sub and aud given; stderr names moderator',
    args: [...base, '--alg', 'HS512', '--room', '*', '--sub', 'meet.example.com', '--aud', 'meet', '--user-id', 'u1',
      '--user-name', 'Mod', '--user-email', 'mod@example.com', '--avatar', 'https://example.com/a.png', '--moderator',
      '--feature', 'recording', '--feature', 'livestreaming'],
    key, algs: ['HS512'], standErr: 'jwtmint: --moderator makes this user a moderator\n',
    stand: () => mint({ alg: 'HS512', typ: 'JWT' }, { iss: 'myapp', aud: 'meet', sub: 'meet.example.com', room: '*', iat: NOW, exp: NOW + 3600,
      context: { user: { id: 'u1', name: 'Mod', email: 'mod@example.com', avatar: 'https://example.com/a.png', moderator: true },
        features: { recording: true, livestreaming: true } } }, key),
    check: (p, h, x) => {
      x.eq('header', h, { alg: 'HS512', typ: 'JWT' });
      x.eq('aud', p.aud, 'meet'); x.eq('sub', p.sub, 'meet.example.com'); x.eq('room', p.room, '*');
      x.eq('context.user', p.context?.user, { id: 'u1', name: 'Mod', email: 'mod@example.com', avatar: 'https://example.com/a.png', moderator: true });
      const f = p.context?.features ?? {};
      x.that('features recording and livestreaming on (true or "true")', [true, 'true'].includes(f.recording) && [true, 'true'].includes(f.livestreaming), f);
      x.that('only the features asked for', Object.keys(f).sort().join() === 'livestreaming,recording', f);
      x.that('stderr says --moderator makes a moderator', /moderator/i.test(x.stderr), x.stderr);
    },
  });
  await runCase('jitsi', {
    name: 'RS256 with --key and --kid (ASAP key server), --format url',
    args: ['--app-id', 'myapp', '--key', `${KEYS}/rsa2048-pkcs8.pem`, '--kid', 'jitsi/key-1', '--room', 'standup',
      '--format', 'url', '--url', 'https://meet.example.com'],
    key: pub(`${KEYS}/rsa2048.pub.pem`), algs: ['RS256'],
    url: /^https:\/\/meet\.example\.com\/standup\?jwt=(?<token>[A-Za-z0-9_.-]+)$/,
    stand: async () => `https://meet.example.com/standup?jwt=${await mint({ alg: 'RS256', typ: 'JWT', kid: 'jitsi/key-1' },
      { iss: 'myapp', aud: 'jitsi', sub: '*', room: 'standup', iat: NOW, exp: NOW + 3600 }, priv(`${KEYS}/rsa2048-pkcs8.pem`))}`,
    check: (p, h, x) => { x.eq('header', h, { alg: 'RS256', typ: 'JWT', kid: 'jitsi/key-1' }); x.eq('room', p.room, 'standup'); x.eq('iss', p.iss, 'myapp'); },
  });
  await runCase('jitsi', {
    name: 'expiry under 5 minutes warns on stderr (Jitsi allows no leeway) and still mints',
    args: [...base, '--room', 'r', '--expires-in', '2m'], key, algs: ['HS256'], standErr: 'jwtmint: warning: expires in 2m; Jitsi allows no clock leeway\n',
    stand: () => mint({ alg: 'HS256', typ: 'JWT' }, { iss: 'myapp', aud: 'jitsi', sub: '*', room: 'r', iat: NOW, exp: NOW + 120 }, key),
    check: (p, h, x) => { x.eq('exp', p.exp, NOW + 120); x.that('stderr warns', /leeway|warn/i.test(x.stderr), x.stderr); },
  });
  await trap('jitsi', 'no --room', [...base]);
  await trap('jitsi', 'RS256 key without --kid', ['--app-id', 'myapp', '--key', `${KEYS}/rsa2048-pkcs8.pem`, '--room', 'r'], /kid/);
  await trap('jitsi', 'EC key (Jitsi has no ES*)', ['--app-id', 'myapp', '--key', `${KEYS}/ec-p256-pkcs8.pem`, '--kid', 'k', '--room', 'r']);
  await trap('jitsi', '--typ other than JWT', [...base, '--room', 'r', '--typ', 'at+jwt'], /typ/);
}

// ---------------------------------------------------------------- postgrest
{
  const S = `${FIX}/postgrest-jwt-secret.txt`, key = bytes(text(S));
  await runCase('postgrest', {
    name: 'HS256 secret as text, role at .role',
    args: ['--secret-file', S, '--role', 'web_user', '--expires-in', '1h'], key, algs: ['HS256'],
    stand: () => mint({ alg: 'HS256', typ: 'JWT' }, { role: 'web_user', iat: NOW, exp: NOW + 3600 }, key),
    check: (p, h, x) => { x.eq('role', p.role, 'web_user'); x.eq('exp', p.exp, NOW + 3600); x.that('no kid with a secret', h.kid === undefined, h); },
  });
  await runCase('postgrest', {
    name: 'role at the JSPath .realm_access.roles[0], aud given',
    args: ['--secret-file', S, '--role', 'web_user', '--role-claim-key', '.realm_access.roles[0]', '--aud', 'api'], key, algs: ['HS256'],
    stand: () => mint({ alg: 'HS256', typ: 'JWT' }, { realm_access: { roles: ['web_user'] }, aud: 'api', iat: NOW, exp: NOW + 3600 }, key),
    check: (p, h, x) => {
      x.eq('realm_access.roles', p.realm_access?.roles, ['web_user']);
      x.that('aud is api (string or [api])', p.aud === 'api' || isDeepStrictEqual(p.aud, ['api']), p.aud);
      x.that('no top-level role (PostgREST reads only the JSPath)', p.role === undefined, p.role);
    },
  });
  await runCase('postgrest', {
    name: 'role claim key with a quoted name: ."https://example.com/claims".role',
    args: ['--secret-file', S, '--role', 'author', '--role-claim-key', '."https://example.com/claims".role'], key, algs: ['HS256'],
    stand: () => mint({ alg: 'HS256', typ: 'JWT' }, { 'https://example.com/claims': { role: 'author' }, iat: NOW, exp: NOW + 3600 }, key),
    check: (p, h, x) => x.eq('claims.role', p['https://example.com/claims']?.role, 'author'),
  });
  {
    // jwt-secret-is-base64: the file holds base64 text; the HMAC key is the decoded bytes.
    await runCase('postgrest', {
      name: '--secret-encoding base64 signs with the decoded bytes',
      args: ['--secret-file', `${FIX}/postgrest-jwt-secret.b64`, '--secret-encoding', 'base64', '--role', 'web_user'],
      key: Buffer.from(text(`${FIX}/postgrest-jwt-secret.b64`).trim(), 'base64'), algs: ['HS256'],
      stand: () => mint({ alg: 'HS256', typ: 'JWT' }, { role: 'web_user', iat: NOW, exp: NOW + 3600 }, Buffer.from(text(`${FIX}/postgrest-jwt-secret.b64`).trim(), 'base64')),
      check: (p, h, x) => x.eq('role', p.role, 'web_user'),
    });
  }
  await runCase('postgrest', {
    name: 'ES256 with a PEM key',
    args: ['--key', `${KEYS}/ec-p256-pkcs8.pem`, '--role', 'web_user'], key: pub(`${KEYS}/ec-p256.pub.pem`), algs: ['ES256'],
    stand: () => mint({ alg: 'ES256', typ: 'JWT' }, { role: 'web_user', iat: NOW, exp: NOW + 3600 }, priv(`${KEYS}/ec-p256-pkcs8.pem`)),
    check: (p, h, x) => { x.eq('alg', h.alg, 'ES256'); x.eq('role', p.role, 'web_user'); },
  });
  await trap('postgrest', 'no --role (PostgREST would serve it as the anonymous role)', ['--secret-file', S], /role/);
  await trap('postgrest', 'secret under 32 characters', ['--secret-file', `${KEYS}/hmac-secret-short.txt`, '--role', 'web_user'], /32/);
  await trap('postgrest', 'empty role', ['--secret-file', S, '--role', ''], /role/);
  await trap('postgrest', 'role claim key that is not a JSPath', ['--secret-file', S, '--role', 'r', '--role-claim-key', 'realm_access.roles[x'], /claim/i);
}

// ---------------------------------------------------------------- hasura
{
  const S = `${FIX}/hasura-jwt-secret.txt`, key = bytes(text(S));
  const NS = 'https://hasura.io/jwt/claims';
  const stringsOnly = (claims, x) => {
    for (const [k, v] of Object.entries(claims ?? {})) {
      if (k === 'x-hasura-allowed-roles') x.that('x-hasura-allowed-roles is an array of strings', Array.isArray(v) && v.every((r) => typeof r === 'string'), v);
      else x.that(`${k} is a string`, typeof v === 'string', v);
      x.that(`${k} starts with x-hasura-`, k.toLowerCase().startsWith('x-hasura-'), k);
    }
  };
  const want = { 'x-hasura-allowed-roles': ['user', 'editor'], 'x-hasura-default-role': 'user', 'x-hasura-user-id': '42', 'x-hasura-org-id': '7' };
  await runCase('hasura', {
    name: 'claims under https://hasura.io/jwt/claims, every session variable a string',
    args: ['--secret-file', S, '--default-role', 'user', '--allowed-role', 'user', '--allowed-role', 'editor', '--user-id', '42',
      '--session-var', 'x-hasura-org-id=7', '--expires-in', '1h'], key, algs: ['HS256'],
    stand: () => mint({ alg: 'HS256', typ: 'JWT' }, { [NS]: want, iat: NOW, exp: NOW + 3600 }, key),
    check: (p, h, x) => {
      const c = p[NS];
      x.eq('namespace', c, want); stringsOnly(c, x);
      x.that('default role is one of the allowed', c?.['x-hasura-allowed-roles']?.includes(c?.['x-hasura-default-role']), c);
      x.eq('exp', p.exp, NOW + 3600);
    },
  });
  await runCase('hasura', {
    name: '--stringified: the namespace value is a JSON string (claims_format: stringified_json)',
    args: ['--secret-file', S, '--default-role', 'user', '--allowed-role', 'user', '--user-id', '42', '--stringified'], key, algs: ['HS256'],
    stand: () => mint({ alg: 'HS256', typ: 'JWT' }, { [NS]: JSON.stringify({ 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user', 'x-hasura-user-id': '42' }), iat: NOW, exp: NOW + 3600 }, key),
    check: (p, h, x) => {
      x.that('namespace value is a string', typeof p[NS] === 'string', p[NS]);
      let c; try { c = JSON.parse(p[NS]); } catch { c = null; }
      x.eq('parsed namespace', c, { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user', 'x-hasura-user-id': '42' });
    },
  });
  await runCase('hasura', {
    name: '--namespace-path $.hasura.claims puts the claims at that path',
    args: ['--secret-file', S, '--default-role', 'user', '--allowed-role', 'user', '--namespace-path', '$.hasura.claims'], key, algs: ['HS256'],
    stand: () => mint({ alg: 'HS256', typ: 'JWT' }, { hasura: { claims: { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user' } }, iat: NOW, exp: NOW + 3600 }, key),
    check: (p, h, x) => { x.eq('hasura.claims', p.hasura?.claims, { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user' }); x.that('no default namespace', p[NS] === undefined); },
  });
  await runCase('hasura', {
    name: 'RS256 with a PEM key, custom namespace',
    args: ['--key', `${KEYS}/rsa2048-pkcs8.pem`, '--default-role', 'user', '--allowed-role', 'user', '--namespace', 'https://example.com/hasura'],
    key: pub(`${KEYS}/rsa2048.pub.pem`), algs: ['RS256'],
    stand: () => mint({ alg: 'RS256', typ: 'JWT' }, { 'https://example.com/hasura': { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user' }, iat: NOW, exp: NOW + 3600 }, priv(`${KEYS}/rsa2048-pkcs8.pem`)),
    check: (p, h, x) => { x.eq('alg', h.alg, 'RS256'); x.eq('namespace', p['https://example.com/hasura'], { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user' }); },
  });
  await trap('hasura', 'default role not among the allowed roles', ['--secret-file', S, '--default-role', 'admin', '--allowed-role', 'user'], /admin/);
  await trap('hasura', 'no --allowed-role', ['--secret-file', S, '--default-role', 'user']);
  await trap('hasura', '--namespace with --namespace-path', ['--secret-file', S, '--default-role', 'user', '--allowed-role', 'user', '--namespace', 'https://x', '--namespace-path', '$.a']);
  await trap('hasura', 'secret under 32 characters', ['--secret-file', `${KEYS}/hmac-secret-short.txt`, '--default-role', 'user', '--allowed-role', 'user'], /32/);
  await trap('hasura', 'session variable without x-hasura- prefix', ['--secret-file', S, '--default-role', 'user', '--allowed-role', 'user', '--session-var', 'org-id=7'], /x-hasura-/);
}

// ---------------------------------------------------------------- metabase
{
  const S = `${FIX}/metabase-embedding-secret.txt`, key = bytes(text(S));
  const site = 'https://metabase.example.com';
  const frag = (line) => Object.fromEntries(new URLSearchParams(line.split('#')[1] ?? ''));
  await runCase('metabase', {
    name: 'dashboard embed URL, key used as text, params {} always, exp 10m',
    args: ['--secret-file', S, '--site-url', site, '--dashboard', '7'], key, algs: ['HS256'],
    url: /^https:\/\/metabase\.example\.com\/embed\/dashboard\/(?<token>[A-Za-z0-9_.-]+)#bordered=true&titled=true$/,
    stand: async () => `${site}/embed/dashboard/${await mint({ alg: 'HS256', typ: 'JWT' }, { resource: { dashboard: 7 }, params: {}, iat: NOW, exp: NOW + 600 }, key)}#bordered=true&titled=true`,
    check: (p, h, x) => {
      x.eq('resource', p.resource, { dashboard: 7 }); x.eq('params', p.params, {}); x.eq('exp', p.exp, NOW + 600);
      x.eq('alg', h.alg, 'HS256');
    },
  });
  await runCase('metabase', {
    name: 'question with params and fragment options',
    args: ['--secret-file', S, '--site-url', `${site}/`, '--question', '12', '--param', 'region=west', '--param', 'year=2024',
      '--bordered', 'false', '--theme', 'night'], key, algs: ['HS256'],
    url: /^https:\/\/metabase\.example\.com\/embed\/question\/(?<token>[A-Za-z0-9_.-]+)#.+$/,
    stand: async () => `${site}/embed/question/${await mint({ alg: 'HS256', typ: 'JWT' }, { resource: { question: 12 }, params: { region: 'west', year: '2024' }, iat: NOW, exp: NOW + 600 }, key)}#bordered=false&titled=true&theme=night`,
    check: (p, h, x) => {
      x.eq('resource', p.resource, { question: 12 }); x.eq('params', p.params, { region: 'west', year: '2024' });
      x.eq('fragment', frag(x.line), { bordered: 'false', titled: 'true', theme: 'night' });
    },
  });
  await runCase('metabase', {
    name: '--format token prints the bare token',
    args: ['--secret-file', S, '--site-url', site, '--dashboard', '7', '--format', 'token'], key, algs: ['HS256'],
    stand: () => mint({ alg: 'HS256', typ: 'JWT' }, { resource: { dashboard: 7 }, params: {}, iat: NOW, exp: NOW + 600 }, key),
    check: (p, h, x) => { x.that('bare token', TOKEN.test(x.line) && !x.line.includes('/'), x.line); x.eq('resource', p.resource, { dashboard: 7 }); },
  });
  // The hex-looking key must not be hex-decoded: the signature must fail with the decoded bytes.
  if (!ONLY || ONLY.includes('metabase')) {
    const r = VENDOR_ONLY ? { code: 0, stdout: await mint({ alg: 'HS256', typ: 'JWT' }, { resource: { dashboard: 7 }, params: {}, exp: NOW + 600 }, key) }
      : jwtmint('metabase', ['--secret-file', S, '--site-url', site, '--dashboard', '7', '--format', 'token']);
    try {
      await jwtVerify(r.stdout.trim(), Buffer.from(text(S), 'hex'), { currentDate: new Date(NOW * 1000) });
      bad('metabase: key is text, not hex', 'the token verifies with the hex-decoded key');
    } catch { ok('metabase: the token does not verify with the hex-decoded key (key used as text)'); }
  }
  await trap('metabase', 'id 0', ['--secret-file', S, '--site-url', site, '--dashboard', '0']);
  await trap('metabase', 'id not an integer', ['--secret-file', S, '--site-url', site, '--question', '12a']);
  await trap('metabase', '--dashboard with --question', ['--secret-file', S, '--site-url', site, '--dashboard', '1', '--question', '2']);
  await trap('metabase', 'no resource', ['--secret-file', S, '--site-url', site]);
  await trap('metabase', 'unknown theme', ['--secret-file', S, '--site-url', site, '--dashboard', '1', '--theme', 'dark'], /night|transparent/);
}

// ---------------------------------------------------------------- zendesk
{
  const S = `${FIX}/zendesk-shared-secret.txt`, key = bytes(text(S));
  const jti = () => crypto.randomUUID();
  const urlRe = /^https:\/\/acme\.zendesk\.com\/access\/jwt\?jwt=(?<token>[A-Za-z0-9_.-]+)(&return_to=[^&#\s]+)?$/;
  const seen = [];
  await runCase('zendesk', {
    name: 'login URL, iat now, random jti, email and name, no role by default',
    args: ['--secret-file', S, '--subdomain', 'acme', '--email', 'joe@example.com', '--name', 'Joe Bloggs'], key, algs: ['HS256'], url: urlRe,
    stand: async () => `https://acme.zendesk.com/access/jwt?jwt=${await mint({ alg: 'HS256', typ: 'JWT' }, { iat: NOW, jti: jti(), email: 'joe@example.com', name: 'Joe Bloggs' }, key)}`,
    check: (p, h, x) => {
      x.eq('iat', p.iat, NOW); x.that('jti is a non-empty string', typeof p.jti === 'string' && p.jti.length >= 16, p.jti); seen.push(p.jti);
      x.eq('email', p.email, 'joe@example.com'); x.eq('name', p.name, 'Joe Bloggs'); x.that('no role unless asked', p.role === undefined, p.role);
    },
  });
  await runCase('zendesk', {
    name: 'every optional claim; return_to URL-encoded; a second jti differs',
    args: ['--secret-file', S, '--subdomain', 'acme', '--email', 'joe@example.com', '--name', 'Joe', '--external-id', 'u-42',
      '--organization', 'Acme Ltd', '--tag', 'vip', '--tag', 'beta', '--user-field', 'plan=gold', '--return-to', 'https://acme.zendesk.com/hc/en-us?x=1&y=2'],
    key, algs: ['HS256'], url: urlRe,
    stand: async () => `https://acme.zendesk.com/access/jwt?jwt=${await mint({ alg: 'HS256', typ: 'JWT' }, { iat: NOW, jti: jti(), email: 'joe@example.com', name: 'Joe', external_id: 'u-42', organization: 'Acme Ltd', tags: ['vip', 'beta'], user_fields: { plan: 'gold' } }, key)}&return_to=${encodeURIComponent('https://acme.zendesk.com/hc/en-us?x=1&y=2')}`,
    check: (p, h, x) => {
      x.eq('external_id', p.external_id, 'u-42'); x.eq('organization', p.organization, 'Acme Ltd');
      x.that('tags vip, beta (array, or comma-separated string)', isDeepStrictEqual(p.tags, ['vip', 'beta']) || p.tags === 'vip,beta', p.tags);
      x.eq('user_fields', p.user_fields, { plan: 'gold' });
      x.eq('return_to', new URL(x.line).searchParams.get('return_to'), 'https://acme.zendesk.com/hc/en-us?x=1&y=2');
      x.that('jti differs between two logins', !seen.includes(p.jti), p.jti);
    },
  });
  await runCase('zendesk', {
    name: '--role agent is minted only when asked and stderr says what it grants',
    args: ['--secret-file', S, '--subdomain', 'acme', '--email', 'a@example.com', '--name', 'Agent', '--role', 'agent'], key, algs: ['HS256'], url: urlRe,
    standErr: 'jwtmint: --role agent signs this user in as a Zendesk agent (staff rights)\n',
    stand: async () => `https://acme.zendesk.com/access/jwt?jwt=${await mint({ alg: 'HS256', typ: 'JWT' }, { iat: NOW, jti: jti(), email: 'a@example.com', name: 'Agent', role: 'agent' }, key)}`,
    check: (p, h, x) => { x.eq('role', p.role, 'agent'); x.that('stderr explains agent rights', /agent/i.test(x.stderr), x.stderr); },
  });
  await trap('zendesk', 'no --name', ['--secret-file', S, '--subdomain', 'acme', '--email', 'joe@example.com']);
  await trap('zendesk', 'unknown --role', ['--secret-file', S, '--subdomain', 'acme', '--email', 'j@example.com', '--name', 'J', '--role', 'owner']);
}

// ---------------------------------------------------------------- gitbook
{
  const S = `${FIX}/gitbook-signing-key.txt`, key = bytes(text(S));
  await runCase('gitbook', {
    name: 'site URL with path and jwt_token, exp 1h, custom claims',
    args: ['--secret-file', S, '--site-url', 'https://docs.example.com', '--path', '/guides/start', '--claim', 'plan=pro', '--claim', 'level:=3'],
    key, algs: ['HS256'], url: /^https:\/\/docs\.example\.com\/guides\/start\?jwt_token=(?<token>[A-Za-z0-9_.-]+)$/,
    stand: async () => `https://docs.example.com/guides/start?jwt_token=${await mint({ alg: 'HS256', typ: 'JWT' }, { plan: 'pro', level: 3, iat: NOW, exp: NOW + 3600 }, key)}`,
    check: (p, h, x) => { x.eq('exp', p.exp, NOW + 3600); x.eq('plan', p.plan, 'pro'); x.eq('level', p.level, 3); x.eq('alg', h.alg, 'HS256'); },
  });
  await runCase('gitbook', {
    name: 'site URL alone',
    args: ['--secret-file', S, '--site-url', 'https://docs.example.com/'], key, algs: ['HS256'],
    url: /^https:\/\/docs\.example\.com\/?\?jwt_token=(?<token>[A-Za-z0-9_.-]+)$/,
    stand: async () => `https://docs.example.com/?jwt_token=${await mint({ alg: 'HS256', typ: 'JWT' }, { iat: NOW, exp: NOW + 3600 }, key)}`,
    check: (p, h, x) => x.eq('exp', p.exp, NOW + 3600),
  });
  await trap('gitbook', 'no --site-url', ['--secret-file', S]);
}

// Controls: the assertions fail on tokens that break a rule.
{
  const J = bytes(text(`${FIX}/jitsi-app-secret.txt`)), H = bytes(text(`${FIX}/hasura-jwt-secret.txt`));
  const M = text(`${FIX}/metabase-embedding-secret.txt`);
  await runCase('jitsi', { name: 'header without typ', key: J, algs: ['HS256'],
    control: () => mint({ alg: 'HS256' }, { iss: 'myapp', aud: 'jitsi', sub: '*', room: 'r', exp: NOW + 3600 }, J),
    check: (p, h, x) => x.eq('header', h, { alg: 'HS256', typ: 'JWT' }) });
  await runCase('hasura', { name: 'numeric x-hasura-user-id', key: H, algs: ['HS256'],
    control: () => mint({ alg: 'HS256', typ: 'JWT' }, { 'https://hasura.io/jwt/claims': { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user', 'x-hasura-user-id': 42 } }, H),
    check: (p, h, x) => { for (const [k, v] of Object.entries(p['https://hasura.io/jwt/claims'])) if (k !== 'x-hasura-allowed-roles') x.that(`${k} is a string`, typeof v === 'string', v); } });
  await runCase('metabase', { name: 'token keyed with the hex-decoded secret', key: bytes(M), algs: ['HS256'],
    control: () => mint({ alg: 'HS256', typ: 'JWT' }, { resource: { dashboard: 7 }, params: {}, exp: NOW + 600 }, Buffer.from(M, 'hex')),
    check: () => {} });
}

if (VENDOR_ONLY) console.log('skip trap inputs (JWTMINT_VENDOR_ONLY=1): stand-in tokens prove the assertions only');
console.log(`platforms-decode (jose, not vendor code): ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
