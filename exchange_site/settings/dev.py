"""Local development and the demo: SQLite by default, console e-mail, DEBUG on."""

import os

os.environ.setdefault("DEBUG", "on")

from .base import *  # noqa: E402,F403
from .environment import env_str  # noqa: E402

# A fixed, clearly non-secret key is fine only for local development.
SECRET_KEY = (
    env_str("SECRET_KEY", "") or "dev-only-insecure-key-never-use-in-production"
)

# Serve static files straight from the app folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# `make demo` runs the background worker beside runserver: two processes write
# to one SQLite file. WAL lets readers go on while one writes; IMMEDIATE makes
# every transaction take the write lock when it begins, so one that read first
# never fails to upgrade ("database is locked") when the other wrote meanwhile;
# the timeout is how long a writer waits for the other to finish.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {}).update(  # noqa: F405
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

# The worker and the web server must share the cache: the version that ends
# stale pages (a rendition drawn by the worker) and the application rate
# limit. Without Redis that is the database cache, as in production.
if not REDIS_URL:  # noqa: F405
    CACHES = DATABASE_CACHES  # noqa: F405
