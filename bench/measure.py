"""Batch throughput and peak memory of jwtmint, for bench/compare.sh.

Usage: measure.py JWTMINT LINES_FILE LINES -- ARGS...
Prints one JSON object: seconds, tokens_per_second, peak_rss_mb, lines_out.
"""
import json
import resource
import subprocess
import sys
import time


def main():
    binary, lines_file, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    args = sys.argv[sys.argv.index("--") + 1:]
    lines_out = 0
    start = time.perf_counter()
    with open(lines_file, "rb") as source:
        proc = subprocess.Popen([binary, *args, "--batch", "-"], stdin=source,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for chunk in iter(lambda: proc.stdout.read(1 << 20), b""):
            lines_out += chunk.count(b"\n")
        stderr = proc.stderr.read()
        proc.wait()
    seconds = time.perf_counter() - start
    if proc.returncode != 0 or lines_out != count:
        sys.exit(f"jwtmint failed (exit {proc.returncode}, {lines_out} lines): {stderr[-500:]!r}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": round(seconds, 3), "tokens_per_second": round(count / seconds),
                      "peak_rss_mb": round(peak_kb / 1024, 1), "lines_out": lines_out}))


if __name__ == "__main__":
    main()
