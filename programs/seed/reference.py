"""The reference program, loaded from the seed facts.

Everything written here is fact: names, coordinates, dates at the precision the
source gives, and text that restates the facts. What the facts leave open (the
launch venue, the stops' dates, the press item's outlet and address) stays
empty. Rows are found again by their slug or natural key, so loading twice
changes nothing.
"""

import datetime

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ..models import (
    City,
    ItineraryStop,
    Organisation,
    Partnership,
    PressCoverage,
    Program,
)
from ..services.publishing import publish
from .facts import (
    SeedError,
    empty_in_every_language,
    given,
    localised,
    parse_partial_date,
)
from .text import reference as reference_text

PARTNERSHIP_KINDS = {
    "sister cities": Partnership.Kind.SISTER_CITIES,
    "friendship": Partnership.Kind.FRIENDSHIP,
    "logistics cooperation": Partnership.Kind.LOGISTICS,
}
PRESS_KINDS = {
    "news article": PressCoverage.Kind.ARTICLE,
    "interview": PressCoverage.Kind.INTERVIEW,
}


def seed_reference_program(facts: dict) -> tuple[Program, dict[str, City]]:
    """Create or refresh the reference program and its places from ``facts``.

    Returns the program and its cities keyed by the facts' city keys. Raises
    ``SeedError`` when the facts name something this loader cannot place.
    """
    with transaction.atomic():
        cities = _seed_cities(facts)
        _seed_partnerships(facts["partnerships"], cities)
        program = _seed_program(facts["program"], cities)
        _seed_itinerary(program, itinerary_of(facts["program"]), cities)
        _seed_press(program, facts["press"])
    return program, cities


def itinerary_of(program_facts: dict) -> list[str]:
    """The city keys of the program's tour, in order."""
    for component in program_facts["components"]:
        if "itinerary" in component:
            return component["itinerary"]
    return []


# The site language a country writes its city names in, where it is one of
# ours: the facts give every name in our five languages, so the local form of
# a Chinese or Kazakh city is among them. Uzbek is not a site language, so
# Uzbek cities get no local name rather than an invented one.
LOCAL_LANGUAGE = {"CN": "zh-hans", "KZ": "kk"}


def _seed_cities(facts: dict) -> dict[str, City]:
    cities = {}
    for city in facts["cities"]:
        if city["country"] not in facts["countries"]:
            raise SeedError(
                _("The city %(city)s lies in %(country)s, which the facts omit.")
                % {"city": city["key"], "country": city["country"]}
            )
        cities[city["key"]], _created = City.objects.update_or_create(
            slug=city["key"],
            defaults={
                "country": city["country"],
                "latitude": city["lat"],
                "longitude": city["lon"],
                **localised("name", city["name"]),
                "native_name": city["name"].get(
                    LOCAL_LANGUAGE.get(city["country"], ""), ""
                ),
                **localised(
                    "description", reference_text.CITY_DESCRIPTIONS[city["key"]]
                ),
            },
        )
    return cities


def _seed_partnerships(partnerships: list[dict], cities: dict[str, City]) -> None:
    for partnership in partnerships:
        first, second = partnership["cities"]
        if partnership["kind"] not in PARTNERSHIP_KINDS:
            raise SeedError(
                _("The facts name an unknown kind of partnership: %(kind)s.")
                % {"kind": partnership["kind"]}
            )
        established_on, precision = parse_partial_date(partnership["established"])
        Partnership.objects.update_or_create(
            city_a=cities[first],
            city_b=cities[second],
            kind=PARTNERSHIP_KINDS[partnership["kind"]],
            defaults={
                "established_on": established_on,
                "established_precision": precision,
                **localised(
                    "description",
                    reference_text.PARTNERSHIP_DESCRIPTIONS[(first, second)],
                ),
            },
        )


def _seed_program(program_facts: dict, cities: dict[str, City]) -> Program:
    launch = program_facts["launch"]
    launch_date, launch_precision = parse_partial_date(launch["date"])
    program, created = Program.objects.update_or_create(
        slug=program_facts["suggested_slug"],
        defaults={
            "is_demo": False,
            "organising_city": cities[program_facts["organising_city"]],
            "launch_city": cities[launch["city"]],
            "launch_date": launch_date,
            "launch_date_precision": launch_precision,
            # The source gives no venue; a "not given" would read as a place.
            **empty_in_every_language("launch_venue"),
            **localised("title", program_facts["title"]),
            **localised("theme", program_facts["theme"]),
            **localised("summary", reference_text.PROGRAM_SUMMARY),
            **localised("body", reference_text.PROGRAM_BODY),
        },
    )
    if created:
        publish(program)
    return program


def _seed_itinerary(
    program: Program, city_keys: list[str], cities: dict[str, City]
) -> None:
    for position, key in enumerate(city_keys, start=1):
        ItineraryStop.objects.update_or_create(
            program=program,
            position=position,
            defaults={
                "city": cities[key],
                # The stops' dates are not given.
                "arrival_date": None,
                "departure_date": None,
                **localised("summary", reference_text.STOP_SUMMARIES[key]),
            },
        )
    program.itinerary_stops.filter(position__gt=len(city_keys)).delete()


def _seed_press(program: Program, press_items: list[dict]) -> None:
    for item in press_items:
        coverage, created = PressCoverage.objects.update_or_create(
            program=program,
            title=item["title"],
            defaults={
                "language": item["language"],
                "published_on": datetime.date.fromisoformat(item["published"]),
                "kind": PRESS_KINDS[item["kind"]],
                "url": given(item["url"]),
                "outlet": _outlet(item["outlet"]),
                **localised("summary", reference_text.PRESS_SUMMARIES[item["title"]]),
            },
        )
        if created:
            publish(coverage)


def _outlet(name: str) -> Organisation | None:
    if not given(name):
        return None
    outlet, _created = Organisation.objects.get_or_create(
        name_en=name, is_demo=False, defaults={"kind": Organisation.Kind.MEDIA}
    )
    return outlet
