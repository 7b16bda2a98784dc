"""Server-rendered maps: cities, an itinerary and partnerships as inline SVG.

No tiles, no JavaScript and no network: country outlines come from the
Natural Earth extract in ``programs/data/`` and everything else from the
points a view passes in. The same input always gives the same bytes, so the
page cache and ETags stay stable. Colours and fonts live in
``static/css/site.css`` ("Maps"); the markup carries classes only, for a
strict CSP.

Views call :func:`build_map` and hand the result to
``templates/includes/map.html``, which adds the ordered text list that screen
readers get in place of the picture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname

from .map_geometry import fit_frame
from .map_svg import MapDrawing, location, unique

WIDTH = 800
# The same map drawn for phones: labels keep their size in user units, so on
# a narrow screen, where the drawing is scaled down to fit, they stay legible.
COMPACT_WIDTH = 420
_ID_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class MapPoint:
    """A place on the map, already named in the visitor's language."""

    name: str
    latitude: float
    longitude: float
    country: str = ""
    url: str = ""
    # The language the name is really in, when it differs from the page's.
    lang: str = ""

    @property
    def country_name(self) -> str:
        return str(countries.name(self.country)) if self.country else ""


@dataclass(frozen=True)
class MapLine:
    """A partnership or other link between two places, drawn dashed."""

    start: MapPoint
    end: MapPoint
    label: str = ""


@dataclass(frozen=True)
class MapStop:
    number: int
    point: MapPoint


@dataclass(frozen=True)
class RenderedMap:
    """What ``includes/map.html`` needs: the picture and its text equivalent."""

    svg: SafeString
    id_prefix: str
    title: str
    # The phone-sized drawing; the stylesheet shows one of the two.
    compact_svg: SafeString = SafeString("")
    stops: tuple[MapStop, ...] = ()
    places: tuple[MapPoint, ...] = ()
    lines: tuple[MapLine, ...] = ()
    list_id: str = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "list_id", f"{self.id_prefix}-list")


def point_from_city(city, url: str = "") -> MapPoint:
    """A map point for a ``City``, named in the active language.

    When the city has no name in that language the English fallback is shown,
    and the point says so, so the label carries its real ``lang``.
    """
    language = get_language() or "en"
    own_name = getattr(city, build_localized_fieldname("name", language), "")
    return MapPoint(
        name=city.name,
        latitude=city.latitude,
        longitude=city.longitude,
        country=str(city.country.code if city.country else ""),
        url=url,
        lang="" if own_name else "en",
    )


def build_map(
    points: Sequence[MapPoint] = (),
    route: Sequence[MapPoint] = (),
    lines: Sequence[MapLine] = (),
    *,
    title: str,
    description: str = "",
    highlight_countries: Sequence[str] = (),
    id_prefix: str = "map",
    text_list: bool = True,
) -> RenderedMap:
    """The SVG and the ordered text list for one map.

    ``route`` is the itinerary in travel order; ``points`` are further places
    (a place on the route need not be repeated there). ``id_prefix`` keeps the
    ids of two maps on one page apart. With ``text_list`` the SVG points
    ``aria-describedby`` at the list the include renders.
    """
    if not _ID_PREFIX.match(id_prefix):
        raise ValueError(gettext("A map id must start with a letter."))
    stops = tuple(MapStop(i, p) for i, p in enumerate(route, start=1))
    on_route = {location(p) for p in route}
    places = tuple(unique(p for p in points if location(p) not in on_route))
    ends = [p for line in lines for p in (line.start, line.end)]
    everything = [*route, *places, *ends]
    if not everything:
        raise ValueError(gettext("A map needs at least one place."))
    for point in everything:
        if not (-90 <= point.latitude <= 90 and -180 <= point.longitude <= 180):
            raise ValueError(
                gettext("%(name)s has coordinates outside the globe.")
                % {"name": point.name}
            )
    coordinates = [(p.longitude, p.latitude) for p in everything]
    highlight = {code.upper() for code in highlight_countries}
    lines = tuple(lines)

    def draw(width: int, prefix: str, variant: str) -> SafeString:
        frame = fit_frame(coordinates, width)
        drawing = MapDrawing(frame, prefix, highlight, variant, f"{id_prefix}-list")
        return drawing.svg(stops, places, lines, title, description or title, text_list)

    return RenderedMap(
        svg=draw(WIDTH, id_prefix, "wide"),
        compact_svg=draw(COMPACT_WIDTH, f"{id_prefix}-compact", "compact"),
        id_prefix=id_prefix,
        title=title,
        stops=stops,
        places=places,
        lines=lines,
    )


def render_map(*args, **kwargs) -> SafeString:
    """Only the ``<svg>`` of :func:`build_map`, for pages that list stops anyway."""
    return build_map(*args, text_list=False, **kwargs).svg
