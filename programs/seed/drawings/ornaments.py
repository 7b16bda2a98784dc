"""Ornament motifs and the bands that frame each picture's foot.

Every band has the same height and gold edge rules, so the set reads as one
series; the motif inside says where the picture is: Kazakh ram's horns
(koshkar muiz), the Central Asian star-and-cross tiles (girih) and rosettes,
and Chinese cloud scrolls and key fret.
"""

import math

from .canvas import Canvas, Colour, Palette, Point, smooth

BAND_HEIGHT = 44
# Where the band begins on a city picture's 960 by 640 design.
CITY_GROUND = 640 - BAND_HEIGHT


def spiral(cx, cy, radius, start, sweep, shrink=0.78, steps=40) -> list[Point]:
    """Points of a spiral around (cx, cy) whose radius shrinks as it turns.

    Angles are in radians, measured on the screen (y grows downwards), so a
    positive ``sweep`` turns clockwise.
    """
    points = []
    for step in range(steps + 1):
        part = step / steps
        angle = start + sweep * part
        reach = radius * (1 - shrink * part)
        points.append((cx + reach * math.cos(angle), cy + reach * math.sin(angle)))
    return points


def mirrored(points: list[Point], axis_x: float) -> list[Point]:
    return [(2 * axis_x - x, y) for x, y in points]


def flipped(points: list[Point], axis_y: float) -> list[Point]:
    return [(x, 2 * axis_y - y) for x, y in points]


def ram_horns(cx, base_y, size) -> list[list[Point]]:
    """The koshkar muiz: a stem that parts into two horns curling outwards."""
    stem_top = base_y - size * 0.42
    reach = size * 0.3
    right = spiral(cx + reach, stem_top, reach, math.pi, math.tau * 1.2, 0.82)
    stem = [(cx, base_y), (cx, stem_top)]
    return [stem, right, mirrored(right, cx)]


def cloud_scroll(cx, cy, size, facing=1) -> list[list[Point]]:
    """A Chinese auspicious cloud: two curls on one base line, trailing a tail."""
    big, small = size * 0.32, size * 0.2
    base = cy + big
    small_x = cx + big + small * 0.9
    strokes = [
        spiral(cx, cy, big, math.pi / 2, -math.tau * 1.05, 0.72),
        spiral(small_x, base - small, small, math.pi / 2, math.tau * 1.0, 0.7),
        smooth(
            [
                (small_x, base),
                (cx, base),
                (cx - size * 0.45, base - size * 0.08),
                (cx - size * 0.8, base + size * 0.02),
                (cx - size * 1.05, base - size * 0.06),
            ]
        ),
    ]
    if facing < 0:
        strokes = [mirrored(stroke, cx) for stroke in strokes]
    return strokes


def draw_strokes(canvas: Canvas, strokes, colour: Colour, width: float) -> None:
    for points in strokes:
        canvas.stroke(points, colour, width)


def star_points(cx, cy, outer, inner_ratio=0.765, points=8, turn=0.0):
    """A star polygon: ``points`` tips at ``outer``, notches in between."""
    vertices = []
    for index in range(points * 2):
        angle = turn + math.pi * index / points - math.pi / 2
        reach = outer if index % 2 == 0 else outer * inner_ratio
        vertices.append((cx + reach * math.cos(angle), cy + reach * math.sin(angle)))
    return vertices


# Bands --------------------------------------------------------------------


def _band_frame(canvas: Canvas, top: float, ground: Colour, edge: Colour) -> float:
    """Lay the band's ground and gold rules; return its middle line."""
    width = canvas.design[0]
    canvas.rect(-10, top, width + 10, top + BAND_HEIGHT + 10, ground)
    for rule in (top + 3, top + BAND_HEIGHT - 3):
        canvas.rect(-10, rule - 1, width + 10, rule + 1, edge)
    return top + BAND_HEIGHT / 2


def _each_step(canvas: Canvas, step: float) -> list[float]:
    """Centres spaced ``step`` apart, symmetric about the picture's middle."""
    middle = canvas.design[0] / 2
    count = int(canvas.design[0] / step / 2) + 2
    return [middle + step * index for index in range(-count, count + 1)]


def koshkar_muiz_band(canvas: Canvas, top: float) -> None:
    """Felt-red band of ram's horns, upright and hanging in turn (syrmak)."""
    middle = _band_frame(canvas, top, Palette.RED, Palette.GOLD)
    size, line = 26, 3
    for index, x in enumerate(_each_step(canvas, 36)):
        horns = ram_horns(x, middle + size * 0.5, size)
        if index % 2:
            horns = [flipped(points, middle) for points in horns]
        draw_strokes(canvas, horns, Palette.CREAM, line)


