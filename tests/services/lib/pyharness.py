"""Shared by the Python checks under tests/services/ (google, firebase, snowflake, entra).

Runs jwtmint with a clean environment, decodes tokens, and collects named cases into
`ok NAME` / `FAIL NAME: why` / `skip NAME: why` lines and a closing `N passed, N failed`.

Environment: JWTMINT (absolute path of the binary) and ROOT (the repository), as
tests/services/run.sh exports them. JWTMINT_VENDOR_ONLY=1 runs every SDK-side step and feeds
the SDK's own token to the comparison code in place of jwtmint's; cases that only exercise
jwtmint (its refusals, warnings, output formats) are skipped. CHECK_IAT=UNIX_SECONDS fixes the
instant both sides use (default: the time the check starts, so real verifiers accept it).
"""

import base64
import json
import os
import re
import subprocess
import sys
import time
import traceback

ROOT = os.environ.get("ROOT")
JWTMINT = os.environ.get("JWTMINT")
VENDOR_ONLY = os.environ.get("JWTMINT_VENDOR_ONLY") == "1"
if not ROOT:
    sys.exit("ROOT must be set (run tests/services/run.sh)")
if not VENDOR_ONLY and not JWTMINT:
    sys.exit("JWTMINT must be set (or JWTMINT_VENDOR_ONLY=1)")

FIXTURES = os.path.join(ROOT, "tests", "fixtures", "services")
KEYS = os.path.join(ROOT, "tests", "fixtures", "keys")
NOW = int(os.environ.get("CHECK_IAT") or time.time())


class JwtmintSkipped(Exception):
    """Raised by jwtmint-only steps in vendor-only mode."""


def fixture(name):
    return os.path.join(FIXTURES, name)


def key(name):
    return os.path.join(KEYS, name)


def _one_line(s):
    return re.sub(r"\s+", " ", s).strip()[:300]


def run(args, env=None):
    """jwtmint ARGS with nothing inherited but PATH: HOME=/nonexistent, empty stdin."""
    if VENDOR_ONLY:
        raise JwtmintSkipped("vendor-only")
    full_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/nonexistent"}
    full_env.update(env or {})
    p = subprocess.run([JWTMINT] + list(args), env=full_env, input=b"",
                       capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def mint(args, env=None, sdk_token=None):
    """jwtmint's token for ARGS (exit 0, one compact JWS + newline). In vendor-only mode,
    return SDK_TOKEN instead (so the comparison code runs against the SDK's own token)."""
    if VENDOR_ONLY:
        if sdk_token is None:
            raise JwtmintSkipped("vendor-only")
        return sdk_token.decode() if isinstance(sdk_token, bytes) else sdk_token
    status, out, err = run(args, env)
    if status != 0:
        raise AssertionError(f"jwtmint {' '.join(args)} exited {status}: {_one_line(err)}")
    if not re.fullmatch(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n", out):
        raise AssertionError(f"jwtmint {' '.join(args)} printed no single compact token: {_one_line(out)}")
    return out.strip()


def mint_with_stderr(args, env=None):
    """(token, stderr) for a run that must succeed (used where a warning is expected)."""
    status, out, err = run(args, env)
    if status != 0:
        raise AssertionError(f"jwtmint {' '.join(args)} exited {status}: {_one_line(err)}")
    return out.strip(), err


def refuses(args, env=None, stderr_pattern=None):
    """A trap: non-zero exit, nothing on stdout, and (optionally) stderr matching a regex."""
    status, out, err = run(args, env)
    if status == 0:
        raise AssertionError(f"jwtmint {' '.join(args)} succeeded; it must refuse")
    if out != "":
        raise AssertionError(f"jwtmint {' '.join(args)} exited {status} but printed on stdout: {_one_line(out)}")
    if not err.strip():
        raise AssertionError(f"jwtmint {' '.join(args)} exited {status} with no message on stderr")
    # A refusal must come from the subcommand, not from a parser that lacks it or its flags
    # (every flag used in these checks is in the contract).
    if re.search(r"unrecognized subcommand|unexpected argument", err):
        raise AssertionError(f"refused for the wrong reason (unknown subcommand/flag): {_one_line(err)}")
    if stderr_pattern and not re.search(stderr_pattern, err, re.I):
        raise AssertionError(f"stderr does not match /{stderr_pattern}/: {_one_line(err)}")
    return err


def b64url_decode(seg):
    if not re.fullmatch(r"[A-Za-z0-9_-]*", seg):
        raise AssertionError(f"not unpadded base64url: {seg[:40]}")
    return base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4))


def decode(token):
    """(header, claims) of a compact JWS, each a dict (JSON objects, key order kept)."""
    if isinstance(token, bytes):
        token = token.decode()
    parts = token.split(".")
    if len(parts) != 3:
        raise AssertionError(f"not a compact JWS: {token[:60]}")
    return json.loads(b64url_decode(parts[0])), json.loads(b64url_decode(parts[1]))


def assert_equal(what, ours, theirs):
    if ours != theirs:
        raise AssertionError(f"{what} differs:\n      jwtmint: {json.dumps(ours, sort_keys=True)}\n"
                             f"      vendor:  {json.dumps(theirs, sort_keys=True)}")


def compare(ours_token, sdk_token, ignore_claims=(), ignore_header=()):
    """Decoded equality of header and claims (minus the ignored names). Returns both decodes."""
    oh, oc = decode(ours_token)
    sh, sc = decode(sdk_token)
    assert_equal("header", {k: v for k, v in oh.items() if k not in ignore_header},
                 {k: v for k, v in sh.items() if k not in ignore_header})
    assert_equal("claims", {k: v for k, v in oc.items() if k not in ignore_claims},
                 {k: v for k, v in sc.items() if k not in ignore_claims})
    return (oh, oc), (sh, sc)


_results = {"passed": 0, "failed": 0, "skipped": 0}


def case(name):
    """Decorator: run the function now as one named case."""
    def wrap(fn):
        try:
            fn()
        except JwtmintSkipped as e:
            _results["skipped"] += 1
            print(f"skip {name}: {e}")
        except Exception as e:  # noqa: BLE001 - every failure is reported the same way
            _results["failed"] += 1
            print(f"FAIL {name}: {e}")
            if os.environ.get("SERVICE_CHECK_VERBOSE") == "1":
                traceback.print_exc(file=sys.stdout)
        else:
            _results["passed"] += 1
            print(f"ok {name}")
        sys.stdout.flush()
        return fn
    return wrap


def finish():
    mode = " (vendor-only: jwtmint not run)" if VENDOR_ONLY else ""
    line = f"{_results['passed']} passed, {_results['failed']} failed"
    if _results["skipped"]:
        line += f", {_results['skipped']} skipped"
    print(f"# iat used: {NOW}{mode}")
    print(line)
    sys.exit(1 if _results["failed"] else 0)
