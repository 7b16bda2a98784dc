"""Synthetic programs for load tests (``seed_demo --scale N``).

Program N gets the slug ``synthetic-000N``; a program that already exists is
skipped, so asking for the same scale twice adds nothing. Rows go in with
``bulk_create``, a batch of programs and all their children at a time, which
keeps a thousand programs to a few dozen queries. Everything is flagged
``is_demo`` and says "synthetic" in its own text.
"""

import datetime
from collections.abc import Callable, Sequence

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import (
    City,
    Event,
    ItineraryStop,
    Participant,
    PressCoverage,
    Program,
    Registration,
    Report,
)
from ..models.dates import DatePrecision
from .facts import SeedError, localised
from .text import synthetic as text

SLUG_PREFIX = "synthetic-"
PROGRAMS_PER_BATCH = 100
STOPS_PER_PROGRAM = 3
PARTICIPANTS_PER_PROGRAM = 5
PRESS_PER_PROGRAM = 2
FIRST_LAUNCH = datetime.date(2020, 1, 6)

EVENT_KINDS = [kind for kind in Event.Kind if kind != Event.Kind.OTHER]
CATEGORIES = [
    Participant.Category.CULTURAL_OFFICIAL,
    Participant.Category.DIPLOMAT,
    Participant.Category.RESEARCHER,
    Participant.Category.YOUTH,
    Participant.Category.JOURNALIST,
    Participant.Category.EDITOR,
]
STATUSES = [
    Registration.Status.CONFIRMED,
    Registration.Status.CONFIRMED,
    Registration.Status.APPLIED,
    Registration.Status.CONFIRMED,
    Registration.Status.CANCELLED,
]
PROGRAM_BODY = {
    lang: f"<p>{summary}</p>" for lang, summary in text.PROGRAM_SUMMARY.items()
}


def synthetic_slug(number: int) -> str:
    return f"{SLUG_PREFIX}{number:04d}"


def ensure_valid_scale(count: int) -> None:
    """Raise ``SeedError`` unless ``count`` is a possible number of programs."""
    if count < 0:
        raise SeedError(_("The number of synthetic programs cannot be negative."))


def seed_synthetic_programs(
    count: int,
    cities: Sequence[City],
    on_progress: Callable[[int], object] | None = None,
) -> int:
    """Make sure synthetic programs 1 to ``count`` exist, visiting ``cities``.

    Returns how many programs were created. ``on_progress`` is called with
    the number of programs done since its last call. Raises ``SeedError`` for
    a negative count or when there are no cities to visit.
    """
    ensure_valid_scale(count)
    if count and not cities:
        raise SeedError(_("Synthetic programs need at least one city to visit."))
    report = on_progress or (lambda done: None)
    existing = set(
        Program.objects.filter(slug__startswith=SLUG_PREFIX).values_list(
            "slug", flat=True
        )
    )
    missing = [n for n in range(1, count + 1) if synthetic_slug(n) not in existing]
    report(count - len(missing))
    now = timezone.now()
    with transaction.atomic():
        for start in range(0, len(missing), PROGRAMS_PER_BATCH):
            batch = missing[start : start + PROGRAMS_PER_BATCH]
            _create_batch(batch, list(cities), now)
            report(len(batch))
    return len(missing)


def _published(now: datetime.datetime) -> dict:
    # The same stamps as services.publishing.publish(), which saves one row
    # at a time; a bulk insert of new rows sets them directly instead.
    return {"live": True, "first_published_at": now, "last_published_at": now}


def _create_batch(numbers: list[int], cities: list[City], now) -> None:
    programs = Program.objects.bulk_create(
        [_program(number, cities, now) for number in numbers]
    )
    stops = ItineraryStop.objects.bulk_create(
        [
            _stop(program, number, position, cities)
            for number, program in zip(numbers, programs, strict=True)
            for position in range(1, STOPS_PER_PROGRAM + 1)
        ]
    )
    Event.objects.bulk_create([_event(stop, now) for stop in stops])
    participants = _participants(programs)
    Registration.objects.bulk_create(
        [
            _registration(participant, program, position, now)
            for program in programs
            for position, participant in enumerate(participants[program.slug])
        ]
    )
    PressCoverage.objects.bulk_create(
        [
            _press(program, number, position, now)
            for number, program in zip(numbers, programs, strict=True)
            for position in range(1, PRESS_PER_PROGRAM + 1)
        ]
    )
    Report.objects.bulk_create([_report(program, now) for program in programs])


def _label(program: Program) -> str:
    return program.slug.removeprefix(SLUG_PREFIX)


