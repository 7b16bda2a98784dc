"""schema.org JSON-LD for programs and events, so search engines and
aggregators understand dates, places and organisers."""

import datetime

from django.utils.translation import get_language

from ..models import City, Event, Program
from ..models.fields import safe_link

SCHEMA = "https://schema.org"


def _place(city: City | None, venue: str = "") -> dict | None:
    if city is None:
        return None
    place = {
        "@type": "Place",
        "name": venue or city.name,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": city.name,
            "addressCountry": str(city.country),
        },
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": city.latitude,
            "longitude": city.longitude,
        },
    }
    return place


def _date(value: datetime.date | datetime.datetime | None) -> str | None:
    return value.isoformat() if value else None


ISO_FORMAT_BY_PRECISION = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}


def _partial_date(value: datetime.date | None, precision: str) -> str | None:
    """ISO 8601 at the precision we know: "2024-08" for a month, "2024" for a year."""
    if value is None:
        return None
    return value.strftime(ISO_FORMAT_BY_PRECISION.get(precision, "%Y-%m-%d"))


def _without_empty(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def program_json_ld(program: Program, url: str, organisers: list) -> dict:
    """A program as a schema.org Event (a multi-day event series)."""
    start = _date(program.start_date) or _partial_date(
        program.launch_date, program.launch_date_precision
    )
    return _without_empty(
        {
            "@context": SCHEMA,
            "@type": "Event",
            "name": program.title,
            "description": program.summary or program.theme,
            "url": url,
            "startDate": start,
            "endDate": _date(program.end_date),
            "eventStatus": f"{SCHEMA}/EventScheduled",
            "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
            "location": _place(
                program.launch_city or program.organising_city, program.launch_venue
            ),
            "organizer": [
                {
                    "@type": "Organization",
                    "name": org.name,
                    "url": safe_link(org.website) or None,
                }
                for org in organisers
            ]
            or [{"@type": "Organization", "name": program.organising_city.name}],
            "inLanguage": get_language(),
        }
    )


def event_json_ld(event: Event, url: str) -> dict:
    return _without_empty(
        {
            "@context": SCHEMA,
            "@type": "Event",
            "name": event.title,
            "url": url,
            "startDate": _date(event.starts_at),
            "endDate": _date(event.ends_at),
            "eventStatus": f"{SCHEMA}/EventScheduled",
            "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
            "location": _place(event.city, event.venue),
            "organizer": {"@type": "Organization", "name": event.program.title},
            "superEvent": {"@type": "Event", "name": event.program.title},
            "inLanguage": get_language(),
        }
    )
