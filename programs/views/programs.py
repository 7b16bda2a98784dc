"""The program list, the program page and its calendar."""

from collections import defaultdict

from django.core.paginator import Paginator
from django.db.models import Count, Window
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django_countries import countries

from .. import calendar as ical
from ..models import (
    Event,
    ItineraryStop,
    Program,
)
from ..models.dates import year_or_none
from ..services.prepared import prepared
from ..services.program_filters import ProgramFilters, filter_programs
from ..services.search import clean_query
from .caching import public_page
from .fragments import render_from_parts, rendered_parts
from .images import first_picture, picture_of

PROGRAMS_PER_PAGE = 12


@public_page
def program_list(request):
    query = clean_query(request.GET.get("q", ""))
    country = request.GET.get("country", "").upper()
    year = year_or_none(request.GET.get("year", ""))
    page = _page_number(request.GET.get("page"))
    return render_from_parts(
        request,
        "program_list",
        (query, country, year, page),
        lambda: _program_list_parts(request, query, country, year, page),
    )


def _page_number(raw: str | None) -> int:
    """The page asked for; anything but a plausible number is the first."""
    raw = (raw or "").strip()
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 7 else 1


def _program_list_parts(request, query: str, country: str, year, number: int):
    filters = ProgramFilters(query=query, country=country, year=year)
    now = timezone.now()
    programs = _ListedPrograms(filters, now)
    page = Paginator(programs, PROGRAMS_PER_PAGE).get_page(number)
    page.object_list = program_cards(page.object_list)
    context = {
        "page": page,
        "query": query,
        "country": country if country in countries else "",
        "year": year,
        "countries": _program_countries(now),
        "years": [day.year for day in _program_years(now=now)],
        "filters": {"q": query, "country": country, "year": year or ""},
    }
    return rendered_parts(
        request, "program_list", ("content",), context, title=gettext("Programs")
    )


def _program_countries(now) -> list[tuple[str, str]]:
    """The countries of the country filter: those of the published programs'
    organisers and stops, by name in the active language."""
    return sorted(
        ((code, countries.name(code)) for code in _country_codes(now=now) if code),
        key=lambda pair: pair[1],
    )


@prepared("now")
def _country_codes(now):
    published = Program.objects.published(now).order_by()
    return published.values_list("organising_city__country", flat=True).union(
        published.values_list("itinerary_stops__city__country", flat=True)
    )


@prepared("now")
def _program_years(now):
    """The first day of each year a published program starts in, newest
    first."""
    return Program.objects.published(now).dates("start_date", "year", order="DESC")


def published_programs(programs=None, now=None):
    """Published programs (at ``now``, by default now), or ``programs``, with
    what every program card and page shows."""
    programs = Program.objects.published(now) if programs is None else programs
    return programs.select_related("launch_city", "organising_city", "hero_image")


# The columns a card shows (jinja2/includes/program_card.html); a program's long
# texts, in five languages each, stay in the database.
CARD_FIELDS = (
    "slug",
    "title",
    "theme",
    "start_date",
    "end_date",
    "launch_date",
    "launch_date_precision",
    "launch_city__name",
    "applications_open_at",
    "applications_close_at",
    "is_demo",
)


def with_card_data(programs):
    """``programs`` with what ``jinja2/includes/program_card.html`` shows and no
    more: its columns, the launch city, and the hero picture, renditions
    included, as a column of the same query."""
    return (
        programs.select_related(None)
        .select_related("launch_city")
        .only(*CARD_FIELDS)
        .annotate(hero_pictures=picture_of("hero_image"))
    )


def program_cards(programs) -> list[Program]:
    """The programs of a ``with_card_data`` queryset (or list), ready for
    their cards: the picture, and the itinerary's cities (one query for all
    cards)."""
    programs = list(programs)
    routes = defaultdict(list)
    for stop in _card_stops(program_ids=[program.pk for program in programs]):
        routes[stop.program_id].append(stop.city)
    for program in programs:
        program.card_picture = first_picture(program.hero_pictures)
        program.card_route = routes[program.pk]
    return programs


@prepared("program_ids")
def _card_stops(program_ids: list[int]):
    return (
        ItineraryStop.objects.filter(program_id__in=program_ids)
        .select_related("city")
        .only("program", "city__name")
        .order_by("position")
    )


def _listed(filters: ProgramFilters, now):
    return filter_programs(published_programs(now=now), filters, get_language())


class _ListedPrograms:
    """The program list's programs as its paginator asks for them: counted,
    then one page's rows. Unfiltered (the list as most visitors see it), a
    page is a prepared query; a search or a filter builds its queryset."""

    def __init__(self, filters: ProgramFilters, now):
        self.filters, self.now = filters, now

    def count(self) -> int:
        if self.filters == ProgramFilters():
            return next(iter(_unfiltered_count(now=self.now)), 0)
        return _listed(self.filters, self.now).count()

    def __getitem__(self, window: slice) -> list[Program]:
        if self.filters == ProgramFilters():
            return _unfiltered_page(now=self.now, start=window.start, stop=window.stop)
        return list(with_card_data(_listed(self.filters, self.now))[window])


@prepared("now")
def _unfiltered_page(now, start: int, stop: int):
    return with_card_data(_listed(ProgramFilters(), now))[start:stop]


@prepared("now")
def _unfiltered_count(now):
    """How many programs the unfiltered list holds, as the first row's
    ``COUNT(*) OVER ()`` (no row when there are none): a count as a queryset
    of rows, which is what ``prepared`` runs."""
    counted = _listed(ProgramFilters(), now).order_by()
    total = Window(Count("*"))
    return counted.annotate(total=total).values_list("total", flat=True)[:1]


def program_calendar(request, slug: str):
    program = get_object_or_404(Program.objects.published(), slug=slug)
    events = Event.objects.published().filter(program=program).select_related("city")
    stops = program.itinerary_stops.select_related("city").order_by("position")
    body = ical.program_calendar(program, events, stops, **ical.site_address(request))
    return ical.download(body, program.slug)
