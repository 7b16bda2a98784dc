"""What the busiest public pages cost in queries, pinned exactly, with 1 and
with 500 of the rows each page draws on: the cost must not grow with them.

Each page is asked for once, with nothing cached, as the first visitor after
an edit sees it. (A page drawn already costs nothing: test_page_parts.py.)
"""

import datetime

import pytest
from django.utils import timezone

from programs.models import Participant, Registration
from tests.factories import (
    EventFactory,
    ItineraryStopFactory,
    OrganisationFactory,
    PartnershipFactory,
    PressCoverageFactory,
    ProgramFactory,
    ReportFactory,
)

pytestmark = pytest.mark.django_db

ROWS = [1, 500]
# The program itself with its pictures, organisers, stops, events, press,
# reports, partnerships between its cities, and the participants preview.
PROGRAM_PAGE_QUERIES = 8
# The programs on show, their stops, the partnerships on the map, the latest
# press and reports.
HOME_QUERIES = 5
# The page of programs, their count, and their stops.
LIST_QUERIES = 5
# The program, with what its form needs to say about seats.
FORM_QUERIES = 1


def _confirmed_participants(program, count: int) -> None:
    now = timezone.now()
    people = Participant.objects.bulk_create(
        Participant(
            given_name=f"Guest {n}",
            family_name="Visitor",
            email=f"guest-{n}@example.org",
            category=Participant.Category.JOURNALIST,
            public_listing_consent=True,
            consent_given_at=now,
        )
        for n in range(count)
    )
    Registration.objects.bulk_create(
        Registration(
            participant=person,
            program=program,
            status=Registration.Status.CONFIRMED,
            confirmed_at=now,
        )
        for person in people
    )


@pytest.mark.parametrize("rows", ROWS)
def test_the_program_page(client, django_assert_num_queries, rows):
    program = ProgramFactory(slug="crowded")
    outlet = OrganisationFactory()
    EventFactory.create_batch(rows, program=program, city=program.launch_city)
    PressCoverageFactory.create_batch(rows, program=program, outlet=outlet)
    ReportFactory.create_batch(rows, program=program)
    for position in range(rows):
        stop = ItineraryStopFactory(program=program, position=position + 1)
        PartnershipFactory(city_a=program.organising_city, city_b=stop.city)
    _confirmed_participants(program, rows)

    with django_assert_num_queries(PROGRAM_PAGE_QUERIES):
        page = client.get("/en/programs/crowded/")

    assert page.status_code == 200
    assert page.content.decode().count('class="person"') == min(rows, 12)


@pytest.mark.parametrize("rows", ROWS)
def test_the_home_page(client, django_assert_num_queries, rows):
    now = timezone.now()
    for number in range(rows):
        starts = (now + datetime.timedelta(days=number + 1)).date()
        program = ProgramFactory(
            start_date=starts, end_date=starts + datetime.timedelta(days=7)
        )
        ItineraryStopFactory(program=program, position=1)
        PressCoverageFactory(program=program)
        ReportFactory(program=program)
        if number == 0:
            soonest = program

    with django_assert_num_queries(HOME_QUERIES):
        page = client.get("/en/")

    assert page.status_code == 200
    assert soonest.title in page.content.decode()


@pytest.mark.parametrize("rows", ROWS)
def test_the_program_list(client, django_assert_num_queries, rows):
    for _number in range(rows):
        program = ProgramFactory()
        ItineraryStopFactory.create_batch(2, program=program)

    with django_assert_num_queries(LIST_QUERIES):
        page = client.get("/en/programs/?country=KZ&q=program")

    assert page.status_code == 200


@pytest.mark.parametrize("rows", ROWS)
def test_the_application_form(client, django_assert_num_queries, rows):
    now = timezone.now()
    program = ProgramFactory(
        slug="popular",
        capacity=1000,
        applications_open_at=now - datetime.timedelta(days=1),
        applications_close_at=now + datetime.timedelta(days=10),
    )
    _confirmed_participants(program, rows)

    with django_assert_num_queries(FORM_QUERIES):
        page = client.get("/en/programs/popular/apply/")

    assert page.status_code == 200
    assert 'name="given_name"' in page.content.decode()
