"""Checking the rows of a travel-details spreadsheet, for ``travel_imports.py``.

Each value is read as organisers write it (a country or language by code or
name, a date as 2030-05-31 or 31.05.2030, a direction or means of travel in
any of our languages), then checked as the admin's form checks it: the form
field of the model field, then the model's own validation. Every problem
names its line and its column, as the file heads it.
"""

import copy
import datetime
import re
from collections.abc import Mapping

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.functions import Lower
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname

from ..models import Program, Registration, TravelDetails, TravelLeg
from ..models.press import LANGUAGE_CHOICES
from ..models.registrations import SEAT_STATUSES
from . import logistics
from .imports import (
    LANGUAGE_ALIASES,
    UNKNOWN_COUNTRY,
    ImportRow,
    choice_lookup,
    country_code,
)
from .spreadsheets import TRAVEL_LEG_COLUMNS, TRAVEL_PERSON_COLUMNS, TRAVEL_SHEET

Row = tuple[int, Mapping[str, str]]
Direction, Mode = TravelLeg.Direction, TravelLeg.Mode

# Values a direction or a means of travel may be written as, besides their
# codes and labels (which ``choice_lookup`` adds in English and the active
# language).
DIRECTION_ALIASES = {
    Direction.ARRIVAL: "arrive arr in arrivée arrivee прибытие приезд прилёт "
    "прилет келу келуі 到达 抵达",
    Direction.DEPARTURE: "depart dep out départ отъезд отбытие вылет выезд кету "
    "кетуі 出发 离开 离境",
}
MODE_ALIASES = {
    Mode.FLIGHT: "plane air avion vol самолёт самолет рейс авиа ұшақ әуе 航班 飞机",
    Mode.TRAIN: "rail поезд пойыз 火车 列车 高铁",
    Mode.ROAD: "car bus coach route voiture autocar автобус машина автомобиль "
    "автокөлік 汽车 大巴 公路",
    Mode.OTHER: "autre другое басқа 其他",
}
DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
UNKNOWN_LANGUAGE = _lazy(
    "Unknown language “%(value)s”: write a code such as kk or zh-hans, or the "
    "language's name."
)


def _aliases(choices, extra: Mapping[str, str]) -> dict[str, str]:
    words = {word: code for code, text in extra.items() for word in text.split()}
    return choice_lookup(choices, extra=words)


def _nationality(value: str) -> str:
    """The ISO code of a code or a country's name in any site language."""
    found = country_code(value)
    for language in settings.LANGUAGE_CODES:
        found = found or countries.by_name(value, language=language)
    return found or ""


def _parse_date(value: str) -> datetime.date | None:
    """A date written as 2030-05-31 or 31.05.2030, or ``None``."""
    try:
        found = DAY_MONTH_YEAR.fullmatch(value)
        if found:
            day, month, year = (int(part) for part in found.groups())
            return datetime.date(year, month, day)
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _parse_time(value: str) -> datetime.time | None:
    """A local time of day; one with a UTC offset ("14:30+05:00") is refused,
    as legs are in the stop's local time."""
    try:
        parsed = datetime.time.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is None else None


def column_label(column: str, headings: Mapping[str, str]) -> str:
    """The column as the file heads it, or else its name in the interface."""
    if headings.get(column):
        return headings[column]
    if column == "email":
        return str(Registration._meta.get_field("participant").verbose_name)
    model = TravelDetails if column in TRAVEL_PERSON_COLUMNS else TravelLeg
    return str(model._meta.get_field(column).verbose_name)


class _Problems:
    """The problems of one row, each naming its line and column."""

    def __init__(self, row: ImportRow, headings: Mapping[str, str]):
        self.row, self.headings = row, headings

    def add(self, column: str | None, message) -> None:
        if column is None:
            text = _("Line %(line)d: %(problem)s") % {
                "line": self.row.line,
                "problem": message,
            }
        else:
            text = _("Line %(line)d, column “%(column)s”: %(problem)s") % {
                "line": self.row.line,
                "column": column_label(column, self.headings),
                "problem": message,
            }
        self.row.problems.append(text)

    def add_errors(self, error: ValidationError) -> None:
        """A model's ``ValidationError``, each field's messages under the
        column of the same name (the row's, for the rest)."""
        for name, messages in error.message_dict.items():
            column = name if name in TRAVEL_SHEET.columns else None
            for message in messages:
                self.add(column, message)


