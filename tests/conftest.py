"""Shared test set-up.

Tests marked ``postgres`` need PostgreSQL. On SQLite they are skipped with a
visible reason; under ``CI=true`` the test settings refuse to run on SQLite at
all, so CI can never skip them.
"""

import pytest
from django.db import connection


def pytest_collection_modifyitems(config, items):
    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL; this run uses SQLite")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


def pytest_report_header(config):
    return f"database: {connection.vendor} ({connection.settings_dict['NAME']})"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache, so cached pages never leak across."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english_by_default():
    """A request in another language leaves that language active in the
    thread; each test starts from English like a fresh process."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _staff_roles_survive_flushes(request):
    """Tests that run after a database-emptying test still find the groups.

    Transactional tests restore the groups themselves where they need them;
    here only tests inside a rolled-back transaction are helped, so whatever
    is restored disappears with the test.
    """
    marker = request.node.get_closest_marker("django_db")
    names = set(request.fixturenames)
    if marker is None and "db" not in names:
        return
    if (marker and marker.kwargs.get("transaction")) or names & {
        "transactional_db",
        "live_server",
    }:
        return
    request.getfixturevalue("db")
    from django.contrib.auth.models import Group

    from .roles import STAFF_GROUPS, restore_roles

    if Group.objects.filter(name__in=STAFF_GROUPS).count() < len(STAFF_GROUPS):
        restore_roles()
