"""iCalendar files of a program (its events and itinerary) and of one event.

UIDs are built from primary keys and the site's host, so a subscriber's
calendar updates an entry in place instead of duplicating it. Event times are
given in the venue's own time zone, with the VTIMEZONE definitions included.
"""

import datetime
import zoneinfo
from collections.abc import Iterable

import icalendar
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags

from .models import Event, ItineraryStop, Program, Registration

PRODUCT_ID = "-//Caravan//Cultural exchange programs//EN"


def _new_calendar(name: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def _local(moment: datetime.datetime, zone_name: str) -> datetime.datetime:
    return moment.astimezone(zoneinfo.ZoneInfo(zone_name))


def _event_component(event: Event, host: str, base_url: str) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", f"event-{event.pk}@{host}")
    component.add("dtstamp", event.last_published_at or timezone.now())
    component.add("dtstart", _local(event.starts_at, event.timezone))
    if event.ends_at:
        component.add("dtend", _local(event.ends_at, event.timezone))
    component.add("summary", event.title)
    description = strip_tags(event.description or "").strip()
    if description:
        component.add("description", description)
    place = ", ".join(
        part for part in (event.venue, event.city.name if event.city else "") if part
    )
    if place:
        component.add("location", place)
    if event.city:
        component.add("geo", (event.city.latitude, event.city.longitude))
    component.add("url", base_url + event.get_absolute_url())
    component.add("categories", [event.get_kind_display()])
    return component


def _stop_component(stop: ItineraryStop, host: str) -> icalendar.Event | None:
    """An itinerary stop is an all-day entry, when its dates are known."""
    if stop.arrival_date is None:
        return None
    component = icalendar.Event()
    component.add("uid", f"stop-{stop.pk}@{host}")
    component.add("dtstamp", timezone.now())
    component.add("dtstart", stop.arrival_date)
    # DTEND of an all-day entry is exclusive: the day after departure.
    last_day = stop.departure_date or stop.arrival_date
    component.add("dtend", last_day + datetime.timedelta(days=1))
    component.add("summary", stop.city.name)
    if stop.summary:
        component.add("description", stop.summary)
    component.add("geo", (stop.city.latitude, stop.city.longitude))
    component.add("transp", "TRANSPARENT")
    return component


def site_address(request) -> dict[str, str]:
    """The host for UIDs and the base of absolute links, from the request."""
    return {
        "host": request.get_host().split(":")[0],
        "base_url": request.build_absolute_uri("/").rstrip("/"),
    }


def download(body: bytes, name: str) -> HttpResponse:
    """An .ics file the browser offers to save or open."""
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.ics"'
    return response


def _finish(calendar: icalendar.Calendar) -> bytes:
    calendar.add_missing_timezones()
    return calendar.to_ical()


def program_calendar(
    program: Program,
    events: Iterable[Event],
    stops: Iterable[ItineraryStop],
    *,
    host: str,
    base_url: str,
) -> bytes:
    """The program's published events and its itinerary as one calendar."""
    calendar = _new_calendar(program.title)
    calendar.add("x-wr-caldesc", program.theme or program.title)
    for stop in stops:
        component = _stop_component(stop, host)
        if component is not None:
            calendar.add_component(component)
    for event in events:
        calendar.add_component(_event_component(event, host, base_url))
    return _finish(calendar)


def event_calendar(event: Event, *, host: str, base_url: str) -> bytes:
    """A single event, for "add to my calendar"."""
    calendar = _new_calendar(event.title)
    calendar.add_component(_event_component(event, host, base_url))
    return _finish(calendar)


def personal_calendar(
    registration: Registration, events: Iterable[Event], *, host: str, base_url: str
) -> bytes:
    """One participant's itinerary: the program's stops (only the stop of
    their event, if they came for one), the events they are down for, and
    their own arrivals and departures."""
    program = registration.program
    events = list(events)
    stops = program.itinerary_stops.select_related("city").order_by("position")
    if registration.event_id:
        stops = stops.filter(pk__in=[event.stop_id for event in events])
    calendar = _new_calendar(program.title)
    for stop in stops:
        component = _stop_component(stop, host)
        if component is not None:
            calendar.add_component(component)
    for event in events:
        calendar.add_component(_event_component(event, host, base_url))
    for leg in registration.travel_legs.select_related("stop__city"):
        calendar.add_component(_leg_component(leg, host))
    return _finish(calendar)


def _leg_component(leg, host: str) -> icalendar.Event:
    """A flight or train, at the local time of the ticket ("floating": the
    same clock time wherever the calendar is read), or all day without one."""
    component = icalendar.Event()
    component.add("uid", f"leg-{leg.pk}@{host}")
    component.add("dtstamp", timezone.now())
    if leg.time:
        start = datetime.datetime.combine(leg.date, leg.time)
        component.add("dtstart", start)
        component.add("dtend", start + datetime.timedelta(hours=1))
    else:
        component.add("dtstart", leg.date)
        component.add("dtend", leg.date + datetime.timedelta(days=1))
    title = f"{leg.get_direction_display()}: {leg.stop.city.name}"
    details = " ".join(part for part in (leg.get_mode_display(), leg.number) if part)
    component.add("summary", f"{title} ({details})")
    route = " → ".join(part for part in (leg.from_place, leg.to_place) if part)
    if route:
        component.add("location", route)
    return component
