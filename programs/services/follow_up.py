"""The follow-up form a confirmed participant fills in on their
self-service link: their travel details, their arrival at and departure from
each stop, and the itinerary's countries they need a visa for.

Everything they send is saved together or not at all. Before the program's
deadline it is saved at once; after it, all of it (details, legs and visas
alike) becomes one change request for the organisers, who approve or reject
it (``logistics.approve_change``).
"""

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from ..models import AuditEntry, ChangeRequest, Registration, TravelDetails, TravelLeg
from . import audit, trip_changes
from .logistics import (
    delete_travel_record,
    details_changes,
    is_past_deadline,
    lock_registration,
    save_travel_details,
    save_travel_record,
    travel_details_as_json,
)


@dataclass
class LegAnswer:
    """One arrival or departure as a participant gave it on the follow-up
    form: ``leg`` with its values set, or None for "no such leg"."""

    stop_id: int
    direction: str
    leg: TravelLeg | None


def itinerary_countries(program) -> list:
    """The countries of a program's itinerary, in the order of its stops."""
    seen = {}
    for stop in program.itinerary_stops.select_related("city").order_by("position"):
        seen.setdefault(stop.city.country.code, stop.city.country)
    return list(seen.values())


def save_follow_up(
    registration: Registration,
    details: Mapping[str, Any],
    legs: Iterable[LegAnswer] = (),
    visa_countries: Iterable[str] | None = None,
) -> TravelDetails | ChangeRequest:
    """Save what the participant sent, or after the deadline file it as one
    change request (returned). ``visa_countries`` names the countries of the
    itinerary the person needs a visa for (None: not asked)."""
    legs = list(legs)
    with transaction.atomic():
        registration = lock_registration(registration)
        for answer in legs:
            if answer.leg is not None:
                answer.leg.registration = registration
                answer.leg.stop_id = answer.stop_id
                answer.leg.direction = answer.direction
        if is_past_deadline(registration.program):
            return _file_change_request(registration, details, legs, visa_countries)
        result = save_travel_details(registration, details, by=None)
        existing = {
            (leg.stop_id, leg.direction): leg for leg in registration.travel_legs.all()
        }
        for answer in legs:
            current = existing.get((answer.stop_id, answer.direction))
            if answer.leg is None:
                if current is not None:
                    delete_travel_record(current, by=None)
                continue
            answer.leg.pk = current.pk if current else None
            save_travel_record(answer.leg, by=None)
        if visa_countries is not None:
            trip_changes.apply(
                registration,
                {trip_changes.VISAS: {"new": sorted(visa_countries)}},
                None,
            )
    return result


def _file_change_request(registration, details, legs, visa_countries):
    saved, changes = details_changes(registration, details)
    asked = [trip_changes.leg_key(a.stop_id, a.direction) for a in legs]
    if visa_countries is not None:
        asked.append(trip_changes.VISAS)
    now = trip_changes.current(registration, asked)
    for answer in legs:
        key = trip_changes.leg_key(answer.stop_id, answer.direction)
        if answer.leg is not None:
            answer.leg.full_clean(validate_unique=False, validate_constraints=False)
        new = trip_changes.leg_json(answer.leg)
        if now[key] != new:
            changes[key] = {"old": now[key], "new": new}
    if visa_countries is not None:
        countries = {
            country.code for country in itinerary_countries(registration.program)
        }
        new = sorted(set(visa_countries) & countries)
        if now[trip_changes.VISAS] != new:
            changes[trip_changes.VISAS] = {"old": now[trip_changes.VISAS], "new": new}
    if not changes:
        return saved
    request = ChangeRequest.objects.create(registration=registration, changes=changes)
    audit.record(
        AuditEntry.Action.TRAVEL_CHANGE_REQUESTED,
        registration,
        fields=sorted(changes),
        change_request=request.pk,
    )
    return request


def fingerprint(registration: Registration) -> str:
    """A digest of everything the follow-up form shows: sent back with the
    form, it tells whether someone (an organiser, say) changed the details,
    legs or visas since the participant opened the page."""
    details = TravelDetails.objects.filter(registration=registration).first()
    stops = registration.program.itinerary_stops.values_list("pk", flat=True)
    keys = [
        trip_changes.leg_key(stop, direction)
        for stop in stops.order_by("pk")
        for direction in TravelLeg.Direction.values
    ]
    state = {
        "details": travel_details_as_json(details) if details else None,
        **trip_changes.current(registration, [*keys, trip_changes.VISAS]),
    }
    encoded = json.dumps(state, sort_keys=True, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()[:32]
