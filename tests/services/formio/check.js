'use strict';
// Form.io: the published formio@4.6.7 package's src/middleware/tokenHandler.js (verifies
// x-jwt-token with JWT_SECRET, answers 400/440, takes `external` tokens as ephemeral users,
// derives their id with util.toMongoId, re-issues the token) checks tokens minted by
// `jwtmint formio`. It runs with the package's own authentication module (getToken,
// isTokenAllowed), submission cache, util and hooks (none registered, as in the open-source
// server). Only the MongoDB submission model is stubbed (see NOTES.md).

const path = require('path');
const fs = require('fs');
const h = require('../lib/harness');

const SECRET_FILE = path.join(h.KEYS, 'hmac-secret-64.txt');
// JWT_SECRET as the server holds it; jwtmint drops one trailing newline from the file.
const SECRET = fs.readFileSync(SECRET_FILE, 'utf8').replace(/\r?\n$/, '');
const PROJECT = '5f8e1c2a9b3d4e5f6a7b8c9d';
const FORM = '5f8e1c2a9b3d4e5f6a7b8c9e';
const ROLE = '5f8e1c2a9b3d4e5f6a7b8c9f';
const ROLE2 = '5f8e1c2a9b3d4e5f6a7b8ca0';

const mongoose = require('mongoose'); // formio's own (the only copy installed)
const util = require('formio/src/util/util');
const hook = require('formio/src/util/hook');
const tokenHandler = require('formio/src/middleware/tokenHandler');
const authentication = require('formio/src/authentication');

// ---- the server object the middleware reads: config, hooks, logging, and the database.
const lookups = [];
const formio = {
  config: { jwt: { secret: SECRET, expireTime: 240 } },
  util,
  log() {},
  audit() {},
  resources: {
    submission: {
      // Stub of the Mongo submission model: an external token's user._id is "external",
      // which a real lookup cannot cast to an ObjectId; it fails the same way here.
      model: {
        findOne(query) {
          lookups.push(query);
          const q = {
            lean: () => q,
            exec: async () => {
              throw new mongoose.Error.CastError('ObjectId', query._id, '_id');
            },
          };
          return q;
        },
      },
    },
  },
};
formio.hook = hook(formio);
const router = { formio };
formio.auth = authentication(router);
const handle = tokenHandler(router);

// An error the middleware throws from its async callbacks is an unhandled rejection (under
// Express a crashed request); catch it and report it as that request's answer.
let current = null;
process.on('unhandledRejection', (error) => {
  if (current) current({ status: 500, error });
  else throw error;
});

// Run the middleware on a request; resolves to { status, req, res } when it calls next(),
// { status, body } when it answers, { status: 500, error } when it crashes.
function request({ header, query } = {}) {
  const req = {
    method: 'GET',
    url: `/project/${PROJECT}/form/${FORM}/submission`,
    headers: header === undefined ? {} : { 'x-jwt-token': header },
    query: query === undefined ? {} : { 'x-jwt-token': query },
    params: {},
  };
  return new Promise((resolve) => {
    current = resolve;
    const res = {
      headersSent: false,
      headers: {},
      setHeader(k, v) { this.headers[k.toLowerCase()] = v; },
      status(code) {
        return { send: (body) => resolve({ status: code, body }) };
      },
    };
    try {
      handle(req, res, (err) => resolve(err ? { status: 500, error: err } : { status: 200, req, res }));
    } catch (error) {
      resolve({ status: 500, error });
    }
  }).finally(() => {
    current = null;
  });
}

// Accepted: the request goes on with the token's user (or, for an admin token, as an
// administrator), not as an anonymous one.
async function accepted(token, via = 'header') {
  const r = await request(via === 'header' ? { header: token } : { query: token });
  if (r.status !== 200) h.fail(`rejected: ${r.status} ${r.body || (r.error && r.error.stack)}`);
  if (!r.req.user && !r.req.isAdmin) h.fail('accepted, but as an anonymous request (req.user is null)');
  return r;
}

const formioArgs = (...args) => ['formio', '--secret-file', SECRET_FILE,
  '--project', PROJECT, '--form', FORM, '--role', ROLE, ...args];
const ID = '3f2b9c1e-7a4d-4e21';

h.check('accepts the header jwtmint prints (x-jwt-token: TOKEN) as an external user', async () => {
  const out = h.run(formioArgs('--data', `id=${ID}`, '--data', 'email=joe@example.com', '--format', 'header'));
  if (out.status !== 0) h.fail(`jwtmint exited ${out.status}: ${out.stderr}`);
  const m = /^x-jwt-token: ([A-Za-z0-9_.-]+)\n$/.exec(out.stdout);
  if (!m) h.fail(`not "x-jwt-token: TOKEN": ${out.stdout}`);
  lookups.length = 0;
  const { req, res } = await accepted(m[1]);
  h.assertEqual(req.user.data, { id: ID, email: 'joe@example.com' }, 'user.data');
  h.assertEqual(req.user.roles, [ROLE], 'roles');
  // The server's id for this user: the first 12 characters of data.id, hex-encoded.
  h.assertEqual(req.token.user._id, util.toMongoId(ID), 'derived user id');
  h.assertEqual(req.token.user._id, Buffer.from(ID.slice(0, 12)).toString('hex'), 'derived user id');
  h.assertEqual([req.token.external, req.token.form._id, req.token.project._id], [true, FORM, PROJECT], 'token');
  h.assertEqual(req.isAdmin, undefined, 'isAdmin');
  h.assertEqual(lookups.map((q) => String(q._id)), ['external'], 'submission lookups');
  // The server re-issues the token on the response.
  if (!res.token || res.headers['x-jwt-token'] !== res.token) h.fail('no re-issued x-jwt-token');
});

