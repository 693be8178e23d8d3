'use strict';
// Shared by every node check under tests/services/. `runClean` is the one way jwtmint is run
// (lib/jwtcheck.mjs and the livekit, supabase and platforms-decode checks import it too); the
// rest serves the CommonJS checks (formio, realm, tiledesk): `run`/`mint`/`refuses` call jwtmint,
// and named cases are collected into `ok NAME` / `FAIL NAME: why` lines and a summary.
//
// JWTMINT (absolute path of the binary) and ROOT (the repository) come from the environment;
// check.sh (lib/deps.sh) exports both.

const { spawnSync } = require('child_process');
const crypto = require('crypto');
const path = require('path');

const JWTMINT = process.env.JWTMINT;
const ROOT = process.env.ROOT || path.resolve(__dirname, '../../..');
const KEYS = path.join(ROOT, 'tests', 'fixtures', 'keys');

// Run BIN with nothing inherited but PATH: no JWTMINT_* variables, HOME=/nonexistent (no
// config file), stdin empty unless `input` is given (a passphrase prompt cannot hang). `env`
// adds variables (e.g. JWTMINT_PASSPHRASE). Throws if BIN cannot be run or times out.
function runClean(bin, args, { env = {}, input = '', timeout = 60000 } = {}) {
  if (!bin) throw new Error('JWTMINT is not set (the absolute path of the jwtmint binary)');
  const r = spawnSync(bin, args, {
    env: { PATH: process.env.PATH, HOME: '/nonexistent', ...env },
    input,
    encoding: 'utf8',
    timeout,
  });
  if (r.error) throw r.error;
  return r;
}

// jwtmint ARGS: { status, stdout, stderr }.
function run(args, env = {}) {
  const r = runClean(JWTMINT, args, { env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function oneLine(s) {
  return s.replace(/\s+/g, ' ').trim().slice(0, 300);
}

// Mint and return the token: exit 0, exactly one newline-terminated line, a compact JWS.
function mint(args, env) {
  const r = run(args, env);
  if (r.status !== 0) {
    throw new Error(`jwtmint ${args.join(' ')} exited ${r.status}: ${oneLine(r.stderr)}`);
  }
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n$/.test(r.stdout)) {
    throw new Error(`jwtmint ${args.join(' ')} printed no single compact token: ${oneLine(r.stdout)}`);
  }
  return r.stdout.trim();
}

// A trap jwtmint must refuse: non-zero exit and nothing on stdout.
function refuses(args, env) {
  const r = run(args, env);
  if (r.status === 0) {
    throw new Error(`jwtmint ${args.join(' ')} minted a trap token: ${oneLine(r.stdout)}`);
  }
  if (r.stdout !== '') {
    throw new Error(`jwtmint ${args.join(' ')} exited ${r.status} but printed: ${oneLine(r.stdout)}`);
  }
  return oneLine(r.stderr);
}

function part(token, i) {
  return JSON.parse(Buffer.from(token.split('.')[i], 'base64url').toString('utf8'));
}
const header = (token) => part(token, 0);
const payload = (token) => part(token, 1);

// Re-sign a payload with the given HMAC secret, for traps that jwtmint itself would refuse
// but a hand-written script could produce: they show what the service does with them.
function forgeHmac(payloadObj, secret, alg = 'HS256') {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${b64({ alg, typ: 'JWT' })}.${b64(payloadObj)}`;
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  const sig = crypto.createHmac(hash, secret).update(input).digest('base64url');
  return `${input}.${sig}`;
}

function fail(msg) {
  throw new Error(msg);
}
// JSON with object keys sorted, so that key order never matters.
function canonical(value) {
  return JSON.stringify(value, (key, v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
}
function assertEqual(actual, expected, what) {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) fail(`${what}: expected ${e}, got ${a}`);
}

// A check whose event loop runs dry before main() has finished (a callback never called,
// a vendor's uncaughtException handler that swallowed an error) must not pass. (A module that
// only imports runClean registers no case, and is left alone.)
const cases = [];
let finished = false;
process.on('exit', (code) => {
  if (cases.length > 0 && !finished) {
    console.log(`FAIL harness: the check stopped before all its cases ran (exit ${code})`);
    process.exitCode = 1;
  }
});

function check(name, fn) {
  cases.push({ name, fn });
}

// Run every case in order; print one line each and a summary; exit 1 if any failed.
async function main() {
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of cases) {
    try {
      await fn();
      console.log(`ok ${name}`);
      passed += 1;
    } catch (err) {
      // Some vendors' errors keep the reason in `detail` (Realm's problems do).
      const detail = err && err.detail ? ` (detail: ${JSON.stringify(err.detail)})` : '';
      const where = err && err.stack ? String(err.stack).split('\n').slice(1, 4).join(' ') : '';
      console.log(`FAIL ${name}: ${oneLine(`${(err && err.message) || err}${detail}`)} ${oneLine(where)}`);
      failed += 1;
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  finished = true;
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

module.exports = {
  JWTMINT, ROOT, KEYS, runClean, run, mint, refuses, header, payload, forgeHmac,
  fail, assertEqual, check, main,
};
