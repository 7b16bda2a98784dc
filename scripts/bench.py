#!/usr/bin/env python
"""Load benchmark: the public pages under gunicorn on PostgreSQL and Redis.

Builds a fresh PostgreSQL database with ``seed_demo --scale N``, serves it
with gunicorn (deploy/gunicorn.conf.py, production settings, Redis cache),
and drives each page with wrk from this machine's loopback. For each page it
prints requests per second, p50 and p99 latency, and the ratio to a
hello-world view measured in the same run (which cancels out the machine).

"Cached" requests repeat one address and come from the page cache after the
first; "cold" ones add a fresh query string each time, so each one renders
from the database. The registration form is never cached (it carries a CSRF
token). Last, it bulk-inserts participants with their registrations and times
the cold program page with 1,000 and then 100,000 participants in the database.

Usage: scripts/bench.py [--scale 100] [--duration 10] [--connections 16]
Needs: PostgreSQL at 127.0.0.1:5432, Redis at 127.0.0.1:6379, wrk.
"""

import argparse
import os
import platform
import shutil
import statistics
import sys
import time
import urllib.request
from datetime import timedelta

import redis
from benchlib import (
    POSTGRES,
    manage,
    page_table,
    production_environment,
    psql,
    serving,
    wrk,
)

DATABASE = "caravan_bench"
REDIS_URL = "redis://127.0.0.1:6379/13"
REFERENCE = "china-kazakhstan-lianyungang-2024"
PROGRAM_PAGE = f"/en/programs/{REFERENCE}/"

# (label, path, cold): the pages, in the order of the table.
TARGETS = [
    ("hello world", "/bench/hello", False),
    ("home (cached)", "/en/", False),
    ("home (cold)", "/en/", True),
    ("program list (cached)", "/en/programs/", False),
    ("program list (cold)", "/en/programs/", True),
    ("program page (cached)", PROGRAM_PAGE, False),
    ("program page (cold)", PROGRAM_PAGE, True),
    ("registration form (GET)", f"/en/programs/{REFERENCE}/apply/", False),
]
PARTICIPANT_STEPS = (1_000, 100_000)


def prepare(env: dict, scale: int) -> None:
    psql(f"DROP DATABASE IF EXISTS {DATABASE}")
    psql(f"CREATE DATABASE {DATABASE}")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "seed_demo", "--scale", str(scale), "-v0")
    setup_django(env)
    from django.utils import timezone

    from programs.models import Program

    # The form page is only a form while applications are open.
    Program.objects.filter(slug=REFERENCE).update(
        applications_open_at=timezone.now() - timedelta(days=1),
        applications_close_at=timezone.now() + timedelta(days=30),
        capacity=None,
    )


def setup_django(env: dict) -> None:
    """Use the benchmark's database from this process too (for bulk inserts)."""
    import django

    os.environ.update(env)
    django.setup()


def add_participants(total: int) -> int:
    """Bring the database to ``total`` synthetic participants, each with one
    confirmed registration, spread over every program in turn; a third consent
    to be listed. Returns how many the reference program has."""
    from django.db import transaction
    from django.utils import timezone

    from programs.models import Participant, Program, Registration
    from programs.services.page_cache import content_changed

    programs = list(Program.objects.order_by("pk"))
    existing = Participant.objects.filter(email__startswith="bench-").count()
    now = timezone.now()
    batch = 5_000
    for start in range(existing, total, batch):
        numbers = range(start, min(start + batch, total))
        with transaction.atomic():
            people = Participant.objects.bulk_create(
                Participant(
                    given_name=f"Bench {n}",
                    family_name="Participant",
                    email=f"bench-{n}@example.invalid",
                    category=Participant.Category.OTHER,
                    public_listing_consent=n % 3 == 0,
                    consent_given_at=now if n % 3 == 0 else None,
                    is_demo=True,
                )
                for n in numbers
            )
            Registration.objects.bulk_create(
                Registration(
                    participant=person,
                    program=programs[n % len(programs)],
                    status=Registration.Status.CONFIRMED,
                    confirmed_at=now,
                )
                for n, person in zip(numbers, people, strict=True)
            )
    # bulk_create sends no signals: say that the content changed, as a save would.
    content_changed()
    return Registration.objects.filter(program__slug=REFERENCE).count()


def run_pages(base_url: str, duration: int, connections: int) -> list:
    results = []
    for label, path, cold in TARGETS:
        results.append((label, wrk(base_url + path, cold, duration, connections)))
        figures = results[-1][1]
        print(f"  {label}: {figures['rps']:.0f} requests/s, {figures['errors']} errors")
    return results


def time_page(url: str, step: int, requests: int = 15) -> dict:
    """Milliseconds for one cold request at a time: median and slowest."""
    times = []
    for number in range(requests):
        started = time.perf_counter()
        cold = f"{url}?participants={step}-{number}"
        with urllib.request.urlopen(cold, timeout=120) as page:  # noqa: S310
            size = len(page.read())
        times.append((time.perf_counter() - started) * 1000)
    return {"p50": statistics.median(times), "max": max(times), "kb": size / 1024}


def run_participant_steps(base_url: str) -> list:
    """The cold program page, one request at a time, at each database size."""
    rows = []
    for total in PARTICIPANT_STEPS:
        started = time.monotonic()
        on_page = add_participants(total)
        print(f"  {total:,} participants ({time.monotonic() - started:.0f} s to add)")
        rows.append((total, on_page, time_page(f"{base_url}{PROGRAM_PAGE}", total)))
    return rows


def print_report(args, results: list, steps: list) -> None:
    print()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Linux "
        f"{platform.release()}, Python {platform.python_version()}; gunicorn "
        f"{args.workers} sync workers; PostgreSQL and Redis on the same machine; "
        f"wrk {args.connections} connections, {args.duration} s per page; "
        f"seed_demo --scale {args.scale}"
    )
    print()
    print(page_table(results))
    print()
    print(
        "| participants in the database | registered for this program "
        "| median ms | slowest ms | page size KiB |"
    )
    print("|---:|---:|---:|---:|---:|")
    for total, on_page, figures in steps:
        print(
            f"| {total:,} | {on_page:,} | {figures['p50']:.0f} | "
            f"{figures['max']:.0f} | {figures['kb']:.0f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")

    env = production_environment(
        f"{POSTGRES}/{DATABASE}", REDIS_URL=REDIS_URL, BENCHMARK_ENDPOINTS="on"
    )
    cache = redis.Redis.from_url(REDIS_URL)
    cache.flushdb()
    print(f"Preparing: migrate, collectstatic, seed_demo --scale {args.scale} …")
    started = time.monotonic()
    try:
        prepare(env, args.scale)
        print(f"  ready in {time.monotonic() - started:.0f} s")
        with serving(env, workers=args.workers) as base_url:
            results = run_pages(base_url, args.duration, args.connections)
            steps = run_participant_steps(base_url)
    finally:
        cache.flushdb()
        # FORCE: this process's own connection pool still holds a connection.
        psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    print_report(args, results, steps)
    if any(figures["errors"] for _label, figures in results):
        raise SystemExit("Some requests failed; see the errors column.")


if __name__ == "__main__":
    main()
