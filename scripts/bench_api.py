#!/usr/bin/env python
"""Benchmark the JSON API: the program list and one program, cold and with a
warm ETag, beside hello world and the cold program page in the same run.

Starts gunicorn with production settings on a fresh PostgreSQL database filled
by ``seed_demo --scale N``, drives it with wrk from this machine's loopback,
and prints requests per second and latency with the ratio to hello world.

- "new address": a new query string per request (benchlib.MODES), so
  nothing is served from a kept address; both sides reuse what they drew for
  this content version and language, whatever the address: the program page
  its rendered parts (views/fragments.py), the API its JSON body
  (programs/api/endpoint.py keys it by the parameters it reads). What a new
  visitor costs between two edits.
- "after an edit": the content version moves before each request, so both
  draw everything from PostgreSQL each time (the worst case).
- "warm ETag": every request sends the ETag of the first answer in
  If-None-Match and gets a 304: what a polling partner site costs.

The API's rate limit is turned off (every request comes from 127.0.0.1).
The script fails when the API program's requests per second fall below half
the program page's, asked for the same way (new address, after an edit): the
bar issue 11 sets.

Usage: scripts/bench_api.py [--scale 200] [--duration 10] [--connections 16]
Needs: PostgreSQL at 127.0.0.1:5432 (user postgres), wrk (Debian package).
"""

import argparse
import os
import platform
import shutil
import time
import urllib.request

from benchlib import (
    POSTGRES,
    manage,
    page_table,
    production_environment,
    psql,
    serving,
    wrk,
)

DATABASE = "caravan_bench_api"
SLUG = "china-kazakhstan-lianyungang-2024"
PROGRAM_PAGE = f"/en/programs/{SLUG}/"
API_LIST = "/api/v1/programs/"
API_PROGRAM = f"/api/v1/programs/{SLUG}/"

# (label, path, benchlib mode, with the ETag)
TARGETS = [("hello world", "/bench/hello", "cached", False)]
for _mode in ("new address", "after an edit"):
    TARGETS += [
        (f"program page ({_mode})", PROGRAM_PAGE, _mode, False),
        (f"API program list ({_mode})", API_LIST, _mode, False),
        (f"API program ({_mode})", API_PROGRAM, _mode, False),
    ]
TARGETS += [
    ("API program list (warm ETag)", API_LIST, "cached", True),
    ("API program (warm ETag)", API_PROGRAM, "cached", True),
]
COMPARED = ("new address", "after an edit")


def prepare(env: dict, scale: int) -> None:
    psql(f"DROP DATABASE IF EXISTS {DATABASE}")
    psql(f"CREATE DATABASE {DATABASE}")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "seed_demo", "--scale", str(scale), "-v0")


def etag_of(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
        return response.headers["ETag"]


def main() -> None:
    print(f"Load average at the start: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=200)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")

    env = production_environment(
        f"{POSTGRES}/{DATABASE}", BENCHMARK_ENDPOINTS="on", API_RATE_LIMIT="0"
    )
    print(f"Preparing: migrate, collectstatic, seed_demo --scale {args.scale} …")
    started = time.monotonic()
    results = {}
    try:
        prepare(env, args.scale)
        print(f"  ready in {time.monotonic() - started:.1f} s")
        with serving(env, workers=args.workers) as base_url:
            for label, path, mode, with_etag in TARGETS:
                url = base_url + path
                headers = [f"If-None-Match: {etag_of(url)}"] if with_etag else []
                results[label] = wrk(
                    url, mode, args.duration, args.connections, headers=headers
                )
    finally:
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")

    print()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; gunicorn {args.workers} workers; "
        f"wrk {args.connections} connections, {args.duration} s each; "
        f"--scale {args.scale}"
    )
    print(page_table(list(results.items())))
    if any(figures["errors"] for figures in results.values()):
        raise SystemExit("Some requests failed; see the errors column.")
    too_slow = []
    for mode in COMPARED:
        page = results[f"program page ({mode})"]["rps"]
        program = results[f"API program ({mode})"]["rps"]
        print(f"API program / program page, {mode}: {program / page:.2f}")
        if program < page / 2:
            too_slow.append(mode)
    if too_slow:
        raise SystemExit(
            "The API's program is under half the program page's rate: "
            + ", ".join(too_slow)
        )


if __name__ == "__main__":
    main()
