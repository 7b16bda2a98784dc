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
