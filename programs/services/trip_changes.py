"""A person's arrivals, departures and visa answers as a change request
holds them, and applying such a change.

After the deadline a participant's corrections wait for the organisers
(``follow_up.py`` files them, ``logistics.approve_change`` applies them).
Beside the travel-details fields, a request's ``changes`` may then hold:

- ``"leg:<stop id>:<direction>"``: the leg before and after, each a JSON
  object of ``LEG_FIELDS`` or null (no such leg);
- ``"visas"``: the itinerary's countries the person needs a visa for,
  before and after, as sorted lists of country codes.

The registration is locked by the caller, as for every logistics change.
"""

import datetime
from typing import Any

from django.utils import formats
from django.utils.translation import gettext as _
from django_countries import countries

from ..models import AuditEntry, ItineraryStop, Registration, TravelLeg, VisaRequirement
from . import audit

LEG_FIELDS = ("date", "time", "mode", "number", "from_place", "to_place")
LEG_PREFIX = "leg:"
VISAS = "visas"


def is_trip_key(key: str) -> bool:
    return key == VISAS or key.startswith(LEG_PREFIX)


def leg_key(stop_id: int, direction: str) -> str:
    return f"{LEG_PREFIX}{stop_id}:{direction}"


def _parsed(key: str) -> tuple[int, str]:
    stop_id, direction = key[len(LEG_PREFIX) :].split(":")
    return int(stop_id), direction


def leg_json(leg: TravelLeg | None) -> dict | None:
    if leg is None:
        return None
    values = {}
    for name in LEG_FIELDS:
        value = getattr(leg, name)
        if isinstance(value, datetime.time):
            value = value.isoformat(timespec="minutes")
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        values[name] = value if value is not None else ""
    return values


def needed_visas(registration: Registration) -> list[str]:
    return sorted(
        row.country.code
        for row in registration.visa_requirements.filter(needs_visa=True)
    )


def current(registration: Registration, keys) -> dict[str, Any]:
    """What ``keys`` hold for ``registration`` now."""
    legs = {
        leg_key(leg.stop_id, leg.direction): leg
        for leg in registration.travel_legs.all()
    }
    return {
        key: needed_visas(registration) if key == VISAS else leg_json(legs.get(key))
        for key in keys
    }


def apply(registration: Registration, changes: dict, by) -> None:
    """Make the trip changes of ``changes`` (other keys are left alone)."""
    legs = {
        leg_key(leg.stop_id, leg.direction): leg
        for leg in registration.travel_legs.all()
    }
    for key, change in changes.items():
        if key == VISAS:
            _apply_visas(registration, set(change["new"]), by)
        elif key.startswith(LEG_PREFIX):
            _apply_leg(registration, key, legs.get(key), change["new"], by)


def _apply_leg(registration, key, leg, new: dict | None, by) -> None:
    Action = AuditEntry.Action
    if new is None:
        if leg is not None:
            pk = leg.pk
            leg.delete()
            audit.record(Action.TRAVEL_LEG_DELETED, registration, user=by, record=pk)
        return
    stop_id, direction = _parsed(key)
    leg = leg or TravelLeg(
        registration=registration, stop_id=stop_id, direction=direction
    )
    for name in LEG_FIELDS:
        field = TravelLeg._meta.get_field(name)
        value = new.get(name)
        empty = None if field.null else ""
        setattr(leg, name, field.to_python(value) if value else empty)
    leg.full_clean()
    leg.save()
    audit.record(Action.TRAVEL_LEG_SAVED, registration, user=by, record=leg.pk)


def _apply_visas(registration, needed: set[str], by) -> None:
    rows = {row.country.code: row for row in registration.visa_requirements.all()}
    countries = {
        stop.city.country.code
        for stop in registration.program.itinerary_stops.select_related("city")
    }
    for code in sorted(countries):
        row = rows.get(code)
        needs = code in needed
        if (row is None and not needs) or (row is not None and row.needs_visa == needs):
            continue
        row = row or VisaRequirement(registration=registration, country=code)
        row.needs_visa = needs
        row.full_clean()
        row.save()
        audit.record(AuditEntry.Action.VISA_SAVED, registration, user=by, record=row.pk)


def label(key: str) -> str:
    """What a trip key is called where an organiser reads the request."""
    if key == VISAS:
        return _("Visas")
    stop_id, direction = _parsed(key)
    stop = ItineraryStop.objects.select_related("city").filter(pk=stop_id).first()
    place = stop.city.name if stop else "—"
    return f"{TravelLeg.Direction(direction).label}: {place}"


def shown(key: str, value) -> str:
    """A trip value of a change request, in words."""
    if value in (None, [], ""):
        return "—"
    if key == VISAS:
        return ", ".join(countries.name(code) for code in value)
    parts = [formats.date_format(datetime.date.fromisoformat(value["date"]))]
    if value.get("time"):
        parts.append(value["time"])
    parts.append(str(TravelLeg.Mode(value["mode"]).label) if value.get("mode") else "")
    parts += [value.get("number", ""), value.get("from_place", "")]
    if value.get("to_place"):
        parts.append("→ " + value["to_place"])
    return " ".join(part for part in parts if part)
