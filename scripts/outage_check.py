#!/usr/bin/env python
"""Stop PostgreSQL under a running site, then start it again.

Serves a fresh database with gunicorn and production settings, checks that a
page answers 200, stops the local PostgreSQL cluster, checks that the page
answers the styled 503 (no traceback) and /healthz 503 naming the database,
starts the cluster again and checks that the same gunicorn serves 200 again
without a restart. PostgreSQL is always started again, whatever happens.

It stops the shared server for a few seconds: run it alone (CI runs it as the
last step). Usage: scripts/outage_check.py [--cluster main] [--port 5432]
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from benchlib import manage, production_environment, psql, serving

DATABASE = "caravan_outage_check"
PAGE = "/en/programs/"


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def postgres(action: str, cluster: str, port: int) -> None:
    version = next(Path("/etc/postgresql").iterdir()).name
    subprocess.run(  # noqa: S603 - fixed command
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, cluster, action]  # noqa: S607
        + (["-m", "fast"] if action == "stop" else []),
        check=True,
    )
    if action == "start":
        for _ in range(60):
            ready = subprocess.run(  # noqa: S603 - fixed command
                ["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(port)],  # noqa: S607
                check=False,
            )
            if ready.returncode == 0:
                return
            time.sleep(0.5)
        raise SystemExit("PostgreSQL did not come back")


def expect(condition: bool, message: str) -> None:
    print(("  ok   " if condition else "  FAIL ") + message)
    if not condition:
        raise SystemExit(f"outage check failed: {message}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cluster", default="main")
    parser.add_argument("--port", type=int, default=5432)
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)

    static_root = tempfile.mkdtemp(prefix="caravan-static-")
    env = production_environment(
        f"postgres://postgres@127.0.0.1:{args.port}/{DATABASE}",
        STATIC_ROOT=static_root,
        MEDIA_ROOT=tempfile.mkdtemp(prefix="caravan-media-"),
        # Give up on a connection quickly, so the outage is reported at once.
        DATABASE_POOL_TIMEOUT="1",
    )
    psql(f"DROP DATABASE IF EXISTS {DATABASE}", port=args.port)
    psql(f"CREATE DATABASE {DATABASE}", port=args.port)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    try:
        with serving(env, workers=2) as base_url:
            check_outage_and_recovery(base_url, args.cluster, args.port)
    finally:
        psql(f"DROP DATABASE IF EXISTS {DATABASE}", port=args.port)
    print("Outage check passed.")


def check_outage_and_recovery(base_url: str, cluster: str, port: int) -> None:
    status, _body = fetch(base_url + PAGE)
    expect(status == 200, f"{PAGE} answers 200 with the database up")

    print(f"Stopping PostgreSQL ({cluster}) …")
    stopped = time.monotonic()
    postgres("stop", cluster, port)
    try:
        status, body = fetch(base_url + PAGE)
        expect(status == 503, f"{PAGE} answers 503 with the database down")
        expect("Briefly unavailable" in body, "the 503 is the styled page")
        expect("Traceback" not in body, "the 503 shows no traceback")
        status, body = fetch(base_url + "/healthz")
        expect(status == 503, "/healthz answers 503")
        expect(json.loads(body)["database"] == "error", "/healthz names the database")
    finally:
        print("Starting PostgreSQL again …")
        postgres("start", cluster, port)
    print(f"  PostgreSQL was down for {time.monotonic() - stopped:.1f} s")

    deadline = time.monotonic() + 30
    while (status := fetch(base_url + PAGE)[0]) != 200 and time.monotonic() < deadline:
        time.sleep(0.5)
    expect(status == 200, f"{PAGE} answers 200 again, with no restart")
    status, _body = fetch(base_url + "/healthz")
    expect(status == 200, "/healthz answers 200 again")


if __name__ == "__main__":
    main()
