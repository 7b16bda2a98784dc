"""Projection, clipping and outline data behind the server-rendered maps.

Everything here is plain arithmetic on floats, so a map is the same bytes for
the same input on every machine. ``programs/maps.py`` turns the results into
SVG.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

OUTLINES_PATH = Path(__file__).parent / "countries-central-asia.json"

Point = tuple[float, float]

# The smallest area a map shows, in degrees, so one city or a row of cities on
# one meridian still gets a sensible neighbourhood around it.
MIN_LATITUDE_SPAN = 11.0
MIN_LONGITUDE_SPAN = 16.0
# Room around the cities, as a share of the span; labels need more sideways.
PAD_X = 0.14
PAD_Y = 0.16
# Width-to-height limits: a long thin itinerary still gets a readable map.
MIN_ASPECT = 1.25
MAX_ASPECT = 1.9


@lru_cache(maxsize=1)
def country_outlines() -> dict[str, tuple[tuple[Point, ...], ...]]:
    """Rings of each country in degrees (lon, lat), decoded once per process."""
    data = json.loads(OUTLINES_PATH.read_text(encoding="utf-8"))
    unit = data["unit"]
    outlines = {}
    for code, rings in data["countries"].items():
        decoded = []
        for flat in rings:
            x = y = 0
            ring = []
            for i in range(0, len(flat), 2):
                x += flat[i]
                y += flat[i + 1]
                ring.append((x * unit, y * unit))
            decoded.append(tuple(ring))
        outlines[code] = tuple(decoded)
    return outlines


class ConicProjection:
    """Equidistant conic with standard parallels at 1/6 and 5/6 of the span.

    Parallels come out as arcs and distances along meridians stay true, which
    suits the wide mid-latitude band of the Silk Road. Near the equator the
    cone flattens into a plane, so it falls back to an equirectangular map.
    """

    def __init__(self, west: float, south: float, east: float, north: float):
        self.lon0 = math.radians((west + east) / 2)
        phi1 = math.radians(south + (north - south) / 6)
        phi2 = math.radians(north - (north - south) / 6)
        if abs(phi2 - phi1) < 1e-9:
            n = math.sin(phi1)
        else:
            n = (math.cos(phi1) - math.cos(phi2)) / (phi2 - phi1)
        self.flat = abs(n) < 0.05
        self.n = n
        self.g = 0.0 if self.flat else math.cos(phi1) / n + phi1
        self.cos_mid = math.cos(math.radians((south + north) / 2))

    def __call__(self, lon: float, lat: float) -> Point:
        lam = math.radians(lon) - self.lon0
        lam = (lam + math.pi) % (2 * math.pi) - math.pi
        phi = math.radians(lat)
        if self.flat:
            return lam * self.cos_mid, phi
        rho = self.g - phi
        theta = self.n * lam
        return rho * math.sin(theta), -rho * math.cos(theta)


@dataclass(frozen=True)
class Frame:
    """A projection plus the affine step to the SVG's pixel box."""

    projection: ConicProjection
    left: float
    top: float
    scale: float
    width: int
    height: int

    def to_pixels(self, lon: float, lat: float) -> Point:
        x, y = self.projection(lon, lat)
        return (x - self.left) * self.scale, (self.top - y) * self.scale


def fit_frame(coordinates: Sequence[Point], width: int) -> Frame:
    """The frame that shows every (lon, lat) with room for labels around them."""
    lons = [lon for lon, _lat in coordinates]
    lats = [lat for _lon, lat in coordinates]
    west, east = _widen(min(lons), max(lons), MIN_LONGITUDE_SPAN, -180, 180)
    south, north = _widen(min(lats), max(lats), MIN_LATITUDE_SPAN, -85, 85)
    projection = ConicProjection(west, south, east, north)
    # Fit the projected box of the widened area, so a lone city is centred.
    corners = [
        projection(lon, lat)
        for lon in (west, (west + east) / 2, east)
        for lat in (south, north)
    ]
    corners += [projection(lon, lat) for lon, lat in coordinates]
    xs = [x for x, _y in corners]
    ys = [y for _x, y in corners]
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    span_x, span_y = x1 - x0, y1 - y0
    x0, x1 = x0 - span_x * PAD_X, x1 + span_x * PAD_X
    y0, y1 = y0 - span_y * PAD_Y, y1 + span_y * PAD_Y
    span_x, span_y = x1 - x0, y1 - y0
    if span_x < span_y * MIN_ASPECT:
        grow = (span_y * MIN_ASPECT - span_x) / 2
        x0, x1 = x0 - grow, x1 + grow
    elif span_x > span_y * MAX_ASPECT:
        grow = (span_x / MAX_ASPECT - span_y) / 2
        y0, y1 = y0 - grow, y1 + grow
    scale = width / (x1 - x0)
    height = round((y1 - y0) * scale)
    return Frame(projection, x0, y1, scale, width, height)


