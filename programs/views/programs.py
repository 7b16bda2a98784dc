"""The program list, the program page and its calendar."""

import zoneinfo
from itertools import groupby

from django.core.paginator import Paginator
from django.db.models import OuterRef, Prefetch, Q
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django_countries import countries

from .. import calendar as ical
from ..models import (
    Event,
    Image,
    ItineraryStop,
    Participant,
    Partnership,
    PressCoverage,
    Program,
    ProgramGalleryImage,
    Registration,
    Report,
)
from ..models.dates import year_or_none
from ..models.publishing import published_q
from ..services.ordering import by_plain_field
from ..services.search import clean_query, search_programs
from .caching import public_page
from .images import first_picture, load_pictures, picture_of, pictures
from .maps import program_map
from .structured_data import program_json_ld

PROGRAMS_PER_PAGE = 12
PUBLIC_STATUSES = (Registration.Status.CONFIRMED, Registration.Status.ATTENDED)


@public_page
def program_list(request):
    programs = published_programs()
    query = clean_query(request.GET.get("q", ""))
    country = request.GET.get("country", "").upper()
    year = year_or_none(request.GET.get("year", ""))
    if country:
        # An unknown code is not an error: it simply matches nothing.
        programs = programs.filter(
            Q(organising_city__country=country)
            | Q(launch_city__country=country)
            | Q(itinerary_stops__city__country=country)
        ).distinct()
    if year:
        programs = programs.filter(
            Q(start_date__year=year) | Q(launch_date__year=year)
        ).distinct()
    if query:
        programs = search_programs(programs, query, get_language())
    else:
        programs = programs.order_by("-start_date", "-launch_date", "slug")
    page = Paginator(with_card_data(programs), PROGRAMS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    page.object_list = program_cards(page.object_list)
    context = {
        "page": page,
        "query": query,
        "country": country if country in countries else "",
        "year": year,
        "countries": _program_countries(),
        "years": _program_years(),
    }
    return render(request, "programs/program_list.html", context)


def _program_countries() -> list[tuple[str, str]]:
    published = Program.objects.published().order_by()
    codes = published.values_list("organising_city__country", flat=True).union(
        published.values_list("itinerary_stops__city__country", flat=True)
    )
    return sorted(
        ((code, countries.name(code)) for code in codes if code),
        key=lambda pair: pair[1],
    )


def _program_years() -> list[int]:
    dates = Program.objects.published().dates("start_date", "year", order="DESC")
    return [day.year for day in dates]


def published_programs(programs=None):
    """Published programs with what every program card and page shows."""
    programs = Program.objects.published() if programs is None else programs
    return programs.select_related("launch_city", "organising_city", "hero_image")


def with_card_data(programs):
    """``programs`` with what ``includes/program_card.html`` shows beyond the
    row itself: the hero picture with its renditions (a column of the same
    query) and the itinerary's cities (one query for all cards)."""
    return programs.annotate(hero_pictures=picture_of("hero_image")).prefetch_related(
        Prefetch(
            "itinerary_stops",
            queryset=ItineraryStop.objects.select_related("city").order_by("position"),
            to_attr="card_stops",
        )
    )


def program_cards(programs) -> list[Program]:
    """The programs of a ``with_card_data`` queryset, ready for their cards."""
    programs = list(programs)
    for program in programs:
        program.card_picture = first_picture(program.hero_pictures)
        program.card_route = [stop.city for stop in program.card_stops]
    return programs


def _with_pictures(programs):
    """The hero image and the gallery, renditions included, as two columns of
    the program's own row: the page's query budget has no room for more."""
    usable = Image.objects.usable_in_public()
    return programs.annotate(
        hero_pictures=picture_of("hero_image"),
        gallery_pictures=pictures(
            ProgramGalleryImage.objects.filter(
                program=OuterRef("pk"), image__in=usable
            ),
            group="program",
            order="position",
        ),
    )


@public_page
def program_detail(request, slug: str):
    return render_program(request, slug=slug)


def _published(model):
    return model.objects.published()


def _live_in_themselves(model):
    # What will show once the program is published: each part by its own state.
    return model.objects.filter(published_q())


def render_program(request, programs=None, preview: str = "", **lookup):
    """The program page of the program in ``programs`` matching ``lookup``.

    The public page looks among published programs and shows their published
    parts. A preview (``admin.preview``) passes any program, and shows its
    parts as visitors will see them once the program itself is published.
    """
    parts = _live_in_themselves if preview else _published
    program = get_object_or_404(
        _with_pictures(published_programs(programs)).prefetch_related(
            "organisers",
            Prefetch(
                "itinerary_stops",
                queryset=ItineraryStop.objects.select_related("city").order_by(
                    "position"
                ),
            ),
            Prefetch(
                "events",
                queryset=parts(Event)
                .select_related("city", "stop__city")
                .order_by("starts_at"),
                to_attr="published_events",
            ),
            Prefetch(
                "press_coverage",
                queryset=parts(PressCoverage)
                .select_related("outlet")
                .order_by("language", "outlet__name", "-published_on"),
                to_attr="published_press",
            ),
            Prefetch(
                "reports",
                queryset=parts(Report).select_related("cover_image"),
                to_attr="published_reports",
            ),
        ),
        **lookup,
    )
    stops = list(program.itinerary_stops.all())
    cities = _program_cities(program, stops)
    partnerships = _partnerships_between(cities)
    context = {
        "program": program,
        "hero": first_picture(program.hero_pictures),
        "gallery": load_pictures(program.gallery_pictures),
        "stops": stops,
        "event_groups": _group_events(program.published_events),
        "participant_groups": _public_participants(program),
        "partnerships": partnerships,
        "press_groups": _group_press(program.published_press),
        "program_map": program_map(program, stops, cities, partnerships),
        "applications": program.application_window(),
        "json_ld": program_json_ld(
            program,
            request.build_absolute_uri(program.get_absolute_url()),
            list(program.organisers.all()),
        ),
        "preview": preview,
    }
    return render(request, "programs/program_detail.html", context)


def _program_cities(program: Program, stops: list[ItineraryStop]) -> list:
    """The program's places: organising city, launch city, then each stop."""
    cities = [program.organising_city, program.launch_city]
    cities += [stop.city for stop in stops]
    unique = {}
    for city in cities:
        if city is not None:
            unique.setdefault(city.pk, city)
    return list(unique.values())


def _group_events(events: list[Event]) -> list[dict]:
    """Events under their itinerary stop, or under their (local) day otherwise."""
    groups = []
    for key, members in groupby(events, key=_event_group_key):
        members = list(members)
        first = members[0]
        groups.append(
            {
                "stop": first.stop if key[0] == "stop" else None,
                "day": None if key[0] == "stop" else key[1],
                "events": members,
            }
        )
    return groups


def _event_group_key(event: Event) -> tuple:
    if event.stop_id:
        return ("stop", event.stop_id)
    local = event.starts_at.astimezone(zoneinfo.ZoneInfo(event.timezone))
    return ("day", local.date())


def _public_participants(program: Program) -> list[tuple[str, list[Participant]]]:
    """Consenting, confirmed participants by category; never contact details."""
    people = (
        Participant.objects.filter(
            public_listing_consent=True,
            registrations__program=program,
            registrations__status__in=PUBLIC_STATUSES,
        )
        .select_related("organisation")
        .distinct()
        .order_by(
            "category",
            by_plain_field("family_name", get_language()),
            by_plain_field("given_name", get_language()),
        )
    )
    labels = dict(Participant.Category.choices)
    return [
        (labels.get(category, category), list(members))
        for category, members in groupby(people, key=lambda person: person.category)
    ]


def _partnerships_between(cities: list) -> list[Partnership]:
    ids = [city.pk for city in cities]
    return list(
        Partnership.objects.filter(city_a__in=ids, city_b__in=ids).select_related(
            "city_a", "city_b"
        )
    )


def _group_press(items: list[PressCoverage]) -> list[dict]:
    groups = []
    for language, members in groupby(items, key=lambda item: item.language):
        groups.append({"language": language, "items": list(members)})
    return groups


def program_calendar(request, slug: str):
    program = get_object_or_404(Program.objects.published(), slug=slug)
    events = Event.objects.published().filter(program=program).select_related("city")
    stops = program.itinerary_stops.select_related("city").order_by("position")
    body = ical.program_calendar(program, events, stops, **ical.site_address(request))
    return ical.download(body, program.slug)
