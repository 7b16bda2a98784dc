"""A participant's rights over their data, and the retention policy.

- ``personal_data`` gathers everything Caravan holds about a person, for
  them to take away (``export_personal_data`` also records who took it).
- ``erase_participant`` anonymises a person: their name, contacts, biography
  and photo are gone, and so is everything logistics held about their trips
  (travel details, legs, visas, room nights, change requests), but their
  registrations stay with status, category and country, so a program's
  counts and charts remain true.
- ``purge_personal_data`` applies the retention period: people whose every
  program ended more than ``PERSONAL_DATA_RETENTION_DAYS`` ago are erased.

Each action is written to the audit log and, when a person did it in the
admin, to Django's admin history of the participant.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import (
    CharField,
    DateField,
    Exists,
    F,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Cast, Coalesce, Greatest, TruncDate
from django.utils import timezone

from ..models import (
    AuditEntry,
    ChangeRequest,
    Event,
    Image,
    ItineraryStop,
    Participant,
    Registration,
    RoomNight,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
)
from ..models.registrations import new_registration_token
from . import audit, logistics, registration

# What an erased person's given name becomes; the family name becomes "#<id>",
# so erased people stay apart in lists without any word to translate.
ERASED_NAME = "—"
TRANSLATED_BIO_FIELDS = [
    f"bio_{code.replace('-', '_')}" for code in settings.LANGUAGE_CODES
]
# Fields whose content is gone after erasure, named as the admin history shows.
ERASED_FIELDS = [
    "given name",
    "family name",
    "name in native script",
    "email",
    "phone",
    "organisation",
    "biography",
    "photo",
]
# Rows about a person's trips, each pointing at one of their registrations;
# erasure deletes them all (the audit log keeps who changed what, not values).
PERSONAL_LOGISTICS = (
    TravelDetails,
    TravelLeg,
    VisaRequirement,
    RoomNight,
    ChangeRequest,
)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _trip(entry: Registration) -> dict:
    """What logistics holds about one registration's trip."""
    details = getattr(entry, "travel_details", None)
    return {
        "program": entry.program.slug,
        "event": entry.event.slug if entry.event else None,
        "travel_details": (
            logistics.travel_details_as_json(details) if details else None
        ),
        "travel_legs": [
            {
                "stop": str(leg.stop.city),
                "direction": leg.direction,
                "date": _iso(leg.date),
                "time": _iso(leg.time),
                "mode": leg.mode,
                "number": leg.number,
                "from": leg.from_place,
                "to": leg.to_place,
            }
            for leg in entry.travel_legs.all()
        ],
        "visa_requirements": [
            {
                "country": visa.country.code,
                "needs_visa": visa.needs_visa,
                "letter_generated_at": _iso(visa.letter_generated_at),
            }
            for visa in entry.visa_requirements.all()
        ],
        "room_nights": [
            {
                "hotel": night.room.hotel.name,
                "room": night.room.label,
                "night": _iso(night.night),
            }
            for night in entry.room_nights.all()
        ],
        "change_requests": [
            {
                "status": request.status,
                "requested_at": _iso(request.requested_at),
                "decided_at": _iso(request.decided_at),
                "changes": request.changes,
            }
            for request in entry.change_requests.all()
        ],
    }


def _audit_entries_about(person: Participant) -> QuerySet[AuditEntry]:
    """Audit entries about the person or one of their registrations."""
    # The log keeps object ids as text; compared inside the one query.
    registration_keys = person.registrations.annotate(
        key=Cast("pk", output_field=CharField())
    ).values("key")
    about = Q(
        content_type=ContentType.objects.get_for_model(Participant),
        object_id=str(person.pk),
    ) | Q(
        content_type=ContentType.objects.get_for_model(Registration),
        object_id__in=registration_keys,
    )
    return AuditEntry.objects.filter(about).select_related("actor")


