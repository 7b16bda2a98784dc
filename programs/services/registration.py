"""Registering participants for programs: applications, seats and the waitlist.

Every way in (an organiser in the admin, an import, the public form) goes
through ``apply_for_program``. A *verified* application takes the program's
row lock before it counts the confirmed seats, so two applications can never
both take the last seat: it is confirmed while seats remain and waitlisted,
in order, otherwise. A public application is unverified until the applicant
follows the emailed link (``verify_application``); until then it takes no
seat, and it is deleted if the link is not followed in time
(``delete_expired_applications``).

Status changes (``confirm``, ``waitlist``, ``decline``, ``cancel``,
``mark_attended``) run under the same lock. Whatever frees a seat promotes the
first waitlisted people at once. Emails go out through the task queue once
the transaction has committed, so nobody hears of a change that rolled back.
"""

import datetime
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Event, Participant, Program, Registration
from ..models.registrations import SEAT_STATUSES
from . import access, seats
from .applicants import find_or_create_participant
from .emails import queue_registration_email

Status = Registration.Status


class RegistrationError(Exception):
    """The registration cannot be made or changed; ``message`` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class AlreadyRegistered(RegistrationError):
    """The person is already registered; ``registration`` is the existing one."""

    def __init__(self, registration: Registration):
        super().__init__(
            _("This participant is already registered for this event.")
            if registration.event_id
            else _("This participant is already registered for this program.")
        )
        self.registration = registration


class VerificationExpired(RegistrationError):
    def __init__(self):
        super().__init__(
            _(
                "This link has expired and the application was not kept. "
                "You are welcome to apply again."
            )
        )


def apply_for_program(
    program: Program,
    applicant: Participant | Mapping[str, Any],
    *,
    event: Event | None = None,
    source: str,
    verified: bool = True,
    motivation: str = "",
    organisation_name: str = "",
    privacy_accepted: bool = False,
    notify: bool = True,
) -> Registration:
    """Register ``applicant`` for ``program`` (or one of its events).

    ``applicant`` is a participant, or the fields of a new one (an existing
    participant with the same email is used instead, unchanged).
    ``organisation_name`` is kept as typed, and links a new participant to
    the organisation of that name if there is exactly one. A verified
    application (organiser entry, import) is confirmed while seats remain and
    waitlisted otherwise; an unverified one (the public form) is kept as
    "applied", takes no seat and expires after
    ``APPLICATION_VERIFICATION_HOURS`` unless verified. ``notify=False``
    sends no email.

    Raises ``AlreadyRegistered`` when the person is already registered for
    the same program or event, ``RegistrationError`` for an event of another
    program.
    """
    if event is not None and event.program_id != program.pk:
        raise RegistrationError(_("This event belongs to another program."))
    with transaction.atomic():
        # The person first, the lock second: nothing that waits on another
        # transaction (a twin's email, say) may run while the lock is held,
        # and the lock is held for as short a time as possible.
        participant = (
            applicant
            if isinstance(applicant, Participant)
            else find_or_create_participant(applicant, organisation_name)
        )
        locked = seats.lock_program(program.pk)
        existing = seats.pool(program.pk, event.pk if event else None).filter(
            participant=participant
        )
        if (found := existing.first()) is not None:
            if not verification_has_expired(found):
                raise AlreadyRegistered(found)
            found.delete()  # a lapsed application, not yet swept: apply afresh
        now = timezone.now()
        registration = Registration(
            participant=participant,
            program=program,
            event=event,
            source=source,
            motivation=motivation,
            organisation_name=organisation_name,
            privacy_accepted_at=now if privacy_accepted else None,
        )
        if verified:
            registration.verified_at = now
            kind = seats.place(locked, registration)
        else:
            registration.status = Status.APPLIED
            registration.verification_expires_at = now + datetime.timedelta(
                hours=settings.APPLICATION_VERIFICATION_HOURS
            )
            kind = "verification"
        registration.save()
        if notify:
            queue_registration_email(registration, kind)
    return registration


def register_by_organiser(
    participant: Participant, program: Program, user, *, event: Event | None = None
) -> Registration:
    """Register ``participant`` for ``program`` on behalf of organiser ``user``.

    An organiser's entry counts as verified, so it is confirmed while seats
    remain and waitlisted otherwise. Registering someone already registered
    returns the existing registration. Raises ``RegistrationError`` when
    ``user`` does not manage ``program``.
    """
    if not access.programs_managed_by(user).filter(pk=program.pk).exists():
        raise RegistrationError(
            _("You can only register participants for programs you manage.")
        )
    try:
        return apply_for_program(
            program, participant, event=event, source=Registration.Source.ORGANISER
        )
    except AlreadyRegistered as error:
        return error.registration


def applications_are_open(
    program: Program, now: datetime.datetime | None = None
) -> bool:
    """True while the program's application window is open.

    A program without an opening time takes no public applications.
    """
    return program.application_window(now) == "open"


def verification_has_expired(registration: Registration) -> bool:
    """True for an unverified application whose link is past its time."""
    return (
        registration.awaiting_verification
        and registration.verification_expires_at <= timezone.now()
    )


def may_cancel(registration: Registration) -> bool:
    """May the participant (or an organiser) still cancel this registration?"""
    return registration.status in ALLOWED_FROM[Status.CANCELLED]


def registration_for_token(token: str) -> Registration | None:
    """The registration behind a self-service link, or ``None``."""
    return (
        Registration.objects.select_related("participant", "program", "event")
        .filter(token=token)
        .first()
    )


def verify_application(token: str) -> Registration:
    """Verify the application behind ``token`` (the emailed link): double opt-in.

    The application then takes a seat or a waitlist place like any verified
    one. Verifying twice changes nothing. Raises ``RegistrationError`` for an
    unknown token and ``VerificationExpired`` once the link has expired.
    """
    with transaction.atomic():
        registration = registration_for_token(token)
        if registration is None:
            raise RegistrationError(_("There is no application behind this link."))
        if not registration.awaiting_verification:
            return registration
        if registration.verification_expires_at <= timezone.now():
            raise VerificationExpired()
        program = seats.lock_program(registration.program_id)
        registration.refresh_from_db()
        if not registration.awaiting_verification:
            return registration  # verified by a second click meanwhile
        registration.verified_at = timezone.now()
        registration.verification_expires_at = None
        kind = seats.place(program, registration)
        registration.save()
        queue_registration_email(registration, kind)
    return registration


def delete_expired_applications(now: datetime.datetime | None = None) -> int:
    """Delete unverified applications whose link has expired; return how many.

    People created by such an application, and left with no registration and
    no press credit, are deleted with it: we keep nobody who never confirmed.
    Run from cron through ``manage.py expire_applications``.
    """
    now = now or timezone.now()
    with transaction.atomic():
        expired = Registration.objects.filter(
            status=Status.APPLIED,
            verified_at__isnull=True,
            verification_expires_at__lte=now,
        )
        people = list(expired.values_list("participant_id", flat=True))
        _total, by_model = expired.delete()
        Participant.objects.filter(
            pk__in=people, registrations__isnull=True, press_coverage__isnull=True
        ).delete()
    return by_model.get(Registration._meta.label, 0)


# The statuses each status may be reached from. Confirming an attended
# registration undoes a check-in.
_OPEN = (Status.APPLIED, Status.WAITLISTED, Status.CONFIRMED)
ALLOWED_FROM = {
    Status.CONFIRMED: (*_OPEN, Status.DECLINED, Status.CANCELLED, Status.ATTENDED),
    Status.WAITLISTED: (*_OPEN, Status.DECLINED, Status.CANCELLED),
    Status.DECLINED: _OPEN,
    Status.CANCELLED: _OPEN,
    Status.ATTENDED: (Status.CONFIRMED,),
}


def _locked_for_change(
    registration: Registration, target: str
) -> tuple[Program, Registration]:
    """Lock the program, re-read ``registration`` and refuse a change not allowed."""
    program = seats.lock_program(registration.program_id)
    fresh = Registration.objects.select_related("participant", "program", "event")
    fresh = fresh.get(pk=registration.pk)
    current = fresh.get_status_display()
    if fresh.status == target:
        raise RegistrationError(
            _("This registration is already “%(status)s”.") % {"status": current}
        )
    if fresh.status not in ALLOWED_FROM[target]:
        raise RegistrationError(
            _("A registration that is “%(current)s” cannot be made “%(target)s”.")
            % {"current": current, "target": Status(target).label}
        )
    return program, fresh


def _change_status(
    registration: Registration, target: str, email: str | None = None, **extra: Any
) -> Registration:
    """Move ``registration`` to ``target`` under the program lock.

    Keeps the waitlist without gaps, refuses a seat when none is free, hands a
    freed seat to the first waitlisted, and queues ``email`` to the person.
    """
    with transaction.atomic():
        program, registration = _locked_for_change(registration, target)
        had_seat = registration.takes_a_seat
        if target == Status.CONFIRMED and not had_seat:
            _refuse_unless_a_seat_is_free(program, registration)
        _move(registration, target)
        registration.save()
        # Someone confirmed again (after attending) keeps the seat they had:
        # nothing new to tell them.
        if email and not (had_seat and target == Status.CONFIRMED):
            queue_registration_email(registration, email, **extra)
        if had_seat and target not in SEAT_STATUSES:
            _hand_on_the_freed_seat(program, registration)
    return registration


def _refuse_unless_a_seat_is_free(program: Program, registration: Registration):
    if seats.free_seats(program, registration.event) == 0:
        raise RegistrationError(
            _("No seats are left: raise the capacity or wait for a cancellation.")
        )


# The moment each final status records.
STAMPED_AT = {Status.CANCELLED: "cancelled_at", Status.ATTENDED: "attended_at"}


def _move(registration: Registration, target: str) -> None:
    """Take ``registration`` out of its place (closing any gap it leaves in
    the waitlist) and into ``target``'s: a seat, the end of the waitlist, or
    neither. The caller saves it."""
    if registration.status == Status.WAITLISTED:
        seats.close_gap(registration)
    if target == Status.CONFIRMED:
        seats.seat(registration)
        registration.attended_at = None
    elif target == Status.WAITLISTED:
        seats.add_to_waitlist(registration)
    else:
        registration.status = target
        registration.waitlist_position = None
    if target in STAMPED_AT:
        setattr(registration, STAMPED_AT[target], timezone.now())
    registration.verification_expires_at = None


def _hand_on_the_freed_seat(program: Program, registration: Registration) -> None:
    promoted = seats.promote(program, registration.event, exclude=registration.pk)
    if promoted and registration.status == Status.WAITLISTED:
        registration.refresh_from_db()  # moved up behind the promoted


def confirm(registration: Registration) -> Registration:
    """Give ``registration`` a seat (an organiser's decision) and email the person.

    Raises ``RegistrationError`` when no seat is free or it is already
    confirmed. Confirming an attended registration undoes the check-in.
    """
    return _change_status(registration, Status.CONFIRMED, "confirmed")


def waitlist(registration: Registration) -> Registration:
    """Put ``registration`` at the end of the waitlist and email the person.

    A seat it held goes to the first of the others waiting.
    """
    return _change_status(registration, Status.WAITLISTED, "waitlisted")


def decline(registration: Registration) -> Registration:
    """Decline ``registration``, email the person and promote from the waitlist."""
    return _change_status(registration, Status.DECLINED, "declined")


def cancel(registration: Registration, *, by_participant: bool = False) -> Registration:
    """Cancel ``registration``, email the person and promote from the waitlist.

    ``by_participant`` says the person cancelled it themselves (from their
    self-service page), which the email acknowledges.
    """
    return _change_status(
        registration, Status.CANCELLED, "cancelled", by_participant=by_participant
    )


def mark_attended(registration: Registration) -> Registration:
    """Check a confirmed participant in. Sends no email."""
    return _change_status(registration, Status.ATTENDED)


def promote_from_waitlist(
    program: Program, event: Event | None = None
) -> list[Registration]:
    """Fill free seats with the first waitlisted, in order, and email them.

    Runs by itself after a cancellation, a decline or a raised capacity; call
    it after changing a capacity some other way. Returns those promoted.
    """
    with transaction.atomic():
        locked = seats.lock_program(program.pk)
        return seats.promote(locked, event)


def set_capacity(
    program: Program, capacity: int | None, *, event: Event | None = None
) -> list[Registration]:
    """Set the capacity of ``program`` (or of its ``event``) and promote.

    ``None`` removes the limit. Lowering the capacity takes no seat away; it
    only sends later applications to the waitlist. Returns those promoted.
    """
    if capacity is not None and not 0 <= capacity <= 1_000_000:
        raise RegistrationError(
            _("The capacity must be a whole number from 0 to 1,000,000.")
        )
    if event is not None and event.program_id != program.pk:
        raise RegistrationError(_("This event belongs to another program."))
    with transaction.atomic():
        locked = seats.lock_program(program.pk)
        target = event or program
        target.capacity = capacity
        target.save(update_fields=["capacity"])
        if event is not None:
            return seats.promote(locked, event)
        locked.capacity = capacity
        promoted = []
        for event_id in seats.pools_using_program_capacity(program.pk):
            pool_event = Event.objects.get(pk=event_id) if event_id else None
            promoted += seats.promote(locked, pool_event)
        return promoted
