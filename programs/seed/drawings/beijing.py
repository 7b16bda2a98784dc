"""Beijing: the Temple of Heaven on its marble terraces, palace halls
beyond, on a 960 by 640 design."""

from .buildings import hall_roof
from .canvas import Canvas, Palette, mix, smooth
from .ornaments import CITY_GROUND as GROUND
from .ornaments import fret_band
from .shapes import fill_below, ridge, sky_cloud

TEMPLE = (480, 330)  # the Hall of Prayer for Good Harvests


def beijing(canvas: Canvas) -> None:
    """The Temple of Heaven on its marble terraces, palace roofs beyond."""
    canvas.gradient(
        [(0, (64, 92, 150)), (0.55, (170, 170, 190)), (1, (244, 206, 160))], 0, 520
    )
    canvas.glow(480, 470, 320, Palette.APRICOT, 0.45)
    air = (214, 196, 186)
    for cx, y, size in ((140, 130, 90), (810, 100, 80), (880, 250, 50)):
        sky_cloud(
            canvas,
            cx,
            y,
            size,
            mix(Palette.SNOW, air, 0.25),
            mix(Palette.GOLD, air, 0.2),
        )

    # Palace halls far off, then the old cypresses of the temple park.
    for cx, width in ((100, 230), (860, 250)):
        _palace_hall(canvas, cx, 500, width, air)
    canvas.haze(400, 510, air, 0.4)
    trees = ridge(canvas.rng, -10, 970, 486, 16, 6, 0.62)
    fill_below(canvas, trees, GROUND, (48, 84, 70))
    for x in range(-10, 980, 30):
        canvas.circle(
            x + canvas.rng.uniform(-6, 6),
            494 + canvas.rng.uniform(-8, 4),
            20,
            (58, 98, 78),
        )

    # The raised stone way that leads to the temple.
    canvas.rect(-10, 548, 970, GROUND, (200, 186, 170))
    canvas.polygon(
        [(420, 548), (540, 548), (620, GROUND), (340, GROUND)], (232, 224, 212)
    )
    canvas.polygon(
        [(474, 548), (486, 548), (494, GROUND), (466, GROUND)], (214, 204, 192)
    )
    _temple_of_heaven(canvas, TEMPLE[0], 552)
    fret_band(canvas, GROUND)


def _palace_hall(canvas: Canvas, cx, base, width, air) -> None:
    """A hall of the imperial palace: red walls under double yellow eaves."""
    red, gold = mix(Palette.RED, air, 0.45), mix(Palette.GOLD, air, 0.4)
    canvas.rect(
        cx - width * 0.48,
        base - 10,
        cx + width * 0.48,
        base,
        mix(Palette.SNOW, air, 0.4),
    )
    canvas.rect(cx - width * 0.38, base - 50, cx + width * 0.38, base - 10, red)
    hall_roof(canvas, cx, base - 44, width * 0.92, 22, gold, 0.8)
    canvas.rect(cx - width * 0.28, base - 74, cx + width * 0.28, base - 58, red)
    hall_roof(canvas, cx, base - 70, width * 0.7, 34, gold, 0.4)


def _temple_of_heaven(canvas: Canvas, cx, base) -> None:
    """Three blue roofs over red drums, on a three-tiered marble terrace."""
    marble, edge = (242, 238, 230), (204, 198, 190)
    y = base
    for half in (300, 250, 200):
        canvas.rect(cx - half, y - 18, cx + half, y, marble)
        canvas.rect(cx - half, y - 4, cx + half, y, edge)
        for post in range(int(-half) + 6, int(half), 14):
            canvas.rect(cx + post - 1.6, y - 27, cx + post + 1.6, y - 18, marble)
        canvas.rect(cx - half, y - 23, cx + half, y - 21, marble)
        y -= 18
    blue, shade = (34, 62, 142), (22, 38, 96)
    red, paint = (168, 52, 44), Palette.TURQUOISE
    # (drum half-width, drum height, roof half-width, roof height), bottom up.
    tiers = ((104, 50, 150, 34), (84, 24, 124, 30), (64, 22, 96, 70))
    for index, (drum, tall, roof, rise) in enumerate(tiers):
        canvas.rect(cx - drum, y - tall, cx + drum, y, red)
        canvas.rect(cx - drum, y - tall, cx + drum, y - tall + 7, paint)
        canvas.rect(cx - drum, y - tall + 7, cx + drum, y - tall + 10, Palette.GOLD)
        if index == 0:
            for column in range(-5, 6):
                canvas.rect(
                    cx + column * 17 - 4.5,
                    y - tall + 16,
                    cx + column * 17 + 4.5,
                    y - 4,
                    mix(red, Palette.GOLD, 0.45),
                )
        y -= tall
        top = y - rise
        # A round roof: a bell-shaped sweep; the top one rises to a point.
        crown = 0.12 if index == 2 else 0.68
        left = smooth(
            [
                (cx - roof, y - 2),
                (cx - roof * 0.86, y - rise * 0.28),
                (cx - roof * (crown + (1 - crown) * 0.35), y - rise * 0.75),
                (cx - roof * crown, top),
            ],
            6,
        )
        outline = [*left, *[(2 * cx - px, py) for px, py in reversed(left)]]
        canvas.polygon(outline, blue)
        # The side facing the light, up to the second rib left of the middle.
        canvas.polygon(
            [*left, (cx - roof * crown * 0.34, top), (cx - roof * 0.34, y - 2)],
            mix(blue, Palette.SNOW, 0.14),
        )
        for line in range(-5, 6):
            canvas.stroke(
                [
                    (cx + line * roof * crown * 0.17, top + 2),
                    (cx + line * roof * 0.17, y - 3),
                ],
                shade,
                1.1,
            )
        canvas.rect(cx - roof * 0.98, y - 3, cx + roof * 0.98, y + 2, shade)
        y = top + (0 if index == 2 else 3)
    canvas.circle(cx, y - 7, 9, Palette.GOLD)
    canvas.polygon([(cx - 4, y - 12), (cx, y - 34), (cx + 4, y - 12)], Palette.GOLD)
