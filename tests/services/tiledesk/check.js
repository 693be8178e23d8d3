'use strict';
// Tiledesk: the published @tiledesk/tiledesk-server@2.19.16 package's middleware/passport.js
// (the passport-jwt strategy: its secretOrKeyProvider reads the project id from the `aud`
// URL and verifies with that project's shared secret; its verify callback dispatches on
// `sub`) checks tokens minted by `jwtmint tiledesk`. It runs through the package's own
// middleware chains (as app.js and routes/auth.js mount them, after passport.initialize()):
//   sign-in   POST /auth/signinWithCustomToken = noentitycheck, passport jwt, valid-token
//   API call  e.g. /users, /requests_util      = passport basic+jwt, valid-token
// Only the MongoDB lookups of the models are stubbed (see NOTES.md).

const http = require('http');
const path = require('path');
const fs = require('fs');
const h = require('../lib/harness');

const SECRET_FILE = path.join(h.KEYS, 'hmac-secret-64.txt');
// The server verifies with the stored secret; jwtmint drops one trailing newline from the file.
const SECRET = fs.readFileSync(SECRET_FILE, 'utf8').replace(/\r?\n$/, '');
const PROJECT = '5f8e1c2a9b3d4e5f6a7b8c9d';
const OTHER_PROJECT = '5f8e1c2a9b3d4e5f6a7b8c9e';
const AUD = `https://tiledesk.com/projects/${PROJECT}`;

const server = '@tiledesk/tiledesk-server';
const passport = require('passport');
const Project = require(`${server}/models/project`);
const User = require(`${server}/models/user`);
const FaqKb = require(`${server}/models/faq_kb`);
const Subscription = require(`${server}/models/subscription`);

// ---- stubs: the database holds one active project (PROJECT, with SECRET) and nothing else.
const lookups = [];
function query(result) {
  const q = {
    select: () => q,
    cache: () => q,
    exec: (cb) => (cb ? cb(null, result) : Promise.resolve(result)),
  };
  return q;
}
Project.findOne = (cond) => {
  lookups.push(['Project.findOne', cond]);
  const found = String(cond._id) === PROJECT && cond.status === 100;
  return query(found ? { _id: PROJECT, status: 100, jwtSecret: SECRET } : null);
};
User.findOne = (cond) => (lookups.push(['User.findOne', cond]), query(null));
FaqKb.findOne = (cond) => (lookups.push(['Faq_kb.findOne', cond]), query(null));
FaqKb.findById = (id) => (lookups.push(['Faq_kb.findById', id]), query(null));
Subscription.findOne = (cond, cb) => (lookups.push(['Subscription.findOne', cond]), cb(null, null));
Subscription.findById = (id) => (lookups.push(['Subscription.findById', id]), query(null));

require(`${server}/middleware/passport`)(passport);
const noentitycheck = require(`${server}/middleware/noentitycheck`);
const validtoken = require(`${server}/middleware/valid-token`);
const initialize = passport.initialize();
const jwtOnly = passport.authenticate(['jwt'], { session: false });
const basicOrJwt = passport.authenticate(['basic', 'jwt'], { session: false });

// Run an Express-style middleware chain on a request with this Authorization header.
// Resolves to { status, user } (status 200 when every middleware called next()), or
// { status: 500, error } when one throws, as Express would answer.
// The request is an http.IncomingMessage, as under Express (passport adds req.logIn to its
// prototype).
function request(chain, authorization) {
  const req = Object.assign(Object.create(http.IncomingMessage.prototype), {
    method: 'POST',
    url: '/auth/signinWithCustomToken',
    originalUrl: '/auth/signinWithCustomToken',
    protocol: 'http',
    headers: authorization === undefined ? {} : { authorization },
    query: {},
    body: {},
    get: (name) => (name.toLowerCase() === 'host' ? '127.0.0.1' : undefined),
  });
  return new Promise((resolve) => {
    const res = {
      statusCode: 200,
      setHeader() {},
      status(code) { this.statusCode = code; return this; },
      send(body) { resolve({ status: this.statusCode, body }); },
      json(body) { resolve({ status: this.statusCode, body }); },
      end(body) { resolve({ status: this.statusCode, body }); },
    };
    let i = 0;
    const next = (err) => {
      if (err) return resolve({ status: 500, error: err });
      if (i === chain.length) return resolve({ status: 200, user: req.user });
      try {
        chain[i++](req, res, next);
      } catch (error) {
        resolve({ status: 500, error });
      }
    };
    next();
  });
}
const signIn = (authorization) => request([initialize, noentitycheck, jwtOnly, validtoken], authorization);
const apiCall = (authorization) => request([initialize, basicOrJwt, validtoken], authorization);

