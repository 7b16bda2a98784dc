"""Interpreters at events, and who is left without one."""

import pytest
from django.core.exceptions import ValidationError

from programs.models import AuditEntry, InterpreterAssignment, Participant, Registration
from programs.services import interpreting
from tests.factories import (
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    TravelDetailsFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture
def organiser(db):
    return UserFactory(username="organiser", groups=["Organisers"])


@pytest.fixture
def event(db):
    return EventFactory()


@pytest.fixture
def interpreter(db):
    return ParticipantFactory(
        given_name="Mei", family_name="Lin", category=Participant.Category.INTERPRETER
    )


def needing(event, pair, name="Aigerim", status=Status.CONFIRMED, for_event=None):
    registration = RegistrationFactory(
        program=event.program,
        event=for_event,
        status=status,
        participant=ParticipantFactory(given_name=name, family_name="Test"),
    )
    TravelDetailsFactory(
        registration=registration, interpreter_from=pair[0], interpreter_to=pair[1]
    )
    return registration.participant


def assign(event, organiser, pair, **kwargs):
    return interpreting.assign_interpreter(
        event, from_language=pair[0], to_language=pair[1], by=organiser, **kwargs
    )


def test_someone_needing_an_uncovered_pair_is_named(event):
    person = needing(event, ("zh-hans", "kk"))

    (warning,) = interpreting.interpreter_warnings(event)

    assert (warning.from_language, warning.to_language) == ("zh-hans", "kk")
    assert warning.participants == (person,)
    assert warning.message == (
        "Nobody interprets from Simplified Chinese into Kazakh for Aigerim Test."
    )


def test_an_interpreter_for_the_pair_covers_it(event, organiser, interpreter):
    needing(event, ("zh-hans", "kk"))

    assign(event, organiser, ("zh-hans", "kk"), participant=interpreter)

    assert interpreting.interpreter_warnings(event) == []


def test_an_interpreter_both_ways_covers_the_reverse_pair(
    event, organiser, interpreter
):
    needing(event, ("kk", "zh-hans"))

    assign(event, organiser, ("zh-hans", "kk"), participant=interpreter)

    assert interpreting.interpreter_warnings(event) == []


def test_an_interpreter_one_way_does_not_cover_the_reverse(
    event, organiser, interpreter
):
    needing(event, ("kk", "zh-hans"))

    assign(
        event, organiser, ("zh-hans", "kk"), participant=interpreter, both_ways=False
    )

    assert len(interpreting.interpreter_warnings(event)) == 1


def test_an_interpreter_at_another_event_covers_nothing_here(
    event, organiser, interpreter
):
    needing(event, ("zh-hans", "kk"))
    elsewhere = EventFactory(program=event.program)

    assign(elsewhere, organiser, ("zh-hans", "kk"), participant=interpreter)

    assert len(interpreting.interpreter_warnings(event)) == 1


def test_only_people_at_the_event_who_travel_count(event):
    needing(event, ("ru", "zh-hans"), "Cancelled", status=Status.CANCELLED)
    needing(
        event, ("ru", "zh-hans"), "Other", for_event=EventFactory(program=event.program)
    )
    needing(event, ("ru", "zh-hans"), "Here", for_event=event)
    needing(event, ("ru", "zh-hans"), "Whole", status=Status.ATTENDED)
    RegistrationFactory(program=event.program)  # needs nobody

    (warning,) = interpreting.interpreter_warnings(event)

    assert sorted(p.given_name for p in warning.participants) == ["Here", "Whole"]


def test_each_uncovered_pair_is_listed_once_with_everyone_needing_it(event):
    needing(event, ("zh-hans", "kk"), "Aigerim")
    needing(event, ("zh-hans", "kk"), "Bolat")
    needing(event, ("ru", "en"), "Chen")

    warnings = interpreting.interpreter_warnings(event)

    assert [
        (w.from_language, w.to_language, len(w.participants)) for w in warnings
    ] == [
        ("ru", "en", 1),
        ("zh-hans", "kk", 2),
    ]


def test_a_member_of_staff_can_interpret(event, organiser):
    staff = UserFactory(username="mei")

    assignment = assign(event, organiser, ("zh-hans", "ru"), user=staff)

    assert assignment.interpreter == staff
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.object_id, entry.details["languages"]) == (
        AuditEntry.Action.INTERPRETER_ASSIGNED,
        str(event.pk),
        ["zh-hans", "ru"],
    )


@pytest.mark.parametrize(
    "who",
    [
        "neither",
        "both",
        "participant_not_an_interpreter",
        "user_not_staff",
    ],
)
def test_an_assignment_needs_exactly_one_real_interpreter(
    event, organiser, interpreter, who
):
    people = {
        "neither": {},
        "both": {"participant": interpreter, "user": UserFactory()},
        "participant_not_an_interpreter": {"participant": ParticipantFactory()},
        "user_not_staff": {"user": UserFactory(is_staff=False)},
    }[who]

    with pytest.raises(ValidationError):
        assign(event, organiser, ("zh-hans", "ru"), **people)

    assert not InterpreterAssignment.objects.exists()
    assert not AuditEntry.objects.exists()


def test_interpreting_needs_two_different_languages(event, organiser, interpreter):
    with pytest.raises(ValidationError, match="two different languages"):
        assign(event, organiser, ("kk", "kk"), participant=interpreter)


def test_withdrawing_an_interpreter_uncovers_the_pair_and_is_audited(
    event, organiser, interpreter
):
    needing(event, ("zh-hans", "kk"))
    assignment = assign(event, organiser, ("zh-hans", "kk"), participant=interpreter)

    interpreting.unassign_interpreter(assignment, organiser)

    assert len(interpreting.interpreter_warnings(event)) == 1
    assert AuditEntry.objects.order_by("pk").last().action == (
        AuditEntry.Action.INTERPRETER_UNASSIGNED
    )
