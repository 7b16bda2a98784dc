"""Check-in at the door: one tap per person, or several ticked at once."""

import pytest
from django.test import Client
from django.urls import reverse

from programs.models import Registration
from tests.factories import (
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status
# Session, user, admin language, two for permissions; the program, its events,
# the page count, the checked-in totals, and the page of people.
CHECK_IN_QUERIES = 10


def check_in_url(program) -> str:
    return reverse("admin:programs_registration_check_in", args=[program.pk])


def confirmed(program, given="Aliya", **fields):
    participant = ParticipantFactory(given_name=given, family_name="", **fields)
    return RegistrationFactory(participant=participant, program=program)


def status_of(registration) -> str:
    registration.refresh_from_db()
    return registration.status


def test_check_in_lists_the_confirmed_people(organiser_client, own_program):
    confirmed(own_program, "Aliya")
    RegistrationFactory(
        program=own_program, status=Status.WAITLISTED, waitlist_position=1
    )

    response = organiser_client.get(check_in_url(own_program))

    assert response.status_code == 200
    assert [str(e.participant) for e in response.context["page"]] == ["Aliya"]
    assert "0 of 1 checked in" in response.content.decode()


def test_one_tap_checks_one_person_in(organiser_client, own_program):
    aliya = confirmed(own_program, "Aliya")
    wei = confirmed(own_program, "Wei")

    response = organiser_client.post(check_in_url(own_program), {"attend": aliya.pk})

    assert response.status_code == 302
    assert (status_of(aliya), status_of(wei)) == (Status.ATTENDED, Status.CONFIRMED)


def test_ticked_people_are_checked_in_together(organiser_client, own_program):
    aliya, wei, dana = (
        confirmed(own_program, name) for name in ("Aliya", "Wei", "Dana")
    )

    organiser_client.post(check_in_url(own_program), {"pick": [aliya.pk, wei.pk]})

    assert [status_of(r) for r in (aliya, wei, dana)] == [
        Status.ATTENDED,
        Status.ATTENDED,
        Status.CONFIRMED,
    ]


def test_checking_in_twice_changes_nothing_and_says_so(organiser_client, own_program):
    aliya = confirmed(own_program, "Aliya")
    organiser_client.post(check_in_url(own_program), {"attend": aliya.pk})

    response = organiser_client.post(
        check_in_url(own_program), {"attend": aliya.pk}, follow=True
    )

    assert "Already checked in." in response.content.decode()
    assert status_of(aliya) == Status.ATTENDED


def test_check_in_shows_who_was_checked_in(organiser_client, own_program):
    aliya = confirmed(own_program, "Aliya")

    response = organiser_client.post(
        check_in_url(own_program), {"attend": aliya.pk}, follow=True
    )

    assert "Checked in: Aliya." in response.content.decode()
    assert "1 of 1 checked in" in response.content.decode()


def test_a_waitlisted_person_cannot_be_checked_in(organiser_client, own_program):
    waiting = RegistrationFactory(
        program=own_program, status=Status.WAITLISTED, waitlist_position=1
    )

    organiser_client.post(check_in_url(own_program), {"attend": waiting.pk})

    assert status_of(waiting) == Status.WAITLISTED


def test_search_finds_people_by_name(organiser_client, own_program):
    confirmed(own_program, "Aliya", native_name="Әлия")
    confirmed(own_program, "Wei", native_name="王伟")

    response = organiser_client.get(check_in_url(own_program), {"q": "王"})

    assert [str(e.participant) for e in response.context["page"]] == ["Wei"]


def test_check_in_for_one_event_lists_its_own_registrations(
    organiser_client, own_program
):
    event = EventFactory(program=own_program)
    confirmed(own_program, "Aliya")
    RegistrationFactory(
        program=own_program,
        event=event,
        participant=ParticipantFactory(given_name="Wei", family_name=""),
    )

    response = organiser_client.get(check_in_url(own_program), {"event": event.pk})

    assert [str(e.participant) for e in response.context["page"]] == ["Wei"]


def test_check_in_works_as_a_plain_form_with_csrf(own_program, organiser):
    client = Client(enforce_csrf_checks=True)
    client.force_login(organiser)
    aliya = confirmed(own_program, "Aliya")

    refused = client.post(check_in_url(own_program), {"attend": aliya.pk})
    page = client.get(check_in_url(own_program))
    token = page.context["csrf_token"]
    accepted = client.post(
        check_in_url(own_program), {"attend": aliya.pk, "csrfmiddlewaretoken": token}
    )

    assert (refused.status_code, accepted.status_code) == (403, 302)
    assert status_of(aliya) == Status.ATTENDED


def test_organiser_cannot_open_check_in_of_another_program(
    organiser_client, other_program
):
    assert organiser_client.get(check_in_url(other_program)).status_code == 404


def test_organiser_cannot_check_in_someone_of_another_program(
    organiser_client, other_program
):
    stranger = confirmed(other_program, "Stranger")

    response = organiser_client.post(
        check_in_url(other_program), {"attend": stranger.pk}
    )

    assert response.status_code == 404
    assert status_of(stranger) == Status.CONFIRMED


def test_a_registration_of_another_program_is_ignored_on_own_check_in(
    organiser_client, own_program, other_program
):
    stranger = confirmed(other_program, "Stranger")

    organiser_client.post(check_in_url(own_program), {"attend": stranger.pk})

    assert status_of(stranger) == Status.CONFIRMED


def test_an_editor_cannot_open_check_in(client, own_program):
    client.force_login(UserFactory(groups=["Editors"]))

    assert client.get(check_in_url(own_program)).status_code == 403


@pytest.mark.parametrize("count", [1, 30])
def test_check_in_query_count_does_not_grow_with_people(
    organiser_client, own_program, django_assert_max_num_queries, count
):
    for index in range(count):
        confirmed(own_program, f"Person {index}")

    with django_assert_max_num_queries(CHECK_IN_QUERIES):
        response = organiser_client.get(check_in_url(own_program))

    assert len(response.context["page"]) == count
