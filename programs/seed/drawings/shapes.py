"""Landscape pieces the scenes share: ridges, mountains, seas, stars and
clouds, and the plain blocks, towers and yurts that stand in them."""

import random
from itertools import pairwise

from .canvas import Canvas, Colour, Palette, Point, mix, smooth
from .ornaments import cloud_scroll, draw_strokes


def ridge(
    rng: random.Random,
    left: float,
    right: float,
    base: float,
    height: float,
    detail: int = 6,
    roughness: float = 0.55,
) -> list[Point]:
    """A skyline of hills or mountains: midpoint displacement from ``rng``.

    ``base`` is the mean height of the line and ``height`` how far it may
    wander; ``detail`` halvings give 2**detail segments.
    """
    heights = [rng.uniform(-0.5, 0.5), rng.uniform(-0.5, 0.5)]
    spread = 1.0
    for _round in range(detail):
        spread *= roughness
        finer = []
        for first, second in pairwise(heights):
            finer += [first, (first + second) / 2 + rng.uniform(-spread, spread)]
        heights = finer + [heights[-1]]
    step = (right - left) / (len(heights) - 1)
    return [(left + i * step, base - value * height) for i, value in enumerate(heights)]


def fill_below(canvas: Canvas, line: list[Point], bottom: float, colour: Colour):
    """Fill from a skyline down to ``bottom``."""
    canvas.polygon([*line, (line[-1][0], bottom), (line[0][0], bottom)], colour)


def stars(canvas: Canvas, count: int, top: float, bottom: float, colour: Colour):
    """Scattered stars, larger ones rarer, fainter towards ``bottom``."""
    width = canvas.design[0]
    for _star in range(count):
        x, y = canvas.rng.uniform(0, width), canvas.rng.uniform(top, bottom)
        radius = 0.7 + canvas.rng.random() ** 4 * 1.8
        fade = (y - top) / max(bottom - top, 1)
        canvas.circle(x, y, radius, mix(colour, Palette.DUSK, fade * 0.7))


def sparkle(canvas: Canvas, cx, cy, size, colour: Colour) -> None:
    """A four-pointed star of light."""
    canvas.polygon(
        [
            (cx, cy - size),
            (cx + size * 0.18, cy - size * 0.18),
            (cx + size, cy),
            (cx + size * 0.18, cy + size * 0.18),
            (cx, cy + size),
            (cx - size * 0.18, cy + size * 0.18),
            (cx - size, cy),
            (cx - size * 0.18, cy - size * 0.18),
        ],
        colour,
    )


def sea(canvas: Canvas, top, bottom, far: Colour, near: Colour, light=None):
    """Water from the horizon at ``top`` to ``bottom``, with ripples.

    ``light`` is (x, width, colour): the path of the sun or moon on the water.
    """
    canvas.gradient([(0, far), (1, near)], top, bottom)
    width = canvas.design[0]
    rows = int((bottom - top) / 7)
    for row in range(rows):
        depth = (row + 0.5) / rows
        y = top + (bottom - top) * depth**1.4
        ripple = mix(far, Palette.SNOW, 0.25 * (1 - depth) + 0.08)
        for _dash in range(int(3 + depth * 6)):
            x = canvas.rng.uniform(-20, width)
            length = canvas.rng.uniform(12, 40) * (0.4 + depth)
            canvas.stroke([(x, y), (x + length, y)], ripple, 0.8 + depth * 1.2)
        if light:
            x, spread, colour = light
            reach = spread * (0.35 + depth)
            for _glint in range(3):
                start = x + canvas.rng.uniform(-reach, reach * 0.6)
                length = canvas.rng.uniform(8, 30) * (0.5 + depth)
                canvas.stroke(
                    [(start, y), (start + length, y)], colour, 1.0 + depth * 1.6
                )


def apartment_block(canvas: Canvas, left, right, base, top, colour: Colour, windows):
    """A flat-roofed block of flats with rows of lit and dark windows."""
    canvas.rect(left, top, right, base, colour)
    lit, dark = windows
    floors = max(1, int((base - top - 8) / 13))
    columns = max(1, int((right - left - 6) / 11))
    step_x = (right - left) / columns
    for floor in range(floors):
        y = top + 8 + floor * 13
        for column in range(columns):
            x = left + column * step_x + step_x * 0.3
            shade = lit if canvas.rng.random() < 0.45 else dark
            canvas.rect(x, y, x + step_x * 0.42, y + 6, shade)


def tower_block(canvas: Canvas, left, right, base, top, colour: Colour, light: Colour):
    """A glass office tower: a flat block with thin vertical light lines."""
    canvas.rect(left, top, right, base, colour)
    for x in range(int(left) + 4, int(right) - 2, 6):
        canvas.rect(x, top + 4, x + 1, base, light)