def girih_band(canvas: Canvas, top: float) -> None:
    """Cobalt tiles of eight-pointed stars with crosses between them."""
    middle = _band_frame(canvas, top, Palette.COBALT, Palette.GOLD)
    step = 40
    for x in _each_step(canvas, step):
        canvas.polygon(star_points(x, middle, 16.5), Palette.CREAM)
        canvas.polygon(star_points(x, middle, 13.5), Palette.TURQUOISE)
        canvas.polygon(star_points(x, middle, 5, 0.5, turn=math.pi / 8), Palette.GOLD)
        _cross(canvas, x + step / 2, middle, 8.5, Palette.CREAM)
        _cross(canvas, x + step / 2, middle, 6.5, Palette.NIGHT)


def _cross(canvas: Canvas, cx, cy, arm, colour) -> None:
    half = arm * 0.42
    canvas.polygon(
        [
            (cx - half, cy - arm),
            (cx + half, cy - arm),
            (cx + half, cy - half),
            (cx + arm, cy - half),
            (cx + arm, cy + half),
            (cx + half, cy + half),
            (cx + half, cy + arm),
            (cx - half, cy + arm),
            (cx - half, cy + half),
            (cx - arm, cy + half),
            (cx - arm, cy - half),
            (cx - half, cy - half),
        ],
        colour,
    )


def rosette_band(canvas: Canvas, top: float) -> None:
    """Turquoise band of six-petalled rosettes in rings, as on glazed tiles."""
    middle = _band_frame(canvas, top, Palette.TEAL, Palette.GOLD)
    step = 44
    for x in _each_step(canvas, step):
        canvas.circle(x, middle, 15, Palette.CREAM)
        canvas.circle(x, middle, 13.2, Palette.COBALT)
        for petal in range(6):
            angle = math.pi * petal / 3
            px, py = x + 6.5 * math.cos(angle), middle + 6.5 * math.sin(angle)
            canvas.ellipse(px, py, 3.6, 3.6, Palette.TURQUOISE)
        canvas.circle(x, middle, 3, Palette.GOLD)
        canvas.polygon(star_points(x + step / 2, middle, 5, 0.45, 4), Palette.CREAM)


def cloud_band(canvas: Canvas, top: float) -> None:
    """Deep red band of gold cloud scrolls, facing in turn."""
    middle = _band_frame(canvas, top, Palette.RED, Palette.GOLD)
    for index, x in enumerate(_each_step(canvas, 62)):
        facing = 1 if index % 2 else -1
        clouds = cloud_scroll(x, middle - 6, 30, facing)
        draw_strokes(canvas, clouds, Palette.GOLD, 2.8)


def fret_band(canvas: Canvas, top: float) -> None:
    """Red band of the Chinese key fret, one unbroken square spiral after another."""
    middle = _band_frame(canvas, top, Palette.RED, Palette.GOLD)
    size = 24
    g = size / 4
    upper, lower = middle - size / 2, middle + size / 2
    for x in _each_step(canvas, size * 1.25):
        left = x - size / 2
        canvas.bar(
            [
                (left - size * 0.25, lower),
                (left, lower),
                (left, upper),
                (left + size, upper),
                (left + size, lower - g),
                (left + g, lower - g),
                (left + g, upper + g),
                (left + size - g, upper + g),
                (left + size - g, middle),
                (left + 2 * g, middle),
            ],
            Palette.GOLD,
            2.6,
        )


def journey_band(canvas: Canvas, top: float) -> None:
    """The route in one band: tiles in the west, ram's horns across
    Kazakhstan, cloud scrolls in the east, each stretch set off by a lozenge."""
    middle = _band_frame(canvas, top, Palette.NIGHT, Palette.GOLD)
    width = canvas.design[0]
    west, east = width * 0.3, width * 0.72
    for x in _each_step(canvas, 40):
        if x < west - 20:
            canvas.polygon(star_points(x, middle, 13.5), Palette.TURQUOISE)
            canvas.polygon(
                star_points(x, middle, 5, 0.5, turn=math.pi / 8), Palette.GOLD
            )
    for index, x in enumerate(_each_step(canvas, 36)):
        if west + 20 < x < east - 20:
            horns = ram_horns(x, middle + 13, 26)
            if index % 2:
                horns = [flipped(points, middle) for points in horns]
            draw_strokes(canvas, horns, Palette.CREAM, 3)
    for index, x in enumerate(_each_step(canvas, 62)):
        if x > east + 40:
            draw_strokes(
                canvas,
                cloud_scroll(x, middle - 6, 30, 1 if index % 2 else -1),
                Palette.GOLD,
                2.8,
            )
    for x in (west, east):
        canvas.polygon(
            [(x, middle - 14), (x + 9, middle), (x, middle + 14), (x - 9, middle)],
            Palette.GOLD,
        )
