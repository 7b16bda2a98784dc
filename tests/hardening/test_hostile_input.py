"""No address the site answers gives a 500, leaks a database error or
changes data, whatever is put in its path or its query string.

The addresses come from the URL configuration itself (``url_walk.routes``),
so a new view is attacked without anyone adding it here. Each page is first
fetched with real values, as a signed-in superuser; then every path argument
gets each hostile value, every parameter that the page's own GET forms and
links use gets each hostile value, and the parameters that Django's admin
and our views read on many pages get them all at once.
"""

import logging

import pytest
from django.apps import apps

from programs.models import AuditEntry
from programs.seed import seed_demo
from tests.factories import UserFactory

from .url_walk import (
    COMMON_PARAMETERS,
    HOSTILE_PATH_VALUES,
    HOSTILE_QUERY_VALUES,
    NUL_PROBES,
    query_names,
    real_values,
    routes,
)

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

LEAKS = ("Traceback", "DataError", "ProgrammingError", "OperationalError", "psycopg")


@pytest.fixture
def populated(db, caplog):
    """The demo content, plus a superuser who may open every admin page."""
    # Thousands of refused requests would each log a warning.
    caplog.set_level(logging.CRITICAL, logger="django.request")
    caplog.set_level(logging.CRITICAL, logger="django.security")
    seed_demo()
    return UserFactory(username="root", is_staff=True, is_superuser=True)


# Downloading personal data is itself recorded, on purpose, by a GET.
AUDITED_READS = {AuditEntry.Action.EXPORTED_REGISTRATIONS}


def row_counts() -> dict[str, int]:
    """Rows per model, leaving out the audit log's records of downloads."""
    counts = {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if not model._meta.proxy
    }
    counts["programs.AuditEntry"] = AuditEntry.objects.exclude(
        action__in=AUDITED_READS
    ).count()
    return counts


class Probe:
    """Sends requests and keeps what went wrong."""

    def __init__(self, client):
        # A view that raises must show as the 500 a visitor would get.
        client.raise_request_exception = False
        self.client = client
        self.problems: list[str] = []
        self.sent = 0

    def get(self, url: str):
        response = self.client.get(url)
        self.sent += 1
        body = b"" if response.streaming else response.content
        if response.status_code >= 500 or any(leak.encode() in body for leak in LEAKS):
            self.problems.append(f"{response.status_code} {url[:160]}")
        return response

    def page_names(self, url: str) -> set[str]:
        """GET ``url`` with real values; the query names its page uses."""
        response = self.get(url)
        if response.streaming or "html" not in response.get("Content-Type", ""):
            return set()
        return query_names(response.content.decode(errors="replace"))


def attack(probe: Probe, *, with_paths: bool) -> None:
    for route in routes():
        real = real_values(route)
        url = route.fill(real)
        names = probe.page_names(url)
        if with_paths:
            for argument in route.arguments:
                for value in [*NUL_PROBES, *HOSTILE_PATH_VALUES]:
                    probe.get(route.fill({**real, argument: value}))
        for value in NUL_PROBES:
            probe.get(f"{url}?q={value}")
        for value in HOSTILE_QUERY_VALUES:
            together = "&".join(f"{name}={value}" for name in COMMON_PARAMETERS)
            probe.get(f"{url}?{together}")
            for name in sorted(names):
                probe.get(f"{url}?{name}={value}")


def test_no_address_answers_500_to_hostile_values(client, populated):
    client.force_login(populated)
    before = row_counts()
    probe = Probe(client)

    attack(probe, with_paths=True)

    assert probe.sent > 1000  # the walk really went everywhere
    assert not probe.problems, "\n".join(probe.problems)
    assert row_counts() == before


def test_anonymous_visitors_get_no_500_either(client, populated):
    probe = Probe(client)

    attack(probe, with_paths=False)

    assert not probe.problems, "\n".join(probe.problems)
