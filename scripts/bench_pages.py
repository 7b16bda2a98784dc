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
import shutil
import time

from benchlib import (
    POSTGRES,
    manage,
    page_table,
    production_environment,
    psql,
    serving,
    wrk,
)

DATABASE = "caravan_bench_pages"
REFERENCE = "/en/programs/china-kazakhstan-lianyungang-2024/"

TARGETS = [
    ("hello world", "/bench/hello", False),
    ("home", "/en/", True),
    ("program list", "/en/programs/", True),
    ("program page", REFERENCE, True),
]


def prepare(env: dict, scale: int) -> None:
    psql(f"DROP DATABASE IF EXISTS {DATABASE}")
    psql(f"CREATE DATABASE {DATABASE}")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "seed_demo", "--scale", str(scale), "-v0")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=200)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")

    env = production_environment(f"{POSTGRES}/{DATABASE}", BENCHMARK_ENDPOINTS="on")
    print(f"Preparing: migrate, collectstatic, seed_demo --scale {args.scale} …")
    started = time.monotonic()
    try:
        prepare(env, args.scale)
        print(f"  ready in {time.monotonic() - started:.1f} s")
        results = []
        with serving(env, workers=args.workers) as base_url:
            for name, path, has_cold in TARGETS:
                for cold in (False, True) if has_cold else (False,):
                    label = name
                    if has_cold:
                        label += " (cold)" if cold else " (cached)"
                    figures = wrk(
                        base_url + path, cold, args.duration, args.connections
                    )
                    results.append((label, figures))
    finally:
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")

    print()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; gunicorn {args.workers} workers; "
        f"wrk {args.connections} connections, {args.duration} s each; "
        f"--scale {args.scale}"
    )
    print(page_table(results))
    if any(figures["errors"] for _label, figures in results):
        raise SystemExit("Some requests failed; see the errors column.")


if __name__ == "__main__":
    main()
