"""Server-rendered maps: cities, an itinerary and partnerships as inline SVG.

No tiles, no JavaScript and no network: country outlines come from the
Natural Earth extract beside this file and everything else from the
points a view passes in. The same input always gives the same bytes, so the
page cache and ETags stay stable. Colours and fonts live in
``static/css/site.css`` ("Maps"); the markup carries classes only, for a
strict CSP.

Views call :func:`build_map` and hand the result to
``templates/jinja2/includes/map.html``, which adds the ordered text list that screen
readers get in place of the picture.

- ``places``: what a map shows (points, lines, stops) and what it gives back;
- ``rendering``: ``build_map``, which fits the frame and draws the map twice;
- ``drawing``: the SVG, layer by layer; ``labels``: where names go;
- ``geometry``: projection, clipping and the country outlines.
"""

from .places import MapLine, MapPoint, MapStop, RenderedMap, point_from_city
from .rendering import build_map, render_map

__all__ = [
    "MapLine",
    "MapPoint",
    "MapStop",
    "RenderedMap",
    "build_map",
    "point_from_city",
    "render_map",
]
