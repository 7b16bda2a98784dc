"""Drawing one map: fit a frame around its places, then draw it twice, for
wide screens and for phones (see ``programs/maps/__init__.py``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from django.utils.safestring import SafeString
from django.utils.translation import gettext

from .drawing import MapDrawing, location, unique
from .geometry import fit_frame
from .places import MapLine, MapPoint, MapStop, RenderedMap

WIDTH = 800
# The same map drawn for phones: labels keep their size in user units, so on
# a narrow screen, where the drawing is scaled down to fit, they stay legible.
COMPACT_WIDTH = 420
_ID_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


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
