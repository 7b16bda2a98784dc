"""Astana at dusk: Bayterek between the Khan Shatyr and the Pyramid, on a
960 by 640 design."""

from itertools import pairwise

from .canvas import Canvas, Palette, mix, smooth
from .ornaments import CITY_GROUND as GROUND
from .ornaments import koshkar_muiz_band
from .shapes import fill_below, ridge, stars, tower_block

BAYTEREK = (480, 200)  # the centre of its golden sphere


def astana(canvas: Canvas) -> None:
    """Bayterek between the Khan Shatyr and the Pyramid, over the steppe."""
    sky = [
        (0, Palette.NIGHT),
        (0.35, Palette.INDIGO),
        (0.62, Palette.DUSK),
        (0.82, Palette.ROSE),
        (1, Palette.APRICOT),
    ]
    canvas.gradient(sky, 0, 500)
    stars(canvas, 70, 0, 230, Palette.CREAM)
    canvas.glow(720, 500, 260, Palette.APRICOT, 0.7)
    air = mix(Palette.DUSK, Palette.ROSE, 0.6)

    # The steppe horizon and the far towers of the new city.
    fill_below(
        canvas,
        ridge(canvas.rng, -10, 970, 486, 6, 5),
        GROUND,
        mix(air, Palette.INK, 0.25),
    )
    far = mix(Palette.INDIGO, air, 0.55)
    for left, width, top in (
        (30, 34, 402),
        (70, 26, 420),
        (120, 40, 388),
        (300, 30, 410),
        (335, 24, 396),
        (575, 28, 392),
        (610, 36, 414),
        (842, 30, 396),
        (880, 44, 380),
        (930, 30, 404),
    ):
        tower_block(
            canvas, left, left + width, 500, top, far, mix(far, Palette.APRICOT, 0.25)
        )

    khan_shatyr(canvas, 215, 520, mix(Palette.DUSK, air, 0.3))
    palace_of_peace(canvas, 770, 522, mix(Palette.INDIGO, air, 0.2))
    bayterek(canvas, *BAYTEREK)

    # The boulevard in front: rows of young trees, lamps and a long pool that
    # holds the afterglow and the tower's reflection.
    canvas.rect(-10, 520, 970, GROUND, Palette.INK)
    trees = mix(Palette.INK, Palette.DUSK, 0.3)
    for x in range(-10, 980, 22):
        if abs(x - BAYTEREK[0]) > 60:
            canvas.circle(x, 522, 11, trees)
            canvas.rect(x - 1.2, 522, x + 1.2, 540, trees)
    canvas.rect(-10, 540, 970, 548, mix(Palette.INK, Palette.DUSK, 0.18))
    canvas.gradient(
        [
            (0, mix(Palette.ROSE, Palette.INK, 0.4)),
            (1, mix(Palette.DUSK, Palette.INK, 0.6)),
        ],
        552,
        590,
    )
    for row, y in enumerate(range(556, 590, 6)):
        width = 16 - row * 1.5
        canvas.stroke(
            [(BAYTEREK[0] - width, y), (BAYTEREK[0] + width, y)],
            mix(Palette.GOLD, Palette.ROSE, row / 6),
            2,
        )
    canvas.rect(-10, 590, 970, GROUND, Palette.INK)
    for x in (120, 300, 660, 840):
        canvas.rect(x - 1.5, 500, x + 1.5, 548, mix(Palette.INK, Palette.DUSK, 0.3))
        canvas.glow(x, 500, 16, Palette.APRICOT, 0.9)
        canvas.circle(x, 500, 3, Palette.CREAM)
    koshkar_muiz_band(canvas, GROUND)


