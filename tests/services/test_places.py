"""Which cities the public sees (services/places.py), and what asking costs
PostgreSQL when many programs touch one city."""

import json

from django.db import connection

from programs.services.places import public_cities
from tests.factories import (
    CityFactory,
    ItineraryStopFactory,
    PartnershipFactory,
    ProgramFactory,
)


def test_a_city_is_public_through_a_published_program_or_a_partnership(db):
    organising = CityFactory(slug="organising")
    launching = CityFactory(slug="launching")
    visited = CityFactory(slug="visited")
    ProgramFactory(organising_city=organising, launch_city=launching)
    ItineraryStopFactory(
        program=ProgramFactory(organising_city=organising), city=visited
    )
    twinned = PartnershipFactory(
        city_a=CityFactory(slug="twin-a"), city_b=CityFactory(slug="twin-b")
    )
    draft_only = CityFactory(slug="draft-only")
    ItineraryStopFactory(
        program=ProgramFactory(organising_city=organising, live=False), city=draft_only
    )
    CityFactory(slug="untouched")

    shown = list(public_cities().order_by("slug").values_list("slug", flat=True))

    assert twinned.city_a.slug in shown and twinned.city_b.slug in shown
    assert shown == ["launching", "organising", "twin-a", "twin-b", "visited"]


def test_many_programs_on_one_city_leave_one_row_of_it(db):
    """Twenty programs that organise, launch and visit Astana, and two
    partnerships: the city comes once, and PostgreSQL reads no more rows
    than there are cities (a join of the four relations read 20 × 20 × 20
    × 2 rows for it before making them distinct)."""
    astana, almaty, aktau = (
        CityFactory(slug=slug) for slug in ("astana", "almaty", "aktau")
    )
    for _ in range(20):
        ItineraryStopFactory(
            program=ProgramFactory(organising_city=astana), city=astana
        )
    PartnershipFactory(city_a=astana, city_b=almaty)
    PartnershipFactory(city_a=aktau, city_b=astana)

    cities = public_cities().order_by("slug")
    assert list(cities.values_list("slug", flat=True)) == ["aktau", "almaty", "astana"]

    sql, params = cities.values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params)
        (plan,) = cursor.fetchone()
    if isinstance(plan, str):
        plan = json.loads(plan)
    top = plan[0]["Plan"]
    assert top["Actual Rows"] == 3
    assert _largest_row_count(top) <= 40


def _largest_row_count(node: dict) -> float:
    """The most rows any step of the plan produced (per loop, times its loops)."""
    own = node["Actual Rows"] * node.get("Actual Loops", 1)
    return max([own, *(_largest_row_count(child) for child in node.get("Plans", []))])
