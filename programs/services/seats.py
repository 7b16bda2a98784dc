"""Seats and the waitlist of a program or one of its events.

Every registration belongs to one *pool*: the program as a whole
(``event=None``) or one of its events. A pool's capacity is the event's own,
or the program's when the event has none; ``None`` means no limit.

Nothing here may run unless the caller holds the program's lock
(``lock_program``) inside the same transaction: counting seats and then
writing is only safe while nobody else can count at the same time.
"""

from collections.abc import Callable, Sequence

from django.db.models import F, Max, QuerySet
from django.utils import timezone

from ..models import Event, Program, Registration
from ..models.registrations import SEAT_STATUSES
from .emails import queue_registration_email

Status = Registration.Status

# Called with the program right after the seats are counted, while the lock is
# held. Does nothing; the concurrency test sets a delay here to widen the gap
# a missing lock would leave between counting and writing.
_after_capacity_check: Callable[[Program], None] = lambda program: None  # noqa: E731


def lock_program(program_id: int) -> Program:
    """Take the program's row lock until the transaction ends, and return it.

    ``FOR NO KEY UPDATE`` serialises everyone who counts this program's seats,
    yet still lets other transactions insert rows that merely point at the
    program (their foreign-key check takes a weaker lock that does not clash).
    """
    return (
        Program.objects.select_for_update(no_key=True)
        .only("pk", "capacity", "slug")
        .get(pk=program_id)
    )


def pool(program_id: int, event_id: int | None) -> QuerySet[Registration]:
    """The registrations that compete for the same seats."""
    return Registration.objects.filter(program_id=program_id, event_id=event_id)


def capacity_of(program: Program, event: Event | None) -> int | None:
    if event is not None and event.capacity is not None:
        return event.capacity
    return program.capacity


def seats_taken(program_id: int, event_id: int | None) -> int:
    return pool(program_id, event_id).filter(status__in=SEAT_STATUSES).count()


def free_seats(program: Program, event: Event | None) -> int | None:
    """Seats left in the pool (never negative), or ``None`` without a limit."""
    capacity = capacity_of(program, event)
    if capacity is None:
        return None
    taken = seats_taken(program.pk, event.pk if event else None)
    return max(capacity - taken, 0)


def next_waitlist_position(program_id: int, event_id: int | None) -> int:
    waitlisted = pool(program_id, event_id).filter(status=Status.WAITLISTED)
    highest = waitlisted.aggregate(highest=Max("waitlist_position"))["highest"]
    return (highest or 0) + 1


def seat(registration: Registration) -> None:
    """Give ``registration`` a seat (in memory; the caller saves it)."""
    registration.status = Status.CONFIRMED
    registration.waitlist_position = None
    registration.confirmed_at = timezone.now()


def add_to_waitlist(registration: Registration) -> None:
    """Put ``registration`` at the end of its pool's waitlist (in memory)."""
    registration.status = Status.WAITLISTED
    registration.waitlist_position = next_waitlist_position(
        registration.program_id, registration.event_id
    )


def close_gap(registration: Registration, leaving: int = 1) -> None:
    """Move everyone behind ``registration`` up, as it leaves the waitlist.

    Positions stay 1..N without gaps, so a position is also what the
    participant reads on their page: how many people are ahead, plus one.
    """
    position = registration.waitlist_position
    if position is None:
        return
    pool(registration.program_id, registration.event_id).filter(
        status=Status.WAITLISTED, waitlist_position__gt=position
    ).exclude(pk=registration.pk).update(
        waitlist_position=F("waitlist_position") - leaving
    )


def place(program: Program, registration: Registration) -> str:
    """Seat ``registration`` or waitlist it, in memory; return the email kind.

    The caller holds the program lock and saves the registration.
    """
    free = free_seats(program, registration.event)
    _after_capacity_check(program)
    if free is None or free > 0:
        seat(registration)
        return "confirmed"
    add_to_waitlist(registration)
    return "waitlisted"


def place_in_order(
    program: Program, registrations: Sequence[Registration]
) -> list[str]:
    """``place`` for many new registrations of the program's own pool.

    Counts seats and the waitlist once: the first ones take the free seats,
    the rest join the waitlist one after another, in the order given.
    Returns each one's email kind. The caller holds the lock and saves them.
    """
    free = free_seats(program, None)
    _after_capacity_check(program)
    position = next_waitlist_position(program.pk, None)
    kinds = []
    for registration in registrations:
        if free is None or free > 0:
            seat(registration)
            free = None if free is None else free - 1
            kinds.append("confirmed")
        else:
            registration.status = Status.WAITLISTED
            registration.waitlist_position = position
            position += 1
            kinds.append("waitlisted")
    return kinds


def promote(
    program: Program, event: Event | None, exclude: int | None = None
) -> list[Registration]:
    """Fill the pool's free seats with its first waitlisted, and email them.

    The caller holds the program lock. ``exclude`` is someone who has just
    left their seat for the waitlist and must not get it straight back.
    Returns the promoted registrations.
    """
    free = free_seats(program, event)
    if free == 0:
        return []
    promoted = first_waitlisted(program.pk, event.pk if event else None, free)
    promoted = [r for r in promoted if r.pk != exclude][:free]
    if not promoted:
        return []
    # The promoted were the first N, so everyone left moves up by N.
    close_gap(promoted[-1], leaving=len(promoted))
    for registration in promoted:
        seat(registration)
        registration.save()
        queue_registration_email(registration, "promoted")
    return promoted


def first_waitlisted(
    program_id: int, event_id: int | None, count: int | None
) -> list[Registration]:
    """The first ``count`` waitlisted of the pool (all, for ``None``), in order."""
    queryset = (
        pool(program_id, event_id)
        .filter(status=Status.WAITLISTED)
        .select_related("participant", "program", "event")
        .order_by("waitlist_position", "pk")
    )
    return list(queryset if count is None else queryset[:count])


def pools_using_program_capacity(program_id: int) -> list[int | None]:
    """The program's pool and every event pool with a waitlist and no capacity."""
    events = (
        Registration.objects.filter(
            program_id=program_id,
            status=Status.WAITLISTED,
            event__isnull=False,
            event__capacity__isnull=True,
        )
        .values_list("event_id", flat=True)
        .distinct()
    )
    return [None, *sorted(events)]