def lookup_tables(program: Program, rows: list[Row]) -> dict:
    """Everything the rows are checked against, in a few queries."""
    emails = {values["email"].lower() for _line, values in rows if values["email"]}
    registrations: dict[str, list[Registration]] = {}
    found = (
        Registration.objects.alias(email_lower=Lower("participant__email"))
        .filter(program=program, email_lower__in=emails)
        .select_related("participant")
        .order_by("pk")
    )
    for registration in found:
        email = registration.participant.email.lower()
        registrations.setdefault(email, []).append(registration)
    travelling = [
        registration
        for candidates in registrations.values()
        for registration in candidates
        if registration.status in SEAT_STATUSES
    ]
    details = TravelDetails.objects.filter(registration__in=travelling)
    legs = TravelLeg.objects.filter(registration__in=travelling)
    return {
        "registrations": registrations,
        "stops": _stop_lookup(program),
        "details": {row.registration_id: row for row in details},
        "legs": {
            (leg.registration_id, leg.stop_id, leg.direction): leg for leg in legs
        },
        "languages": choice_lookup(LANGUAGE_CHOICES, extra=LANGUAGE_ALIASES),
        "directions": _aliases(Direction.choices, DIRECTION_ALIASES),
        "modes": _aliases(Mode.choices, MODE_ALIASES),
        "deadline": logistics.travel_details_deadline(program),
    }


def _stop_lookup(program: Program) -> dict:
    """Each way of naming a stop's city (its name in every site language, its
    native name, its slug), case-folded, to the stop; ``None`` for a city
    the itinerary visits twice, which a name cannot tell apart."""
    lookup: dict = {}
    for stop in program.itinerary_stops.select_related("city").order_by("position"):
        city = stop.city
        names = {city.slug, city.native_name}
        names |= {
            getattr(city, build_localized_fieldname("name", language)) or ""
            for language in settings.LANGUAGE_CODES
        }
        for name in filter(None, (name.strip().casefold() for name in names)):
            lookup[name] = stop if lookup.get(name, stop) == stop else None
    return lookup


def _registration(values, tables, problems: _Problems) -> Registration | None:
    """The confirmed registration the row's e-mail names, if it names one."""
    email = values["email"]
    if not email:
        problems.add("email", _("The participant's email is missing."))
        return None
    candidates = tables["registrations"].get(email.lower(), [])
    travelling = [r for r in candidates if r.status in SEAT_STATUSES]
    if travelling:
        # The registration for the whole program before one for an event.
        return min(travelling, key=lambda r: (r.event_id is not None, r.pk))
    if candidates:
        problems.add(
            "email",
            _(
                "%(email)s is registered for this program but not confirmed "
                "(“%(status)s”); only confirmed participants travel."
            )
            % {"email": email, "status": candidates[0].get_status_display()},
        )
    else:
        problems.add(
            "email",
            _("No confirmed participant of this program has the email %(email)s.")
            % {"email": email},
        )
    return None


def _form_value(model, name: str, value, problems: _Problems):
    """``value`` cleaned by the admin form's field for ``model.name`` and
    checked by the model field's validators; a ``ValidationError`` is noted
    and gives ``None``."""
    field = model._meta.get_field(name)
    try:
        cleaned = field.formfield().clean(value)
        field.run_validators(cleaned)
    except ValidationError as error:
        for message in error.messages:
            problems.add(name, message)
        return None
    return cleaned


def _choice(column, value, lookup, problems: _Problems, unknown: str):
    code = lookup.get(value.casefold())
    if code is None:
        problems.add(column, unknown % {"value": value})
    return code


def _person_details(values, tables, problems: _Problems) -> tuple[dict, list]:
    """The travel details the row gives (empty cells are not given), and the
    fields whose value was refused."""
    given: dict = {}
    failed = []
    for name in TRAVEL_PERSON_COLUMNS:
        value = values[name]
        if not value:
            continue
        value = _typed(name, value, tables, problems)
        cleaned = None
        if value is not None:
            cleaned = _form_value(TravelDetails, name, value, problems)
        if cleaned is None:
            failed.append(name)
        else:
            given[name] = cleaned
    return given, failed


def _typed(name: str, value: str, tables, problems: _Problems):
    """A nationality, language or date cell as the form field takes it."""
    if name == "nationality":
        found = _nationality(value)
        if not found:
            problems.add(name, UNKNOWN_COUNTRY % {"value": value})
        return found or None
    if name in ("interpreter_from", "interpreter_to"):
        return _choice(name, value, tables["languages"], problems, UNKNOWN_LANGUAGE)
    if name == "passport_expires_on":
        return _date(name, value, problems)
    return value


