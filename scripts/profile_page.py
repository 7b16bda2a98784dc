"""Where a page's time goes, in process: the median of N requests after an
edit (the page drawn from PostgreSQL), the CPU time of this process alone
(which other work on the machine and PostgreSQL's own time disturb less), the
Python calls per request, and optionally a cProfile listing of the heaviest
functions.

    DJANGO_SETTINGS_MODULE=exchange_site.settings.production \\
    BENCHMARK_ENDPOINTS=on DATABASE_URL=... REDIS_URL=... SECRET_KEY=... \\
    python scripts/profile_page.py /kk/programs/china-kazakhstan-lianyungang-2024/

Run it against a database seeded with ``seed_demo --scale 100``, as
``make bench`` does. ``--mode new-address`` asks for a fresh query string
instead (the page's parts kept, the frame drawn).
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--requests", type=int, default=21)
    parser.add_argument("--mode", choices=("after-edit", "new-address"))
    parser.add_argument("--top", type=int, default=0, help="cProfile rows to print")
    parser.add_argument("--sort", default="cumulative")
    args = parser.parse_args()

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "exchange_site.settings.production")
    django.setup()
    from django.conf import settings
    from django.test import Client

    if not settings.BENCHMARK_ENDPOINTS:
        sys.exit("BENCHMARK_ENDPOINTS must be on: it installs the after-an-edit header")
    client = Client(HTTP_HOST="127.0.0.1")
    mode = args.mode or "after-edit"
    for path in args.paths:

        def ask(path=path):
            if mode == "after-edit":
                response = client.get(path, headers={"X-Benchmark-Edited": "1"})
            else:
                response = client.get(f"{path}?utm_source={uuid.uuid4().hex}")
            if response.status_code != 200:
                sys.exit(f"{path}: HTTP {response.status_code}")
            return response

        ask()  # imports, compiled templates, connections
        times, cpu_times = [], []
        for _ in range(args.requests):
            start, cpu_start = time.perf_counter(), time.process_time()
            ask()
            times.append((time.perf_counter() - start) * 1000)
            cpu_times.append((time.process_time() - cpu_start) * 1000)
        profile = cProfile.Profile()
        profile.enable()
        ask()
        profile.disable()
        stats = pstats.Stats(profile)
        print(
            f"{path} ({mode}): median {statistics.median(times):.1f} ms, "
            f"fastest {min(times):.1f} ms, this process's CPU "
            f"{statistics.median(cpu_times):.1f} ms, {stats.total_calls:,} calls"
        )
        if args.top:
            stats.sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
