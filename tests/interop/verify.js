#!/usr/bin/env node
// Verifies every token in a jwtmint interop manifest (JSON lines) with the
// npm `jsonwebtoken` package, an implementation independent of jwtmint.
//
// Usage: node verify.js manifest.jsonl
//
// Each manifest line:
//   {"name", "token", "alg", "key": {"type": "secret"|"public", "path"},
//    "algorithms": [...], "audience"?: string,
//    "expect"?: {claim: value}          each listed claim must equal exactly
//    "expect_header"?: {param: value}   same, for the JOSE header
//    "present"?: [claim]                claims that must exist (e.g. iat, exp)
//    "lifetime"?: seconds               exp must be iat (or now) + seconds}
//
// Prints `ok NAME` or `FAIL NAME: reason` per case, then `N passed, M failed`,
// and exits 1 if anything failed.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const util = require('util');
const jwt = require('jsonwebtoken');

// Allowed drift when a token has exp but no iat to measure its lifetime from.
const LIFETIME_SLACK_SECONDS = 60;

function readManifest(path) {
  return fs.readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

// The HMAC secret is the file's bytes minus ONE trailing "\n" or "\r\n":
// the same rule jwtmint documents for --secret-file, so both sides agree on
// the key bytes even for a secret file written on Windows.
function readSecret(path) {
  let bytes = fs.readFileSync(path);
  if (bytes.length >= 2 && bytes[bytes.length - 2] === 0x0d && bytes[bytes.length - 1] === 0x0a) {
    bytes = bytes.subarray(0, bytes.length - 2);
  } else if (bytes.length >= 1 && bytes[bytes.length - 1] === 0x0a) {
    bytes = bytes.subarray(0, bytes.length - 1);
  }
  return bytes;
}

// KeyObjects rather than raw strings/buffers, so jsonwebtoken never has to
// guess whether the bytes are a PEM public key or an HMAC secret.
function loadKey(key) {
  if (key.type === 'secret') return crypto.createSecretKey(readSecret(key.path));
  if (key.type === 'public') return crypto.createPublicKey(fs.readFileSync(key.path));
  throw new Error(`unknown key type ${JSON.stringify(key.type)}`);
}

function b64urlJson(segment) {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
}

// jsonwebtoken 9 (via jwa) has no EdDSA support at all: its algorithm tables
// stop at HS/RS/PS/ES and it rejects "EdDSA" as an invalid algorithm. So for
// EdDSA we verify the signature with node's own crypto.verify(null, ...)
// (Ed25519 takes no separate digest) and re-implement the registered-claim
// checks jsonwebtoken would otherwise do for us.
function verifyEdDSA(token, publicKey, c) {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error('jwt malformed');
  const header = b64urlJson(parts[0]);
  if (!c.algorithms.includes(header.alg)) throw new Error('invalid algorithm');
  if (header.alg !== 'EdDSA') throw new Error(`EdDSA path got alg ${header.alg}`);
  if (publicKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`EdDSA needs an ed25519 key, got ${publicKey.asymmetricKeyType}`);
  }
  const signingInput = Buffer.from(`${parts[0]}.${parts[1]}`, 'ascii');
  const signature = Buffer.from(parts[2], 'base64url');
  if (!crypto.verify(null, signingInput, publicKey, signature)) throw new Error('invalid signature');

  const payload = b64urlJson(parts[1]);
  const now = Math.floor(Date.now() / 1000);
  if (payload.nbf !== undefined && (typeof payload.nbf !== 'number' || payload.nbf > now)) {
    throw new Error('jwt not active');
  }
  if (payload.exp !== undefined && (typeof payload.exp !== 'number' || now >= payload.exp)) {
    throw new Error('jwt expired');
  }
  if (c.audience !== undefined) {
    const auds = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (!auds.includes(c.audience)) throw new Error(`jwt audience invalid. expected: ${c.audience}`);
  }
  return { header, payload };
}

// Signature + exp/nbf/aud checks, restricted to the case's algorithm list.
function verifyToken(c) {
  const key = loadKey(c.key);
  const header = jwt.decode(c.token, { complete: true })?.header;
  if (header && header.alg === 'EdDSA') return verifyEdDSA(c.token, key, c);

  const options = { algorithms: c.algorithms };
  if (c.audience !== undefined) options.audience = c.audience;
  const payload = jwt.verify(c.token, key, options);
  return { header, payload };
}

// Checks beyond the signature: header alg is the one we asked for (or the
// documented default), and the listed claims have exactly the listed values.
function checkContents(c, header, payload) {
  if (header.alg !== c.alg) throw new Error(`header alg is ${header.alg}, expected ${c.alg}`);
  checkSubset('header', c.expect_header || {}, header);
  checkSubset('claim', c.expect || {}, payload);
  for (const claim of c.present || []) {
    if (!(claim in payload)) throw new Error(`claim ${claim} missing`);
  }
  if (c.lifetime !== undefined) checkLifetime(c.lifetime, payload);
}

function checkSubset(what, expected, actual) {
  for (const [name, value] of Object.entries(expected)) {
    if (!(name in actual)) throw new Error(`${what} ${name} missing`);
    if (!util.isDeepStrictEqual(actual[name], value)) {
      throw new Error(`${what} ${name} is ${JSON.stringify(actual[name])}, expected ${JSON.stringify(value)}`);
    }
  }
}

function checkLifetime(seconds, payload) {
  if (typeof payload.exp !== 'number') throw new Error('exp missing or not a number');
  if (typeof payload.iat === 'number') {
    if (payload.exp - payload.iat !== seconds) {
      throw new Error(`exp - iat is ${payload.exp - payload.iat}, expected ${seconds}`);
    }
    return;
  }
  const drift = payload.exp - (Math.floor(Date.now() / 1000) + seconds);
  if (Math.abs(drift) > LIFETIME_SLACK_SECONDS) {
    throw new Error(`exp is ${drift}s away from now + ${seconds}s`);
  }
}

function runCase(c) {
  try {
    const { header, payload } = verifyToken(c);
    checkContents(c, header, payload);
    return null;
  } catch (err) {
    return err.message || String(err);
  }
}

function main(argv) {
  if (argv.length !== 1) {
    console.error('usage: node verify.js manifest.jsonl');
    return 2;
  }
  let passed = 0;
  let failed = 0;
  for (const c of readManifest(argv[0])) {
    const reason = runCase(c);
    if (reason === null) {
      passed += 1;
      console.log(`ok ${c.name}`);
    } else {
      failed += 1;
      console.log(`FAIL ${c.name}: ${reason.replace(/\s+/g, ' ')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
