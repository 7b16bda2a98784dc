#!/usr/bin/env python
"""Load benchmark: the public pages under gunicorn on PostgreSQL and Redis.

Builds a fresh PostgreSQL database with ``seed_demo --scale N``, serves it
with gunicorn (deploy/gunicorn.conf.py, production settings, Redis cache),
and drives each page with wrk from this machine's loopback. For each page it
prints requests per second, p50 and p99 latency, and the ratio to a
hello-world view measured in the same run just before it (which
cancels out the machine, and its drift during the run).

Each page is asked for four ways (benchlib.MODES): "cached" repeats one
address, served from the page cache after the first; "new address" adds a
fresh query string each time, so the page cache misses but the parts kept for
this content version are reused; "an edit a second" does the same while the
content changes every second, as when an editor keeps saving under a crowd;
"after an edit" moves the content version before every request, so nothing is
cached and every one is drawn from PostgreSQL (the worst case). The
registration form is never cached (it carries a CSRF token). Last, it
bulk-inserts participants with their registrations and times the program page
after an edit and after a registration with 1,000 and then 100,000
participants in the database, and
last the first visitor of the program page after real saves of the program:
first with no page warming, then with a ``db_worker`` drawing the pages the
save touched in the background (``programs/views/warming.py``).

Usage: scripts/bench.py [--scale 100] [--duration 10] [--connections 16]
Needs: PostgreSQL at 127.0.0.1:5432, Redis at 127.0.0.1:6379, wrk.
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta

import redis
from benchlib import (
    MODES,
    POSTGRES,
    ROOT,
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

# (label, path, mode): the pages, in the order of the table (benchlib.MODES).
# Hello world is measured again just before each page, and each page's ratio
# is to that one: this kind of machine's speed drifts within seconds (hello
# world gave 910 to 1,520 requests/s within one run on 4 December, and a pure
# Python loop varies by a quarter on an idle machine), and one figure at the
# start would put that drift into every ratio.
HELLO = ("hello world", "/bench/hello", "cached")
TARGETS = []
for _page, _path in (
    ("home", "/en/"),
    ("program list", "/en/programs/"),
    ("program page", PROGRAM_PAGE),
):
    for _mode in MODES:
        TARGETS += [HELLO, (f"{_page} ({_mode})", _path, _mode)]
TARGETS += [
    HELLO,
    ("registration form (GET)", f"/en/programs/{REFERENCE}/apply/", "cached"),
]
PARTICIPANT_STEPS = (1_000, 100_000)
# The first visitor after an editor's save, with and without the pages warmed
# in the background (programs/views/warming.py): saves of each kind.
SAVES = 11
SAVED_PAGE = f"/kk/programs/{REFERENCE}/"


def prepare(env: dict, database: str, scale: int) -> None:
    psql(f"DROP DATABASE IF EXISTS {database}")
    psql(f"CREATE DATABASE {database}")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    # No warming job for the seed's hundred programs: the save steps' worker
    # would start with that backlog.
    manage({**env, "PAGE_WARMING": "off"}, "seed_demo", "--scale", str(scale), "-v0")
    setup_django(env)
    from django.utils import timezone

    from programs.models import Program

    # The form page is only a form while applications are open.
    Program.objects.filter(slug=REFERENCE).update(
        applications_open_at=timezone.now() - timedelta(days=1),
        applications_close_at=timezone.now() + timedelta(days=30),
        capacity=None,
    )
    # A site in use has had its tables analysed (as add_participants says);
    # straight after the seed, PostgreSQL would plan with empty statistics,
    # or autovacuum would analyse them in the middle of a timing.
    psql("VACUUM ANALYZE", database=database)


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
    # A site that grew to this size has had its tables vacuumed and analysed
    # long since; without it, autovacuum would run during the timing.
    from django.db import connection

    with connection.cursor() as cursor:
        for table in (Participant._meta.db_table, Registration._meta.db_table):
            cursor.execute(f"VACUUM ANALYZE {table}")
    return Registration.objects.filter(program__slug=REFERENCE).count()


def run_pages(base_url: str, duration: int, connections: int) -> list:
    results = []
    for label, path, mode in TARGETS:
        results.append((label, wrk(base_url + path, mode, duration, connections)))
        figures = results[-1][1]
        print(f"  {label}: {figures['rps']:.0f} requests/s, {figures['errors']} errors")
    return results


def time_page(url: str, step: str, edit: str, requests: int = 31) -> dict:
    """Milliseconds for one request at a time, each right after an edit (so
    drawn from PostgreSQL with nothing cached; with ``edit`` "people", after
    a registration, so the participant list is sorted again too): median and
    slowest."""
    times = []
    for number in range(requests):
        started = time.perf_counter()
        fresh = urllib.request.Request(  # noqa: S310 - our own server
            f"{url}?participants={step}-{number}",
            headers={"X-Benchmark-Edited": edit},
        )
        with urllib.request.urlopen(fresh, timeout=120) as page:  # noqa: S310
            size = len(page.read())
        times.append((time.perf_counter() - started) * 1000)
    return {"p50": statistics.median(times), "max": max(times), "kb": size / 1024}


# How the page is asked for at each size: after an editor's save (the
# participant list kept), and after a registration (sorted again).
STEP_EDITS = (("after an edit", "1"), ("after a registration", "people"))


def run_participant_steps(base_url: str) -> list:
    """The cold program page, one request at a time, at each database size,
    after an edit and after a registration."""
    rows = []
    for total in PARTICIPANT_STEPS:
        started = time.monotonic()
        on_page = add_participants(total)
        print(f"  {total:,} participants ({time.monotonic() - started:.0f} s to add)")
        timed = {
            label: time_page(f"{base_url}{PROGRAM_PAGE}", f"{total}-{edit}", edit)
            for label, edit in STEP_EDITS
        }
        rows.append((total, on_page, timed))
    return rows


def first_visitor_after_saves(base_url: str, warm: bool) -> dict:
    """Milliseconds for the first visitor of the program page (in Kazakh)
    after each of ``SAVES`` real saves of the program, and with ``warm``, how
    long the background worker took from the save to the pages drawn."""
    from django.conf import settings
    from django_tasks_db.models import DBTaskResult

    from programs.models import Program

    settings.PAGE_WARMING = warm
    program = Program.objects.get(slug=REFERENCE)
    firsts, warmed = [], []
    for _ in range(SAVES):
        saved = time.perf_counter()
        program.save()
        if warm:
            deadline = time.monotonic() + 60
            while DBTaskResult.objects.exclude(status__in=FINISHED).exists():
                if time.monotonic() > deadline:
                    raise SystemExit("The warming job did not finish in 60 s")
                time.sleep(0.01)
            warmed.append((time.perf_counter() - saved) * 1000)
        started = time.perf_counter()
        with urllib.request.urlopen(base_url + SAVED_PAGE, timeout=120) as page:  # noqa: S310
            page.read()
        firsts.append((time.perf_counter() - started) * 1000)
    return {
        "p50": statistics.median(firsts),
        "max": max(firsts),
        "warmed": statistics.median(warmed) if warmed else None,
    }


FINISHED = ("SUCCESSFUL", "FAILED")


def run_save_steps(base_url: str, env: dict) -> dict:
    """The first visitor after a save, without warming and then with a
    background worker warming the pages."""
    cold = first_visitor_after_saves(base_url, warm=False)
    print(f"  after a save, not warmed: first visitor {cold['p50']:.0f} ms")
    worker = subprocess.Popen(  # noqa: S603 - fixed command
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay"],
        cwd=ROOT,
        env={**env, "SITE_URL": base_url, "LOG_LEVEL": "WARNING"},
        stdout=subprocess.DEVNULL,
    )
    try:
        warm = first_visitor_after_saves(base_url, warm=True)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    print(
        f"  after a save, warmed: pages drawn {warm['warmed']:.0f} ms after the "
        f"save, first visitor {warm['p50']:.0f} ms"
    )
    return {"cold": cold, "warm": warm}


def print_report(
    args, cache_kind: str, results: list, steps: list, saves: dict
) -> None:
    print()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Linux "
        f"{platform.release()}, Python {platform.python_version()}; gunicorn "
        f"{args.workers} sync workers; cache in {cache_kind}; PostgreSQL on the "
        "same machine; "
        f"wrk {args.connections} connections, {args.duration} s per page; "
        f"seed_demo --scale {args.scale}"
    )
    print()
    print(page_table(results))
    print()
    print(
        "| participants in the database | registered for this program "
        "| program page | median ms | slowest ms | page size KiB |"
    )
    print("|---:|---:|---|---:|---:|---:|")
    for total, on_page, timed in steps:
        for label, figures in timed.items():
            print(
                f"| {total:,} | {on_page:,} | {label} | {figures['p50']:.0f} | "
                f"{figures['max']:.0f} | {figures['kb']:.0f} |"
            )
    (small, _n, low), (large, _m, high) = steps[0], steps[-1]
    print()
    for label, _edit in STEP_EDITS:
        slow, fast = high[label]["p50"], low[label]["p50"]
        print(
            f"Program page {label} at {large:,} participants / at {small:,}: "
            f"{slow / fast:.2f}x (median {slow:.0f} ms / {fast:.0f} ms)"
        )
    cold, warm = saves["cold"], saves["warm"]
    print()
    print(
        f"| first visitor of {SAVED_PAGE} after a save ({SAVES} saves) "
        "| median ms | slowest ms | pages drawn after the save, median ms |"
    )
    print("|---|---:|---:|---:|")
    print(f"| not warmed | {cold['p50']:.1f} | {cold['max']:.1f} | |")
    print(
        f"| warmed by the worker | {warm['p50']:.1f} | {warm['max']:.1f} "
        f"| {warm['warmed']:.0f} |"
    )
    print(
        f"First visitor after a save, not warmed / warmed: "
        f"{cold['p50'] / warm['p50']:.1f}x"
    )


def arguments(description: str, scale: int, workers: int) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--scale", type=int, default=scale)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=workers)
    return parser.parse_args()


def run(args, database: str, redis_url: str | None) -> None:
    """Every page in every mode, then the participant steps, against gunicorn
    on a fresh ``database``; the shared cache is Redis at ``redis_url``, or
    Django's database cache in PostgreSQL (what production uses without
    Redis) when it is None."""
    sys.stdout.reconfigure(line_buffering=True)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    print(f"Load average at the start: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    extra = {"REDIS_URL": redis_url} if redis_url else {}
    env = production_environment(
        f"{POSTGRES}/{database}", BENCHMARK_ENDPOINTS="on", **extra
    )
    cache = redis.Redis.from_url(redis_url) if redis_url else None
    if cache:
        cache.flushdb()
    print(f"Preparing: migrate, collectstatic, seed_demo --scale {args.scale} …")
    started = time.monotonic()
    try:
        prepare(env, database, args.scale)
        print(f"  ready in {time.monotonic() - started:.0f} s")
        with serving(env, workers=args.workers) as base_url:
            results = run_pages(base_url, args.duration, args.connections)
            steps = run_participant_steps(base_url)
            saves = run_save_steps(base_url, env)
    finally:
        if cache:
            cache.flushdb()
        # FORCE: this process's own connection pool still holds a connection.
        psql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    cache_kind = "Redis" if redis_url else "PostgreSQL (the database cache)"
    print_report(args, cache_kind, results, steps, saves)
    if any(figures["errors"] for _label, figures in results):
        raise SystemExit("Some requests failed; see the errors column.")


def main() -> None:
    cores = os.cpu_count() or 1
    args = arguments(__doc__.splitlines()[0], scale=100, workers=2 * cores + 1)
    run(args, DATABASE, REDIS_URL)


if __name__ == "__main__":
    main()
