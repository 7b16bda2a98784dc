"""Delegation logistics: travel details and their deadline, travel legs and
visas, and the warnings organisers read before a trip. Rooms are in
``rooming.py``, interpreters in ``interpreting.py``.

Only confirmed (or attended) registrations travel. Each change runs under the
registration's row lock and is written to the audit log against the
registration, naming the fields changed but never their values: the log
outlives an erasure, a passport number must not.

After the program's deadline (``LogisticsSettings``) a change to travel
details is not saved but kept as a pending ``ChangeRequest``, which an
organiser approves (it is applied then) or rejects.
"""

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from ..models import (
    AuditEntry,
    ChangeRequest,
    LogisticsSettings,
    Registration,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
)
from ..models.registrations import SEAT_STATUSES
from . import audit, trip_changes
from .trip_changes import is_trip_key

Action = AuditEntry.Action
Status = ChangeRequest.Status

# Many countries admit a visitor only on a passport valid six months past the
# stay. Six months are counted as 183 days (half a year, rounded up), so the
# warning does not depend on the months between which the program ends.
PASSPORT_VALIDITY_AFTER_PROGRAM = datetime.timedelta(days=183)

# The fields of TravelDetails that people fill in (the rest is bookkeeping).
TRAVEL_DETAIL_FIELDS = (
    "passport_name",
    "nationality",
    "passport_number",
    "passport_expires_on",
    "dietary_requirements",
    "accessibility_needs",
    "languages_spoken",
    "interpreter_from",
    "interpreter_to",
    "emergency_contact_name",
    "emergency_contact_phone",
)
# What saving or deleting each kind of travel record writes to the audit log.
RECORD_ACTIONS = {
    TravelLeg: (Action.TRAVEL_LEG_SAVED, Action.TRAVEL_LEG_DELETED),
    VisaRequirement: (Action.VISA_SAVED, Action.VISA_DELETED),
}


@dataclass(frozen=True)
class Flag:
    """Something for an organiser to look into: a stable ``code`` and the
    ``message`` in the active language."""

    code: str
    message: str


def _actor(by):
    return by if by is not None and getattr(by, "is_authenticated", False) else None


def _day(value: datetime.date) -> str:
    return formats.date_format(value)


def lock_registration(
    registration: Registration, *, travelling: bool = True
) -> Registration:
    """Lock ``registration`` until the transaction ends and re-read it;
    with ``travelling``, refuse one that does not travel (neither confirmed
    nor attended). Every logistics change to a person's rows takes it first."""
    fresh = (
        Registration.objects.select_for_update(no_key=True, of=("self",))
        .select_related("program", "participant")
        .get(pk=registration.pk)
    )
    if travelling and fresh.status not in SEAT_STATUSES:
        raise ValidationError(
            _(
                "Only confirmed participants have travel details, rooms and "
                "visas; this registration is “%(status)s”."
            ),
            params={"status": fresh.get_status_display()},
            code="not_travelling",
        )
    return fresh


def travel_details_deadline(program) -> datetime.datetime | None:
    """The moment after which travel details change only on approval."""
    return (
        LogisticsSettings.objects.filter(program=program)
        .values_list("travel_details_deadline", flat=True)
        .first()
    )


def is_past_deadline(program, now: datetime.datetime | None = None) -> bool:
    """Has the program's deadline for travel details passed (never, without
    one)?"""
    deadline = travel_details_deadline(program)
    return deadline is not None and (now or timezone.now()) >= deadline