def personal_data(participant: Participant) -> dict:
    """Everything held about ``participant``, as JSON-ready data."""
    person = Participant.objects.select_related("organisation").get(pk=participant.pk)
    registrations = person.registrations.select_related(
        "program", "event", "travel_details"
    ).prefetch_related(
        Prefetch("travel_legs", TravelLeg.objects.select_related("stop__city")),
        "visa_requirements",
        Prefetch("room_nights", RoomNight.objects.select_related("room__hotel")),
        "change_requests",
    )
    coverage = person.press_coverage.select_related("program", "outlet")
    interpreting = person.interpreting.select_related("event")
    audit_entries = _audit_entries_about(person)
    return {
        "participant": {
            "id": person.pk,
            "given_name": person.given_name,
            "family_name": person.family_name,
            "native_name": person.native_name,
            "email": person.email,
            "phone": person.phone,
            "organisation": person.organisation.name if person.organisation else None,
            "country": person.country.code or None,
            "category": person.category,
            "preferred_language": person.preferred_language,
            "biography": {
                name.removeprefix("bio_"): getattr(person, name)
                for name in TRANSLATED_BIO_FIELDS
                if getattr(person, name)
            },
            "photo": person.photo.file.name if person.photo else None,
            "public_listing_consent": person.public_listing_consent,
            "consent_given_at": _iso(person.consent_given_at),
            "created_at": _iso(person.created_at),
            "updated_at": _iso(person.updated_at),
        },
        "registrations": [
            {
                "program": entry.program.slug,
                "event": entry.event.slug if entry.event else None,
                "status": entry.status,
                "source": entry.source,
                "waitlist_position": entry.waitlist_position,
                "motivation": entry.motivation,
                "applied_at": _iso(entry.applied_at),
                "verified_at": _iso(entry.verified_at),
                "confirmed_at": _iso(entry.confirmed_at),
                "attended_at": _iso(entry.attended_at),
                "cancelled_at": _iso(entry.cancelled_at),
                "privacy_accepted_at": _iso(entry.privacy_accepted_at),
            }
            for entry in registrations
        ],
        "logistics": [_trip(entry) for entry in registrations],
        "interpreting": [
            {
                "event": assignment.event.slug,
                "from": assignment.from_language,
                "to": assignment.to_language,
                "both_ways": assignment.both_ways,
            }
            for assignment in interpreting
        ],
        "press_coverage": [
            {
                "title": item.title,
                "outlet": item.outlet.name if item.outlet else None,
                "program": item.program.slug,
                "url": item.url,
                "language": item.language,
                "published_on": _iso(item.published_on),
            }
            for item in coverage
        ],
        "audit_log": [
            {
                "when": _iso(entry.created_at),
                "action": entry.action,
                "by": entry.actor.get_username() if entry.actor else None,
                "details": entry.details,
            }
            for entry in audit_entries
        ],
    }


def _log_in_admin_history(user, participant: Participant, message) -> None:
    """Add an entry to the participant's admin history, if a person acted."""
    if user is None or not getattr(user, "is_authenticated", False):
        return
    LogEntry.objects.log_actions(
        user.pk, [participant], CHANGE, message, single_object=True
    )


def export_personal_data(participant: Participant, *, user=None) -> dict:
    """``personal_data``, with the export recorded in the audit log and the
    admin history (the person's data has left Caravan)."""
    with transaction.atomic():
        data = personal_data(participant)
        audit.record(AuditEntry.Action.EXPORTED_PERSONAL_DATA, participant, user=user)
        _log_in_admin_history(user, participant, "Exported personal data")
    return data


def _delete_if_unused(image: Image) -> None:
    """Delete a photo that nothing but the erased person pointed at."""
    # Hidden relations too: a program's hero image has no reverse name.
    relations = [
        field
        for field in image._meta.get_fields(include_hidden=True)
        if field.auto_created and not field.concrete and field.is_relation
    ]
    for relation in relations:
        related = relation.related_model._base_manager.filter(
            **{relation.field.name: image}
        )
        if related.exists():
            return
    image.file.delete(save=False)
    image.delete()


def _scrub_history(participant: Participant) -> None:
    """Replace the person's name in the labels of old log entries."""
    label = str(participant)
    registrations = list(participant.registrations.values_list("pk", flat=True))
    for model, ids, text in (
        (Participant, [participant.pk], label),
        (Registration, registrations, f"{label} →"),
    ):
        content_type = ContentType.objects.get_for_model(model)
        keys = [str(pk) for pk in ids]
        LogEntry.objects.filter(content_type=content_type, object_id__in=keys).update(
            object_repr=text
        )
        AuditEntry.objects.filter(content_type=content_type, object_id__in=keys).update(
            object_repr=text
        )


