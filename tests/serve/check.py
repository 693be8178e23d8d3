"""`jwtmint serve` against real clients, every server started and stopped here, on loopback.

- PyJWT's PyJWKClient and node jose's createRemoteJWKSet verify tokens against serve's JWKS;
- an OpenBao dev server's JWT auth method logs in with serve's tokens, configured once with
  jwks_url and once with oidc_discovery_url, and refuses another key's token;
- headless Chromium loads a page from another loopback origin that POSTs to /token with
  credentials: it gets the token with --allow-origin, and is refused without;
- load: 2 000 requests from 50 concurrent clients, every token verified, memory flat, the
  latency percentiles written to bench/serve.txt.

Run by run.sh, which installs the pinned clients and sets JWTMINT and ROOT.
"""

import concurrent.futures
import http.client
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

import jwt
from jwt import PyJWKClient

JWTMINT = os.environ["JWTMINT"]
ROOT = os.environ["ROOT"]
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = os.path.join(ROOT, "tests", "fixtures", "keys")
RSA = os.path.join(KEYS, "rsa2048-pkcs1.pem")
EC = os.path.join(KEYS, "ec-p256-pkcs8.pem")
OTHER = os.path.join(KEYS, "rsa4096-pkcs1.pem")
VENV_BIN = os.path.join(HERE, ".venv", "bin")

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Serve:
    """`jwtmint serve ARGS --listen 127.0.0.1:PORT`; the URL is its first stdout line."""

    def __init__(self, *args, port=0):
        self.proc = subprocess.Popen(
            [JWTMINT, "serve", *args, "--listen", f"127.0.0.1:{port}"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={"PATH": os.environ["PATH"], "HOME": "/nonexistent"},
            text=True,
        )
        self.url = self.proc.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.proc.kill()
            raise SystemExit(f"serve did not start: {self.proc.stderr.read()}")
        self.host, self.port = self.url[len("http://"):].rsplit(":", 1)
        self.port = int(self.port)

    def token(self, headers=None):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        conn.request("POST", "/token", body=b"", headers=headers or {})
        response = conn.getresponse()
        body = response.read()
        conn.close()
        if response.status != 200:
            raise RuntimeError(f"/token answered {response.status}: {body[:200]!r}")
        return json.loads(body)["token"]

    def rss_kib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        self.proc.terminate()
        try:
            code = self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = None
        check(code == 0, f"serve exits 0 on SIGTERM (got {code})")


def cli(*args):
    return subprocess.run(
        [JWTMINT, *args], check=True, capture_output=True, text=True,
        env={"PATH": os.environ["PATH"], "HOME": "/nonexistent"},
    ).stdout.strip()


def check_pyjwt_and_jose():
    for key, alg in ((RSA, "RS256"), (EC, "ES256")):
        serve = Serve("sign", "--key", key, "--kid-thumbprint", "--sub", "joe", "--aud", "client",
                      "--expires-in", "5m", "--quiet")
        try:
            jwks_url = serve.url + "/.well-known/jwks.json"
            served = serve.token()
            from_cli = cli("sign", "--key", key, "--kid-thumbprint", "--sub", "cli", "--aud", "client",
                           "--expires-in", "5m")
            forged = cli("sign", "--key", OTHER, "--kid-thumbprint", "--sub", "eve", "--aud", "client",
                         "--expires-in", "5m")
            client = PyJWKClient(jwks_url)
            for name, token in (("served", served), ("CLI", from_cli)):
                signing = client.get_signing_key_from_jwt(token)
                claims = jwt.decode(token, signing.key, algorithms=[alg], audience="client")
                check(claims["sub"] in ("joe", "cli"), f"PyJWKClient verifies the {name} {alg} token")
            try:
                signing = client.get_signing_key_from_jwt(forged)
                jwt.decode(forged, signing.key, algorithms=["RS256"], audience="client")
                check(False, "PyJWKClient refuses another key's token")
            except jwt.exceptions.PyJWTError:
                check(True, "PyJWKClient refuses another key's token")
            node = subprocess.run(
                ["node", os.path.join(HERE, "verify_jose.mjs"), jwks_url, served, from_cli],
                capture_output=True, text=True, cwd=HERE,
            )
            check(node.returncode == 0, f"jose createRemoteJWKSet verifies the served and CLI {alg} tokens: {node.stdout.strip()} {node.stderr.strip()}")
            node = subprocess.run(
                ["node", os.path.join(HERE, "verify_jose.mjs"), jwks_url, forged],
                capture_output=True, text=True, cwd=HERE,
            )
            check(node.returncode == 1, f"jose refuses another key's token: {node.stdout.strip()}")
        finally:
            serve.stop()


def bao(env, *args, ok=True):
    result = subprocess.run([os.path.join(VENV_BIN, "bao"), *args], env=env, capture_output=True, text=True)
    if ok and result.returncode != 0:
        raise RuntimeError(f"bao {' '.join(args[:3])}: {result.stderr.strip()}")
    return result


def check_openbao():
    home = tempfile.mkdtemp(prefix="jwtmint-bao-")
    port = free_port()
    env = {"PATH": os.environ["PATH"], "HOME": home, "BAO_ADDR": f"http://127.0.0.1:{port}",
           "BAO_TOKEN": "root", "BAO_SKIP_VERIFY": ""}
    log = open(os.path.join(home, "server.log"), "w")
    server = subprocess.Popen(
        [os.path.join(VENV_BIN, "bao"), "server", "-dev", "-dev-root-token-id=root",
         f"-dev-listen-address=127.0.0.1:{port}", "-dev-no-store-token"],
        env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )
    serve_port = free_port()
    issuer = f"http://127.0.0.1:{serve_port}"
    serve = None
    try:
        for _ in range(100):
            if bao(env, "status", ok=False).returncode == 0:
                break
            time.sleep(0.2)
        else:
            raise RuntimeError("the OpenBao dev server did not start")
        serve = Serve("sign", "--key", RSA, "--kid-thumbprint", "--sub", "alice", "--aud", "openbao",
                      "--iss", issuer, "--issuer", issuer, "--expires-in", "5m", "--quiet", port=serve_port)
        bao(env, "auth", "enable", "jwt")
        bao(env, "write", "auth/jwt/config", f"jwks_url={issuer}/.well-known/jwks.json")
        bao(env, "auth", "enable", "-path=oidc", "jwt")
        bao(env, "write", "auth/oidc/config", f"oidc_discovery_url={issuer}", f"bound_issuer={issuer}")
        for mount in ("jwt", "oidc"):
            bao(env, "write", f"auth/{mount}/role/demo", "role_type=jwt", "user_claim=sub",
                "bound_audiences=openbao", "token_policies=default")
        tokens = {
            "/token": serve.token(),
            "the CLI": cli("sign", "--key", RSA, "--kid-thumbprint", "--sub", "alice", "--aud", "openbao",
                           "--iss", issuer, "--expires-in", "5m"),
        }
        forged = cli("sign", "--key", OTHER, "--kid-thumbprint", "--sub", "alice", "--aud", "openbao",
                     "--iss", issuer, "--expires-in", "5m")
        for mount, how in (("jwt", "jwks_url"), ("oidc", "oidc_discovery_url")):
            for source, token in tokens.items():
                result = bao(env, "write", "-format=json", f"auth/{mount}/login", "role=demo", f"jwt={token}", ok=False)
                name = ""
                if result.returncode == 0:
                    # Who OpenBao says logged in: the entity alias its user_claim (sub) made.
                    entity = json.loads(result.stdout)["auth"]["entity_id"]
                    found = bao(env, "read", "-format=json", f"identity/entity/id/{entity}")
                    name = ",".join(a["name"] for a in json.loads(found.stdout)["data"]["aliases"])
                check(result.returncode == 0 and "alice" in name,
                      f"OpenBao ({how}) logs in with a token from {source} ({name or result.stderr.strip()[-120:]})")
            result = bao(env, "write", f"auth/{mount}/login", "role=demo", f"jwt={forged}", ok=False)
            check(result.returncode != 0, f"OpenBao ({how}) refuses another key's token")
    finally:
        if serve:
            serve.stop()
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        shutil.rmtree(home, ignore_errors=True)


def chromium_binary():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def check_chromium():
    browser = chromium_binary()
    if not browser:
        check(False, "headless Chromium is installed (run.sh installs Debian's chromium)")
        return

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=HERE, **kwargs)

        def log_message(self, *args):
            pass

    pages = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=pages.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{pages.server_address[1]}"
    try:
        for allowed in (True, False):
            extra = ["--allow-origin", origin] if allowed else []
            serve = Serve("tinymce", "--key", RSA, "--sub", "joe", "--name", "Joe Doe", *extra)
            profile = tempfile.mkdtemp(prefix="jwtmint-chromium-")
            try:
                page = f"{origin}/page.html?token_url={serve.url}/token"
                dom = subprocess.run(
                    [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=10000",
                     "--dump-dom", page],
                    capture_output=True, text=True, timeout=120,
                ).stdout
            finally:
                serve.stop()
                shutil.rmtree(profile, ignore_errors=True)
            if allowed:
                token = dom.split("TOKEN ", 1)[1].split("<", 1)[0].strip() if "TOKEN " in dom else ""
                ok = False
                if token:
                    public = cli("public-key", "--key", RSA)
                    claims = jwt.decode(token, public, algorithms=["RS256"])
                    ok = claims["sub"] == "joe" and claims["name"] == "Joe Doe"
                check(ok, f"Chromium on {origin} gets a verified token through CORS with --allow-origin")
            else:
                out = dom.split('<pre id="out">', 1)[-1].split("</pre>", 1)[0]
                check(out.startswith("REFUSED"),
                      f"Chromium on {origin} is refused without --allow-origin ({out!r})")
    finally:
        pages.shutdown()


