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
from django.utils import timezone, translation

from ..models import Event, ItineraryStop, Registration

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
    # processes that make documents need.
    from weasyprint import HTML

    html = render_html(template, context, language)
    return HTML(string=html, url_fetcher=_refuse).write_pdf()


@dataclass
class ItineraryDay:
    """One stop of a personal itinerary, or one day of events outside any stop."""

    stop: ItineraryStop | None
    day: datetime.date | None
    events: list[Event] = field(default_factory=list)


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
    if found.event_id:
        # One event's itinerary keeps only the stop the event is at.
        days = {pk: day for pk, day in days.items() if day.events}
    return {
        "program": program,
        "registration": found,
        "participant": found.participant,
        "days": [*days.values(), *sorted(loose.values(), key=lambda d: d.day)],
    }
