// node jose: createRemoteJWKSet fetches serve's JWKS and verifies each token given as an
// argument. Usage: node verify_jose.mjs JWKS_URL TOKEN...
import { createRemoteJWKSet, jwtVerify } from "jose";

const [jwksUrl, ...tokens] = process.argv.slice(2);
const jwks = createRemoteJWKSet(new URL(jwksUrl));
let failed = 0;
for (const token of tokens) {
  try {
    const { payload, protectedHeader } = await jwtVerify(token, jwks);
    console.log(`jose: ok ${protectedHeader.alg} kid=${protectedHeader.kid} sub=${payload.sub}`);
  } catch (e) {
    console.log(`jose: refused (${e.code || e.name})`);
    failed++;
  }
}
process.exit(failed);
