"""Test settings: real PostgreSQL when one is reachable, fast hashing, local cache.

``DATABASE_URL`` wins when set. Otherwise the suite uses the local PostgreSQL
server at 127.0.0.1:5432 if it answers, and SQLite (with the PostgreSQL-only
tests skipped and said so) if it does not. Under ``CI=true`` a missing
PostgreSQL is an error: CI must never pass on SQLite by accident.
"""

import os
import socket
import sys

from django.core.exceptions import ImproperlyConfigured

from .environment import env_bool

LOCAL_POSTGRES = ("127.0.0.1", 5432)


def _postgres_answers(address: tuple[str, int]) -> bool:
    try:
        with socket.create_connection(address, timeout=1):
            return True
    except OSError:
        return False


if not os.environ.get("DATABASE_URL"):
    if _postgres_answers(LOCAL_POSTGRES):
        os.environ["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/caravan"
    elif env_bool("CI"):
        raise ImproperlyConfigured(
            "CI=true but no PostgreSQL answers on 127.0.0.1:5432 and DATABASE_URL "
            "is not set. Start it with: pg_ctlcluster --skip-systemctl-redirect "
            "$(ls /etc/postgresql) main start"
        )
    else:
        os.environ["DATABASE_URL"] = "sqlite:///var/test.sqlite3"
        print(
            "\n*** No PostgreSQL on 127.0.0.1:5432: testing on SQLite, "
            "PostgreSQL-only tests will be SKIPPED. ***\n",
            file=sys.stderr,
        )

from .base import *  # noqa: E402,F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105 - tests only
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# One folder per pytest-xdist worker, so parallel tests never share files.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
MEDIA_ROOT = BASE_DIR / "var" / f"test-media-{_WORKER}"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Jobs run at once, inside the test, so their effects can be asserted.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# With jobs run at once, warming would draw fifteen pages inside every test
# that saves content; tests/views/test_warming.py turns it on.
PAGE_WARMING = False