async function accepted(call, authorization, what) {
  const r = await call(authorization);
  if (r.status !== 200 || !r.user) {
    h.fail(`${what}: rejected (${r.status}) ${String((r.error && r.error.stack) || r.body || '')}`);
  }
  return r.user;
}
async function refused(call, authorization, what, status = 401) {
  const r = await call(authorization);
  if (r.status === 200) h.fail(`${what}: accepted as ${JSON.stringify(r.user)}`);
  if (r.status !== status) {
    h.fail(`${what}: expected ${status}, got ${r.status} ${String((r.error && r.error.stack) || r.body || '')}`);
  }
  return r;
}

const tiledesk = (...args) =>
  ['tiledesk', '--secret-file', SECRET_FILE, '--project', PROJECT, ...args];
const USER = ['--user-id', 'u1', '--email', 'ann@example.com', '--firstname', 'Ann', '--lastname', 'Lee'];

h.check('sign-in accepts the header jwtmint prints (Authorization: JWT TOKEN)', async () => {
  const r = h.run(tiledesk(...USER, '--format', 'header'));
  if (r.status !== 0) h.fail(`jwtmint exited ${r.status}: ${r.stderr}`);
  const m = /^Authorization: (JWT [A-Za-z0-9_.-]+)\n$/.exec(r.stdout);
  if (!m) h.fail(`not "Authorization: JWT TOKEN": ${r.stdout}`);
  const user = await accepted(signIn, m[1], 'sign-in');
  h.assertEqual([user._id, user.sub, user.aud, user.email, user.firstname], ['u1', 'userexternal', AUD, 'ann@example.com', 'Ann'], 'user');
  h.assertEqual('role' in user, false, 'role present without --role');
  // The strategy fetched the secret of the project named in aud, and nothing else.
  h.assertEqual(lookups.slice(-1), [['Project.findOne', { _id: PROJECT, status: 100 }]], 'lookups');
});

h.check('API calls accept the token as an external user (sub userexternal)', async () => {
  const token = h.mint(tiledesk(...USER));
  lookups.length = 0;
  const user = await accepted(apiCall, `JWT ${token}`, 'API call');
  // decorateUser: id and fullName, no user lookup in the database.
  h.assertEqual([user.id, user._id, user.fullName], ['u1', 'u1', 'Ann Lee'], 'user');
  h.assertEqual(lookups.map((l) => l[0]), ['Project.findOne'], 'lookups');
});

h.check('HS384, HS512, custom attributes and --batch tokens are accepted', async () => {
  for (const alg of ['HS384', 'HS512']) {
    const token = h.mint(tiledesk(...USER, '--alg', alg));
    h.assertEqual(h.header(token).alg, alg, 'alg');
    await accepted(apiCall, `JWT ${token}`, alg);
  }
  const token = h.mint(tiledesk('--user-id', 'u2', '--attr', 'plan=pro', '--attr', 'seats:=3'));
  const user = await accepted(apiCall, `JWT ${token}`, '--attr');
  h.assertEqual([user._id, user.plan, user.seats], ['u2', 'pro', 3], 'attributes');
  const batch = path.join(require('os').tmpdir(), `jwtmint-tiledesk-${process.pid}.jsonl`);
  fs.writeFileSync(batch, '{"user-id":"u3","email":"c@example.com"}\n{"user-id":"u4"}\n');
  let out;
  try {
    out = h.run(tiledesk('--batch', batch));
  } finally {
    fs.unlinkSync(batch);
  }
  const tokens = out.stdout.trim().split('\n');
  if (out.status !== 0 || tokens.length !== 2) h.fail(`batch: exit ${out.status}, ${tokens.length} lines`);
  h.assertEqual((await accepted(signIn, `JWT ${tokens[0]}`, 'batch line 1'))._id, 'u3', 'user');
  h.assertEqual((await accepted(signIn, `JWT ${tokens[1]}`, 'batch line 2'))._id, 'u4', 'user');
});

h.check('the page link carries what signInWithCustomToken takes (tiledesk_jwt=JWT%20TOKEN)', async () => {
  const r = h.run(tiledesk(...USER, '--url', 'https://shop.example.com/help?lang=en'));
  if (r.status !== 0) h.fail(`jwtmint exited ${r.status}: ${r.stderr}`);
  const link = new URL(r.stdout.trim());
  h.assertEqual(link.searchParams.get('lang'), 'en', 'the page\'s own query');
  const value = link.searchParams.get('tiledesk_jwt');
  if (!/^JWT [A-Za-z0-9_.-]+$/.test(value || '')) h.fail(`tiledesk_jwt is not "JWT TOKEN": ${value}`);
  h.assertEqual((await accepted(signIn, value, 'link')).email, 'ann@example.com', 'user');
});

