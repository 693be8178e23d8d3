#!/usr/bin/env node
// Checks the JOSE manifest (JSON lines) with the npm `jose` package, an
// implementation independent of jwtmint: tokens jwtmint signed verify with a
// JWK or JWKS (jwtmint's `public-key` output, or a fixture JWK's public
// members), and jose computes the same RFC 7638 thumbprint as jwtmint.
//
// Usage: node verify_jose.js jose.jsonl
//
// Each manifest line:
//   {"name", "key": path of a JWK or a JWKS,
//    "token"?, "alg"?, "algorithms"?: [...] (default [alg]),
//    "public_only"?: true      import only the JWK's public members
//    "expect"?, "expect_header"?: {name: value}   exact values
//    "thumbprint"?: value      every key's RFC 7638 SHA-256 thumbprint; in a
//                              JWKS each kid must equal it too}
//
// jose is pinned to 5.x: jose 6 uses only the Web Crypto API, which has no
// secp256k1, so it cannot check ES256K.
//
// Prints `ok NAME` or `FAIL NAME: reason` per case, then `N passed, M failed`,
// and exits 1 if anything failed.
'use strict';

const fs = require('fs');
const util = require('util');
const jose = require('jose');

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

function publicPart(jwk) {
  const out = { ...jwk };
  for (const member of PRIVATE_MEMBERS) delete out[member];
  return out;
}

function checkSubset(what, expected, actual) {
  for (const [name, value] of Object.entries(expected || {})) {
    if (!util.isDeepStrictEqual(actual[name], value)) {
      throw new Error(`${what} ${name} is ${JSON.stringify(actual[name])}, expected ${JSON.stringify(value)}`);
    }
  }
}

async function runCase(c) {
  const doc = JSON.parse(fs.readFileSync(c.key, 'utf8'));
  if (c.thumbprint !== undefined) {
    const keys = doc.keys || [doc];
    if (keys.length === 0) throw new Error('no keys');
    for (const jwk of keys) {
      const thumbprint = await jose.calculateJwkThumbprint(jwk, 'sha256');
      if (thumbprint !== c.thumbprint) {
        throw new Error(`thumbprint is ${thumbprint}, jwtmint said ${c.thumbprint}`);
      }
      if (doc.keys && jwk.kid !== thumbprint) throw new Error(`kid ${jwk.kid} is not the thumbprint`);
      // The public members import as a key.
      await jose.importJWK(publicPart(jwk), jwk.alg || c.alg);
    }
  }
  if (c.token !== undefined) {
    let key;
    if (doc.keys) {
      key = jose.createLocalJWKSet({ keys: doc.keys.map(publicPart) });
    } else {
      key = await jose.importJWK(c.public_only ? publicPart(doc) : doc, c.alg);
    }
    const { payload, protectedHeader } = await jose.jwtVerify(c.token, key, {
      algorithms: c.algorithms || [c.alg],
    });
    if (protectedHeader.alg !== c.alg) {
      throw new Error(`header alg is ${protectedHeader.alg}, expected ${c.alg}`);
    }
    checkSubset('header', c.expect_header, protectedHeader);
    checkSubset('claim', c.expect, payload);
  }
}

async function main(argv) {
  if (argv.length !== 1) {
    console.error('usage: node verify_jose.js jose.jsonl');
    return 2;
  }
  const cases = fs.readFileSync(argv[0], 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
  let passed = 0;
  let failed = 0;
  for (const c of cases) {
    try {
      await runCase(c);
      passed += 1;
      console.log(`ok ${c.name}`);
    } catch (err) {
      failed += 1;
      console.log(`FAIL ${c.name}: ${String(err.message || err).replace(/\s+/g, ' ')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
