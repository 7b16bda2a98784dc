"""What the benchmark scripts and the production tests share: a throwaway
PostgreSQL database, gunicorn with production settings, and wrk's figures.

Importable as ``scripts.benchlib`` from the project folder (the tests do) and
as ``benchlib`` from the scripts beside it.
"""

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN_CONFIG = ROOT / "deploy" / "gunicorn.conf.py"
POSTGRES = "postgres://postgres@127.0.0.1:5432"

# How wrk asks for a page (its Lua hook per mode):
# - "cached": the same address each time, from the page cache after the first;
# - "new address": a fresh query string each time (a shared link's utm_source,
#   fbclid), so the page cache misses; the parts kept for this content version
#   are reused (programs/views/fragments.py);
# - "after an edit": a fresh query string and X-Benchmark-Edited, so the content
#   version moves before each request (programs/views/benchmark.py): nothing is
#   in the cache, and every request draws the page from PostgreSQL, as the first
#   visitors after an editor's save do (the worst case: an edit per request);
# - "an edit a second": fresh addresses, with an edit each second (per wrk
#   thread): a crowd on a page an editor keeps saving, as on launch day.
MODES = ("cached", "new address", "an edit a second", "after an edit")
SCRIPTS = {
    "an edit a second": """
counter = 0
last = 0
request = function()
  counter = counter + 1
  local now = os.time()
  if now ~= last then
    last = now
    return wrk.format(nil, wrk.path .. "?edited=" .. counter,
                      {["X-Benchmark-Edited"] = "1"})
  end
  return wrk.format(nil, wrk.path .. "?cold=" .. counter)
end
""",
    "new address": """
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?cold=" .. counter)
end
""",
    "after an edit": """
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?edited=" .. counter,
                    {["X-Benchmark-Edited"] = "1"})
end
""",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(database_url: str, **extra: str) -> dict:
    """The environment for production settings served over plain loopback HTTP."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "exchange_site.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DEBUG": "off",
        # No TLS on the loopback: no redirect to https.
        "SECURE_SSL_REDIRECT": "off",
        **extra,
    }


def psql(sql: str, database: str = "postgres", port: int = 5432) -> None:
    command = ["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres"]
    subprocess.run(  # noqa: S603 - fixed command, our own SQL
        [*command, "-d", database, "-q", "-c", sql], check=True
    )


def manage(env: dict, *arguments: str) -> None:
    subprocess.run(  # noqa: S603 - fixed command
        [PYTHON, "manage.py", *arguments], cwd=ROOT, env=env, check=True
    )


def wait_until_serving(base_url: str, server: subprocess.Popen, seconds: float = 30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {server.returncode}")
        try:
            urllib.request.urlopen(f"{base_url}/robots.txt", timeout=2)  # noqa: S310
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer on {base_url}")


@contextmanager
def serving(env: dict, workers: int = 2, port: int | None = None, quiet=True):
    """gunicorn with deploy/gunicorn.conf.py and ``env``; yields its base URL.

    Its workers are never recycled. A recycled worker imports the site again,
    about a second of CPU, and a worker recycles after a number of requests,
    not of seconds: at hello world's thousands of requests a second that was a
    third of the machine, and a page a twentieth as fast paid a twentieth of
    it, so the ratios measured recycling more than the pages.
    """
    port = port or free_port()
    server = subprocess.Popen(  # noqa: S603 - fixed command
        [PYTHON, "-m", "gunicorn", "-c", str(GUNICORN_CONFIG), "exchange_site.wsgi"],
        cwd=ROOT,
        env={
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_LOG_LEVEL": "warning",
            "GUNICORN_MAX_REQUESTS": "0",
        },
        stdout=subprocess.DEVNULL if quiet else None,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url, server)
        yield base_url
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wrk(url: str, mode: str, duration: int, connections: int, headers=()) -> dict:
    """Requests/s, p50 and p99 latency (ms) and failed responses for one URL,
    asked for as ``mode`` (one of ``MODES``) says, each request carrying
    ``headers`` (``"Name: value"`` strings)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    threads = min(2, connections)
    command = [
        "wrk",
        "--latency",
        "--timeout",
        "30s",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        *(part for header in headers for part in ("-H", header)),
        url,
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(SCRIPTS.get(mode, ""))
    if mode in SCRIPTS:
        command[1:1] = ["-s", script.name]
    try:
        output = subprocess.run(  # noqa: S603 - fixed command
            command, capture_output=True, text=True, check=True
        ).stdout
    finally:
        os.unlink(script.name)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    # Connections refused, reset or timed out count as failures too.
    socket_errors = re.search(r"Socket errors: (.*)", output)
    failed = int(errors.group(1)) if errors else 0
    if socket_errors:
        failed += sum(int(n) for n in re.findall(r"\d+", socket_errors.group(1)))
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _latency(output, "50%"),
        "p99": _latency(output, "99%"),
        "errors": failed,
    }


def _latency(output: str, percentile: str) -> float:
    """A latency percentile from wrk's distribution, in milliseconds."""
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", output).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def page_table(results: list[tuple[str, dict]]) -> str:
    """wrk's figures as a Markdown table, each page against the nearest
    "hello world" row above it (the first row, or one measured again before
    a group of pages, so a machine whose speed drifts during the run is
    compared with itself at about the same moment)."""
    baseline = results[0][1]["rps"]
    lines = [
        "| page | requests/s | p50 ms | p99 ms | errors | ratio to hello world |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, figures in results:
        if label == "hello world":
            baseline = figures["rps"]
        lines.append(
            f"| {label} | {figures['rps']:.0f} | {figures['p50']:.1f} | "
            f"{figures['p99']:.1f} | {figures['errors']} | "
            f"{figures['rps'] / baseline:.3f} |"
        )
    return "\n".join(lines)
