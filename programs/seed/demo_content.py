"""The reference program's events and report, which carry invented details.

The launch ceremony and the media interviews are facts, but their days are
not known and an event cannot exist without a start. These events therefore
get placeholder dates and ``is_demo=True``, and their descriptions open by
saying the date is a demo date. The report is fictional from end to end and
says so in its first sentence.
"""

import datetime
import zoneinfo

from django.db import transaction

from ..models import (
    City,
    Event,
    ItineraryStop,
    Program,
    Report,
    ReportGalleryImage,
)
from ..services.publishing import publish
from .facts import empty_in_every_language, localised
from .text import demo as demo_text


def seed_demo_events(program: Program) -> None:
    """Create or refresh the launch ceremony and one interview per tour stop."""
    with transaction.atomic():
        launch = demo_text.LAUNCH_EVENT
        upsert_demo_event(
            program,
            slug=f"{program.slug}-launch",
            kind=Event.Kind.LAUNCH,
            title=launch["title"],
            description=launch["description"],
            starts_at=_local_time(launch),
            city=program.launch_city,
            stop=None,
        )
        for stop in program.itinerary_stops.select_related("city"):
            interview = demo_text.INTERVIEW_EVENTS[stop.city.slug]
            upsert_demo_event(
                program,
                slug=f"{program.slug}-interview-{stop.city.slug}",
                kind=Event.Kind.INTERVIEW,
                title=interview["title"],
                description=demo_text.INTERVIEW_DESCRIPTION,
                starts_at=_local_time(interview),
                city=stop.city,
                stop=stop,
            )


def seed_demo_report(program: Program) -> Report:
    """Create or refresh the fictional report on the reference program."""
    with transaction.atomic():
        report, created = Report.objects.update_or_create(
            slug=f"{program.slug}-demo-report",
            defaults={
                "program": program,
                "is_demo": True,
                "author": demo_text.REPORT["author"],
                "cover_image": program.hero_image,
                **localised("title", demo_text.REPORT["title"]),
                **localised("body", demo_text.REPORT["body"]),
            },
        )
        # The gallery shows the tour's stops, in order, with their images.
        for position, stop in enumerate(
            program.itinerary_stops.select_related("city__image").order_by("position"),
            start=1,
        ):
            if stop.city.image_id:
                ReportGalleryImage.objects.update_or_create(
                    report=report,
                    image=stop.city.image,
                    defaults={"position": position},
                )
        if created:
            publish(report)
    return report


def _local_time(spec: dict) -> datetime.datetime:
    return datetime.datetime.fromisoformat(spec["starts_at"]).replace(
        tzinfo=zoneinfo.ZoneInfo(spec["timezone"])
    )


def upsert_demo_event(
    program: Program,
    *,
    slug: str,
    kind: str,
    title: dict[str, str],
    description: dict[str, str],
    starts_at: datetime.datetime,
    ends_at: datetime.datetime | None = None,
    city: City | None,
    stop: ItineraryStop | None,
) -> Event:
    """Create or refresh the demo event ``slug``; a new one is published.

    ``starts_at`` is aware, in the venue's time zone, which the event keeps.
    """
    event, created = Event.objects.update_or_create(
        slug=slug,
        defaults={
            "program": program,
            "stop": stop,
            "kind": kind,
            "city": city,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "timezone": str(starts_at.tzinfo),
            "is_demo": True,
            # Venues are not given, and a demo date is all we invent.
            **empty_in_every_language("venue"),
            **localised("title", title),
            **localised("description", description),
        },
    )
    if created:
        publish(event)
    return event
