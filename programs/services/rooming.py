"""Rooming: who sleeps in which hotel room on which night of the itinerary.

It follows the seats' pattern (``services/seats.py``): ``assign_room`` takes
the room's row lock before it counts who sleeps there on each night, so two
assignments at once can never overfill a room. The person's registration is
locked first, as every logistics change does, so nobody gets two rooms on one
night either. Each change is written to the audit log against the
registration.
"""

import datetime
from collections.abc import Callable, Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from ..models import AuditEntry, Registration, Room, RoomNight
from . import audit
from .logistics import lock_registration

Action = AuditEntry.Action

# Called with the room right after its nights are counted, while the lock is
# held. Does nothing; the concurrency test sets a delay here.
_after_room_count: Callable[[Room], None] = lambda room: None  # noqa: E731


def lock_room(room_id: int) -> Room:
    """Take the room's row lock until the transaction ends, and return it
    with its hotel and stop. ``FOR NO KEY UPDATE``, as for a program's seats:
    it serialises everyone counting this room's nights, yet lets rows that
    merely point at the room be written meanwhile."""
    return (
        Room.objects.select_for_update(no_key=True, of=("self",))
        .select_related("hotel__stop__city")
        .get(pk=room_id)
    )


def _room_problems(
    room: Room, registration: Registration, nights: list[datetime.date]
) -> list[ValidationError]:
    """Why ``registration`` cannot sleep in ``room`` on ``nights``, if it cannot.

    The caller holds the room's lock, so the counts stay true until it writes.
    """
    stop = room.hotel.stop
    if stop.program_id != registration.program_id:
        return [
            ValidationError(
                _("This hotel is not at a stop of %(program)s."),
                params={"program": registration.program},
                code="other_program",
            )
        ]
    problems = []
    for night in nights:
        # The night starting on the departure day is spent elsewhere.
        if (stop.arrival_date and night < stop.arrival_date) or (
            stop.departure_date and night >= stop.departure_date
        ):
            problems.append(
                ValidationError(
                    _("The night of %(night)s is outside the stay at %(stop)s."),
                    params={"night": formats.date_format(night), "stop": stop.city},
                    code="outside_stay",
                )
            )
    taken = dict(
        RoomNight.objects.filter(room=room, night__in=nights)
        .order_by()
        .values_list("night")
        .annotate(count=Count("pk"))
    )
    already = RoomNight.objects.filter(registration=registration, night__in=nights)
    for night in sorted(already.values_list("night", flat=True)):
        problems.append(
            ValidationError(
                _("%(person)s already has a room on the night of %(night)s."),
                params={
                    "person": registration.participant,
                    "night": formats.date_format(night),
                },
                code="already_roomed",
            )
        )
    for night in nights:
        if taken.get(night, 0) >= room.capacity:
            problems.append(
                ValidationError(
                    _("Room %(room)s is full on the night of %(night)s."),
                    params={"room": room.label, "night": formats.date_format(night)},
                    code="room_full",
                )
            )
    return problems


def assignment_problems(
    room: Room, registration: Registration, nights: Iterable[datetime.date]
) -> list[ValidationError]:
    """Why ``assign_room`` would refuse these nights now, without taking any
    lock: for a form to show beside its fields. ``assign_room`` asks again
    under the lock, which alone is final."""
    room = Room.objects.select_related("hotel__stop__city").get(pk=room.pk)
    return _room_problems(room, registration, sorted(set(nights)))


def assign_room(
    room: Room, registration: Registration, nights: Iterable[datetime.date], by
) -> list[RoomNight]:
    """Put ``registration``'s person in ``room`` for each of ``nights``, all or
    none.

    Raises ``ValidationError`` (every reason at once) when the room is full
    on a night, the person already has a room on one of them, a night falls
    outside the stay at the hotel's stop, or the hotel is not at a stop of the
    registration's program.
    """
    nights = sorted(set(nights))
    if not nights:
        raise ValidationError(_("Choose at least one night."), code="no_nights")
    with transaction.atomic():
        registration = lock_registration(registration)
        locked = lock_room(room.pk)
        problems = _room_problems(locked, registration, nights)
        _after_room_count(locked)
        if problems:
            raise ValidationError(problems)
        try:
            with transaction.atomic():
                created = RoomNight.objects.bulk_create(
                    RoomNight(room=locked, registration=registration, night=night)
                    for night in nights
                )
        except IntegrityError:
            # The registration lock makes this unreachable through the
            # service; a row written around it still meets the constraint.
            raise ValidationError(
                _("This person already has a room that night."), code="already_roomed"
            ) from None
        audit.record(
            Action.ROOM_ASSIGNED,
            registration,
            user=by,
            room=locked.pk,
            nights=[night.isoformat() for night in nights],
        )
    return created


def unassign_room(
    room: Room,
    registration: Registration,
    nights: Iterable[datetime.date] | None = None,
    by=None,
) -> int:
    """Take ``room`` back from the person on ``nights`` (every night, for
    ``None``); return how many nights were freed."""
    with transaction.atomic():
        registration = lock_registration(registration, travelling=False)
        held = RoomNight.objects.filter(room=room, registration=registration)
        if nights is not None:
            held = held.filter(night__in=list(nights))
        freed = sorted(held.values_list("night", flat=True))
        if not freed:
            return 0
        held.delete()
        audit.record(
            Action.ROOM_UNASSIGNED,
            registration,
            user=by,
            room=room.pk,
            nights=[night.isoformat() for night in freed],
        )
    return len(freed)
