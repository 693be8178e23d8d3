// The peer being compared: one token per process with node `jsonwebtoken`, the way vendor
// snippets do it. Usage: node mint.js ALG KEYFILE [PASSPHRASE_FILE]
const fs = require("fs");
const crypto = require("crypto");
const jwt = require("jsonwebtoken");

const [alg, keyFile, passFile] = process.argv.slice(2);
let key = fs.readFileSync(keyFile);
if (alg.startsWith("HS")) {
  key = key.toString("utf8").replace(/\r?\n$/, "");
} else if (passFile) {
  const passphrase = fs.readFileSync(passFile, "utf8").replace(/\r?\n$/, "");
  key = crypto.createPrivateKey({ key, passphrase });
}
process.stdout.write(jwt.sign({ sub: "joe" }, key, { algorithm: alg, expiresIn: "1h" }) + "\n");
