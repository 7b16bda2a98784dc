"""Applications take a seat while seats remain, then join the waitlist in order."""

import pytest

from programs.models import Registration
from programs.services import registration
from programs.services.registration import AlreadyRegistered, RegistrationError
from tests.factories import ParticipantFactory, ProgramFactory, UserFactory

from .conftest import apply

Status = Registration.Status


def test_verified_applications_are_confirmed_while_seats_remain(program):
    first, second = apply(program), apply(program)

    assert [first.status, second.status] == [Status.CONFIRMED, Status.CONFIRMED]
    assert first.confirmed_at is not None


def test_applications_beyond_capacity_join_the_waitlist_in_order(program):
    apply(program), apply(program)
    third, fourth = apply(program), apply(program)

    assert (third.status, third.waitlist_position) == (Status.WAITLISTED, 1)
    assert (fourth.status, fourth.waitlist_position) == (Status.WAITLISTED, 2)


def test_a_program_without_capacity_confirms_everyone(db):
    program = ProgramFactory(capacity=None)

    statuses = {apply(program).status for _ in range(5)}

    assert statuses == {Status.CONFIRMED}


def test_a_program_with_no_seats_waitlists_the_first_applicant(db):
    program = ProgramFactory(capacity=0)

    assert apply(program).status == Status.WAITLISTED


def test_an_event_with_its_own_capacity_counts_its_own_seats(program, event):
    apply(program), apply(program)  # the program is now full

    at_event = apply(program, event=event)
    second_at_event = apply(program, event=event)

    assert at_event.status == Status.CONFIRMED
    assert (second_at_event.status, second_at_event.waitlist_position) == (
        Status.WAITLISTED,
        1,
    )


def test_an_event_without_capacity_uses_the_programs(program, event):
    event.capacity = None
    event.save()

    statuses = [apply(program, event=event).status for _ in range(3)]

    assert statuses == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED]


def test_an_event_of_another_program_is_refused(program, event):
    other = ProgramFactory()

    with pytest.raises(RegistrationError, match="another program"):
        apply(other, event=event)
    assert not Registration.objects.exists()


def test_applying_twice_for_the_same_program_is_refused(program):
    person = ParticipantFactory()
    first = apply(program, person)

    with pytest.raises(AlreadyRegistered) as refused:
        apply(program, person)

    assert refused.value.registration == first
    assert Registration.objects.count() == 1


def test_new_applicant_fields_reuse_the_participant_with_that_email(program):
    known = ParticipantFactory(email="Known@Example.org", given_name="Known")

    created = apply(
        program,
        {
            "given_name": "Someone else",
            "email": "known@example.org",
            "category": "other",
        },
    )

    assert created.participant == known
    known.refresh_from_db()
    assert known.given_name == "Known"


def test_an_organiser_entry_is_verified_and_takes_a_seat(program):
    organiser = UserFactory(groups=["Organisers"])
    program.managers.add(organiser)

    created = registration.register_by_organiser(
        ParticipantFactory(), program, organiser
    )

    assert created.status == Status.CONFIRMED
    assert created.source == Registration.Source.ORGANISER
    assert created.verified_at is not None


def test_an_organiser_cannot_register_people_for_programs_they_do_not_manage(
    program,
):
    stranger = UserFactory(groups=["Organisers"])

    with pytest.raises(RegistrationError, match="programs you manage"):
        registration.register_by_organiser(ParticipantFactory(), program, stranger)
    assert not Registration.objects.exists()


def test_an_organiser_registering_someone_twice_gets_the_existing_registration(
    program,
):
    organiser = UserFactory(groups=["Organisers"])
    program.managers.add(organiser)
    person = ParticipantFactory()
    first = registration.register_by_organiser(person, program, organiser)

    again = registration.register_by_organiser(person, program, organiser)

    assert again == first
    assert Registration.objects.count() == 1
