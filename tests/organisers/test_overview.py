"""A program's overview: its numbers, by category and country, with charts."""

import pytest
from django.urls import reverse

from programs.models import Registration
from programs.services.overview import program_overview
from tests.factories import (
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status


def overview_url(program) -> str:
    return reverse("admin:programs_registration_overview", args=[program.pk])


def register(program, status=Status.CONFIRMED, **participant):
    return RegistrationFactory(
        program=program,
        participant=ParticipantFactory(**participant),
        status=status,
        waitlist_position=1 if status == Status.WAITLISTED else None,
    )


@pytest.fixture
def busy_program(own_program):
    own_program.capacity = 5
    own_program.save()
    register(own_program, country="KZ", category="journalist")
    register(own_program, country="KZ", category="diplomat")
    register(own_program, Status.ATTENDED, country="CN", category="journalist")
    register(own_program, Status.WAITLISTED, country="CN", category="journalist")
    register(own_program, Status.CANCELLED, country="FR", category="journalist")
    return own_program


def test_overview_counts_seats_waitlist_and_attendance(busy_program):
    numbers = program_overview(busy_program)

    assert (
        numbers.capacity,
        numbers.confirmed,
        numbers.seats_left,
        numbers.waitlisted,
        numbers.attended,
    ) == (5, 3, 2, 1, 1)


def test_overview_counts_by_category(busy_program):
    lines = program_overview(busy_program).by_category

    assert [(line.key, line.taking_part, line.waitlisted) for line in lines] == [
        ("journalist", 2, 1),
        ("diplomat", 1, 0),
    ]


def test_overview_counts_by_country(busy_program):
    lines = program_overview(busy_program).by_country

    assert [(line.label, line.taking_part, line.attended) for line in lines] == [
        ("Kazakhstan", 2, 0),
        ("China", 1, 1),
    ]


def test_overview_leaves_event_registrations_out_of_the_program_counts(own_program):
    event = EventFactory(program=own_program, capacity=10)
    RegistrationFactory(program=own_program, event=event)

    numbers = program_overview(own_program)

    assert numbers.confirmed == 0
    assert [(line.event, line.taking_part) for line in numbers.events] == [(event, 1)]


def test_overview_page_shows_the_numbers_and_an_accessible_svg_chart(
    organiser_client, busy_program
):
    response = organiser_client.get(overview_url(busy_program))

    html = response.content.decode()
    assert response.status_code == 200
    assert '<svg class="caravan-chart"' in html
    assert '<title id="chart-seats-title">Seats and waitlist</title>' in html
    assert (
        '<desc id="chart-seats-desc">Capacity: 5; Confirmed: 3; Waitlisted: 1; '
        "Attended: 1</desc>" in html
    )
    assert '<th scope="row">Kazakhstan</th><td>2</td><td>0</td><td>0</td>' in html


def test_chart_bars_are_as_long_as_their_share_of_the_largest(
    organiser_client, busy_program
):
    response = organiser_client.get(overview_url(busy_program))

    [seats, category, _country] = [response.context["seats_chart"]] + [
        chart for _h, _c, chart, _l, _id in response.context["breakdowns"]
    ]
    assert [bar.width for bar in seats.bars] == [380, 228, 76, 76]
    assert [bar.width for bar in category.bars] == [380, 190]


def test_svg_numbers_stay_plain_in_french(organiser, own_program, client):
    own_program.capacity = 1234
    own_program.save()
    client.force_login(organiser)

    response = client.get(overview_url(own_program), headers={"accept-language": "fr"})

    assert 'width="380"' in response.content.decode()


def test_an_empty_program_says_nobody_is_registered(organiser_client, own_program):
    response = organiser_client.get(overview_url(own_program))

    assert "Nobody is registered yet." in response.content.decode()


def test_organiser_cannot_see_the_overview_of_another_program(
    organiser_client, other_program
):
    assert organiser_client.get(overview_url(other_program)).status_code == 404


def test_an_editor_cannot_see_an_overview(client, own_program):
    client.force_login(UserFactory(groups=["Editors"]))

    assert client.get(overview_url(own_program)).status_code == 403


@pytest.mark.parametrize("count", [1, 25])
def test_overview_query_count_does_not_grow_with_registrations(
    organiser_client, own_program, django_assert_max_num_queries, count
):
    countries = ["KZ", "CN", "FR", "RU", "UZ"]
    for index in range(count):
        register(own_program, country=countries[index % 5])
        EventFactory(program=own_program)

    # Session, user, admin language, permissions (2), the program; counts by
    # status, by category, by country, and per event.
    with django_assert_max_num_queries(10):
        response = organiser_client.get(overview_url(own_program))

    assert response.status_code == 200
