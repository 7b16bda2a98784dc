"""The demo delegation's logistics on the reference program: travel details,
legs and visas of the confirmed demo participants, hotels with rooms and
room nights, an interpreter at one event, the deadline and a pending change.

Everything is fictional (see ``text/demo_logistics.py``). Logistics rows have
no ``is_demo`` flag of their own: they hang off demo registrations of demo
participants, or off hotels named "Demo Hotel", which say so. Each row is
found again by its natural key (a registration and stop, a hotel's name, a
room's label), so seeding twice leaves the same rows.

The rows are written directly, each validated by its model's ``full_clean``:
the seed's deadline has passed, so the travel-details service would turn
them into change requests, and its audit entries would grow with each run.
"""

import datetime
import zoneinfo

from django.db import transaction

from ..models import (
    ChangeRequest,
    Event,
    Hotel,
    InterpreterAssignment,
    ItineraryStop,
    LogisticsSettings,
    Program,
    Registration,
    Room,
    RoomNight,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
)
from ..models.registrations import SEAT_STATUSES
from .demo_people import upsert_demo_participant
from .text import demo_logistics as text

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


def seed_demo_logistics(program: Program) -> None:
    """Create or refresh the demo logistics of ``program``'s confirmed demo
    participants."""
    with transaction.atomic():
        stops = {
            stop.city.slug: stop
            for stop in program.itinerary_stops.select_related("city")
        }
        _seed_deadline(program)
        rooms = _seed_hotels(program, stops)
        travelling = (
            Registration.objects.filter(
                program=program,
                event=None,
                status__in=SEAT_STATUSES,
                participant__is_demo=True,
            )
            .select_related("participant")
            .order_by("pk")
        )
        for registration in travelling:
            spec = text.TRAVELLERS.get(registration.participant.given_name)
            if spec is not None:
                _seed_traveller(registration, spec, stops, rooms)
        _seed_pending_change(travelling)
        _seed_interpreter(program)


def _almaty_time(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value).replace(tzinfo=ALMATY)


def _saved(model, lookup: dict, values: dict):
    """The row ``lookup`` finds, created or given ``values``, validated first.

    A row that already holds ``values`` is not saved again, so a second run
    leaves even its "updated" time as it was."""
    row = model.objects.filter(**lookup).first()
    if row is not None and all(
        getattr(row, name) == value for name, value in values.items()
    ):
        return row
    row = row or model(**lookup)
    for name, value in values.items():
        setattr(row, name, value)
    row.full_clean()
    row.save()
    return row


def _seed_deadline(program: Program) -> None:
    deadline = text.TRAVEL_DETAILS_DEADLINE
    moment = datetime.datetime.fromisoformat(deadline["at"]).replace(
        tzinfo=zoneinfo.ZoneInfo(deadline["timezone"])
    )
    _saved(LogisticsSettings, {"program": program}, {"travel_details_deadline": moment})


def _seed_hotels(
    program: Program, stops: dict[str, ItineraryStop]
) -> dict[tuple[str, str], Room]:
    """The demo hotels and their rooms, keyed by (stop's city, room label)."""
    rooms = {}
    for city, name in text.HOTELS.items():
        hotel = _saved(Hotel, {"program": program, "name": name}, {"stop": stops[city]})
        for label, beds in text.ROOMS:
            room = _saved(Room, {"hotel": hotel, "label": label}, {"capacity": beds})
            rooms[(city, label)] = room
    return rooms


def _seed_traveller(registration, spec, stops, rooms) -> None:
    participant = registration.participant
    expiry = spec["passport_expires_on"]
    details = {
        name: spec.get(name, "")
        for name in (
            "passport_name",
            "passport_number",
            "dietary_requirements",
            "accessibility_needs",
            "languages_spoken",
            "interpreter_from",
            "interpreter_to",
            "emergency_contact_name",
            "emergency_contact_phone",
        )
    }
    details |= {
        "nationality": participant.country.code,
        "passport_expires_on": expiry and datetime.date.fromisoformat(expiry),
    }
    _saved(TravelDetails, {"registration": registration}, details)
    for city in spec["stops"]:
        for direction, leg in text.STAYS[city].items():
            _seed_leg(registration, stops[city], direction, leg)
        _seed_nights(registration, rooms[(city, spec["room"])], text.STAYS[city])
    for country, letter in spec["visas"].items():
        _saved(
            VisaRequirement,
            {"registration": registration, "country": country},
            {
                "needs_visa": letter is not None,
                "letter_generated_at": _almaty_time(letter) if letter else None,
            },
        )


def _seed_leg(registration, stop, direction: str, leg: tuple) -> None:
    day, time, mode, number, from_place, to_place = leg
    _saved(
        TravelLeg,
        {"registration": registration, "stop": stop, "direction": direction},
        {
            "date": datetime.date.fromisoformat(day),
            "time": datetime.time.fromisoformat(time),
            "mode": mode,
            "number": number,
            "from_place": from_place,
            "to_place": to_place,
        },
    )


def _seed_nights(registration, room: Room, stay: dict) -> None:
    """The nights from the arrival's day to the one before the departure."""
    first = datetime.date.fromisoformat(stay["arrival"][0])
    last = datetime.date.fromisoformat(stay["departure"][0])
    for offset in range((last - first).days):
        night = first + datetime.timedelta(days=offset)
        _saved(
            RoomNight, {"registration": registration, "night": night}, {"room": room}
        )


def _seed_pending_change(travelling) -> None:
    change = text.PENDING_CHANGE
    registration = next(
        r for r in travelling if r.participant.given_name == change["traveller"]
    )
    field = change["field"]
    old = getattr(registration.travel_details, field)
    _saved(
        ChangeRequest,
        {"registration": registration, "status": ChangeRequest.Status.PENDING},
        {"changes": {field: {"old": old, "new": change["new"]}}},
    )


def _seed_interpreter(program: Program) -> None:
    interpreter = upsert_demo_participant(text.INTERPRETER, organisations={})
    # The interview events are seeded by ``demo_content.seed_demo_events``.
    event = Event.objects.get(
        slug=f"{program.slug}-interview-{text.INTERPRETED_EVENT_STOP}"
    )
    from_language, to_language = text.INTERPRETED_LANGUAGES
    _saved(
        InterpreterAssignment,
        {"event": event, "participant": interpreter},
        {
            "from_language": from_language,
            "to_language": to_language,
            "both_ways": True,
        },
    )
