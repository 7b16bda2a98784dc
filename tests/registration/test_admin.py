"""Organisers change statuses from the changelist, through the service."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from programs.models import Registration
from tests.factories import ParticipantFactory, ProgramFactory, UserFactory

from .conftest import apply

Status = Registration.Status
CHANGELIST = reverse("admin:programs_registration_changelist")


@pytest.fixture
def organiser(program):
    user = UserFactory(username="organiser", groups=["Organisers"])
    program.managers.add(user)
    return user


@pytest.fixture
def organiser_client(client, organiser):
    client.force_login(organiser)
    return client


def act(client, action, registrations):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [str(r.pk) for r in registrations]},
        follow=True,
    )


def shown(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def status_of(registration_) -> str:
    return Registration.objects.get(pk=registration_.pk).status


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("waitlist", Status.WAITLISTED),
        ("decline", Status.DECLINED),
        ("cancel", Status.CANCELLED),
        ("mark_attended", Status.ATTENDED),
    ],
)
def test_an_organiser_changes_a_confirmed_registration(
    organiser_client, program, action, expected
):
    confirmed = apply(program)

    response = act(organiser_client, action, [confirmed])

    assert response.status_code == 200
    assert status_of(confirmed) == expected


def test_confirming_several_waitlisted_keeps_the_rest_in_order(
    organiser_client, program
):
    apply(program), apply(program)
    waiting = [apply(program), apply(program), apply(program)]
    # Seats freed without promotion, as a direct database edit would leave them.
    type(program).objects.filter(pk=program.pk).update(capacity=4)

    response = act(organiser_client, "confirm", waiting[:2])

    assert [status_of(r) for r in waiting] == [
        Status.CONFIRMED,
        Status.CONFIRMED,
        Status.WAITLISTED,
    ]
    assert Registration.objects.get(pk=waiting[2].pk).waitlist_position == 1
    assert "2 registrations confirmed." in shown(response)


def test_a_refused_bulk_change_changes_nothing_and_says_why(organiser_client, program):
    confirmed = [apply(program), apply(program)]
    waiting = [apply(program), apply(program)]

    response = act(organiser_client, "mark_attended", [confirmed[0], waiting[0]])

    assert status_of(confirmed[0]) == Status.CONFIRMED
    (message,) = shown(response)
    assert "“Waitlisted” cannot be made “Attended”" in message
    assert "Nothing was changed." in message


def test_confirming_beyond_capacity_is_refused_with_a_clear_message(
    organiser_client, program
):
    apply(program), apply(program)
    waiting = apply(program)

    response = act(organiser_client, "confirm", [waiting])

    assert status_of(waiting) == Status.WAITLISTED
    assert any("No seats are left" in message for message in shown(response))


def test_actions_never_reach_another_programs_registrations(organiser_client):
    elsewhere = apply(ProgramFactory(capacity=5))

    act(organiser_client, "cancel", [elsewhere])

    assert status_of(elsewhere) == Status.CONFIRMED


def test_an_organiser_adding_a_registration_goes_through_the_capacity(
    organiser_client, program, event
):
    apply(program), apply(program)
    # Registered for one of the program's events, so one of the organiser's
    # people; now added to the whole program, which is full.
    newcomer = apply(program, event=event).participant

    response = organiser_client.post(
        reverse("admin:programs_registration_add"),
        {"participant": str(newcomer.pk), "program": str(program.pk)},
    )

    assert response.status_code == 302
    added = Registration.objects.get(participant=newcomer, event=None)
    assert (added.status, added.waitlist_position) == (Status.WAITLISTED, 1)
    assert added.source == Registration.Source.ORGANISER


def test_the_change_page_shows_the_state_without_letting_it_be_edited(
    organiser_client, program
):
    confirmed = apply(program)

    # A confirmed registration's page also holds its (here untouched)
    # travel details, legs and visas.
    untouched = {
        f"{prefix}-{name}": "0"
        for prefix in ("travel_details", "travel_legs", "visa_requirements")
        for name in ("TOTAL_FORMS", "INITIAL_FORMS")
    }

    response = organiser_client.post(
        reverse("admin:programs_registration_change", args=[confirmed.pk]),
        {"status": "cancelled", "waitlist_position": "7", **untouched},
    )

    assert response.status_code == 302
    assert status_of(confirmed) == Status.CONFIRMED


def test_raising_an_events_capacity_in_the_admin_promotes_and_says_so(
    client, program, event, committed, mailoutbox
):
    client.force_login(UserFactory(username="root", is_superuser=True))
    apply(program, event=event)
    waiting = apply(program, ParticipantFactory(email="next@example.org"), event=event)
    starts = timezone.localtime(event.starts_at)

    response = committed(
        client.post,
        reverse("admin:programs_event_change", args=[event.pk]),
        {
            "program": str(program.pk),
            "title_en": event.title_en,
            "slug": event.slug,
            "kind": event.kind,
            "starts_at_0": starts.strftime("%Y-%m-%d"),
            "starts_at_1": starts.strftime("%H:%M:%S"),
            "timezone": event.timezone,
            "capacity": "2",
        },
        follow=True,
    )

    assert status_of(waiting) == Status.CONFIRMED
    assert "1 person moved up from the waitlist and was emailed." in shown(response)
    assert [m.to for m in mailoutbox] == [["next@example.org"]]