def _date(column: str, value: str, problems: _Problems) -> datetime.date | None:
    found = _parse_date(value)
    if found is None:
        problems.add(column, _("Write the date as 2030-05-31 or 31.05.2030."))
    return found


def _check_details(registration, given, failed, tables, problems) -> None:
    """The model's own checks on the details as they would be saved."""
    stored = tables["details"].get(registration.pk)
    candidate = copy.copy(stored) if stored else TravelDetails()
    candidate.registration = registration
    for name, value in given.items():
        setattr(candidate, name, value)
    try:
        candidate.full_clean(exclude=["registration", *failed])
    except ValidationError as error:
        problems.add_errors(error)


def _leg(values, registration, tables, problems: _Problems) -> TravelLeg | None:
    """The row's travel leg, checked; ``None`` when it gives none or a
    problem was noted. A leg for a stop and direction already stored for
    the person replaces that one."""
    if not any(values[column] for column in TRAVEL_LEG_COLUMNS):
        return None
    before = len(problems.row.problems)
    for column in ("stop", "direction", "date", "mode"):
        if not values[column]:
            problems.add(column, _("A travel leg needs this column filled in."))
    stop = direction = mode = date = time = None
    if values["stop"]:
        stop = tables["stops"].get(values["stop"].casefold())
        if stop is None:
            problems.add(
                "stop",
                _("The itinerary of this program has no stop in “%(value)s”.")
                % {"value": values["stop"]},
            )
    if values["direction"]:
        direction = _choice(
            "direction",
            values["direction"],
            tables["directions"],
            problems,
            _("Unknown direction “%(value)s”: write arrival or departure."),
        )
    if values["mode"]:
        mode = _choice(
            "mode",
            values["mode"],
            tables["modes"],
            problems,
            _(
                "Unknown means of travel “%(value)s”: write flight, train, "
                "road or other."
            ),
        )
    if values["date"]:
        date = _date("date", values["date"], problems)
    if values["time"]:
        time = _parse_time(values["time"])
        if time is None:
            problems.add("time", _("Write the time as 14:30."))
    texts = {
        name: _form_value(TravelLeg, name, values[name], problems) or ""
        for name in ("number", "from_place", "to_place")
    }
    if registration is None or len(problems.row.problems) > before:
        return None
    leg = tables["legs"].get((registration.pk, stop.pk, direction))
    leg = leg or TravelLeg(stop=stop, direction=direction)
    leg.registration = registration
    leg.date, leg.time, leg.mode = date, time, mode
    for name, text in texts.items():
        setattr(leg, name, text)
    try:
        leg.full_clean()
    except ValidationError as error:
        problems.add_errors(error)
        return None
    return leg


def check_row(line, values, tables, headings) -> ImportRow:
    row = ImportRow(line=line, values=values)
    problems = _Problems(row, headings)
    registration = _registration(values, tables, problems)
    given, failed = _person_details(values, tables, problems)
    if registration is not None and given:
        _check_details(registration, given, failed, tables, problems)
    leg = _leg(values, registration, tables, problems)
    row.fields = {"registration": registration, "details": given, "leg": leg}
    return row


def check_across_rows(rows: list[ImportRow], headings) -> None:
    """One person's rows give the same details, and each leg once."""
    seen_details: dict[tuple, tuple] = {}
    seen_legs: dict[tuple, int] = {}
    for row in rows:
        registration = row.fields["registration"]
        if registration is None:
            continue
        problems = _Problems(row, headings)
        for name, value in row.fields["details"].items():
            key = (registration.pk, name)
            first = seen_details.setdefault(key, (value, row.line))
            if first[0] != value:
                problems.add(
                    name,
                    _("Line %(first)d gives this person another value.")
                    % {"first": first[1]},
                )
        leg = row.fields["leg"]
        if leg is not None:
            key = (registration.pk, leg.stop_id, leg.direction)
            first_line = seen_legs.setdefault(key, row.line)
            if first_line != row.line:
                problems.add(
                    None,
                    _(
                        "Line %(first)d already gives this person's "
                        "%(direction)s at %(stop)s."
                    )
                    % {
                        "first": first_line,
                        "direction": leg.get_direction_display().lower(),
                        "stop": leg.stop.city,
                    },
                )