def _widen(low: float, high: float, minimum: float, floor: float, ceiling: float):
    if high - low < minimum:
        middle = (low + high) / 2
        low, high = middle - minimum / 2, middle + minimum / 2
    return max(low, floor), min(high, ceiling)


def clip_ring(ring: Sequence[Point], box: tuple[float, float, float, float]):
    """Sutherland–Hodgman: the part of a closed ring inside an axis-aligned box."""
    left, top, right, bottom = box
    edges = (
        (lambda p: p[0] >= left, lambda a, b: _cut_x(a, b, left)),
        (lambda p: p[0] <= right, lambda a, b: _cut_x(a, b, right)),
        (lambda p: p[1] >= top, lambda a, b: _cut_y(a, b, top)),
        (lambda p: p[1] <= bottom, lambda a, b: _cut_y(a, b, bottom)),
    )
    points = list(ring)
    for inside, cut in edges:
        kept = []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    kept.append(cut(previous, current))
                kept.append(current)
            elif inside(previous):
                kept.append(cut(previous, current))
        points = kept
        if not points:
            break
    return points


def _cut_x(a: Point, b: Point, x: float) -> Point:
    return x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])


def _cut_y(a: Point, b: Point, y: float) -> Point:
    return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y


def ring_path(points: Iterable[Point]) -> str:
    """Compact SVG path data for a closed ring, on a whole-pixel grid.

    Relative moves of small integers keep a country outline to a few bytes a
    vertex; vertices that round onto the previous pixel are dropped, and so
    are rings that shrink to a speck.
    """
    grid = _on_grid(points)
    while len(grid) > 1 and grid[0] == grid[-1]:
        grid.pop()
    if len(grid) < 3 or centroid(grid)[0] < 1:
        return ""
    return polyline_path(grid) + "z"


def polyline_path(points: Iterable[Point]) -> str:
    """SVG path data for an open line, on a whole-pixel grid."""
    grid = _on_grid(points)
    if len(grid) < 2:
        return ""
    steps = []
    for (x1, y1), (x2, y2) in zip(grid, grid[1:], strict=False):
        steps += (x2 - x1, y2 - y1)
    return f"M{grid[0][0]} {grid[0][1]}l{join_numbers(steps)}"


def _on_grid(points: Iterable[Point]) -> list[tuple[int, int]]:
    grid: list[tuple[int, int]] = []
    for x, y in points:
        cell = (round(x), round(y))
        if not grid or grid[-1] != cell:
            grid.append(cell)
    return grid


def centroid(points: Sequence[Point]) -> tuple[float, Point]:
    """Area and centre of mass of a ring (shoelace formula)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(points, [*points[1:], points[0]], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if not area:
        return 0.0, points[0]
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def inside(point: Point, ring: Sequence[Point]) -> bool:
    """Whether a point lies inside a ring (even-odd ray casting)."""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], ring[0]], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def join_numbers(numbers: Iterable[float]) -> str:
    """Numbers for path data: a minus sign is separator enough."""
    text = ""
    for number in numbers:
        token = format_number(number)
        text += token if not text or token.startswith("-") else " " + token
    return text


def format_number(number: float) -> str:
    """One decimal at most, no trailing zero, no negative zero."""
    rounded = round(number, 1)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.1f}"
