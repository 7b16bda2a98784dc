"""Browser tests: Playwright drives Debian's Chromium against a live server.

Every test that asks for ``page`` runs twice, on a phone and on a desktop
screen. The server is pytest-django's ``live_server`` on the test database
(PostgreSQL in CI), filled by factories through the ``showcase`` fixture.
A failing test leaves a screenshot of its page in ``test-artifacts/``.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

from tests.factories import UserFactory

from .accounts import restore_roles
from .showcase import Showcase, build_showcase
from .tools import APT_HINT, CHROMIUM, require

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
SCREENS = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1280, "height": 800},
}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    # Nothing but the live server may be contacted: no updates, sync or pings.
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
CALL_REPORT = pytest.StashKey()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.stash[CALL_REPORT] = report
    return report


@pytest.fixture(scope="session")
def playwright(playwright):
    # Playwright's sync API keeps an asyncio loop running in the main thread for
    # the whole session, so Django would refuse ORM calls from test code as if
    # they came from async code. They do not: allow them while the loop lives.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield playwright
        # While the loop runs, Django keeps a second set of connections for
        # this thread (per context, not per thread). Return them to the pool
        # now, or dropping the test database finds them still checked out.
        connections.close_all()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require(CHROMIUM, install=APT_HINT)
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@pytest.fixture(params=list(SCREENS))
def screen(request) -> str:
    return request.param


@pytest.fixture
def page(browser, screen, request):
    """A fresh page at the test's screen size, photographed if the test fails."""
    # bypass_csp lets the checks inject axe-core whatever the site's policy.
    context = browser.new_context(viewport=SCREENS[screen], bypass_csp=True)
    page = context.new_page()
    yield page
    report = request.node.stash.get(CALL_REPORT, None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "-", request.node.name).strip("-")
        page.screenshot(path=ARTIFACTS / f"failed-{name}.png", full_page=True)
    context.close()


@pytest.fixture
def showcase(transactional_db) -> Showcase:
    return build_showcase()


@pytest.fixture
def staff_roles(transactional_db) -> None:
    """The "Editors" and "Organisers" groups, which each live-server test's
    clean-up removes along with everything else."""
    restore_roles()


@pytest.fixture
def editor(staff_roles):
    return UserFactory(username="editor", groups=[settings.EDITORS_GROUP])