def check_load(requests=2000, clients=50):
    serve = Serve("sign", "--key", RSA, "--kid-thumbprint", "--sub", "load", "--expires-in", "5m", "--quiet")
    public = cli("public-key", "--key", RSA)

    def one(_):
        start = time.perf_counter()
        conn = http.client.HTTPConnection(serve.host, serve.port, timeout=30)
        try:
            conn.request("POST", "/token", body=b"", headers={"Content-Length": "0"})
            response = conn.getresponse()
            body = response.read()
        finally:
            conn.close()
        took = time.perf_counter() - start
        if response.status != 200:
            return took, False
        token = json.loads(body)["token"]
        claims = jwt.decode(token, public, algorithms=["RS256"])
        return took, claims["sub"] == "load"

    try:
        with concurrent.futures.ThreadPoolExecutor(clients) as pool:
            list(pool.map(one, range(200)))  # warm up: the runtime's threads and buffers
            rss_before = serve.rss_kib()
            results = list(pool.map(one, range(requests)))
            rss_after = serve.rss_kib()
            list(pool.map(one, range(requests)))
            rss_again = serve.rss_kib()
        valid = sum(1 for _, ok in results if ok)
        check(valid == requests, f"load: {valid}/{requests} answers from {clients} concurrent clients are valid tokens")
        times = sorted(t for t, _ in results)
        pct = lambda p: times[min(len(times) - 1, int(len(times) * p))] * 1000
        growth = rss_again - rss_before
        check(growth < 16 * 1024 and rss_again - rss_after < 4 * 1024,
              f"load: memory flat (RSS {rss_before} KiB before, {rss_after} after {requests}, {rss_again} after {2 * requests})")
        os.makedirs(os.path.join(ROOT, "bench"), exist_ok=True)
        profile = os.environ.get("JWTMINT_PROFILE_NAME", "?")
        with open(os.path.join(ROOT, "bench", "serve.txt"), "w") as f:
            f.write(
                f"jwtmint serve sign --key rsa2048 (RS256), {profile} build, {os.cpu_count()} cores\n"
                f"{requests} POST /token, {clients} concurrent clients (Python threads that also verify "
                f"each token), one connection per request, loopback; load average "
                f"{os.getloadavg()[0]:.1f} (a shared machine: latency is an upper bound)\n"
                f"all {valid} tokens verified with PyJWT\n"
                f"latency ms: p50 {pct(0.50):.1f}  p90 {pct(0.90):.1f}  p99 {pct(0.99):.1f}  max {times[-1] * 1000:.1f}\n"
                f"RSS KiB: {rss_before} after warm-up, {rss_after} after {requests}, {rss_again} after {2 * requests}\n"
            )
        print(open(os.path.join(ROOT, "bench", "serve.txt")).read(), end="")
    finally:
        serve.stop()


def main():
    only = sys.argv[1:] or ["jwks", "openbao", "chromium", "load"]
    for name, fn in (("jwks", check_pyjwt_and_jose), ("openbao", check_openbao),
                     ("chromium", check_chromium), ("load", check_load)):
        if name in only:
            print(f"== {name}", flush=True)
            try:
                fn()
            except Exception as e:  # a harness error is a failure, with its cause
                check(False, f"{name}: {type(e).__name__}: {e}")
    if failures:
        print(f"{len(failures)} serve check(s) failed", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
