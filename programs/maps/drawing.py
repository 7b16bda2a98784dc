"""The SVG markup of a map, layer by layer (see ``programs/maps.py``).

Only classes, no style attributes, so a strict Content-Security-Policy holds;
every piece of text goes through ``escape()`` before it is joined in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django_countries import countries

from .geometry import (
    Frame,
    Point,
    centroid,
    clip_ring,
    country_outlines,
    format_number,
    join_numbers,
    polyline_path,
    ring_path,
)
from .labels import LabelPlacer, Placement

if TYPE_CHECKING:
    from .places import MapLine, MapPoint, MapStop

# Sizes in SVG user units; at full width one unit is one CSS pixel.
LABEL_SIZE = 14
COUNTRY_LABEL_SIZE = 13
STOP_RADIUS = 9
CITY_RADIUS = 4.5
GRATICULE_STEP = 10


def location(point: MapPoint) -> tuple[float, float]:
    """Where a place is, to about ten metres, so one city is drawn once."""
    return round(point.longitude, 4), round(point.latitude, 4)


def unique(points):
    """Places in their given order, each location once."""
    seen = set()
    for point in points:
        if location(point) not in seen:
            seen.add(location(point))
            yield point


@dataclass(frozen=True)
class Mark:
    """A drawn place: a plain dot, or a numbered badge for itinerary stops."""

    x: float
    y: float
    point: MapPoint
    numbers: str = ""

    @property
    def half_width(self) -> float:
        if not self.numbers:
            return CITY_RADIUS
        return max(STOP_RADIUS, 4 + 4 * len(self.numbers))

    @property
    def half_height(self) -> float:
        return STOP_RADIUS if self.numbers else CITY_RADIUS


class MapDrawing:
    """One map's layers, bottom to top: sea, graticule, land, lines, places."""

    def __init__(
        self,
        frame: Frame,
        prefix: str,
        highlight: set[str],
        variant: str = "wide",
        list_id: str = "",
    ):
        self.frame = frame
        self.prefix = prefix
        # "wide" or "compact": the stylesheet shows one drawing per screen.
        self.variant = variant
        # The text list both drawings of one map point at.
        self.list_id = list_id or f"{prefix}-list"
        self.highlight = highlight
        # The largest visible piece of each highlighted country, for its name.
        self.country_pieces: dict[str, tuple[float, list[Point]]] = {}

    def svg(self, stops, places, lines, title, description, text_list) -> SafeString:
        frame, prefix = self.frame, self.prefix
        marks = self._marks(stops, places, lines)
        described_by = f"{prefix}-desc"
        if text_list:
            described_by += f" {self.list_id}"
        parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" '
            f'class="map-svg map-svg-{self.variant}" '
            f'viewBox="0 0 {frame.width} {frame.height}" role="img" '
            f'aria-labelledby="{prefix}-title" aria-describedby="{described_by}">',
            f'<title id="{prefix}-title">{escape(title)}</title>',
            f'<desc id="{prefix}-desc">{escape(description)}</desc>',
            f'<defs><marker id="{prefix}-arrow" viewBox="0 0 10 10" refX="5" '
            'refY="5" markerWidth="11" markerHeight="11" '
            'markerUnits="userSpaceOnUse" orient="auto">'
            '<path class="map-arrow" d="M0 1L10 5 0 9z"/></marker></defs>',
            f'<rect class="map-sea" width="{frame.width}" height="{frame.height}"/>',
            self._graticule(),
            *self._land(),
            *(self._link(line) for line in lines),
            self._route(stops),
            *(self._marker(mark) for mark in marks),
            self._labels(marks, self._trace(stops, lines)),
            "</svg>",
        ]
        # Every piece of text above went through escape().
        return mark_safe("".join(part for part in parts if part))  # noqa: S308  # nosec B308 B703 - escaped above

    def _marks(self, stops, places, lines) -> list[Mark]:
        # A place visited twice gets one badge listing both numbers.
        badges: dict[tuple[float, float], list[MapStop]] = {}
        for stop in stops:
            badges.setdefault(location(stop.point), []).append(stop)
        marks = [
            self._mark(group[0].point, ",".join(str(s.number) for s in group))
            for group in badges.values()
        ]
        ends = (p for line in lines for p in (line.start, line.end))
        others = unique([*places, *ends])
        marks += [self._mark(p) for p in others if location(p) not in badges]
        return marks

    def _mark(self, point: MapPoint, numbers: str = "") -> Mark:
        x, y = self.frame.to_pixels(point.longitude, point.latitude)
        return Mark(x, y, point, numbers)

    def _land(self) -> list[str]:
        # A few units beyond the edge, so clipped borders never show as lines.
        box = (-3, -3, self.frame.width + 3, self.frame.height + 3)
        plain, strong = [], []
        for code, rings in country_outlines().items():
            for ring in rings:
                pixels = [self.frame.to_pixels(lon, lat) for lon, lat in ring]
                if not _may_overlap(pixels, box):
                    continue
                clipped = clip_ring(pixels, box)
                path = ring_path(clipped)
                if not path:
                    continue
                if code in self.highlight:
                    strong.append(path)
                    self._remember_piece(code, clipped)
                else:
                    plain.append(path)
        return [
            f'<path class="{css}" d="{"".join(paths)}"/>'
            for css, paths in (("map-land", plain), ("map-land map-focus", strong))
            if paths
        ]

    def _remember_piece(self, code: str, ring: list[Point]) -> None:
        area = centroid(ring)[0]
        if area > self.country_pieces.get(code, (0.0, []))[0]:
            self.country_pieces[code] = (area, ring)

    def _graticule(self) -> str:
        """Parallels and meridians every ten degrees, seen over the sea."""
        to_pixels, margin = self.frame.to_pixels, 60
        right, bottom = self.frame.width + margin, self.frame.height + margin
        lines = [
            [to_pixels(lon, lat) for lon in range(-180, 181, 2)]
            for lat in range(-80, 81, GRATICULE_STEP)
        ] + [
            [to_pixels(lon, lat) for lat in range(-80, 81, 2)]
            for lon in range(-180, 180, GRATICULE_STEP)
        ]
        data = "".join(
            polyline_path(
                (x, y)
                for x, y in line
                if -margin <= x <= right and -margin <= y <= bottom
            )
            for line in lines
        )
        return f'<path class="map-graticule" d="{data}"/>' if data else ""

    def _bow(self, line: MapLine) -> tuple[Point, Point, Point]:
        """A curve, so that a partnership is not taken for an itinerary leg."""
        x1, y1 = self.frame.to_pixels(line.start.longitude, line.start.latitude)
        x2, y2 = self.frame.to_pixels(line.end.longitude, line.end.latitude)
        control = ((x1 + x2) / 2 + (y2 - y1) * 0.18, (y1 + y2) / 2 - (x2 - x1) * 0.18)
        return (x1, y1), control, (x2, y2)

    def _link(self, line: MapLine) -> str:
        start, control, end = self._bow(line)
        data = join_numbers(start) + "Q" + join_numbers((*control, *end))
        tooltip = f"<title>{escape(line.label)}</title>" if line.label else ""
        return f'<path class="map-link" d="M{data}">{tooltip}</path>'

    def _route(self, stops: tuple[MapStop, ...]) -> str:
        """The itinerary as one path, with an arrow halfway along each leg."""
        legs = [leg for leg in self._legs(stops) if leg[0] != leg[1]]
        if not legs:
            return ""
        data = "M" + join_numbers(legs[0][0])
        for (x1, y1), (x2, y2) in legs:
            data += "L" + join_numbers(((x1 + x2) / 2, (y1 + y2) / 2, x2, y2))
        arrow = f"url(#{self.prefix}-arrow)"
        return f'<path class="map-route" d="{data}" marker-mid="{arrow}"/>'

    def _legs(self, stops) -> list[tuple[Point, Point]]:
        pixels = [
            self.frame.to_pixels(s.point.longitude, s.point.latitude) for s in stops
        ]
        return list(zip(pixels, pixels[1:], strict=False))

    def _trace(self, stops, lines) -> list[Point]:
        """Points every few units along the route and links, for labels to avoid."""
        curves = [
            (a, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), b) for a, b in self._legs(stops)
        ]
        curves += [self._bow(line) for line in lines]
        samples = []
        for (x1, y1), (cx, cy), (x2, y2) in curves:
            count = max(1, int(math.dist((x1, y1), (x2, y2)) / 5))
            for i in range(count + 1):
                t = i / count
                a, b, c = (1 - t) ** 2, 2 * t * (1 - t), t**2
                samples.append((a * x1 + b * cx + c * x2, a * y1 + b * cy + c * y2))
        return samples

    @staticmethod
    def _marker(mark: Mark) -> str:
        x, y = format_number(mark.x), format_number(mark.y)
        if not mark.numbers:
            return f'<circle class="map-city" cx="{x}" cy="{y}" r="{CITY_RADIUS}"/>'
        width = 2 * mark.half_width
        return (
            f'<rect class="map-stop" x="{format_number(mark.x - width / 2)}" '
            f'y="{format_number(mark.y - STOP_RADIUS)}" width="{width}" '
            f'height="{2 * STOP_RADIUS}" rx="{STOP_RADIUS}"/>'
            f'<text class="map-stop-number" x="{x}" y="{format_number(mark.y + 4)}" '
            f'text-anchor="middle" font-size="12">{mark.numbers}</text>'
        )

    def _labels(self, marks: list[Mark], trace: list[Point]) -> str:
        """City names first, then highlighted countries' names where room is left."""
        obstacles = [
            (
                m.x - m.half_width - 1,
                m.y - m.half_height - 1,
                m.x + m.half_width + 1,
                m.y + m.half_height + 1,
            )
            for m in marks
        ]
        placer = LabelPlacer(
            self.frame.width, self.frame.height, LABEL_SIZE, obstacles, trace
        )
        cities = [
            _text(
                placer.beside(m.x, m.y, m.half_width + 5, m.point.name),
                m.point.name,
                m.point.lang,
            )
            for m in marks
        ]
        names = []
        for code in sorted(self.country_pieces):
            name = str(countries.name(code))
            ring = self.country_pieces[code][1]
            spot = placer.within(ring, name, COUNTRY_LABEL_SIZE)
            if spot:
                names.append(_text(spot, name))
        layers = [
            f'<g class="map-country-label" font-size="{COUNTRY_LABEL_SIZE}">'
            f"{''.join(names)}</g>"
            if names
            else "",
            f'<g class="map-label" font-size="{LABEL_SIZE}">{"".join(cities)}</g>'
            if cities
            else "",
        ]
        return "".join(layers)


def _text(spot: Placement, text: str, lang: str = "") -> str:
    anchor = "" if spot.anchor == "start" else f' text-anchor="{spot.anchor}"'
    lang_attribute = f' lang="{escape(lang)}"' if lang else ""
    return (
        f'<text x="{format_number(spot.x)}" y="{format_number(spot.y)}"'
        f"{anchor}{lang_attribute}>{escape(text)}</text>"
    )


def _may_overlap(pixels: list[Point], box: tuple[float, float, float, float]) -> bool:
    xs = [x for x, _y in pixels]
    ys = [y for _x, y in pixels]
    return not (
        max(xs) < box[0] or min(xs) > box[2] or max(ys) < box[1] or min(ys) > box[3]
    )
