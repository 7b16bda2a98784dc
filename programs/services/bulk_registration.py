"""Registering many people for a program at once (a spreadsheet import).

``apply_many`` gives the database the same result as ``apply_for_program``
called once per row, in order, with a verified application for the program
as a whole: the same people found or created, the same refusals, seats and
then waitlist places in row order, the same emails. It only does the work
in bulk, so the number of queries does not grow with the number of rows.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone

from ..models import Program, Registration
from . import seats
from .applicants import find_or_create_participants
from .emails import queue_registration_email
from .page_cache import content_changed
from .registration import AlreadyRegistered, RegistrationError, verification_has_expired

Applicant = tuple[Mapping[str, Any], str]


class RowRefused(RegistrationError):
    """Row ``index`` (from 0) cannot be registered; ``reason`` says why."""

    def __init__(self, index: int, reason: RegistrationError):
        super().__init__(reason.message)
        self.index = index
        self.reason = reason


def apply_many(
    program: Program,
    applicants: Sequence[Applicant],
    *,
    source: str,
    notify: bool = True,
) -> list[Registration]:
    """Register every ``(participant fields, organisation name)`` for ``program``.

    Each applicant is treated as ``apply_for_program`` treats a verified
    application for the whole program: an existing participant with the same
    email is used unchanged, a new one is linked to the organisation of that
    name when there is exactly one, and each is confirmed while seats remain
    and waitlisted after, in order. ``notify`` queues each person's email once
    the transaction commits. Returns the registrations in the order given.

    Raises ``RowRefused`` (wrapping ``AlreadyRegistered``) for the first row
    whose person is already registered, or listed earlier; nothing is written.
    """
    with transaction.atomic():
        # The people first, the lock second, as for a single application.
        people = find_or_create_participants(applicants)
        locked = seats.lock_program(program.pk)
        existing = {
            found.participant_id: found
            for found in seats.pool(program.pk, None).filter(
                participant__in=[person.pk for person in people]
            )
        }
        now = timezone.now()
        registrations: dict[int, Registration] = {}
        lapsed = []
        for index, (person, (_data, organisation_name)) in enumerate(
            zip(people, applicants, strict=True)
        ):
            found = registrations.get(person.pk) or existing.get(person.pk)
            if found is not None:
                if found.pk is None or not verification_has_expired(found):
                    raise RowRefused(index, AlreadyRegistered(found))
                lapsed.append(found.pk)  # not yet swept: apply afresh
            registrations[person.pk] = Registration(
                participant=person,
                program=program,
                source=source,
                organisation_name=organisation_name,
                verified_at=now,
            )
        if lapsed:
            Registration.objects.filter(pk__in=lapsed).delete()
        in_order = list(registrations.values())
        kinds = seats.place_in_order(locked, in_order)
        Registration.objects.bulk_create(in_order)
        # bulk_create sends no post_save: the program page's participants and
        # its seat count change all the same.
        transaction.on_commit(content_changed)
        if notify:
            for registration, kind in zip(in_order, kinds, strict=True):
                queue_registration_email(registration, kind)
    return in_order
