"""The fictional Steppe and Sea Youth Music Camp: an upcoming demo program
whose applications are open, so a visitor can try every step of applying.

Its dates are counted from the day ``seed_demo`` runs, so the camp is always
upcoming. Eleven of its twelve places go to fictional participants: the first
visitor who confirms takes the last one, the next joins the waitlist, and a
cancellation promotes them. Seats are taken through the registration service,
as any organiser's entry would be, and seeding again never touches a
registration, a visitor's included.
"""

import datetime
import zoneinfo

from django.db import transaction
from django.utils import timezone

from ..models import City, ItineraryStop, Program, Registration
from ..models.dates import DatePrecision
from ..services import registration
from ..services.publishing import publish
from .demo_content import upsert_demo_event
from .demo_people import seed_demo_organisations, upsert_demo_participant
from .facts import empty_in_every_language, localised
from .images import HERO_SIZE, demo_image
from .text import music_camp as text

CAPACITY = 12
STARTS_IN_DAYS = 100
LENGTH_IN_DAYS = 10
# Applications close two weeks before the first day, at the end of a working
# day in Almaty, where the camp is organised.
CLOSES_DAYS_BEFORE = 14
CLOSING_TIME = datetime.time(18, 0)
ORGANISER_ZONE = zoneinfo.ZoneInfo("Asia/Almaty")
EMAIL_PREFIX = "demo.camp"


def seed_music_camp(cities: dict[str, City]) -> Program:
    """Create or refresh the music camp, its stops, events and demo participants.

    Dates move to those counted from today; texts are refreshed; registrations
    are only added for demo participants who have none.
    """
    today = timezone.now().astimezone(ORGANISER_ZONE).date()
    first_day = today + datetime.timedelta(days=STARTS_IN_DAYS)
    with transaction.atomic():
        program = _upsert_program(cities, today, first_day)
        stops = _seed_stops(program, cities, first_day)
        _seed_events(program, stops, first_day)
        _fill_seats(program, cities)
    return program


def _upsert_program(
    cities: dict[str, City], today: datetime.date, first_day: datetime.date
) -> Program:
    closing_day = first_day - datetime.timedelta(days=CLOSES_DAYS_BEFORE)
    values = {
        "is_demo": True,
        "organising_city": cities["almaty"],
        "launch_city": cities["almaty"],
        "launch_date": first_day,
        "launch_date_precision": DatePrecision.DAY,
        "start_date": first_day,
        "end_date": first_day + datetime.timedelta(days=LENGTH_IN_DAYS - 1),
        # Open since the start of the day it was seeded, wherever one looks
        # from: a visitor can apply at once.
        "applications_open_at": datetime.datetime.combine(
            today, datetime.time.min, ORGANISER_ZONE
        ),
        "applications_close_at": datetime.datetime.combine(
            closing_day, CLOSING_TIME, ORGANISER_ZONE
        ),
        "hero_image": demo_image("program-music-camp", HERO_SIZE),
        **empty_in_every_language("launch_venue"),
        **{
            field: value
            for name in ("title", "theme", "summary", "body")
            for field, value in localised(name, text.PROGRAM[name]).items()
        },
    }
    program, created = Program.objects.update_or_create(
        slug=text.SLUG,
        defaults=values,
        create_defaults={**values, "capacity": CAPACITY},
    )
    if created:
        publish(program)
    elif program.capacity != CAPACITY:
        # Through the service, so a raised capacity promotes the waitlisted.
        registration.set_capacity(program, CAPACITY)
        program.refresh_from_db()
    return program


def _seed_stops(
    program: Program, cities: dict[str, City], first_day: datetime.date
) -> dict[str, ItineraryStop]:
    stops = {}
    for position, (key, spec) in enumerate(text.STOPS.items(), start=1):
        stops[key], _created = ItineraryStop.objects.update_or_create(
            program=program,
            position=position,
            defaults={
                "city": cities[key],
                "arrival_date": first_day + datetime.timedelta(days=spec["first_day"]),
                "departure_date": first_day + datetime.timedelta(days=spec["last_day"]),
                **localised("summary", spec["summary"]),
            },
        )
    program.itinerary_stops.filter(position__gt=len(text.STOPS)).delete()
    return stops


def _seed_events(
    program: Program, stops: dict[str, ItineraryStop], first_day: datetime.date
) -> None:
    for key, spec in text.EVENTS.items():
        day = first_day + datetime.timedelta(days=spec["day"])
        starts_at = datetime.datetime.combine(
            day,
            datetime.time.fromisoformat(spec["starts"]),
            zoneinfo.ZoneInfo(spec["timezone"]),
        )
        stop = stops[spec["stop"]]
        upsert_demo_event(
            program,
            slug=f"{program.slug}-{key}",
            kind=spec["kind"],
            title=spec["title"],
            description={
                language: text.EVENT_NOTE[language] + body
                for language, body in spec["description"].items()
            },
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(minutes=spec["minutes"]),
            city=stop.city,
            stop=stop,
        )


def _fill_seats(program: Program, cities: dict[str, City]) -> None:
    """Register each demo participant who has no registration yet."""
    organisations = seed_demo_organisations(cities)
    for spec in text.PARTICIPANTS:
        participant = upsert_demo_participant(spec, organisations, EMAIL_PREFIX)
        try:
            registration.apply_for_program(
                program,
                participant,
                source=Registration.Source.ORGANISER,
                notify=False,
            )
        except registration.AlreadyRegistered:
            # Whatever became of it (cancelled in the admin, say) stays.
            continue
