"""The published world of the public page tests, read through the API, with
expired items beside its drafts."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    EventFactory,
    ParticipantFactory,
    ProgramFactory,
    RegistrationFactory,
    ReportFactory,
)
from tests.views.conftest import LANGUAGES, SECRETS, world  # noqa: F401

EXPIRED = ["Expired program", "expired-program", "Expired event", "expired-event"]
EXPIRED += ["Expired report", "expired-report", "Applied Only"]


@pytest.fixture
def api_world(world):  # noqa: F811 - the fixture imported above
    """``world`` plus expired content and a consenting person who only
    applied: none of it may ever appear."""
    earlier = timezone.now() - datetime.timedelta(days=1)
    long_ago = earlier - datetime.timedelta(days=30)
    program = world["program"]
    ProgramFactory(
        slug="expired-program",
        title_en="Expired program",
        go_live_at=long_ago,
        expire_at=earlier,
    )
    EventFactory(
        program=program,
        slug="expired-event",
        title_en="Expired event",
        go_live_at=long_ago,
        expire_at=earlier,
    )
    ReportFactory(
        program=program,
        slug="expired-report",
        title_en="Expired report",
        go_live_at=long_ago,
        expire_at=earlier,
    )
    applicant = ParticipantFactory(
        given_name="Applied",
        family_name="Only",
        public_listing_consent=True,
        email="applied@example.org",
    )
    RegistrationFactory(participant=applicant, program=program, status="applied")
    return world


@pytest.fixture
def api(client):
    """A client that reads JSON, as an API user's would."""

    class Api:
        def get(self, path, headers=None):
            return client.get(path, headers=headers or {})

        def json(self, path, status=200, headers=None):
            response = client.get(path, headers=headers or {})
            assert response.status_code == status, response.content[:500]
            assert response["Content-Type"] == "application/json"
            return response.json()

    return Api()


# Every endpoint with the published world's own slugs.
ENDPOINTS = [
    "/api/v1/",
    "/api/v1/programs/",
    "/api/v1/programs/silk-road/",
    "/api/v1/programs/silk-road/itinerary/",
    "/api/v1/programs/silk-road/events/",
    "/api/v1/programs/silk-road/participants/",
    "/api/v1/programs/silk-road/partnerships/",
    "/api/v1/programs/silk-road/press/",
    "/api/v1/programs/silk-road/reports/",
    "/api/v1/events/aktau-interview/",
    "/api/v1/cities/",
    "/api/v1/cities/aktau/",
    "/api/v1/partnerships/",
    "/api/v1/press/",
    "/api/v1/reports/",
    "/api/v1/reports/first-week/",
]
