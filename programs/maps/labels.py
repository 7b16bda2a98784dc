"""Where names go on a map: beside their point, clear of one another.

Placement is greedy and deterministic. Each name tries a few spots around its
point and takes the first that touches nothing, or else the least bad one.
Widths are estimated, since the server has no font metrics; the estimate errs
on the wide side so that names which look clear really are.
"""

from __future__ import annotations

from dataclasses import dataclass

from .geometry import Point, centroid, inside

Box = tuple[float, float, float, float]

# Offsets tried around a country's centre: in label widths across, lines down.
_NEAR_CENTRE = sorted(
    ((dx, dy) for dx in (-2, -1, 0, 1, 2) for dy in (-3, -2, -1, 0, 1, 2, 3)),
    key=lambda d: (abs(d[0]) + abs(d[1]), d),
)
NARROW = frozenset(" ilj.,:;'-()[]!|іІ")


def text_width(text: str, font_size: float) -> float:
    """A generous estimate of rendered width, without font metrics.

    Calibrated on semi-bold system sans-serif fonts: Han characters are one em
    wide, Latin and Cyrillic letters about seven tenths, narrow ones half that.
    """
    width = 0.0
    for char in text:
        if ord(char) >= 0x2E80:
            width += 1.0
        elif char in NARROW:
            width += 0.35
        elif char.isupper():
            width += 0.78
        else:
            width += 0.7
    return width * font_size


@dataclass(frozen=True)
class Placement:
    x: float
    y: float
    anchor: str  # "start", "middle" or "end", as SVG's text-anchor


class LabelPlacer:
    """Remembers what is already on the map and finds room for the next name.

    ``obstacles`` are boxes nothing may cover (the city markers); ``trace`` is
    points along the drawn lines, which a name may cross only if it must.
    """

    def __init__(
        self,
        width: float,
        height: float,
        font_size: float,
        obstacles: list[Box],
        trace: list[Point],
    ):
        self.inner = (2, 2, width - 2, height - 2)
        self.size = font_size
        self.taken = list(obstacles)
        self.trace = trace

    def beside(self, x: float, y: float, gap: float, text: str) -> Placement:
        """The best spot next to a point; a name is never dropped."""
        size = self.size
        # Baselines put the text's visual middle level with the point.
        mid, up, down = y + size * 0.35, y - gap - size * 0.2, y + gap + size * 0.8
        diagonal = gap * 0.7
        candidates = [
            Placement(x + gap, mid, "start"),
            Placement(x - gap, mid, "end"),
            Placement(x, up, "middle"),
            Placement(x, down, "middle"),
            Placement(x + diagonal, y - diagonal, "start"),
            Placement(x + diagonal, y + diagonal + size * 0.6, "start"),
            Placement(x - diagonal, y - diagonal, "end"),
            Placement(x - diagonal, y + diagonal + size * 0.6, "end"),
        ]
        width = text_width(text, size)
        best = min(
            candidates,
            key=lambda spot: (
                self._cost(self._box(spot, width)),
                candidates.index(spot),
            ),
        )
        self.taken.append(self._box(best, width))
        return best

    def within(self, ring: list[Point], text: str, size: float) -> Placement | None:
        """A name well inside a ring (a country), near its centre, or nothing."""
        _area, (x, y) = centroid(ring)
        width = text_width(text, size)
        for dx, dy in _NEAR_CENTRE:
            spot = Placement(x + dx * width / 2, y + size * (0.35 + 1.3 * dy), "middle")
            left, top, right, bottom = box = self._box(spot, width, size)
            middle = (top + bottom) / 2
            probes = ((left, middle), (spot.x, middle), (right, middle))
            if not all(inside(probe, ring) for probe in probes):
                continue
            if not self._cost((left - 4, top - 4, right + 4, bottom + 4)):
                self.taken.append(box)
                return spot
        return None

    def _box(self, spot: Placement, width: float, size: float | None = None) -> Box:
        size = size or self.size
        shift = {"start": 0, "middle": width / 2, "end": width}[spot.anchor]
        left = spot.x - shift
        return left, spot.y - size * 0.85, left + width, spot.y + size * 0.25

    def _cost(self, box: Box) -> float:
        cost = sum(_overlap(box, other) for other in self.taken)
        area = (box[2] - box[0]) * (box[3] - box[1])
        cost += 4 * (area - _overlap(box, self.inner))
        # A line through a name hurts less than two names on top of each other.
        cost += 20 * sum(
            box[0] <= px <= box[2] and box[1] <= py <= box[3] for px, py in self.trace
        )
        return cost


def _overlap(a: Box, b: Box) -> float:
    dx = min(a[2], b[2]) - max(a[0], b[0])
    dy = min(a[3], b[3]) - max(a[1], b[1])
    return dx * dy if dx > 0 and dy > 0 else 0.0
