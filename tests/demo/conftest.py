"""Tests of `make demo` itself: the Makefile target in a subprocess of its own.

They drive Debian's Chromium with the browser tests' launch arguments (and
are skipped, or fail under CI, the same way when it is missing); the site
they visit is the demo's own server, not a live server. They start Playwright
through the browser tests' ``playwright`` fixture too: its asyncio loop stays
running in the test worker's thread for the rest of the session, and only
that fixture tells Django the ORM calls of later tests are not async code
(without it, a later module fixture on the same worker failed with
SynchronousOnlyOperation).
"""

from tests.browser.conftest import (  # noqa: F401
    browser_type_launch_args,
    playwright,
)