def yurt(canvas: Canvas, cx, base, width, felt: Colour, trim: Colour):
    """A Kazakh yurt (kiiz ui): a lattice wall under a domed felt roof, a red
    band round its top and the crown (shanyrak) above."""
    half, wall = width / 2, width * 0.3
    shade = mix(felt, Palette.NIGHT, 0.25)
    canvas.rect(cx - half, base - wall, cx + half, base, felt)
    for x in range(int(cx - half) + 6, int(cx + half) - 2, 9):
        canvas.stroke([(x, base - wall + 3), (x + 8, base - 2)], shade, 0.9)
    roof_side = smooth(
        [
            (cx - half * 1.04, base - wall + 2),
            (cx - half * 0.78, base - wall - width * 0.14),
            (cx - half * 0.36, base - wall - width * 0.27),
            (cx - width * 0.07, base - wall - width * 0.3),
        ],
        6,
    )
    roof = roof_side + [(2 * cx - x, y) for x, y in reversed(roof_side)]
    canvas.polygon(roof, felt)
    canvas.polygon(
        roof_side + [(cx, base - wall - width * 0.3), (cx, base - wall + 2)],
        mix(felt, Palette.SNOW, 0.2),
    )
    canvas.rect(cx - half, base - wall - 1, cx + half, base - wall + width * 0.06, trim)
    canvas.rect(
        cx - width * 0.08,
        base - wall - width * 0.34,
        cx + width * 0.08,
        base - wall - width * 0.29,
        mix(trim, Palette.INK, 0.4),
    )
    canvas.rect(
        cx - width * 0.09,
        base - wall * 0.78,
        cx + width * 0.09,
        base,
        mix(Palette.GOLD, Palette.APRICOT, 0.5),
    )


def mountain(canvas: Canvas, cx, base, height, half, colours, snow=0.0):
    """One peak, lit on the left and shaded on the right, with a snow cap
    reaching ``snow`` (0 to 1) of the way down.

    ``colours`` is (lit rock, shaded rock, lit snow, shaded snow).
    """
    rng = canvas.rng
    lit, shaded, snow_lit, snow_shaded = colours
    top = (cx, base - height)

    def flank(end_x):
        # A side of the peak, with shoulders and notches along the way.
        points = [top]
        for step in range(1, 8):
            t = step / 8
            x = cx + (end_x - cx) * t + rng.uniform(-3, 3)
            y = top[1] + height * t**1.2 + rng.uniform(-5, 5)
            points.append((x, min(y, base)))
        return [*points, (end_x, base)]

    left, right = flank(cx - half), flank(cx + half)
    # The shadow falls from the summit down a crooked spur.
    spur = [
        (cx + half * 0.2 * t + rng.uniform(-5, 5) * t, top[1] + height * t)
        for t in (0, 0.2, 0.4, 0.6, 0.8, 1)
    ]
    canvas.polygon([*left, *reversed(right)], lit)
    canvas.polygon([*spur, *reversed(right)], shaded)
    if not snow:
        return
    depth = top[1] + height * snow
    upper_left = [p for p in left if p[1] < depth]
    upper_right = [p for p in right if p[1] < depth]
    start, end = upper_left[-1], upper_right[-1]
    edge = []
    for step in range(1, 9):
        t = step / 9
        drop = rng.uniform(2, 16) if step % 2 else rng.uniform(-10, 0)
        edge.append((start[0] + (end[0] - start[0]) * t, depth + drop))
    canvas.polygon([*upper_left, *edge, *reversed(upper_right)], snow_lit)
    spur_x = cx + half * 0.2 * snow
    shaded_edge = [p for p in edge if p[0] > spur_x]
    canvas.polygon(
        [top, (spur_x, depth), *shaded_edge, *reversed(upper_right)], snow_shaded
    )


def sky_cloud(canvas: Canvas, cx, cy, size, colour: Colour, line: Colour) -> None:
    """A flat, rounded cloud with a scroll drawn on it."""
    for dx, dy, r in (
        (-0.55, 0.12, 0.3),
        (-0.15, -0.08, 0.42),
        (0.3, 0.02, 0.34),
        (0.7, 0.16, 0.22),
    ):
        canvas.circle(cx + dx * size, cy + dy * size, r * size, colour)
    canvas.rect(
        cx - size * 0.85, cy + size * 0.12, cx + size * 0.9, cy + size * 0.38, colour
    )
    draw_strokes(
        canvas,
        cloud_scroll(cx - size * 0.05, cy - size * 0.02, size * 0.55),
        line,
        size * 0.035,
    )


def round_tree(canvas: Canvas, cx, base, size, leaves: Colour, light: Colour, tall=1.0):
    """A broad-leaved tree: a trunk under a crown of four overlapping rounds,
    lit at the top; ``tall`` lifts the crown for taller kinds."""
    lift = size * (tall - 1) * 0.4
    trunk = mix(Palette.INK, leaves, 0.3)
    canvas.rect(
        cx - size * 0.065, base - size * 0.5 - lift, cx + size * 0.065, base + 30, trunk
    )
    for dx, dy, r in (
        (0, -0.75, 0.5),
        (-0.38, -0.55, 0.4),
        (0.38, -0.55, 0.42),
        (0, -0.45, 0.44),
    ):
        canvas.circle(cx + dx * size, base + dy * size - lift, r * size, leaves)
    canvas.circle(cx - size * 0.14, base - size * 0.92 - lift, size * 0.24, light)
