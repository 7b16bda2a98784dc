"""Printable documents as PDF: the visa-support letter, a participant's
itinerary, and the manifests and rooming lists an organiser hands to hotels
and drivers.

WeasyPrint lays out HTML and CSS with Pango and HarfBuzz, so Kazakh
Cyrillic and Chinese are shaped properly and their fonts embedded (subset)
in the file: a border guard's or a hotel's reader needs nothing installed.
The fonts are the system's: DejaVu Sans for Latin and Cyrillic, Kazakh
letters included, and Noto Sans CJK for Chinese (``scripts/check_system.py``
names the Debian packages).

A document is drawn from a template in ``templates/documents/`` and never
fetches anything: its stylesheet is inline, and the URL fetcher refuses
every address, so a value typed by a participant can neither reach the
network nor read a local file while the PDF is made.
"""

import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from ..models import (
    Event,
    Hotel,
    ItineraryStop,
    Registration,
    RoomNight,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
)

PDF_CONTENT_TYPE = "application/pdf"


class DocumentFetchRefused(Exception):
    """A document asked for an outside resource; documents may not."""


def _refuse(url: str, *args, **kwargs):
    raise DocumentFetchRefused(url)


def render_html(template: str, context: dict, language: str) -> str:
    """The document's HTML in ``language``, as the PDF will show it."""
    with translation.override(language):
        return render_to_string(
            template,
            {**context, "document_language": language, "generated_at": timezone.now()},
        )


def render_pdf(template: str, context: dict, language: str) -> bytes:
    """``template`` drawn in ``language`` as a PDF file's bytes."""
    # Imported here: WeasyPrint loads Pango when imported, which only the
    # processes that make documents need. Its import also turns on Pillow's
    # loading of truncated images for the whole process; put that back, so
    # that a damaged upload is still refused (documents load no images).
    from PIL import ImageFile

    truncated = ImageFile.LOAD_TRUNCATED_IMAGES
    from weasyprint import HTML

    ImageFile.LOAD_TRUNCATED_IMAGES = truncated

    html = render_html(template, context, language)
    return HTML(string=html, url_fetcher=_refuse).write_pdf()


@dataclass
class ItineraryDay:
    """One stop of a personal itinerary, or one day of events outside any stop."""

    stop: ItineraryStop | None
    day: datetime.date | None
    events: list[Event] = field(default_factory=list)
    arrival: TravelLeg | None = None
    departure: TravelLeg | None = None
    hotels: list[Hotel] = field(default_factory=list)


def itinerary_events(found: Registration) -> list[Event]:
    """The published events a registration's itinerary lists: its own event,
    or the whole program's, in order."""
    events = Event.objects.published().select_related("city", "stop__city")
    if found.event_id:
        events = events.filter(pk=found.event_id)
    else:
        events = events.filter(program=found.program_id)
    return list(events.order_by("starts_at"))


def personal_itinerary(found: Registration) -> dict:
    """What the itinerary PDF shows: the stops in order, each with its events
    in local time, then the days of events outside any stop."""
    program = found.program
    stops = list(program.itinerary_stops.select_related("city").order_by("position"))
    days = {stop.pk: ItineraryDay(stop=stop, day=None) for stop in stops}
    loose: dict[datetime.date, ItineraryDay] = {}
    for event in itinerary_events(found):
        event.local_start = event.starts_at.astimezone(
            zoneinfo.ZoneInfo(event.timezone)
        )
        if event.stop_id in days:
            days[event.stop_id].events.append(event)
        else:
            day = event.local_start.date()
            loose.setdefault(day, ItineraryDay(stop=None, day=day)).events.append(event)
    for leg in found.travel_legs.all():
        if leg.stop_id in days:
            setattr(days[leg.stop_id], leg.direction, leg)
    nights = RoomNight.objects.filter(registration=found).select_related("room__hotel")
    for night in nights.order_by("night"):
        day = days.get(night.room.hotel.stop_id)
        if day is not None and night.room.hotel not in day.hotels:
            day.hotels.append(night.room.hotel)
    if found.event_id:
        # One event's itinerary keeps only the stop the event is at.
        days = {pk: day for pk, day in days.items() if day.events}
    return {
        "program": program,
        "registration": found,
        "participant": found.participant,
        "days": [*days.values(), *sorted(loose.values(), key=lambda d: d.day)],
    }


# The language a letter also speaks for the authorities of each host country.
# Uzbekistan's own language is not one of the site's: its consulates take
# letters in Russian, the region's common official language.
HOST_LANGUAGES = {"KZ": "kk", "CN": "zh-hans", "RU": "ru", "FR": "fr", "UZ": "ru"}


class LetterRefused(Exception):
    """The letter cannot be written yet; ``message`` says what is missing."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def document_languages(participant_language: str, country_code: str) -> list[str]:
    """The participant's language, then the host country's, once each."""
    host = HOST_LANGUAGES.get(country_code, "en")
    languages = [participant_language or "en", host]
    return list(dict.fromkeys(languages))


def visa_letter_context(visa: VisaRequirement) -> dict:
    """What the invitation letter for ``visa`` says, or ``LetterRefused``
    when the passport name or number is missing."""
    registration = visa.registration
    program = registration.program
    details = TravelDetails.objects.filter(registration=registration).first()
    if details is None or not (details.passport_name and details.passport_number):
        raise LetterRefused(
            _("Add the name and number of the passport before writing the letter.")
        )
    stops = [
        stop
        for stop in program.itinerary_stops.select_related("city").order_by("position")
        if stop.city.country.code == visa.country.code
    ]
    dated = [stop for stop in stops if stop.arrival_date]
    start = min((s.arrival_date for s in dated), default=program.start_date)
    end = max(
        (s.departure_date or s.arrival_date for s in dated), default=program.end_date
    )
    return {
        "program": program,
        "registration": registration,
        "participant": registration.participant,
        "details": details,
        "visa": visa,
        "stops": stops,
        "start": start,
        "end": end,
        "inviting": program.organisers.order_by("pk").first(),
        "languages": document_languages(
            registration.participant.preferred_language, visa.country.code
        ),
    }


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    return str(value)


def list_document(
    program, title: str, subtitle: str, columns: list, rows: list
) -> dict:
    """The context of ``documents/list.html``: a titled table, landscape,
    its dates and times written as the active language writes them."""
    return {
        "program": program,
        "title": title,
        "subtitle": subtitle,
        "columns": columns,
        "rows": [[_shown(cell) for cell in row] for row in rows],
    }
