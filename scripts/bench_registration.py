#!/usr/bin/env python
"""Benchmark registration: many clients applying at once to one program.

Starts gunicorn with production settings on a fresh PostgreSQL database,
creates one program with ``--capacity`` seats, and has ``--clients``
concurrent clients send ``--applications`` verified applications to it, each
from a new address. Prints confirmed registrations per minute, latency
percentiles, and the overbooking count read back from the database, which
must be 0; the waitlist must hold positions 1..N without gap or twin.

The applications go to a benchmark-only endpoint (mounted only with
``BENCHMARK_ENDPOINTS``) that calls ``apply_for_program`` as a verified
application, the step that locks the program and takes a seat. The public
form adds a CSRF round trip, a per-IP rate limit that would stop one load
generator, and a verification click; none of that touches the seat count.

Usage: scripts/bench_registration.py [--applications 3000] [--capacity 2500]
       [--clients 32] [--workers 4]
Needs: PostgreSQL at 127.0.0.1:5432 (user postgres).
"""

import argparse
import json
import os
import platform
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import psycopg
from benchlib import POSTGRES, free_port, manage, production_environment, psql, serving

DATABASE = "caravan_bench_registration"
SLUG = "bench-registration"
PORT = free_port()

CREATE_PROGRAM = """
from django.utils import timezone
from programs.models import City, Program
city = City.objects.create(
    slug="bench-city", name="Bench City", country="KZ", latitude=43.2, longitude=76.9
)
Program.objects.create(
    slug="{slug}", title="Registration benchmark (synthetic)", organising_city=city,
    capacity={capacity}, live=True, is_demo=True, applications_open_at=timezone.now(),
)
"""

# Read back from the database itself, not from the answers the clients got.
TALLY = """
SELECT count(*) FILTER (WHERE status = 'confirmed'),
       count(*) FILTER (WHERE status = 'waitlisted'),
       count(DISTINCT waitlist_position) FILTER (WHERE status = 'waitlisted'),
       coalesce(max(waitlist_position) FILTER (WHERE status = 'waitlisted'), 0),
       (SELECT capacity FROM programs_program WHERE slug = 'bench-registration')
FROM programs_registration
WHERE program_id = (SELECT id FROM programs_program WHERE slug = 'bench-registration')
"""


def percentile(sorted_values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``sorted_values`` fall."""
    index = min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))
    return sorted_values[index]


def tally() -> tuple[int, ...]:
    with psycopg.connect(f"{POSTGRES}/{DATABASE}") as connection:
        return connection.execute(TALLY).fetchone()


def apply_once(number: int) -> dict:
    """Send application ``number``; return its timing and outcome."""
    body = urllib.parse.urlencode(
        {"given_name": f"Bench {number}", "email": f"bench{number}@example.org"}
    ).encode()
    started = time.monotonic()
    try:
        with urllib.request.urlopen(  # noqa: S310 - our own loopback server
            f"http://127.0.0.1:{PORT}/bench/apply/{SLUG}", data=body, timeout=60
        ) as response:
            outcome = json.load(response)["status"]
    except (urllib.error.URLError, OSError, ValueError) as error:
        outcome = f"error: {error}"
    return {"started": started, "ended": time.monotonic(), "outcome": outcome}


def rush(applications: int, clients: int) -> list[dict]:
    """``clients`` threads share out ``applications`` numbered applications."""
    numbers = iter(range(1, applications + 1))
    take = threading.Lock()
    results = []

    def client():
        while True:
            with take:
                number = next(numbers, None)
            if number is None:
                return
            results.append(apply_once(number))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def report(results: list[dict], args) -> int:
    """Print the figures; return the number of problems found."""
    start = min(r["started"] for r in results)
    elapsed = max(r["ended"] for r in results) - start
    confirmed_answers = [r for r in results if r["outcome"] == "confirmed"]
    filled = max((r["ended"] for r in confirmed_answers), default=start) - start
    errors = [r for r in results if r["outcome"].startswith("error")]
    latencies = sorted((r["ended"] - r["started"]) * 1000 for r in results)
    confirmed, waitlisted, positions, highest, capacity = tally()
    overbooked = max(confirmed - capacity, 0)
    waitlist_sound = positions == waitlisted == highest

    print()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; gunicorn {args.workers} workers; "
        f"{args.clients} concurrent clients; {args.applications} applications, "
        f"capacity {capacity}"
    )
    print("| figure | value |")
    print("|---|---:|")
    rows = [
        ("confirmed registrations per minute", len(confirmed_answers) / filled * 60),
        ("applications per minute", len(results) / elapsed * 60),
        ("time to fill every seat (s)", filled),
        ("total time (s)", elapsed),
        ("latency p50 (ms)", percentile(latencies, 0.50)),
        ("latency p95 (ms)", percentile(latencies, 0.95)),
        ("confirmed / waitlisted in the database", f"{confirmed} / {waitlisted}"),
        ("overbooking (confirmed beyond capacity)", overbooked),
        ("waitlist positions 1..N, no gap or twin", "yes" if waitlist_sound else "NO"),
        ("errors", len(errors)),
    ]
    for label, value in rows:
        shown = f"{value:,.1f}" if isinstance(value, float) else value
        print(f"| {label} | {shown} |")
    for failure in errors[:5]:
        print("  ", failure["outcome"])
    return overbooked + len(errors) + (not waitlist_sound)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=3000)
    parser.add_argument("--capacity", type=int, default=2500)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 2))
    args = parser.parse_args()

    env = production_environment(f"{POSTGRES}/{DATABASE}", BENCHMARK_ENDPOINTS="on")
    print("Preparing: a fresh database, migrations, one program …")
    psql(f"DROP DATABASE IF EXISTS {DATABASE}")
    psql(f"CREATE DATABASE {DATABASE}")
    try:
        # The database cache's table first: saves during migrate already use it.
        manage(env, "createcachetable")
        manage(env, "migrate", "--no-input", "-v0")
        manage(
            env, "shell", "-c", CREATE_PROGRAM.format(slug=SLUG, capacity=args.capacity)
        )
        with serving(env, workers=args.workers, port=PORT):
            print(f"Sending {args.applications} applications …")
            results = rush(args.applications, args.clients)
        problems = report(results, args)
    finally:
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")
    if problems:
        raise SystemExit("Overbooked, broken waitlist or failed requests: see above.")


if __name__ == "__main__":
    main()
