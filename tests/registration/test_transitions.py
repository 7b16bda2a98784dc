"""Status changes, and the waitlist that fills every seat they free."""

import pytest

from programs.models import Registration
from programs.services import registration
from programs.services.registration import RegistrationError
from tests.factories import RegistrationFactory

from .conftest import apply, public_application

Status = Registration.Status


@pytest.fixture
def full(program):
    """Two confirmed (capacity 2) and three waitlisted, in order."""
    confirmed = [apply(program), apply(program)]
    waiting = [apply(program) for _ in range(3)]
    return confirmed, waiting


def positions(registrations):
    return [Registration.objects.get(pk=r.pk).waitlist_position for r in registrations]


def statuses(registrations):
    return [Registration.objects.get(pk=r.pk).status for r in registrations]


def test_confirming_an_application_takes_a_seat(program):
    pending = public_application(program)

    confirmed = registration.confirm(pending)

    assert confirmed.status == Status.CONFIRMED
    assert confirmed.verification_expires_at is None


def test_confirming_when_full_is_refused(program, full):
    pending = public_application(program)

    with pytest.raises(RegistrationError, match="No seats are left"):
        registration.confirm(pending)
    assert statuses([pending]) == [Status.APPLIED]


def test_confirming_a_confirmed_registration_is_refused(program, full):
    confirmed, _waiting = full

    with pytest.raises(RegistrationError, match="already “Confirmed”"):
        registration.confirm(confirmed[0])


def test_confirming_a_waitlisted_person_closes_the_gap(program, full):
    _confirmed, waiting = full
    # A seat freed without promotion, as a direct database edit would leave it.
    type(program).objects.filter(pk=program.pk).update(capacity=3)

    registration.confirm(waiting[1])

    assert statuses(waiting) == [Status.WAITLISTED, Status.CONFIRMED, Status.WAITLISTED]
    assert positions(waiting) == [1, None, 2]


def test_waitlisting_a_confirmed_person_gives_the_seat_to_the_first_waiting(
    program, full
):
    confirmed, waiting = full

    moved = registration.waitlist(confirmed[0])

    assert (moved.status, moved.waitlist_position) == (Status.WAITLISTED, 3)
    assert statuses(waiting) == [Status.CONFIRMED, Status.WAITLISTED, Status.WAITLISTED]
    assert positions(waiting[1:]) == [1, 2]


def test_waitlisting_the_only_confirmed_person_does_not_hand_them_the_seat_back(
    program,
):
    only = apply(program)

    moved = registration.waitlist(only)

    assert (moved.status, moved.waitlist_position) == (Status.WAITLISTED, 1)


def test_declining_a_confirmed_person_promotes_the_first_waiting(program, full):
    confirmed, waiting = full

    declined = registration.decline(confirmed[1])

    assert declined.status == Status.DECLINED
    assert statuses(waiting) == [Status.CONFIRMED, Status.WAITLISTED, Status.WAITLISTED]
    assert positions(waiting) == [None, 1, 2]


def test_declining_a_waitlisted_person_moves_those_behind_up(program, full):
    _confirmed, waiting = full

    registration.decline(waiting[0])

    assert positions(waiting) == [None, 1, 2]
    assert statuses(waiting)[1:] == [Status.WAITLISTED, Status.WAITLISTED]


def test_cancelling_a_confirmed_seat_promotes_the_first_waitlisted(program, full):
    confirmed, waiting = full

    cancelled = registration.cancel(confirmed[0], by_participant=True)

    assert cancelled.status == Status.CANCELLED
    assert cancelled.cancelled_at is not None
    assert statuses(waiting)[0] == Status.CONFIRMED
    assert positions(waiting) == [None, 1, 2]


def test_cancelling_a_waitlisted_place_promotes_nobody(program, full):
    confirmed, waiting = full

    registration.cancel(waiting[1])

    assert statuses(confirmed) == [Status.CONFIRMED, Status.CONFIRMED]
    assert positions(waiting) == [1, None, 2]


def test_cancelling_a_cancelled_registration_is_refused(program):
    cancelled = registration.cancel(apply(program))

    with pytest.raises(RegistrationError, match="already “Cancelled”"):
        registration.cancel(cancelled)


def test_marking_a_confirmed_participant_attended_keeps_their_seat(program, full):
    confirmed, waiting = full

    attended = registration.mark_attended(confirmed[0])

    assert attended.status == Status.ATTENDED
    assert attended.attended_at is not None
    assert statuses(waiting) == [Status.WAITLISTED] * 3


def test_only_a_confirmed_participant_can_be_marked_attended(program, full):
    _confirmed, waiting = full

    with pytest.raises(
        RegistrationError, match="“Waitlisted” cannot be made “Attended”"
    ):
        registration.mark_attended(waiting[0])
    assert statuses(waiting)[0] == Status.WAITLISTED


def test_confirming_an_attended_participant_undoes_the_check_in(program, full):
    confirmed, waiting = full
    registration.mark_attended(confirmed[0])

    undone = registration.confirm(confirmed[0])

    assert (undone.status, undone.attended_at) == (Status.CONFIRMED, None)
    assert statuses(waiting) == [Status.WAITLISTED] * 3


def test_a_declined_person_cannot_be_marked_attended(program):
    declined = registration.decline(apply(program))

    with pytest.raises(RegistrationError, match="“Declined” cannot be made “Attended”"):
        registration.mark_attended(declined)


def test_raising_the_capacity_promotes_in_waitlist_order(program, full):
    _confirmed, waiting = full

    promoted = registration.set_capacity(program, 4)

    assert promoted == waiting[:2]
    assert statuses(waiting) == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED]
    assert positions(waiting) == [None, None, 1]
    program.refresh_from_db()
    assert program.capacity == 4


def test_removing_the_limit_promotes_everyone_waiting(program, full):
    _confirmed, waiting = full

    registration.set_capacity(program, None)

    assert statuses(waiting) == [Status.CONFIRMED] * 3


def test_lowering_the_capacity_takes_no_seat_away(program, full):
    confirmed, _waiting = full

    assert registration.set_capacity(program, 1) == []

    assert statuses(confirmed) == [Status.CONFIRMED, Status.CONFIRMED]
    assert apply(program).waitlist_position == 4


def test_a_negative_capacity_is_refused(program):
    with pytest.raises(RegistrationError, match="whole number"):
        registration.set_capacity(program, -1)
    program.refresh_from_db()
    assert program.capacity == 2


def test_raising_an_events_capacity_promotes_its_waitlist_only(program, event, full):
    _confirmed, program_waiting = full
    apply(program, event=event)
    event_waiting = apply(program, event=event)

    registration.set_capacity(program, 2, event=event)

    assert statuses([event_waiting]) == [Status.CONFIRMED]
    assert statuses(program_waiting) == [Status.WAITLISTED] * 3


def test_raising_the_programs_capacity_promotes_events_that_use_it(program, event):
    event.capacity = None
    event.save()
    apply(program, event=event), apply(program, event=event)
    waiting = apply(program, event=event)

    registration.set_capacity(program, 3)

    assert statuses([waiting]) == [Status.CONFIRMED]


def test_promote_from_waitlist_fills_seats_freed_elsewhere(program, full):
    _confirmed, waiting = full
    program.capacity = 3
    program.save()

    promoted = registration.promote_from_waitlist(program)

    assert promoted == waiting[:1]
    assert positions(waiting) == [None, 1, 2]


def test_a_registration_made_by_hand_keeps_working(program):
    made = RegistrationFactory(program=program, status=Status.CONFIRMED)

    assert registration.cancel(made).status == Status.CANCELLED
