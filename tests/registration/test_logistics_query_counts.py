"""Query budgets of the participant's logistics pages and the organisers'
lists: pinned, and the same at one stop as at five (people, for the lists)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from programs.models import TravelLeg
from tests.factories import (
    CityFactory,
    ItineraryStopFactory,
    ParticipantFactory,
    TravelDetailsFactory,
    UserFactory,
)

from .conftest import apply


def tour_of(program, stops: int):
    for number in range(stops):
        stop = ItineraryStopFactory(
            program=program,
            city=CityFactory(country="KZ" if number % 2 else "UZ"),
            arrival_date=datetime.date(2030, 8, 1 + 2 * number),
        )
    return stop


def count(client, address: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200, address
    return len(queries)


@pytest.mark.parametrize("page", ["travel/", "itinerary.pdf", "itinerary.ics"])
def test_the_participants_pages_cost_the_same_at_one_stop_and_five(
    client, program, page
):
    costs = []
    for stops in (1, 5):
        program.itinerary_stops.all().delete()
        stop = tour_of(program, stops)
        made = apply(program, ParticipantFactory())
        TravelDetailsFactory(registration=made)
        TravelLeg.objects.create(
            registration=made,
            stop=stop,
            direction="arrival",
            date=stop.arrival_date,
            mode="flight",
        )
        costs.append(count(client, f"/kk/registrations/{made.token}/{page}"))
        made.delete()

    assert costs == [BUDGETS[page]] * 2


BUDGETS = {"travel/": 13, "itinerary.pdf": 5, "itinerary.ics": 4}


def test_the_manifest_costs_the_same_for_one_person_and_five(client, program):
    organiser = UserFactory(username="aigerim_o", groups=["Organisers"])
    program.managers.add(organiser)
    program.capacity = None
    program.save()
    stop = tour_of(program, 1)
    client.force_login(organiser)
    address = reverse(
        "admin:programs_registration_logistics_manifest",
        args=[program.pk, stop.pk, "xlsx"],
    )
    costs = []
    for people in (1, 5):
        TravelLeg.objects.all().delete()
        for made in program.registrations.all():
            made.delete()
        for _ in range(people):
            made = apply(program, ParticipantFactory())
            TravelLeg.objects.create(
                registration=made,
                stop=stop,
                direction="arrival",
                date=stop.arrival_date,
                mode="flight",
            )
        costs.append(count(client, address))

    # Warnings are the board's: the list asks no query per person.
    assert costs == [8, 8]
