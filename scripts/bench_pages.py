#!/usr/bin/env python
"""Benchmark the public pages on the simplest production set-up: no Redis.

The same pages, modes and participant steps as ``make bench`` (scripts/bench.py),
with gunicorn running one worker per core and no REDIS_URL, so that the
shared cache is Django's database cache in PostgreSQL, as on a single small
server without Redis, on a database filled by ``seed_demo --scale 200``.
Each figure is printed beside a hello-world view measured in the same run,
with the ratio between them.

Usage: scripts/bench_pages.py [--scale 200] [--duration 10] [--connections 16]
Needs: PostgreSQL at 127.0.0.1:5432 (user postgres), wrk (Debian package).
"""

import os

from bench import arguments, run

DATABASE = "caravan_bench_pages"


def main() -> None:
    args = arguments(__doc__.splitlines()[0], scale=200, workers=os.cpu_count() or 2)
    run(args, DATABASE, redis_url=None)


if __name__ == "__main__":
    main()
