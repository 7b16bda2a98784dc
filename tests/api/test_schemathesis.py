"""Schemathesis against the live test server: generated requests to every
operation, none may get a 500 or a response that breaks the document.

Bounded so that the whole run stays well under a minute: a few examples per
operation, no deadline (the machine may be busy), and the rate limit off
(every request comes from 127.0.0.1).
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings

from programs.services.page_cache import content_changed
from tests.views.conftest import world  # noqa: F401

pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture
def live_schema(live_server, world, settings):  # noqa: F811 - fixtures
    settings.API_RATE_LIMIT = 0
    content_changed()
    return schemathesis.openapi.from_url(f"{live_server.url}/api/v1/schema/")


def test_generated_requests_get_no_500_and_match_the_document(live_schema):
    # Schemathesis' own pytest plugin does not load under this pytest, so the
    # operations are walked with its Python API: each gets a Hypothesis run.
    operations = [result.ok() for result in live_schema.get_all_operations()]
    failures = {}
    for operation in operations:

        @hypothesis_settings(
            max_examples=12,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        @given(case=operation.as_strategy())
        def check(case):
            case.call_and_validate()

        try:
            check()
        except Exception as failure:  # noqa: BLE001 - reported below, per operation
            failures[operation.label] = str(failure)[:2000]

    assert len(operations) == 16
    assert not failures, "\n\n".join(f"{k}: {v}" for k, v in failures.items())
