"""Almaty: the TV tower on Kok-Tobe before the snowy Trans-Ili Alatau, on a
960 by 640 design."""

import math
from itertools import pairwise

from .canvas import Canvas, Palette, mix, smooth
from .ornaments import CITY_GROUND as GROUND
from .ornaments import koshkar_muiz_band
from .shapes import apartment_block, fill_below, mountain, ridge, round_tree

KOK_TOBE = (640, 300)


def almaty(canvas: Canvas) -> None:
    """The TV tower on Kok-Tobe before the snow-capped Trans-Ili Alatau."""
    sky_top, sky_low = (70, 112, 176), (232, 220, 214)
    canvas.gradient(
        [(0, sky_top), (0.75, mix(sky_top, sky_low, 0.75)), (1, sky_low)], 0, 440
    )
    canvas.glow(170, 110, 200, Palette.CREAM, 0.45)
    air = mix(sky_low, sky_top, 0.25)

    # Two ranges of the Alatau, the farther paler, then the green foothills.
    far = (
        mix((104, 112, 164), air, 0.45),
        mix((74, 80, 132), air, 0.45),
        mix(Palette.SNOW, air, 0.2),
        mix((196, 204, 230), air, 0.3),
    )
    for cx, height, half in (
        (40, 190, 190),
        (300, 230, 190),
        (520, 180, 160),
        (760, 250, 200),
        (960, 200, 170),
    ):
        mountain(canvas, cx, 440, height, half, far, 0.42)
    near = ((98, 110, 150), (66, 74, 116), Palette.SNOW, (190, 200, 228))
    for cx, height, half in (
        (150, 160, 170),
        (420, 190, 160),
        (640, 130, 130),
        (880, 170, 160),
    ):
        mountain(canvas, cx, 450, height, half, near, 0.3)
    canvas.haze(380, 470, air, 0.6)
    foothills = ridge(canvas.rng, -10, 970, 452, 26, 6, 0.5)
    fill_below(canvas, foothills, GROUND, (78, 112, 104))

    hill = smooth(
        [
            (-10, 520),
            (200, 494),
            (420, 466),
            (560, 428),
            (640, 420),
            (720, 430),
            (850, 474),
            (970, 486),
        ],
        6,
    )
    fill_below(canvas, hill, GROUND, (52, 88, 80))
    kok_tobe_tower(canvas, KOK_TOBE[0], 426, 150)

    # The city at the foot of the hills, in two rows, and apple trees in front.
    rng = canvas.rng
    for row, (base, height) in enumerate(((536, 30), (GROUND, 44))):
        x = -10
        while x < 970:
            width = rng.uniform(18, 40)
            tone = mix((150, 152, 164), (204, 182, 160), rng.random())
            tone = mix(tone, (78, 112, 104), 0.35 * (1 - row))
            top = base - height - rng.uniform(-8, 20)
            apartment_block(
                canvas,
                x,
                x + width,
                base,
                top,
                tone,
                (mix(tone, Palette.SNOW, 0.4), mix(tone, Palette.INK, 0.25)),
            )
            x += width + rng.uniform(4, 16)
            if rng.random() < 0.3:
                canvas.circle(x - 4, base - 8, 10, (60, 98, 76))
    ground = smooth(
        [
            (-10, 568),
            (160, 560),
            (330, 582),
            (480, 588),
            (660, 580),
            (820, 560),
            (970, 564),
        ],
        5,
    )
    fill_below(canvas, ground, GROUND + 10, (40, 72, 58))
    for x, y, size in ((56, 566, 64), (170, 574, 46), (830, 566, 58), (920, 574, 70)):
        apple_tree(canvas, x, y, size)
    koshkar_muiz_band(canvas, GROUND)


def kok_tobe_tower(canvas: Canvas, cx: float, base: float, top: float) -> None:
    """The steel lattice mast on the hilltop, flaring to its feet."""
    height = base - top

    def half(y):
        return 3.5 + 24 * ((y - top) / height) ** 1.8

    levels = [
        top + height * t for t in (0, 0.14, 0.28, 0.41, 0.53, 0.64, 0.74, 0.83, 0.91, 1)
    ]
    legs = [[(cx + side * half(y), y) for y in levels] for side in (-1, 1)]
    braces = []
    for upper, lower in pairwise(levels):
        braces.append([(cx - half(upper), upper), (cx + half(lower), lower)])
        braces.append([(cx + half(upper), upper), (cx - half(lower), lower)])
    mast = [(cx, top), (cx, top - 64)]
    # A dark pass under the white one keeps the mast clear against snow.
    for colour, grow in ((mix(Palette.INK, Palette.DUSK, 0.4), 1.3), (Palette.SNOW, 0)):
        for leg in legs:
            canvas.stroke(leg, colour, 2.2 + grow)
        for brace in braces:
            canvas.stroke(brace, colour, 1.1 + grow)
        canvas.stroke(mast, colour, 2.2 + grow)
        for y in (levels[2], levels[5]):
            extra = grow / 2
            canvas.rect(
                cx - half(y) - 7 - extra,
                y - 3 - extra,
                cx + half(y) + 7 + extra,
                y + 3 + extra,
                colour,
            )
    canvas.circle(cx, top - 64, 2.8, Palette.RED)


def apple_tree(canvas: Canvas, cx: float, base: float, size: float) -> None:
    """Almaty means 'of apples': a round tree dotted with red fruit."""
    leaves = (34, 86, 62)
    round_tree(canvas, cx, base, size, leaves, mix(leaves, Palette.GOLD, 0.25))
    for _apple in range(6):
        angle = canvas.rng.uniform(0, math.tau)
        reach = canvas.rng.uniform(0.15, 0.55) * size
        canvas.circle(
            cx + math.cos(angle) * reach,
            base - size * 0.65 + math.sin(angle) * reach * 0.7,
            size * 0.06,
            Palette.RED,
        )
