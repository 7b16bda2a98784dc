"""Registrations refresh the cached program page only when they could show on it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from programs.models import Registration
from programs.services import bulk_registration, registration
from tests.factories import OrganisationFactory, ParticipantFactory

from .conftest import apply

IMPORT = Registration.Source.IMPORT


@pytest.fixture
def cached_page(client, program):
    url = program.get_absolute_url()
    client.get(url)  # fills the page cache
    return lambda: client.get(url).content.decode()


def test_a_consenting_participants_seat_shows_on_the_cached_page(program, cached_page):
    person = ParticipantFactory(given_name="Zarina", public_listing_consent=True)

    apply(program, person)

    assert "Zarina" in cached_page()


def test_a_consenting_participants_cancellation_leaves_the_cached_page(
    program, cached_page
):
    person = ParticipantFactory(given_name="Zarina", public_listing_consent=True)
    confirmed = apply(program, person)
    assert "Zarina" in cached_page()

    registration.cancel(confirmed)

    assert "Zarina" not in cached_page()


def test_an_unlisted_participants_application_keeps_the_page_cached(
    program, cached_page, django_assert_num_queries
):
    apply(program, ParticipantFactory(public_listing_consent=False))

    with django_assert_num_queries(0):
        cached_page()


def _participant_queries(captured) -> list[str]:
    return [q["sql"] for q in captured if '"programs_participant"' in q["sql"]]


def test_an_editors_save_shows_at_once_and_keeps_the_sorted_participants(
    program, cached_page
):
    person = ParticipantFactory(given_name="Zarina", public_listing_consent=True)
    apply(program, person)
    assert "Zarina" in cached_page()

    program.summary_en = "A new summary for the launch."
    program.save()
    with CaptureQueriesContext(connection) as captured:
        page = cached_page()

    assert "A new summary for the launch." in page
    assert "Zarina" in page
    assert _participant_queries(captured) == []


def _rename_person(person):
    person.given_name = "Dinara"
    person.save()


def _rename_organisation(person):
    person.organisation.name_en = "Dinara Herald"
    person.organisation.save()


@pytest.mark.parametrize("rename", [_rename_person, _rename_organisation])
def test_a_renamed_participant_or_organisation_shows_at_once(
    program, cached_page, rename
):
    outlet = OrganisationFactory(name_en="Steppe Gazette")
    person = ParticipantFactory(
        given_name="Zarina", public_listing_consent=True, organisation=outlet
    )
    apply(program, person)
    assert "Dinara" not in cached_page()

    rename(person)

    assert "Dinara" in cached_page()


def test_people_registered_in_bulk_show_on_the_cached_page(
    program, cached_page, django_capture_on_commit_callbacks
):
    assert "Gulnara" not in cached_page()
    applicant = {
        "given_name": "Gulnara",
        "family_name": "Imported",
        "email": "gulnara@example.org",
        "category": "journalist",
        "public_listing_consent": True,
    }

    with django_capture_on_commit_callbacks(execute=True):
        bulk_registration.apply_many(
            program, [(applicant, "")], source=IMPORT, notify=False
        )

    assert "Gulnara" in cached_page()
