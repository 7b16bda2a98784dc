"""Samarkand: the three madrasas of the Registan at dusk, on a 960 by 640
design."""

from .buildings import BRICK, madrasa
from .canvas import Canvas, Palette, mix, smooth
from .ornaments import CITY_GROUND as GROUND
from .ornaments import girih_band
from .shapes import fill_below, ridge, stars

REGISTAN = (480, 380)  # the middle of Tilya-Kori's portal


def samarkand(canvas: Canvas) -> None:
    """The Registan: Tilya-Kori behind, Ulugh Beg and Sher-Dor at the sides."""
    canvas.gradient(
        [
            (0, (46, 72, 142)),
            (0.5, (118, 142, 186)),
            (0.85, Palette.APRICOT),
            (1, Palette.GOLD),
        ],
        0,
        540,
    )
    canvas.glow(480, 540, 300, Palette.APRICOT, 0.55)
    air = mix(Palette.APRICOT, (118, 142, 186), 0.4)
    fill_below(
        canvas,
        ridge(canvas.rng, -10, 970, 520, 12, 5),
        GROUND,
        mix((150, 120, 120), air, 0.5),
    )

    stars(canvas, 30, 0, 160, Palette.CREAM)
    canvas.circle(150, 92, 20, Palette.CREAM)
    canvas.circle(160, 86, 18, mix((46, 72, 142), (118, 142, 186), 0.15))

    far = (
        mix(BRICK, air, 0.35),
        mix(Palette.COBALT, air, 0.35),
        mix(Palette.TURQUOISE, air, 0.3),
    )
    madrasa(canvas, 480, 520, 0.92, far, domes=((-118, 50),), corner_minarets=False)
    near = (BRICK, Palette.COBALT, Palette.TURQUOISE)
    madrasa(canvas, 160, 552, 1.12, near)
    madrasa(canvas, 800, 552, 1.12, near, domes=((-88, 46), (88, 46)))

    # The square in front, its paving lines running to the middle portal.
    paving, joint = (196, 150, 108), (174, 128, 94)
    canvas.rect(-10, 520, 970, GROUND, paving)
    canvas.rect(-10, 550, 970, 553, joint)
    for x in range(-600, 1600, 80):
        canvas.stroke([(480 + (x - 480) * 0.12, 553), (x, GROUND)], joint, 1.1)
    for y in (562, 574, 590):
        canvas.rect(-10, y, 970, y + 1.1, joint)
    for x in (330, 630):
        cypress(canvas, x, 552, 80)
    girih_band(canvas, GROUND)


def cypress(canvas: Canvas, cx, base, height) -> None:
    shape = smooth(
        [
            (cx - 9, base),
            (cx - 11, base - height * 0.4),
            (cx - 4, base - height * 0.85),
            (cx, base - height),
            (cx + 4, base - height * 0.85),
            (cx + 11, base - height * 0.4),
            (cx + 9, base),
        ],
        5,
    )
    canvas.polygon(shape, (44, 82, 70))
    canvas.polygon(shape[: len(shape) // 2 + 1] + [(cx, base)], (62, 104, 84))
