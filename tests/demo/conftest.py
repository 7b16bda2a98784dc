"""Tests of `make demo` itself: the Makefile target in a subprocess of its own.

They drive Debian's Chromium with the browser tests' launch arguments (and
are skipped, or fail under CI, the same way when it is missing); the site
they visit is the demo's own server, not a live server.
"""

from tests.browser.conftest import browser_type_launch_args  # noqa: F401