def _program(number: int, cities: list[City], now) -> Program:
    label = f"{number:04d}"
    # Spread launches over six years so list filters by year have work to do.
    launch = FIRST_LAUNCH + datetime.timedelta(days=(number * 17) % 2190)
    city = cities[number % len(cities)]
    return Program(
        slug=synthetic_slug(number),
        is_demo=True,
        organising_city=city,
        launch_city=city,
        launch_date=launch,
        launch_date_precision=DatePrecision.DAY,
        start_date=launch,
        end_date=launch + datetime.timedelta(days=STOPS_PER_PROGRAM * 6),
        **localised("title", text.PROGRAM_TITLE, number=label),
        **localised("theme", text.PROGRAM_THEME),
        **localised("summary", text.PROGRAM_SUMMARY),
        **localised("body", PROGRAM_BODY),
        **_published(now),
    )


def _stop(program: Program, number: int, position: int, cities) -> ItineraryStop:
    arrival = program.start_date + datetime.timedelta(days=(position - 1) * 6)
    return ItineraryStop(
        program=program,
        city=cities[(number + position) % len(cities)],
        position=position,
        arrival_date=arrival,
        departure_date=arrival + datetime.timedelta(days=2),
        **localised("summary", text.STOP_SUMMARY, position=position),
    )


def _event(stop: ItineraryStop, now) -> Event:
    program = stop.program
    return Event(
        program=program,
        stop=stop,
        city=stop.city,
        slug=f"{program.slug}-event-{stop.position}",
        kind=EVENT_KINDS[(stop.position + stop.city_id) % len(EVENT_KINDS)],
        starts_at=datetime.datetime.combine(
            stop.arrival_date, datetime.time(10), tzinfo=datetime.UTC
        ),
        timezone="UTC",
        is_demo=True,
        **localised(
            "title", text.EVENT_TITLE, number=_label(program), position=stop.position
        ),
        **localised("description", text.EVENT_DESCRIPTION),
        **_published(now),
    )


def _participants(programs: list[Program]) -> dict[str, list[Participant]]:
    """The programs' participants by program slug, reusing any left from before."""
    emails = {
        program.slug: [
            f"{program.slug}-{position}@example.org"
            for position in range(1, PARTICIPANTS_PER_PROGRAM + 1)
        ]
        for program in programs
    }
    all_emails = [email for group in emails.values() for email in group]
    known = {p.email: p for p in Participant.objects.filter(email__in=all_emails)}
    Participant.objects.bulk_create(
        [
            _participant(email, position)
            for position, email in enumerate(all_emails)
            if email not in known
        ]
    )
    known = {p.email: p for p in Participant.objects.filter(email__in=all_emails)}
    return {slug: [known[email] for email in group] for slug, group in emails.items()}


def _participant(email: str, position: int) -> Participant:
    consents = position % 2 == 0
    return Participant(
        given_name="Synthetic",
        family_name=email.split("@")[0].removeprefix(SLUG_PREFIX),
        email=email,
        category=CATEGORIES[position % len(CATEGORIES)],
        country=("KZ", "CN", "UZ")[position % 3],
        preferred_language=settings.LANGUAGE_CODES[
            position % len(settings.LANGUAGE_CODES)
        ],
        public_listing_consent=consents,
        # bulk_create skips Participant.save(), which stamps the consent.
        consent_given_at=timezone.now() if consents else None,
        is_demo=True,
        **localised("bio", text.PARTICIPANT_BIO),
    )


def _registration(participant, program, position: int, now) -> Registration:
    status = STATUSES[position % len(STATUSES)]
    return Registration(
        participant=participant,
        program=program,
        status=status,
        source=Registration.Source.IMPORT,
        confirmed_at=now if status == Registration.Status.CONFIRMED else None,
        cancelled_at=now if status == Registration.Status.CANCELLED else None,
    )


def _press(program: Program, number: int, position: int, now) -> PressCoverage:
    languages = settings.LANGUAGE_CODES
    return PressCoverage(
        program=program,
        title=text.PRESS_HEADLINE.format(number=_label(program), position=position),
        language=languages[(number + position) % len(languages)],
        published_on=program.start_date + datetime.timedelta(days=3 * position),
        kind=(PressCoverage.Kind.ARTICLE, PressCoverage.Kind.INTERVIEW)[position % 2],
        **localised("summary", text.PRESS_SUMMARY),
        **_published(now),
    )


def _report(program: Program, now) -> Report:
    return Report(
        program=program,
        slug=f"{program.slug}-report",
        is_demo=True,
        author="Caravan load test (synthetic)",
        **localised("title", text.REPORT_TITLE, number=_label(program)),
        **localised("body", PROGRAM_BODY),
        **_published(now),
    )
