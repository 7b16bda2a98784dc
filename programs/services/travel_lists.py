"""What organisers read and print while a delegation travels: the board of
each stop, day by day, the arrival and departure manifest of a stop, and the
rooming list of a hotel, night by night.

These only read; the rules that change travel details, legs and rooms are
in ``logistics.py`` and ``rooming.py``, and the warnings come from there too.
Each list is of the people who travel (confirmed or attended).
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from ..models import (
    Hotel,
    ItineraryStop,
    Program,
    Registration,
    RoomNight,
    TravelLeg,
)
from ..models.registrations import SEAT_STATUSES
from .logistics import Flag, missing_information, passport_warnings

Direction = TravelLeg.Direction


@dataclass
class Traveller:
    """One person who travels, with what the lists show of them."""

    registration: Registration
    details: object | None
    legs: dict[tuple[int, str], TravelLeg]
    flags: list[Flag]

    @property
    def participant(self):
        return self.registration.participant

    @property
    def needs(self) -> list[str]:
        """Dietary, accessibility and interpreting needs, as short lines."""
        details = self.details
        if details is None:
            return []
        lines = [details.dietary_requirements, details.accessibility_needs]
        if details.needs_interpreter:
            lines.append(
                _("Interpreting from %(from)s into %(into)s")
                % {
                    "from": details.get_interpreter_from_display(),
                    "into": details.get_interpreter_to_display(),
                }
            )
        return [line for line in lines if line]


@dataclass
class BoardDay:
    """One day at one stop: who arrives, who leaves, who sleeps where."""

    day: datetime.date
    arrivals: list[tuple[Traveller, TravelLeg]] = field(default_factory=list)
    departures: list[tuple[Traveller, TravelLeg]] = field(default_factory=list)
    rooms: list[tuple[object, list[Traveller]]] = field(default_factory=list)
    without_room: list[Traveller] = field(default_factory=list)


@dataclass
class StopBoard:
    stop: ItineraryStop
    hotels: list[Hotel]
    days: list[BoardDay]
    travellers: list[Traveller]


def travellers(program: Program, *, flagged: bool = False) -> list[Traveller]:
    """Everyone who travels with ``program``, by name; with ``flagged``, with
    their warnings too (a few queries a person: only the board shows them)."""
    registrations = (
        Registration.objects.filter(program=program, status__in=SEAT_STATUSES)
        .select_related("participant", "program", "travel_details")
        .prefetch_related(
            Prefetch("travel_legs", queryset=TravelLeg.objects.select_related("stop"))
        )
        .order_by("participant__family_name", "participant__given_name", "pk")
    )
    found = []
    for registration in registrations:
        details = getattr(registration, "travel_details", None)
        legs = {
            (leg.stop_id, leg.direction): leg for leg in registration.travel_legs.all()
        }
        flags = []
        if flagged:
            flags = passport_warnings(registration) + [
                flag
                for flag in missing_information(registration)
                if flag.code != "passport_expiry_missing"
            ]
        found.append(Traveller(registration, details, legs, flags))
    return found


def _stop_days(stop: ItineraryStop, legs: list[TravelLeg]) -> list[datetime.date]:
    """Every day from the first to the last that the stop's dates or a leg
    to or from it names."""
    named = {leg.date for leg in legs}
    named |= {day for day in (stop.arrival_date, stop.departure_date) if day}
    if not named:
        return []
    first, last = min(named), max(named)
    if (last - first).days > MAX_BOARD_DAYS:
        # Dates years apart are a typo; show the days named, not every one.
        return sorted(named)
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


# The longest stay a stop's board lists day by day.
MAX_BOARD_DAYS = 92


def program_board(program: Program) -> list[StopBoard]:
    """Each stop of ``program``, day by day."""
    people = travellers(program, flagged=True)
    stops = list(program.itinerary_stops.select_related("city").order_by("position"))
    hotels = defaultdict(list)
    for hotel in Hotel.objects.filter(program=program).order_by("name"):
        hotels[hotel.stop_id].append(hotel)
    nights = defaultdict(list)
    for night in RoomNight.objects.filter(room__hotel__program=program).select_related(
        "room__hotel"
    ):
        nights[(night.room.hotel.stop_id, night.night)].append(night)
    by_registration = {person.registration.pk: person for person in people}
    boards = []
    for stop in stops:
        legs = [
            (person, leg)
            for person in people
            for (stop_id, _direction), leg in person.legs.items()
            if stop_id == stop.pk
        ]
        days = []
        for day in _stop_days(stop, [leg for _person, leg in legs]):
            board_day = BoardDay(day)
            for person, leg in sorted(legs, key=lambda pair: _leg_order(pair[1])):
                if leg.date != day:
                    continue
                if leg.direction == Direction.ARRIVAL:
                    board_day.arrivals.append((person, leg))
                else:
                    board_day.departures.append((person, leg))
            by_room = defaultdict(list)
            for night in nights.get((stop.pk, day), []):
                by_room[night.room].append(by_registration.get(night.registration_id))
            board_day.rooms = sorted(
                (
                    (room, [p for p in sleepers if p])
                    for room, sleepers in by_room.items()
                ),
                key=lambda pair: (pair[0].hotel.name, pair[0].label),
            )
            housed = {n.registration_id for n in nights.get((stop.pk, day), [])}
            board_day.without_room = [
                p
                for p in people
                if p.registration.pk not in housed and _sleeps_at(p, stop, day)
            ]
            days.append(board_day)
        boards.append(StopBoard(stop, hotels.get(stop.pk, []), days, people))
    return boards


def _sleeps_at(person: Traveller, stop: ItineraryStop, night: datetime.date) -> bool:
    """Does ``person`` spend the night of ``night`` at ``stop``? From their
    arrival to their departure there, or the stop's own dates for a leg not
    given yet; never the night they leave."""
    arrival = person.legs.get((stop.pk, Direction.ARRIVAL))
    departure = person.legs.get((stop.pk, Direction.DEPARTURE))
    first = arrival.date if arrival else stop.arrival_date
    leaves = departure.date if departure else stop.departure_date
    if first is None or night < first:
        return False
    return leaves is None or night < leaves


def _leg_order(leg: TravelLeg) -> tuple:
    return (leg.date, leg.time or datetime.time.max, leg.number)


# The columns of the manifest and the rooming list, in order.
def manifest_columns() -> list[str]:
    return [
        _("Direction"),
        _("Date"),
        _("Time"),
        _("Means of travel"),
        _("Flight or train number"),
        _("From"),
        _("To"),
        _("Name in the passport"),
        _("Name"),
        _("Nationality"),
        _("Phone"),
        _("Needs"),
    ]


def manifest_rows(program: Program, stop: ItineraryStop) -> list[list[object]]:
    """Every arrival at and departure from ``stop``, in time order."""
    rows = []
    legs = [
        (person, leg)
        for person in travellers(program)
        for (stop_id, _direction), leg in person.legs.items()
        if stop_id == stop.pk
    ]
    for person, leg in sorted(
        legs, key=lambda pair: (pair[1].direction, *_leg_order(pair[1]))
    ):
        details = person.details
        rows.append(
            [
                leg.get_direction_display(),
                leg.date,
                leg.time,
                leg.get_mode_display(),
                leg.number,
                leg.from_place,
                leg.to_place,
                details.passport_name if details else "",
                person.participant.full_name,
                details.nationality.name if details and details.nationality else "",
                person.participant.phone,
                " · ".join(person.needs),
            ]
        )
    return rows


def rooming_columns() -> list[str]:
    return [
        _("Night of"),
        _("Room"),
        _("Beds"),
        _("Name in the passport"),
        _("Name"),
        _("Needs"),
    ]


def rooming_rows(
    hotel: Hotel, night: datetime.date | None = None
) -> list[list[object]]:
    """Who sleeps in which room of ``hotel``, night by night (or on
    ``night`` only)."""
    people = {person.registration.pk: person for person in travellers(hotel.program)}
    nights = RoomNight.objects.filter(room__hotel=hotel).select_related("room")
    if night is not None:
        nights = nights.filter(night=night)
    rows = []
    for entry in nights.order_by("night", "room__label", "pk"):
        person = people.get(entry.registration_id)
        if person is None:
            continue
        details = person.details
        rows.append(
            [
                entry.night,
                entry.room.label,
                entry.room.capacity,
                details.passport_name if details else "",
                person.participant.full_name,
                " · ".join(person.needs),
            ]
        )
    return rows
