"""The maps each public page shows, built from the objects the view loaded."""

import hashlib

from django.core.cache import cache
from django.utils.translation import gettext as _

from ..maps import MapLine, RenderedMap, point_from_city
from ..maps import build_map as draw_map
from ..models import City, ItineraryStop, Partnership, Program
from ..models.fields import choice_label

MAP_TIMEOUT = 60 * 60 * 24


def build_map(**inputs) -> RenderedMap:
    """``maps.build_map``, memoised in the shared cache.

    Drawing a map costs tens of milliseconds, more than the rest of a page.
    Its output depends only on its inputs (which carry every name, coordinate
    and link), so the same inputs can safely share one drawing.
    """
    fingerprint = repr(sorted(inputs.items())).encode()
    key = "caravan:map:" + hashlib.sha256(fingerprint).hexdigest()
    drawn = cache.get(key)
    if drawn is None:
        drawn = draw_map(**inputs)
        cache.set(key, drawn, MAP_TIMEOUT)
    return drawn


def _point(city: City):
    return point_from_city(city, url=city.get_absolute_url())


def _lines(partnerships: list[Partnership]) -> list[MapLine]:
    return [
        MapLine(_point(p.city_a), _point(p.city_b), label=choice_label(p, "kind"))
        for p in partnerships
    ]


def program_map(
    program: Program,
    stops: list[ItineraryStop],
    cities: list[City],
    partnerships: list[Partnership],
) -> RenderedMap | None:
    """The itinerary as a numbered route, with the launch and partner cities."""
    if not cities:
        return None
    route = [_point(stop.city) for stop in stops]
    return build_map(
        points=[_point(city) for city in cities],
        route=route,
        lines=_lines(partnerships),
        title=_("Map of %(program)s") % {"program": program.title},
        description=_(
            "The itinerary of %(program)s in order, with its launch and "
            "organising cities."
        )
        % {"program": program.title},
        highlight_countries=sorted({str(c.country) for c in cities}),
        id_prefix="program-map",
    )


def partner_cities(partnerships: list[Partnership]) -> list[City]:
    """The cities the partnerships join, each once, by name; the partnerships
    arrive with both cities loaded, so this costs no query."""
    cities = {city.pk: city for p in partnerships for city in (p.city_a, p.city_b)}
    return sorted(cities.values(), key=lambda city: (city.name, city.pk))


def partnerships_map(
    partnerships: list[Partnership], *, id_prefix: str
) -> RenderedMap | None:
    """Partner cities and the partnerships between them."""
    cities = partner_cities(partnerships)
    if not cities:
        return None
    return build_map(
        points=[_point(city) for city in cities],
        lines=_lines(partnerships),
        title=_("Map of partner cities"),
        description=_("Partner cities and the partnerships that join them."),
        id_prefix=id_prefix,
    )


def city_map(city: City, partnerships: list[Partnership]) -> RenderedMap:
    """One city and the lines to its partners."""
    return build_map(
        points=[_point(city)],
        lines=_lines(partnerships),
        title=_("Map of %(city)s and its partner cities") % {"city": city.name},
        highlight_countries=[str(city.country)],
        id_prefix="city-map",
    )