def _as_json(value) -> Any:
    """A field's value as the JSON a change request keeps."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    # A django-countries Country keeps its code.
    return getattr(value, "code", value)


def _current(details: TravelDetails, names: Iterable[str]) -> dict[str, Any]:
    return {name: _as_json(getattr(details, name)) for name in names}


def travel_details_as_json(details: TravelDetails) -> dict[str, Any]:
    """Every travel detail a person gave, as JSON-ready data."""
    return _current(details, TRAVEL_DETAIL_FIELDS)


def _details_of(registration: Registration) -> TravelDetails:
    found = TravelDetails.objects.filter(registration=registration).first()
    return found or TravelDetails(registration=registration)


def details_changes(
    registration: Registration, data: Mapping[str, Any]
) -> tuple[TravelDetails, dict]:
    """The travel details of ``registration`` with ``data`` set (validated,
    not saved), and what that changes, field by field: ``{"old", "new"}``."""
    unknown = set(data) - set(TRAVEL_DETAIL_FIELDS)
    if unknown:
        raise ValueError(f"not travel details: {', '.join(sorted(unknown))}")
    details = _details_of(registration)
    before = _current(details, data)
    for name, value in data.items():
        setattr(details, name, value)
    details.full_clean()
    after = _current(details, data)
    changes = {
        name: {"old": before[name], "new": after[name]}
        for name in data
        if before[name] != after[name]
    }
    return details, changes


def save_travel_details(
    registration: Registration, data: Mapping[str, Any], by
) -> TravelDetails | ChangeRequest:
    """Set the travel details ``data`` (field name to value) of ``registration``.

    Before the program's deadline they are saved at once and the saved
    details returned; after it nothing changes yet, and the pending
    ``ChangeRequest`` holding the old and new values is returned instead.
    Values are validated either way; unchanged values are ignored. Raises
    ``ValidationError`` for invalid values or a registration not confirmed.
    """
    with transaction.atomic():
        registration = lock_registration(registration)
        details, changes = details_changes(registration, data)
        if not changes:
            return details
        fields = sorted(changes)
        if is_past_deadline(registration.program):
            request = ChangeRequest.objects.create(
                registration=registration, changes=changes, requested_by=_actor(by)
            )
            audit.record(
                Action.TRAVEL_CHANGE_REQUESTED,
                registration,
                user=by,
                fields=fields,
                change_request=request.pk,
            )
            return request
        details.save()
        audit.record(Action.TRAVEL_DETAILS_SAVED, registration, user=by, fields=fields)
    return details


def _pending(request: ChangeRequest) -> ChangeRequest:
    fresh = ChangeRequest.objects.select_for_update().get(pk=request.pk)
    if fresh.status != Status.PENDING:
        raise ValidationError(
            _("This change request has already been decided."), code="decided"
        )
    return fresh


def _decide(request: ChangeRequest, status: str, by) -> None:
    request.status = status
    request.decided_at = timezone.now()
    request.decided_by = _actor(by)
    request.save(update_fields=["status", "decided_at", "decided_by"])


def approve_change(request: ChangeRequest, by) -> TravelDetails:
    """Apply a pending change request to the travel details, all at once.

    Refused (``ValidationError``) when it is already decided, when the
    registration no longer travels, or when a field it changes was changed
    another way since it was made: approving it would undo that silently.
    """
    with transaction.atomic():
        registration = lock_registration(request.registration)
        request = _pending(request)
        details = _details_of(registration)
        fields = {k: v for k, v in request.changes.items() if not is_trip_key(k)}
        trip = {k: v for k, v in request.changes.items() if is_trip_key(k)}
        now = trip_changes.current(registration, trip)
        moved = [
            name
            for name, change in fields.items()
            if _as_json(getattr(details, name)) != change["old"]
        ] + [key for key, change in trip.items() if now[key] != change["old"]]
        if moved:
            labels = [change_label(name) for name in moved]
            raise ValidationError(
                _(
                    "The travel details changed after this request was made "
                    "(%(fields)s); reject it and ask again."
                ),
                params={"fields": ", ".join(labels)},
                code="stale",
            )
        for name, change in fields.items():
            field = TravelDetails._meta.get_field(name)
            setattr(details, name, field.to_python(change["new"]))
        if fields:
            details.full_clean()
            details.save()
        trip_changes.apply(registration, trip, by)
        _decide(request, Status.APPROVED, by)
        audit.record(
            Action.TRAVEL_CHANGE_APPROVED,
            registration,
            user=by,
            fields=sorted(request.changes),
            change_request=request.pk,
        )
    return details


def change_label(key: str) -> str:
    """What one entry of a change request is called: a travel-details field,
    a leg or the visas."""
    if is_trip_key(key):
        return trip_changes.label(key)
    return str(TravelDetails._meta.get_field(key).verbose_name)


def change_shown(key: str, value) -> str:
    """One old or new value of a change request, in words."""
    if is_trip_key(key):
        return trip_changes.shown(key, value)
    return str(value) if value not in (None, "") else "—"


def reject_change(request: ChangeRequest, by) -> ChangeRequest:
    """Close a pending change request without touching the travel details."""
    with transaction.atomic():
        registration = lock_registration(request.registration, travelling=False)
        request = _pending(request)
        _decide(request, Status.REJECTED, by)
        audit.record(
            Action.TRAVEL_CHANGE_REJECTED,
            registration,
            user=by,
            fields=sorted(request.changes),
            change_request=request.pk,
        )
    return request


def save_travel_record(
    record: TravelLeg | VisaRequirement, by
) -> TravelLeg | VisaRequirement:
    """Validate and save a travel leg or a visa requirement."""
    saved, _deleted = RECORD_ACTIONS[type(record)]
    with transaction.atomic():
        registration = lock_registration(record.registration)
        record.full_clean()
        record.save()
        audit.record(saved, registration, user=by, record=record.pk)
    return record


def delete_travel_record(record: TravelLeg | VisaRequirement, by) -> None:
    """Delete a travel leg or a visa requirement."""
    _saved, deleted = RECORD_ACTIONS[type(record)]
    with transaction.atomic():
        registration = lock_registration(record.registration, travelling=False)
        pk = record.pk
        record.delete()
        audit.record(deleted, registration, user=by, record=pk)


def record_visa_letter(visa: VisaRequirement, by) -> VisaRequirement:
    """Note that the invitation letter for ``visa`` has been generated now."""
    if not visa.needs_visa:
        raise ValidationError(
            _("No letter is needed: this person needs no visa for this country."),
            code="no_visa",
        )
    with transaction.atomic():
        registration = lock_registration(visa.registration)
        visa.letter_generated_at = timezone.now()
        visa.save(update_fields=["letter_generated_at"])
        audit.record(
            Action.VISA_LETTER_GENERATED, registration, user=by, record=visa.pk
        )
    return visa


def program_end(program) -> datetime.date | None:
    """The day ``program`` ends: its end date; without one, the latest of its
    start date, its stops' dates and its events' days (in each event's time
    zone); ``None`` when it has no date at all."""
    if program.end_date is not None:
        return program.end_date
    stops = program.itinerary_stops.aggregate(
        arrival=Max("arrival_date"), departure=Max("departure_date")
    )
    last_event = (
        program.events.annotate(last=Coalesce("ends_at", "starts_at"))
        .order_by("-last")
        .only("starts_at", "ends_at", "timezone")
        .first()
    )
    days = [program.start_date, stops["arrival"], stops["departure"]]
    if last_event is not None:
        moment = last_event.ends_at or last_event.starts_at
        days.append(timezone.localtime(moment, ZoneInfo(last_event.timezone)).date())
    return max(filter(None, days), default=None)


def passport_warnings(registration: Registration) -> list[Flag]:
    """Passport problems: no expiry date, or one that falls within six months
    (``PASSPORT_VALIDITY_AFTER_PROGRAM``) of the program's end
    (``program_end``; for a program without any date, only a missing one)."""
    expiry = (
        TravelDetails.objects.filter(registration=registration)
        .values_list("passport_expires_on", flat=True)
        .first()
    )
    if expiry is None:
        return [_missing_expiry()]
    end = program_end(registration.program)
    # A mistyped year 9999 would overflow the sum; no passport is that old.
    if end is not None and end > datetime.date.max - PASSPORT_VALIDITY_AFTER_PROGRAM:
        return []
    if end is not None and expiry < end + PASSPORT_VALIDITY_AFTER_PROGRAM:
        message = _(
            "The passport expires on %(date)s, less than six months after "
            "the program ends (%(end)s)."
        ) % {"date": _day(expiry), "end": _day(end)}
        return [Flag("passport_expires_soon", message)]
    return []


def _missing_expiry() -> Flag:
    return Flag(
        "passport_expiry_missing", str(_("The passport expiry date is missing."))
    )


def missing_information(registration: Registration) -> list[Flag]:
    """What is still missing for ``registration`` to travel: the passport's
    expiry date, an arrival at each stop of the itinerary, and the invitation
    letter for each visa needed."""
    flags = []
    details = TravelDetails.objects.filter(registration=registration).first()
    if details is None or details.passport_expires_on is None:
        flags.append(_missing_expiry())
    arrivals = set(
        registration.travel_legs.filter(
            direction=TravelLeg.Direction.ARRIVAL
        ).values_list("stop_id", flat=True)
    )
    stops = registration.program.itinerary_stops.select_related("city")
    for stop in stops.order_by("position", "pk"):
        if stop.pk not in arrivals:
            message = _("No arrival is recorded for %(stop)s.") % {"stop": stop.city}
            flags.append(Flag("arrival_missing", message))
    visas = registration.visa_requirements.filter(
        needs_visa=True, letter_generated_at__isnull=True
    )
    for visa in visas:
        message = _(
            "A visa for %(country)s is needed, but no invitation letter has "
            "been generated."
        ) % {"country": visa.country.name}
        flags.append(Flag("visa_letter_missing", message))
    return flags
