#!/usr/bin/env python
"""Lighthouse budget for the home page and the reference program page.

Builds a fresh SQLite database with ``seed_demo``, serves it with gunicorn and
production settings, runs npm's Lighthouse in Debian's Chromium on each page,
and fails when a category is under budget. Reports go to ``test-artifacts/``.

Usage: scripts/audit.py
Needs: ``npm ci`` (lighthouse) and Chromium (apt-get install chromium).
"""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
DATABASE = ROOT / "var" / "audit.sqlite3"

PAGES = {
    "home": "/en/",
    "program": "/en/programs/china-kazakhstan-lianyungang-2024/",
}
# The lowest score each category may have, as Lighthouse counts (0 to 1).
BUDGET = {
    "performance": 0.95,
    "accessibility": 1.0,
    "best-practices": 0.95,
    "seo": 0.95,
}
# Lighthouse now and then loses the trace of a page load (NO_NAVSTART); a
# retry settles it.
ATTEMPTS = 3


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepare(env: dict) -> None:
    DATABASE.parent.mkdir(exist_ok=True)
    DATABASE.unlink(missing_ok=True)
    for command in (
        ["migrate", "--no-input"],
        ["collectstatic", "--no-input"],
        ["seed_demo"],
    ):
        manage = [sys.executable, "manage.py", *command, "-v0"]
        subprocess.run(manage, cwd=ROOT, env=env, check=True)  # noqa: S603


@contextmanager
def serving(env: dict):
    """gunicorn with the given environment; yields its base URL."""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - fixed command
        [sys.executable, "-m", "gunicorn", "exchange_site.wsgi"]
        + ["--bind", f"127.0.0.1:{port}", "--workers", "2", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if server.poll() is not None:
                raise SystemExit(f"gunicorn exited with status {server.returncode}")
            try:
                urllib.request.urlopen(f"{base_url}/healthz", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit("gunicorn did not answer on /healthz")
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)


def lighthouse(url: str, name: str) -> dict:
    """Run Lighthouse on one page; return its JSON report."""
    output = ARTIFACTS / f"lighthouse-{name}"
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--chrome-flags=--headless --no-sandbox --disable-gpu",
        f"--only-categories={','.join(BUDGET)}",
        "--output=json",
        "--output=html",
        f"--output-path={output}",
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    for _attempt in range(ATTEMPTS):
        subprocess.run(command, env=env, check=False)  # noqa: S603 - fixed command
        report = json.loads(Path(f"{output}.report.json").read_text())
        if "runtimeError" not in report:
            return report
        print(f"  Lighthouse failed on {name}: {report['runtimeError']['message']}")
    raise SystemExit(f"Lighthouse could not audit {url}")


def shortfalls(report: dict) -> list[str]:
    """The categories under budget, each with the audits that cost it points."""
    lines = []
    for category, minimum in BUDGET.items():
        found = report["categories"][category]
        if found["score"] is not None and found["score"] >= minimum:
            continue
        lines.append(f"  {category}: {found['score']} (budget {minimum})")
        for ref in found["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                detail = audit.get("displayValue", "")
                lines.append(f"    - {audit['title']} {detail}".rstrip())
    return lines


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)
    missing = [str(p) for p in (LIGHTHOUSE, Path(CHROMIUM)) if not p.exists()]
    if missing:
        raise SystemExit(
            f"make audit needs {', '.join(missing)}: run npm ci and "
            "apt-get install chromium fonts-noto-cjk"
        )
    ARTIFACTS.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "exchange_site.settings.production",
        "DATABASE_URL": f"sqlite:///{DATABASE}",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DEBUG": "off",
        # Served over plain HTTP on the loopback: no redirect to HTTPS.
        "SECURE_SSL_REDIRECT": "off",
    }
    print("Preparing: migrate, collectstatic, seed_demo …")
    prepare(env)
    failures = []
    with serving(env) as base_url:
        for name, path in PAGES.items():
            report = lighthouse(base_url + path, name)
            scores = {c: report["categories"][c]["score"] for c in BUDGET}
            print(f"{name}: " + ", ".join(f"{c} {s}" for c, s in scores.items()))
            if lines := shortfalls(report):
                failures.append(f"{name} is under budget:\n" + "\n".join(lines))
    if failures:
        raise SystemExit("\n".join(failures))
    print("Lighthouse budget met on every page.")


if __name__ == "__main__":
    main()