h.check('accepts ?x-jwt-token=, HS384, HS512, several roles, nested data', async () => {
  const base = ['--data', `id=${ID}`];
  await accepted(h.mint(formioArgs(...base)), 'query');
  for (const alg of ['HS384', 'HS512']) {
    const token = h.mint(formioArgs(...base, '--alg', alg));
    h.assertEqual(h.header(token).alg, alg, 'alg');
    await accepted(token);
  }
  const { req } = await accepted(h.mint(formioArgs(...base, '--role', ROLE2, '--data', 'profile.city=Oslo', '--data', 'age:=41')));
  h.assertEqual(req.user.roles, [ROLE, ROLE2], 'roles');
  h.assertEqual(req.user.data, { id: ID, profile: { city: 'Oslo' }, age: 41 }, 'user.data');
});

h.check('--admin makes the request an administrator\'s', async () => {
  const { req } = await accepted(h.mint(formioArgs('--data', `id=${ID}`, '--admin')));
  h.assertEqual([req.isAdmin, req.permissionsChecked], [true, true], 'isAdmin, permissionsChecked');
  h.assertEqual([req.token.project._id, req.token.user.data.id], [PROJECT, ID], 'token');
});

h.check('the server answers 400 Bad Token for another secret', async () => {
  const other = path.join(h.KEYS, 'hmac-secret-crlf.txt');
  const token = h.mint(['formio', '--secret-file', other, '--project', PROJECT, '--form', FORM,
    '--role', ROLE, '--data', `id=${ID}`]);
  h.assertEqual(await request({ header: token }).then((r) => [r.status, r.body]), [400, 'Bad Token'], 'answer');
});

// ---- traps (shared/providers.md, formio)

h.check('trap: an expired token gets 440 Token Expired', async () => {
  const token = h.mint(formioArgs('--data', `id=${ID}`, '--iat', '1600000000', '--expires-in', '1h'));
  h.assertEqual(await request({ header: token }).then((r) => [r.status, r.body]), [440, 'Token Expired'], 'answer');
});

h.check('trap: without user.data the server crashes; jwtmint refuses to mint', async () => {
  const forged = h.forgeHmac({ external: true, form: { _id: FORM }, project: { _id: PROJECT },
    user: { _id: 'external', roles: [ROLE] } }, SECRET);
  const r = await request({ header: forged });
  if (!(r.status === 500 && r.error instanceof TypeError)) {
    h.fail(`expected the TypeError the providers.md describes, got ${r.status} ${r.body || r.error}`);
  }
  h.refuses(formioArgs());
  h.refuses(formioArgs('--data-file', '/dev/null'));
  h.refuses(formioArgs('--claim', 'user:={"_id":"external","roles":[]}', '--data', `id=${ID}`));
});

h.check('trap: isAdmin (and temp, allow, permission, access) refused in --claim', async () => {
  // The trap is real: an isAdmin claim makes any external token an administrator's.
  const forged = h.forgeHmac({ external: true, isAdmin: true, form: { _id: FORM }, project: { _id: PROJECT },
    user: { _id: 'external', data: { id: ID }, roles: [ROLE] } }, SECRET);
  h.assertEqual((await request({ header: forged })).req.isAdmin, true, 'forged isAdmin');
  for (const claim of ['isAdmin:=true', 'isAdmin=true', 'temp:=true', 'allow=GET:/form', 'permission=admin',
    'access:={"form":[]}']) {
    h.refuses(formioArgs('--data', `id=${ID}`, '--claim', claim));
  }
  const file = path.join(require('os').tmpdir(), `jwtmint-formio-claims-${process.pid}.json`);
  fs.writeFileSync(file, '{"isAdmin": true}');
  try {
    h.refuses(formioArgs('--data', `id=${ID}`, '--claims-file', file));
  } finally {
    fs.unlinkSync(file);
  }
  const { req } = await accepted(h.mint(formioArgs('--data', `id=${ID}`)));
  h.assertEqual(req.isAdmin, undefined, 'isAdmin without --admin');
});

h.check('trap: project, form and role ids must be 24-hex ObjectIds; a role is required', async () => {
  const ok = { '--project': PROJECT, '--form': FORM, '--role': ROLE };
  for (const flag of Object.keys(ok)) {
    for (const bad of ['abc', `${PROJECT}0`, PROJECT.replace(/d$/, 'g'), 'external']) {
      const args = ['formio', '--secret-file', SECRET_FILE, '--data', `id=${ID}`];
      for (const [f, v] of Object.entries(ok)) args.push(f, f === flag ? bad : v);
      h.refuses(args);
    }
  }
  h.refuses(['formio', '--secret-file', SECRET_FILE, '--project', PROJECT, '--form', FORM, '--data', `id=${ID}`]);
});

h.check('trap: a short or email-derived user id is minted with a warning', async () => {
  for (const data of ['id=abc', 'email=joe@example.com']) {
    const r = h.run(formioArgs('--data', data));
    if (r.status !== 0 || !/warning/i.test(r.stderr)) {
      h.fail(`--data ${data}: exit ${r.status}, no warning on stderr: ${r.stderr}`);
    }
  }
  // Two emails sharing 12 characters are one user to the server.
  const a = await accepted(h.mint(formioArgs('--data', 'email=joe@example.com')));
  const b = await accepted(h.mint(formioArgs('--data', 'email=joe@example.org')));
  h.assertEqual(a.req.token.user._id, b.req.token.user._id, 'the server\'s user ids');
});

h.main();