def bayterek(canvas: Canvas, cx: float, cy: float) -> None:
    """The white tower of branches holding up a golden sphere."""
    white = mix(Palette.SNOW, Palette.ROSE, 0.1)
    shade = mix(Palette.SNOW, Palette.DUSK, 0.5)
    radius = 32
    neck = cy + radius * 2.1
    canvas.polygon(
        [
            (cx - 44, 548),
            (cx - 16, 506),
            (cx - 8, 340),
            (cx - 10, neck),
            (cx + 10, neck),
            (cx + 8, 340),
            (cx + 16, 506),
            (cx + 44, 548),
        ],
        white,
    )
    canvas.polygon(
        [
            (cx + 2, 548),
            (cx + 2, neck),
            (cx + 10, neck),
            (cx + 8, 340),
            (cx + 16, 506),
            (cx + 44, 548),
        ],
        shade,
    )
    # The crown: branches fan out of the trunk and cup the sphere.
    branches = []
    for index in range(-5, 6):
        spread = index / 5
        branches.append(
            smooth(
                [
                    (cx + spread * 6, neck),
                    (cx + spread * radius * 1.1, cy + radius * 1.15),
                    (cx + spread * radius * 1.45, cy + radius * 0.2),
                    (
                        cx + spread * radius * 1.62,
                        cy + radius * (0.45 - 1.15 * abs(spread)),
                    ),
                ],
                6,
            )
        )
    for branch in branches[1::2]:
        canvas.stroke(branch, shade, 3.4)
    canvas.glow(cx, cy, radius * 3.2, Palette.GOLD, 0.5)
    canvas.circle(cx, cy, radius, mix(Palette.GOLD, Palette.TERRACOTTA, 0.2))
    canvas.circle(cx - radius * 0.12, cy - radius * 0.14, radius * 0.8, Palette.GOLD)
    canvas.circle(
        cx - radius * 0.32,
        cy - radius * 0.36,
        radius * 0.3,
        mix(Palette.GOLD, Palette.SNOW, 0.6),
    )
    for branch in branches[::2]:
        canvas.stroke(branch, white, 3.4)


def khan_shatyr(canvas: Canvas, cx: float, base: float, colour) -> None:
    """The leaning tent of cable net and clear panels, lit from inside."""
    apex = (cx + 34, base - 210)
    left = smooth(
        [(cx - 140, base), (cx - 92, base - 46), (cx - 30, base - 120), apex], 8
    )
    right = smooth(
        [apex, (cx + 62, base - 110), (cx + 104, base - 40), (cx + 146, base)], 8
    )
    outline = [*left, *right[1:]]
    canvas.polygon(outline, colour)
    canvas.light(outline, Palette.APRICOT, 0.28)
    canvas.glow(cx + 10, base - 30, 110, Palette.APRICOT, 0.5)
    net = mix(colour, Palette.CREAM, 0.35)
    for step in range(1, 10):
        x = cx - 140 + step * 28.6
        canvas.stroke(
            smooth(
                [
                    apex,
                    ((apex[0] + x) / 2 + (x - apex[0]) * 0.12, (apex[1] + base) / 2),
                    (x, base),
                ],
                5,
            ),
            net,
            0.8,
        )
    for y in (base - 50, base - 100, base - 150):
        canvas.stroke([(_x_at(left, y), y), (_x_at(right, y), y)], net, 0.8)
    canvas.stroke([apex, (apex[0] + 8, apex[1] - 44)], net, 2)


def _x_at(curve, y: float) -> float:
    """Where a curve that climbs or falls steadily crosses the height ``y``."""
    for (x0, y0), (x1, y1) in pairwise(curve):
        if min(y0, y1) <= y <= max(y0, y1) and y0 != y1:
            return x0 + (x1 - x0) * (y - y0) / (y1 - y0)
    return curve[0][0]


def palace_of_peace(canvas: Canvas, cx: float, base: float, colour) -> None:
    """The Palace of Peace and Reconciliation, its glass apex lit."""
    half, height = 88, 150
    canvas.polygon([(cx - half, base), (cx, base - height), (cx + half, base)], colour)
    canvas.polygon(
        [(cx, base - height), (cx + half, base), (cx + 8, base)],
        mix(colour, Palette.NIGHT, 0.25),
    )
    apex = [
        (cx - 24, base - height + 41),
        (cx, base - height),
        (cx + 24, base - height + 41),
    ]
    canvas.polygon(apex, Palette.TURQUOISE)
    canvas.polygon(
        [apex[1], apex[2], (cx, base - height + 41)],
        mix(Palette.TURQUOISE, Palette.GOLD, 0.5),
    )
