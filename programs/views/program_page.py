"""The program page: launch, itinerary and map, events, participants, partner
cities, press and reports, in one query budget.

The page is drawn in parts (``templates/programs/program/``): the head
(accent colour, JSON-LD), the hero and the content. Visitors get them from
``fragments.page_parts``, rendered once per content version and language; a
preview renders them afresh, for whatever the editor has not saved.
"""

import zoneinfo
from itertools import groupby

from django.core.paginator import Paginator
from django.db.models import Count, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.text import Truncator

from ..models import (
    Event,
    Image,
    ItineraryStop,
    Organisation,
    PressCoverage,
    Program,
    ProgramGalleryImage,
    Report,
)
from ..models.publishing import published_q
from ..services.listing import grouped, listed_participants, participants_preview
from ..services.places import partnerships_between
from ..services.prepared import prepared
from .caching import public_page
from .fragments import render_from_parts, rendered_parts
from .images import first_picture, load_pictures, picture_of, pictures
from .maps import program_map
from .press import PRESS_ITEM_FIELDS
from .programs import published_programs
from .structured_data import program_json_ld

PARTICIPANTS_PER_PAGE = 100


@public_page
def program_detail(request, slug: str):
    return render_program(request, slug=slug)


def render_program(request, preview: str = "", **lookup):
    """The program page of the program matching ``lookup`` (one field).

    The public page looks among published programs and shows their published
    parts. A preview (``admin.preview``) looks among every program, and shows
    its parts as visitors will see them once the program itself is published.
    """
    # The JSON-LD names the page's absolute address, hence the host.
    vary = (request.get_host(), tuple(sorted(lookup.items())))
    return render_from_parts(
        request,
        "program",
        vary,
        lambda: program_page_parts(request, preview, lookup),
        preview,
    )


def program_page_parts(request, preview: str, lookup: dict) -> dict:
    """The program's title and description, and its page's parts rendered."""
    context = program_page_context(request, preview, lookup)
    program = context["program"]
    return rendered_parts(
        request,
        "program",
        ("head", "intro", "content"),
        context,
        title=program.title,
        description=Truncator(program.summary or program.theme or "").chars(200),
        og_type="article",
    )


def program_page_context(request, preview: str, lookup: dict) -> dict:
    """What the program page shows, each part by a prepared query
    (``services/prepared.py``): the page's SQL is compiled once per process
    and language, not at every drawing."""
    now = timezone.now()
    ((field, value),) = lookup.items()
    shown = {"now": now, "preview": bool(preview)}
    found = _program(value=value, field=field, **shown)
    if not found:
        raise Http404
    program = found[0]
    on_program = {"program_id": program.pk, **shown}
    program.published_events = _events(**on_program)
    program.published_press = _press(**on_program)
    program.published_reports = _reports(**on_program)
    stops = _stops(program_id=program.pk)
    organisers = _organisers(program_id=program.pk)
    cities = _program_cities(program, stops)
    partnerships = _partnerships(city_ids=[city.pk for city in cities])
    participant_groups = participants_preview(program)
    return {
        "program": program,
        "hero": first_picture(program.hero_pictures),
        "gallery": load_pictures(program.gallery_pictures),
        "stops": stops,
        "event_groups": _group_events(program.published_events),
        "participant_groups": participant_groups,
        "participants_total": sum(group.total for group in participant_groups),
        "participants_truncated": any(group.more for group in participant_groups),
        "partnerships": partnerships,
        "press_groups": _group_press(program.published_press),
        "program_map": program_map(program, stops, cities, partnerships),
        "applications": program.application_window(),
        "json_ld": program_json_ld(
            program,
            request.build_absolute_uri(program.get_absolute_url()),
            organisers,
        ),
        "preview": preview,
    }


def _parts(model, now, preview: bool):
    """A program's events, press or reports a visitor sees; in a preview,
    what will show once the program is published (each part by its own
    state)."""
    if preview:
        return model.objects.filter(published_q(now=now))
    return model.objects.published(now=now)


@prepared("value", "now")
def _program(value, now, field: str, preview: bool):
    """The program, with the hero image and the gallery, renditions included,
    as two columns of its own row: the page's query budget has no room for
    more."""
    usable = Image.objects.usable_in_public()
    return (
        published_programs(Program.objects.all() if preview else None, now)
        .annotate(
            hero_pictures=picture_of("hero_image"),
            gallery_pictures=pictures(
                ProgramGalleryImage.objects.filter(
                    program=OuterRef("pk"), image__in=usable
                ),
                group="program",
                order="position",
            ),
        )
        .filter(**{field: value})
    )


@prepared("program_id")
def _stops(program_id):
    return (
        ItineraryStop.objects.filter(program_id=program_id)
        .select_related("city")
        .order_by("position")
    )


@prepared("program_id")
def _organisers(program_id):
    return Organisation.objects.filter(programs=program_id)


@prepared("city_ids")
def _partnerships(city_ids):
    return partnerships_between(city_ids)


@prepared("program_id", "now")
def _events(program_id, now, preview: bool):
    return (
        _parts(Event, now, preview)
        .filter(program_id=program_id)
        .select_related("city", "stop__city")
        .order_by("starts_at")
    )


@prepared("program_id", "now")
def _press(program_id, now, preview: bool):
    return (
        _parts(PressCoverage, now, preview)
        .filter(program_id=program_id)
        .select_related("outlet")
        .only(*PRESS_ITEM_FIELDS)
        .order_by("language", "outlet__name", "-published_on")
    )


@prepared("program_id", "now")
def _reports(program_id, now, preview: bool):
    return (
        _parts(Report, now, preview)
        .filter(program_id=program_id)
        .select_related("cover_image")
    )


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


def _group_press(items: list[PressCoverage]) -> list[dict]:
    groups = []
    for language, members in groupby(items, key=lambda item: item.language):
        groups.append({"language": language, "items": list(members)})
    return groups


@public_page
def program_participants(request, slug: str):
    """Everyone a visitor may see taking part in the program, a page at a time."""
    program = get_object_or_404(published_programs(), slug=slug)
    people = listed_participants(program)
    page = Paginator(people, PARTICIPANTS_PER_PAGE).get_page(request.GET.get("page"))
    totals = dict(people.order_by().values_list("category").annotate(total=Count("pk")))
    groups = grouped(page.object_list)
    for group in groups:
        group.total = totals.get(group.category, len(group.people))
    context = {
        "program": program,
        "page": page,
        "groups": groups,
        "total": sum(totals.values()),
    }
    return render(request, "programs/program_participants.html", context)
