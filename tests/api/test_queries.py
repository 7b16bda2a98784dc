"""Query counts are pinned, and the same for one related row as for 500.

Each endpoint is read once with one related row and once with 500; both
must cost exactly the pinned number of queries (the cache is empty, so the
body is drawn from the database each time).
"""

import datetime

import pytest
from django.utils import timezone

from programs.models import (
    Event,
    ItineraryStop,
    Organisation,
    Participant,
    PressCoverage,
    Program,
    Registration,
)
from tests.factories import CityFactory, PartnershipFactory, ProgramFactory

pytestmark = pytest.mark.django_db


def program_with(rows: int) -> Program:
    """A published program with ``rows`` of each kind of related row."""
    city = CityFactory(slug="almaty", name_en="Almaty")
    partner = CityFactory(slug="lianyungang", name_en="Lianyungang")
    PartnershipFactory(city_a=city, city_b=partner)
    program = ProgramFactory(slug="big", organising_city=city, launch_city=partner)
    ItineraryStop.objects.bulk_create(
        ItineraryStop(program=program, city=city, position=n) for n in range(rows)
    )
    soon = timezone.now() + datetime.timedelta(days=1)
    Event.objects.bulk_create(
        Event(
            program=program,
            slug=f"event-{n}",
            kind="forum",
            title_en=f"Event {n}",
            starts_at=soon + datetime.timedelta(hours=n),
            city=city,
            live=True,
        )
        for n in range(rows)
    )
    outlets = Organisation.objects.bulk_create(
        Organisation(name_en=f"Outlet {n}", kind="media") for n in range(rows)
    )
    program.organisers.add(*outlets)
    PressCoverage.objects.bulk_create(
        PressCoverage(
            program=program,
            outlet=outlet,
            title=f"Headline {n}",
            language="en",
            published_on=datetime.date(2024, 8, 1),
            live=True,
        )
        for n, outlet in enumerate(outlets)
    )
    people = [
        Participant(
            given_name=f"Person {n}",
            category="journalist",
            organisation=outlets[n],
            public_listing_consent=True,
        )
        for n in range(rows)
    ]
    for person in people:
        person.stamp_consent()
    Participant.objects.bulk_create(people)
    Registration.objects.bulk_create(
        Registration(participant=person, program=program, status="confirmed")
        for person in people
    )
    return program


def programs(rows: int) -> None:
    city = CityFactory(slug="almaty", name_en="Almaty")
    stops_city = CityFactory(slug="aktau", name_en="Aktau")
    made = Program.objects.bulk_create(
        Program(
            slug=f"program-{n:03d}",
            title_en=f"Program {n}",
            organising_city=city,
            launch_city=city,
            start_date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
            live=True,
        )
        for n in range(rows)
    )
    ItineraryStop.objects.bulk_create(
        ItineraryStop(program=program, city=stops_city, position=1) for program in made
    )


# Path, then the queries it costs: see each comment for what they are.
PROGRAM_PARTS = [
    # the program (with its cities), its stops, its organisers, next event
    ("/api/v1/programs/big/", 4),
    # the program, count, page
    ("/api/v1/programs/big/itinerary/?page_size=100", 3),
    ("/api/v1/programs/big/events/?page_size=100", 3),
    ("/api/v1/programs/big/press/?page_size=100", 3),
    ("/api/v1/programs/big/participants/?page_size=100", 3),
    # the program, its stops' cities, count, page
    ("/api/v1/programs/big/partnerships/?page_size=100", 4),
]


@pytest.mark.parametrize("rows", [1, 500])
@pytest.mark.parametrize(("path", "queries"), PROGRAM_PARTS)
def test_a_program_and_its_parts_cost_the_same_for_1_or_500_rows(
    client, django_assert_num_queries, rows, path, queries
):
    program_with(rows)

    with django_assert_num_queries(queries):
        response = client.get(path)

    assert response.status_code == 200


@pytest.mark.parametrize("rows", [1, 500])
def test_the_program_list_costs_the_same_for_1_or_500_programs(
    client, django_assert_num_queries, rows
):
    programs(rows)

    # count, the page, the page's stops with their cities
    with django_assert_num_queries(3):
        response = client.get("/api/v1/programs/?page_size=100")

    assert len(response.json()["results"]) == min(rows, 100)


@pytest.mark.parametrize("rows", [1, 500])
def test_a_kept_body_and_a_304_cost_no_query(client, django_assert_num_queries, rows):
    programs(rows)
    first = client.get("/api/v1/programs/")

    with django_assert_num_queries(0):
        kept = client.get("/api/v1/programs/")
        not_modified = client.get(
            "/api/v1/programs/", headers={"If-None-Match": first["ETag"]}
        )

    assert kept.content == first.content
    assert not_modified.status_code == 304
