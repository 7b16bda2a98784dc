#!/usr/bin/env python
"""Benchmark the public pages: requests per second, cold and cached.

Starts gunicorn with production settings on a fresh PostgreSQL database filled
by ``seed_demo --scale N``, drives it with wrk from this machine's loopback,
and prints each page's throughput and latency beside a hello-world view
measured in the same run, with the ratio between them.

"Cached" requests repeat one address, so after the first they come from the
page cache. "Cold" requests add a new query string each time, so every one
misses the cache and renders the page from the database.

Usage: scripts/bench_pages.py [--scale 200] [--duration 10] [--connections 16]
Needs: PostgreSQL at 127.0.0.1:5432 (user postgres), wrk (Debian package).
"""

import argparse
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT = free_port()
DATABASE = "caravan_bench_pages"
REFERENCE = "/en/programs/china-kazakhstan-lianyungang-2024/"

TARGETS = [
    ("hello world", "/bench/hello", False),
    ("home", "/en/", True),
    ("program list", "/en/programs/", True),
    ("program page", REFERENCE, True),
]

# wrk's Lua hook: a fresh query string per request defeats the page cache.
COLD_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?cold=" .. counter)
end
"""


def run(command: list[str], env: dict, **kwargs) -> None:
    subprocess.run(command, cwd=ROOT, env=env, check=True, **kwargs)  # noqa: S603


def psql(sql: str) -> None:
    subprocess.run(  # noqa: S603
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql],  # noqa: S607
        check=True,
    )


def prepare(env: dict, scale: int) -> None:
    psql(f"DROP DATABASE IF EXISTS {DATABASE}")
    psql(f"CREATE DATABASE {DATABASE}")
    manage = [PYTHON, "manage.py"]
    run([*manage, "migrate", "--no-input", "-v0"], env)
    run([*manage, "collectstatic", "--no-input", "-v0"], env)
    run([*manage, "seed_demo", "--scale", str(scale), "-v0"], env)


def start_gunicorn(env: dict, workers: int) -> subprocess.Popen:
    server = subprocess.Popen(  # noqa: S603
        [
            PYTHON,
            "-m",
            "gunicorn",
            "exchange_site.wsgi",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with status {server.returncode}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("gunicorn did not answer on /healthz")


def wrk(path: str, cold: bool, duration: int, connections: int) -> dict:
    command = [
        "wrk",
        "--latency",
        "-t2",
        f"-c{connections}",
        f"-d{duration}s",
        f"http://127.0.0.1:{PORT}{path}",
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(COLD_SCRIPT)
    if cold:
        command[1:1] = ["-s", script.name]
    output = subprocess.run(  # noqa: S603
        command, capture_output=True, text=True, check=True
    ).stdout
    os.unlink(script.name)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _latency(output, "50%"),
        "p99": _latency(output, "99%"),
        "errors": int(errors.group(1)) if errors else 0,
    }


def _latency(output: str, percentile: str) -> float:
    """A latency percentile from wrk's distribution, in milliseconds."""
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", output).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=200)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "exchange_site.settings.production",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        "SECRET_KEY": "benchmark-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "BENCHMARK_ENDPOINTS": "on",
        "DEBUG": "off",
    }
    print(f"Preparing: migrate, collectstatic, seed_demo --scale {args.scale} …")
    started = time.monotonic()
    prepare(env, args.scale)
    print(f"  ready in {time.monotonic() - started:.1f} s")
    server = start_gunicorn(env, args.workers)
    try:
        results = []
        for name, path, has_cold in TARGETS:
            for cold in (False, True) if has_cold else (False,):
                label = f"{name} ({'cold' if cold else 'cached'})" if has_cold else name
                results.append(
                    (label, wrk(path, cold, args.duration, args.connections))
                )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")

    baseline = results[0][1]["rps"]
    print()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; gunicorn {args.workers} workers; "
        f"wrk {args.connections} connections, {args.duration} s each; "
        f"--scale {args.scale}"
    )
    print("| page | requests/s | p50 ms | p99 ms | errors | ratio to hello world |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, figures in results:
        print(
            f"| {label} | {figures['rps']:.0f} | {figures['p50']:.1f} | "
            f"{figures['p99']:.1f} | {figures['errors']} | "
            f"{figures['rps'] / baseline:.2f} |"
        )
    if any(figures["errors"] for _label, figures in results):
        raise SystemExit("Some requests failed; see the errors column.")


if __name__ == "__main__":
    main()