def erase_participant(
    participant: Participant,
    *,
    user=None,
    action: str = AuditEntry.Action.ERASED_PERSONAL_DATA,
) -> Participant:
    """Anonymise ``participant``, keeping their registrations for the counts.

    Name, native name, email, phone, organisation, biography (in every
    language), photo and consent are removed; the people's motivation texts
    and self-service links go too, and every logistics row of their
    registrations (``PERSONAL_LOGISTICS``). Category, country and preferred
    language stay, and so does every registration with its status. Erasing an
    erased person changes nothing.
    """
    with transaction.atomic():
        person = Participant.objects.select_for_update().get(pk=participant.pk)
        if person.erased_at is not None:
            return person
        photo = person.photo
        person.given_name = ERASED_NAME
        person.family_name = f"#{person.pk}"
        for name in ("native_name", "email", "phone", "bio"):
            setattr(person, name, "")
        for name in TRANSLATED_BIO_FIELDS:
            setattr(person, name, "")
        person.organisation = None
        person.photo = None
        person.public_listing_consent = False
        person.erased_at = timezone.now()
        person.save()
        if photo is not None:
            _delete_if_unused(photo)
        person.press_coverage.update(journalist=None)
        for model in PERSONAL_LOGISTICS:
            model.objects.filter(registration__participant=person).delete()
        # New tokens: the old self-service links were sent to the old address.
        for pk in person.registrations.values_list("pk", flat=True):
            Registration.objects.filter(pk=pk).update(
                motivation="", token=new_registration_token()
            )
        _scrub_history(person)
        audit.record(action, person, user=user)
        _log_in_admin_history(user, person, [{"changed": {"fields": ERASED_FIELDS}}])
    participant.refresh_from_db()
    return participant


def program_ended_on(path: str):
    """The day the program at ``path`` ended, as an expression: its end date,
    or else its last scheduled day (the latest of its start date, its stops'
    dates and its events' days), as ``logistics.program_end`` reckons it; so a
    program dated only by its stops is purged like any other."""
    stops = (
        ItineraryStop.objects.filter(program=OuterRef(path))
        .order_by()
        .values("program")
        .annotate(last=Max(Coalesce("departure_date", "arrival_date")))
        .values("last")
    )
    events = (
        Event.objects.filter(program=OuterRef(path))
        .order_by()
        .values("program")
        .annotate(last=Max(TruncDate("starts_at")))
        .values("last")
    )
    start, stop, event = (
        F(f"{path}__start_date"),
        Subquery(stops, output_field=DateField()),
        Subquery(events, output_field=DateField()),
    )
    # Greatest of the three, each term never null while one of them is not
    # (SQLite's MAX() of a null is null).
    latest = Greatest(
        Coalesce(start, stop, event),
        Coalesce(stop, event, start),
        Coalesce(event, start, stop),
    )
    return Coalesce(F(f"{path}__end_date"), latest)


def participants_past_retention(
    now: datetime.datetime | None = None,
) -> QuerySet[Participant]:
    """People not yet erased whose every registration is for a program that
    ended (``program_ended_on``) more than ``PERSONAL_DATA_RETENTION_DAYS`` ago.

    People with no registration (a journalist credited in press coverage)
    and invented demo people are left alone.
    """
    now = now or timezone.now()
    cutoff = now.date() - datetime.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)
    still_held = Registration.objects.filter(participant=OuterRef("pk")).alias(
        ended_on=program_ended_on("program")
    )
    still_held = still_held.filter(Q(ended_on__isnull=True) | Q(ended_on__gt=cutoff))
    return Participant.objects.filter(
        Exists(Registration.objects.filter(participant=OuterRef("pk"))),
        ~Exists(still_held),
        erased_at__isnull=True,
        is_demo=False,
    )


@dataclass(frozen=True)
class PurgeResult:
    erased: int
    expired_applications: int


def purge_personal_data(
    now: datetime.datetime | None = None, *, dry_run: bool = False
) -> PurgeResult:
    """Apply the retention policy: erase everyone past it, and delete
    expired unverified applications. ``dry_run`` only counts, writing nothing.

    Running it again erases nobody twice.
    """
    due = participants_past_retention(now)
    if dry_run:
        # The registration service alone knows which applications expired:
        # let it delete them, count, and roll the deletion back.
        with transaction.atomic():
            expired = registration.delete_expired_applications(now)
            transaction.set_rollback(True)
        return PurgeResult(erased=due.count(), expired_applications=expired)
    erased = 0
    for participant in due.only("pk").iterator():
        erase_participant(participant, action=AuditEntry.Action.PURGED_PERSONAL_DATA)
        erased += 1
    expired = registration.delete_expired_applications(now)
    return PurgeResult(erased=erased, expired_applications=expired)