h.check('the server rejects a wrong secret, another project and an expired token', async () => {
  const other = path.join(h.KEYS, 'hmac-secret-crlf.txt');
  await refused(signIn, `JWT ${h.mint(['tiledesk', '--secret-file', other, '--project', PROJECT, ...USER])}`, 'wrong secret');
  await refused(signIn, `JWT ${h.mint(['tiledesk', '--secret-file', SECRET_FILE, '--project', OTHER_PROJECT, ...USER])}`, 'unknown project');
  const expired = h.mint(tiledesk(...USER, '--iat', '1600000000', '--expires-in', '1h'));
  await refused(signIn, `JWT ${expired}`, 'expired');
  await refused(apiCall, `JWT ${expired}`, 'expired');
});

// ---- traps (shared/providers.md, tiledesk). Each trap token below is signed with the
// right secret by node's crypto (not jwtmint), to show the server's answer; jwtmint must
// refuse to produce it.

h.check('trap: `id` instead of `_id` is rejected; jwtmint refuses `id`', async () => {
  const forged = h.forgeHmac({ id: 'u1', sub: 'userexternal', aud: AUD }, SECRET);
  await refused(signIn, `JWT ${forged}`, 'id without _id');
  await refused(apiCall, `JWT ${forged}`, 'id without _id');
  h.refuses(tiledesk(...USER, '--claim', 'id=u1'));
  h.refuses(tiledesk('--claim', 'id=u1', '--claim', 'sub=userexternal'));
});

h.check('trap: without sub userexternal every API call fails; jwtmint always sets it', async () => {
  const forged = h.forgeHmac({ _id: 'u1', aud: AUD }, SECRET);
  await accepted(signIn, `JWT ${forged}`, 'sign-in skips the subject check');
  await refused(apiCall, `JWT ${forged}`, 'API call without sub');
  // The vendor's samples pass `subject` as a claim: same failure.
  const sample = h.forgeHmac({ _id: 'u1', subject: 'userexternal', aud: AUD }, SECRET);
  await refused(apiCall, `JWT ${sample}`, 'API call with `subject`');
  h.assertEqual(h.payload(h.mint(tiledesk(...USER))).sub, 'userexternal', 'sub');
  h.refuses(tiledesk(...USER, '--claim', 'sub=user'));
  h.refuses(tiledesk(...USER, '--claim', 'subject=userexternal'));
});

h.check('trap: a non-URL aud crashes the server (500); jwtmint refuses one', async () => {
  const forged = h.forgeHmac({ _id: 'u1', sub: 'userexternal', aud: PROJECT }, SECRET);
  const r = await refused(signIn, `JWT ${forged}`, 'non-URL aud', 500);
  if (!(r.error instanceof TypeError)) h.fail(`expected a TypeError (Invalid URL), got ${r.error}`);
  h.refuses(tiledesk(...USER, '--audience-base', 'tiledesk.com'));
  h.refuses(tiledesk(...USER, '--claim', `aud=${PROJECT}`));
  h.refuses(tiledesk(...USER, '--claim', `audience=${AUD}`));
  // A self-hosted base keeps the /projects/<id> path the server reads.
  const token = h.mint(tiledesk(...USER, '--audience-base', 'https://support.example.com'));
  h.assertEqual(h.payload(token).aud, `https://support.example.com/projects/${PROJECT}`, 'aud');
  await accepted(signIn, `JWT ${token}`, 'self-hosted aud');
});

h.check('trap: the Bearer scheme is refused; jwtmint prints JWT with one space', async () => {
  const token = h.mint(tiledesk(...USER));
  await refused(signIn, `Bearer ${token}`, 'Bearer');
  await refused(apiCall, `Bearer ${token}`, 'Bearer');
  await refused(signIn, token, 'no scheme');
  // Two spaces pass passport but not the sign-in route's valid-token check.
  await refused(signIn, `JWT  ${token}`, 'two spaces', 403);
});

h.check('trap: role only via --role, and only with --email', async () => {
  h.refuses(tiledesk('--user-id', 'u1', '--role', 'agent'));
  h.refuses(tiledesk(...USER, '--claim', 'role=owner'));
  h.refuses(tiledesk(...USER, '--attr', 'role=owner'));
  const token = h.mint(tiledesk(...USER, '--role', 'agent'));
  const user = await accepted(signIn, `JWT ${token}`, '--role agent');
  h.assertEqual([user.role, user.email], ['agent', 'ann@example.com'], 'role and email');
});

h.check('trap: _id stays within [A-Za-z0-9_-]', async () => {
  for (const id of ['a/b', 'a b', 'a.b', 'joe@example.com', '']) {
    h.refuses(['tiledesk', '--secret-file', SECRET_FILE, '--project', PROJECT, '--user-id', id]);
  }
});

h.main();
