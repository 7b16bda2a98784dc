"""Registrations refresh the cached program page only when they could show on it."""

import pytest

from programs.services import registration
from tests.factories import ParticipantFactory

from .conftest import apply


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
