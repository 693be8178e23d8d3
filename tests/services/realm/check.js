'use strict';
// Realm Object Server: the JwtAuthProvider class of the published realm-object-server@3.12.0
// package (dist/auth/jwt/JwtAuthProvider.js) checks tokens minted by `jwtmint realm`.
//
// The provider is the one the server builds for `provider: "jwt"`; only its `service` (the
// user store of the running server) is replaced by a stub that records the user it is asked
// to find or create. See NOTES.md.

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const h = require('../lib/harness');
const { JwtAuthProvider } = require('realm-object-server/dist/auth/jwt/JwtAuthProvider');

const KEY = path.join(h.KEYS, 'rsa4096-genrsa-des3.pem'); // openssl genrsa -des3 4096, as Realm's docs
const PUB = fs.readFileSync(path.join(h.KEYS, 'rsa4096-genrsa-des3.pub.pem'), 'utf8');
const PASSFILE = path.join(h.KEYS, 'passphrase.txt');
const PASSPHRASE = fs.readFileSync(PASSFILE, 'utf8');
const OTHER_KEY = path.join(h.KEYS, 'rsa2048-pkcs1.pem');

// The server's user store, reduced to what authenticateOrCreateUser calls.
function provider(config = {}) {
  const p = new JwtAuthProvider({ publicKey: PUB, ...config });
  p.service = {
    getUserByProviderId: () => undefined,
    createOrUpdateUser: (providerId, providerName, isAdmin) => ({ providerId, providerName, isAdmin }),
  };
  return p;
}

// The user the server would log in, or the error it answers with.
async function login(token, config) {
  return provider(config).authenticateOrCreateUser({ provider: 'jwt', data: token });
}

async function rejected(token, config, why) {
  let user;
  try {
    user = await login(token, config);
  } catch (err) {
    // The server's own "invalid credentials" problem, not a crash.
    if (err && err.constructor && err.constructor.name === 'InvalidCredentials') return err;
    h.fail(`${why}: expected InvalidCredentials, got ${err && err.stack}`);
  }
  h.fail(`${why}: the server accepted it as ${JSON.stringify(user)}`);
}

const realm = (...args) => ['realm', '--key', KEY, '--passphrase-file', PASSFILE, ...args];

h.check('accepts a user token (encrypted genrsa key, --passphrase-file)', async () => {
  const user = await login(h.mint(realm('--user-id', 'joe')));
  h.assertEqual(user, { providerId: 'joe', providerName: 'jwt', isAdmin: false }, 'user');
});

h.check('accepts a user token (passphrase from JWTMINT_PASSPHRASE)', async () => {
  const token = h.mint(['realm', '--key', KEY, '--user-id', 'ann'], { JWTMINT_PASSPHRASE: PASSPHRASE });
  h.assertEqual(await login(token), { providerId: 'ann', providerName: 'jwt', isAdmin: false }, 'user');
});

h.check('--admin makes an administrator', async () => {
  const user = await login(h.mint(realm('--user-id', 'joe', '--admin')));
  h.assertEqual(user.isAdmin, true, 'isAdmin');
});

h.check('a numeric-looking --user-id is signed as a string and accepted', async () => {
  const token = h.mint(realm('--user-id', '42'));
  h.assertEqual(h.payload(token).userId, '42', 'userId claim');
  h.assertEqual((await login(token)).providerId, '42', 'user');
});

h.check('--user-id-claim follows the server\'s userIdFieldName', async () => {
  const token = h.mint(realm('--user-id', 'joe', '--user-id-claim', 'uid'));
  h.assertEqual((await login(token, { userIdFieldName: 'uid' })).providerId, 'joe', 'user');
  await rejected(token, {}, 'a server left at userId');
});

h.check('the token expires: the server rejects it after exp', async () => {
  const token = h.mint(realm('--user-id', 'joe', '--iat', '1600000000', '--expires-in', '1h'));
  const err = await rejected(token, {}, 'an expired token');
  if (!/expired/i.test(JSON.stringify(err))) h.fail(`rejected, but not as expired: ${JSON.stringify(err)}`);
});

h.check('the server rejects a token signed by another key', async () => {
  await rejected(h.mint(['realm', '--key', OTHER_KEY, '--user-id', 'joe']), {}, 'wrong key');
});

// ---- traps (shared/providers.md, realm)

h.check('trap: numeric userId crashes the server; jwtmint refuses to sign one', async () => {
  // The trap is real: the provider's escapeUserId calls .replace on it (TypeError, a 500).
  const forged = forgeRs256({ userId: 42 });
  let crashed = false;
  try {
    await login(forged);
  } catch (err) {
    crashed = err instanceof TypeError;
  }
  if (!crashed) h.fail('the server did not crash on a numeric userId; the trap is gone');
  h.refuses(realm('--user-id', 'joe', '--claim', 'userId:=42'));
  h.refuses(realm('--user-id', 'joe', '--user-id-claim', 'uid', '--claim', 'uid:=42'));
});

h.check('trap: other algorithms: jwtmint refuses, the server rejects', async () => {
  for (const alg of ['RS384', 'RS512', 'PS256', 'HS256', 'ES256']) {
    h.refuses(realm('--user-id', 'joe', '--alg', alg));
  }
  // The same payload through the generic `sign`, with RS512 and PS256: the server says no.
  for (const alg of ['RS512', 'PS256']) {
    const token = h.mint(['sign', '--key', OTHER_KEY, '--alg', alg, '--claim', 'userId=joe']);
    await rejected(token, { publicKey: fs.readFileSync(path.join(h.KEYS, 'rsa2048.pub.pem'), 'utf8') }, alg);
  }
});

h.check('trap: isAdmin only via --admin (refused in --claim and --claims-file)', async () => {
  h.refuses(realm('--user-id', 'joe', '--claim', 'isAdmin:=true'));
  h.refuses(realm('--user-id', 'joe', '--claim', 'isAdmin=true'));
  const file = path.join(require('os').tmpdir(), `jwtmint-realm-claims-${process.pid}.json`);
  fs.writeFileSync(file, '{"isAdmin": true}');
  try {
    h.refuses(realm('--user-id', 'joe', '--claims-file', file));
  } finally {
    fs.unlinkSync(file);
  }
  // Without --admin the token makes no administrator.
  h.assertEqual((await login(h.mint(realm('--user-id', 'joe')))).isAdmin, false, 'isAdmin');
});

// An RS256 token with any payload, signed with the fixture key by node's crypto (not
// jwtmint), to show what the server does with a payload jwtmint will not produce.
function forgeRs256(claims) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}`;
  const key = crypto.createPrivateKey({ key: fs.readFileSync(KEY), passphrase: PASSPHRASE });
  return `${input}.${crypto.sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

h.main();
