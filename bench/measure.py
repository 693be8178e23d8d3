"""Batch throughput and peak memory of jwtmint, for bench/compare.sh.

Usage: measure.py JWTMINT LINES_FILE LINES -- ARGS...
Prints one JSON object: seconds, tokens_per_second, cpu_seconds (user + system of jwtmint, all
threads), tokens_per_cpu_second (what a loaded machine still shows), peak_rss_mb, lines_out.
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
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
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
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(json.dumps({"seconds": round(seconds, 3), "tokens_per_second": round(count / seconds),
                      "cpu_seconds": round(cpu, 3), "tokens_per_cpu_second": round(count / cpu),
                      "peak_rss_mb": round(after.ru_maxrss / 1024, 1), "lines_out": lines_out}))


if __name__ == "__main__":
    main()
