"""Shared set-up for the production tests: real Redis, gunicorn, S3 (moto).

A service that is missing skips its tests with a visible reason on a
developer's machine; under ``CI=true`` it fails them instead, so CI can never
pass by skipping.
"""

import os
import socket

import pytest

from exchange_site.settings.environment import env_bool

# A Redis database of its own, so the tests never touch anything else's keys.
# Database 14, never the default (the benchmarks use 13); with pytest-xdist
# each worker has its own, 14 and 15, since the tests empty it.
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
if _WORKER > 1 and "TEST_REDIS_URL" not in os.environ:
    raise RuntimeError("Redis has room for two test workers: make test TEST_WORKERS=2")
TEST_REDIS_URL = os.environ.get(
    "TEST_REDIS_URL", f"redis://127.0.0.1:6379/{14 + _WORKER}"
)


def require(available: bool, what: str) -> None:
    if available:
        return
    if env_bool("CI"):
        pytest.fail(f"CI=true but {what} is not available")
    pytest.skip(f"needs {what}")


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def redis_url():
    """The test Redis database, emptied before and after the test."""
    import redis

    require(_answers("127.0.0.1", 6379), "Redis on 127.0.0.1:6379")
    client = redis.Redis.from_url(TEST_REDIS_URL)
    client.flushdb()
    yield TEST_REDIS_URL
    client.flushdb()


@pytest.fixture
def redis_cache_settings(redis_url, settings):
    """This test process caches in the same Redis as the servers it starts."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "caravan",
        }
    }
    return redis_url


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """Static files collected once, as a deployment does, for gunicorn to serve."""
    from scripts.benchlib import manage, production_environment

    root = tmp_path_factory.mktemp("static")
    env = production_environment("sqlite:///:memory:", STATIC_ROOT=str(root))
    manage(env, "collectstatic", "--no-input", "-v0")
    return root


@pytest.fixture
def server_environment(static_root, tmp_path):
    """Production settings on this test's PostgreSQL database, for gunicorn."""
    from django.db import connection

    from scripts.benchlib import POSTGRES, production_environment

    def environment(**extra: str) -> dict:
        database = connection.settings_dict["NAME"]
        return production_environment(
            f"{POSTGRES}/{database}",
            STATIC_ROOT=str(static_root),
            MEDIA_ROOT=str(tmp_path / "media"),
            **extra,
        )

    return environment


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3-compatible server on a free loopback port, for this session."""
    try:
        from moto.server import ThreadedMotoServer
    except ImportError:
        require(False, "moto[server] (pip install -e '.[dev]')")
    from scripts.benchlib import free_port

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3_bucket(s3_endpoint, monkeypatch):
    """An empty bucket, and the credentials boto3 will find in the environment."""
    import boto3

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    bucket = f"caravan-media-{os.getpid()}"
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=bucket)
    yield bucket
    if bucket not in {b["Name"] for b in client.list_buckets()["Buckets"]}:
        return  # the test removed it
    for item in client.list_objects_v2(Bucket=bucket).get("Contents", []):
        client.delete_object(Bucket=bucket, Key=item["Key"])
    client.delete_bucket(Bucket=bucket)
