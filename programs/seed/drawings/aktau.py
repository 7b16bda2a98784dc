"""Aktau at sunset: limestone cliffs over the Caspian and the lighthouse on a
block of flats, on a 960 by 640 design."""

from .canvas import Canvas, Palette, mix, smooth
from .ornaments import CITY_GROUND as GROUND
from .ornaments import koshkar_muiz_band
from .shapes import apartment_block, sea

LIGHTHOUSE = (735, 250)  # its lamp


def aktau(canvas: Canvas) -> None:
    """Limestone cliffs over the Caspian at sunset, and the lighthouse on a
    block of flats."""
    horizon = 404
    canvas.gradient(
        [
            (0, Palette.DUSK),
            (0.45, Palette.ROSE),
            (0.8, Palette.APRICOT),
            (1, Palette.GOLD),
        ],
        0,
        horizon,
    )
    canvas.glow(300, horizon, 230, Palette.GOLD, 0.75)
    canvas.circle(300, horizon - 6, 42, mix(Palette.GOLD, Palette.CREAM, 0.55))
    sea(
        canvas,
        horizon - 6,
        GROUND,
        mix(Palette.DUSK, Palette.ROSE, 0.3),
        mix(Palette.TEAL, Palette.NIGHT, 0.5),
        (300, 90, mix(Palette.GOLD, Palette.CREAM, 0.4)),
    )
    canvas.rect(
        -10, horizon - 6, 970, horizon - 4, mix(Palette.ROSE, Palette.DUSK, 0.35)
    )

    # The plateau ends in ledges of limestone; the town stands on top.
    _cliffs(canvas, 428, 566)
    blocks = mix(Palette.DUSK, Palette.INK, 0.35)
    windows = (Palette.APRICOT, mix(blocks, Palette.INK, 0.3))
    for left, right, top in (
        (560, 640, 366),
        (650, 700, 384),
        (820, 900, 372),
        (905, 970, 358),
    ):
        apartment_block(canvas, left, right, 426, top, blocks, windows)
    lighthouse_block(canvas, 700, 780, 426, blocks, windows)

    # Rocks and a pair of gulls in the foreground.
    canvas.polygon(
        [(-10, GROUND), (-10, 556), (60, 540), (120, 560), (180, 572), (240, GROUND)],
        Palette.INK,
    )
    canvas.polygon(
        [(380, GROUND), (430, 578), (520, 566), (600, 576), (640, GROUND)],
        mix(Palette.INK, Palette.DUSK, 0.3),
    )
    for x, y, size in ((170, 300, 9), (205, 320, 6)):
        canvas.stroke(
            smooth(
                [(x - size, y - size * 0.3), (x - size * 0.4, y - size * 0.5), (x, y)],
                4,
            ),
            Palette.INK,
            1.6,
        )
        canvas.stroke(
            smooth(
                [(x, y), (x + size * 0.4, y - size * 0.5), (x + size, y - size * 0.3)],
                4,
            ),
            Palette.INK,
            1.6,
        )
    koshkar_muiz_band(canvas, GROUND)


def _cliffs(canvas: Canvas, top: float, water: float) -> None:
    """Stacked ledges of pale rock, each lit on its top, shaded on its face."""
    rock, shadow = (214, 160, 118), (128, 84, 96)
    rng, y, left = canvas.rng, top, 520.0
    while y < water:
        depth = rng.uniform(14, 24)
        lower = min(water, y + depth)
        step = rng.uniform(-16, 10)
        face = [
            (left, y),
            (left + rng.uniform(-4, 4), (y + lower) / 2),
            (left + step, lower),
        ]
        lift = 0.45 - 0.35 * (y - top) / (water - top)
        canvas.polygon(
            [*face, (970, lower), (970, y)],
            mix(shadow, rock, lift + rng.uniform(-0.08, 0.08)),
        )
        # A ledge that juts out catches the low sun on its top.
        if step < 0:
            canvas.polygon(
                [
                    (left + step, lower - 2.5),
                    (left + 40, lower - 2.5),
                    (left + 40, lower),
                    (left + step, lower),
                ],
                rock,
            )
        y, left = lower, left + step
    # Fissures run down the face and break up the ledges.
    crack = mix(shadow, Palette.NIGHT, 0.3)
    for x in range(560, 960, 38):
        x += rng.uniform(-12, 12)
        start = top + rng.uniform(6, 40)
        length = rng.uniform(30, 110)
        canvas.stroke(
            smooth(
                [
                    (x, start),
                    (x + rng.uniform(-6, 6), start + length / 2),
                    (x + rng.uniform(-8, 8), min(water, start + length)),
                ],
                3,
            ),
            crack,
            1.4,
        )
    foam = mix(Palette.SNOW, Palette.ROSE, 0.3)
    canvas.stroke(
        smooth([(left - 10, water + 2), (700, water + 4), (970, water + 3)], 3),
        foam,
        1.6,
    )
    cap = smooth([(508, top + 4), (540, top - 4), (700, top - 6), (970, top - 10)], 4)
    canvas.polygon([*cap, (970, top + 4), (520, top + 4)], rock)


def lighthouse_block(canvas: Canvas, left, right, base, colour, windows, beam=True):
    """The nine-storey block whose roof carries the town's lighthouse."""
    apartment_block(canvas, left, right, base, 300, colour, windows)
    lamp_x, lamp_y = LIGHTHOUSE
    if beam:
        canvas.light(
            [(lamp_x, lamp_y), (60, lamp_y - 110), (30, lamp_y + 60)],
            Palette.CREAM,
            0.08,
        )
        canvas.light(
            [(lamp_x, lamp_y), (120, lamp_y - 60), (100, lamp_y + 24)],
            Palette.CREAM,
            0.12,
        )
    for index, y in enumerate(range(272, 300, 7)):
        stripe = Palette.RED if index % 2 == 0 else Palette.CREAM
        canvas.rect(lamp_x - 7, y, lamp_x + 7, y + 7, stripe)
    canvas.rect(lamp_x - 10, 264, lamp_x + 10, 272, colour)
    canvas.glow(lamp_x, lamp_y, 46, Palette.CREAM, 0.9)
    canvas.rect(lamp_x - 6, lamp_y - 6, lamp_x + 6, 264, Palette.CREAM)
    canvas.polygon(
        [(lamp_x - 8, lamp_y - 6), (lamp_x, lamp_y - 16), (lamp_x + 8, lamp_y - 6)],
        colour,
    )
