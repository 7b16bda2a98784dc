"""Lianyungang: container cranes and ships in the port under Huaguo
mountain, on a 960 by 640 design."""

from .buildings import hall_roof
from .canvas import Canvas, Colour, Palette, mix
from .ornaments import CITY_GROUND as GROUND
from .ornaments import cloud_band
from .shapes import mountain, sea, sky_cloud

PORT = (640, 360)  # the cranes over the ship


def lianyungang(canvas: Canvas) -> None:
    """Container cranes and a ship in the port, Huaguo mountain behind."""
    horizon = 452
    canvas.gradient(
        [(0, (120, 160, 200)), (0.6, (214, 214, 220)), (1, (246, 220, 190))], 0, horizon
    )
    canvas.glow(760, 300, 200, Palette.CREAM, 0.55)
    air = (220, 214, 214)

    # Huaguo mountain: craggy green peaks with a pavilion on the highest.
    far = (mix((120, 150, 150), air, 0.55), mix((90, 120, 130), air, 0.55), air, air)
    for cx, height, half in ((40, 140, 130), (330, 160, 150), (430, 110, 110)):
        mountain(canvas, cx, horizon, height, half, far)
    near = ((86, 132, 108), (52, 92, 86), air, air)
    for cx, height, half in (
        (90, 190, 110),
        (170, 150, 80),
        (236, 262, 112),
        (300, 196, 90),
        (380, 150, 100),
    ):
        mountain(canvas, cx, horizon, height, half, near)
    _crags(canvas, horizon)
    pavilion(canvas, 236, horizon - 260)
    sky_cloud(
        canvas, 96, 240, 86, mix(Palette.SNOW, air, 0.2), mix(Palette.GOLD, air, 0.3)
    )
    sky_cloud(
        canvas, 400, 140, 70, mix(Palette.SNOW, air, 0.2), mix(Palette.GOLD, air, 0.3)
    )
    canvas.haze(380, horizon, air, 0.5)

    # The sea, the quay with its cranes, and a ship alongside.
    sea(
        canvas,
        horizon,
        GROUND,
        (128, 150, 170),
        (40, 78, 110),
        (760, 60, mix(Palette.CREAM, Palette.GOLD, 0.3)),
    )
    canvas.rect(-10, horizon, 970, horizon + 2, mix(air, (128, 150, 170), 0.5))
    quay = (110, 118, 136)
    canvas.rect(460, horizon - 6, 970, horizon + 12, quay)
    for x in (520, 930):
        gantry_crane(canvas, x, horizon, 0.7, mix(Palette.RED, air, 0.45))
    for x in (640, 800):
        gantry_crane(canvas, x, horizon + 6, 1.0, Palette.RED)
    container_ship(canvas, 540, horizon + 38, 400)
    _junk(canvas, 250, 540)
    cloud_band(canvas, GROUND)


def _crags(canvas: Canvas, horizon) -> None:
    """Pale rock ledges and pines on the mountain's flanks."""
    rock, pine = (132, 160, 136), (40, 78, 62)
    for x, y, width in (
        (220, 250, 26),
        (262, 300, 30),
        (150, 340, 22),
        (310, 340, 24),
        (80, 360, 28),
        (200, 390, 34),
        (360, 396, 26),
    ):
        canvas.polygon(
            [
                (x - width / 2, y + 6),
                (x - width / 4, y),
                (x + width / 2, y + 2),
                (x + width / 3, y + 8),
            ],
            rock,
        )
        canvas.polygon(
            [
                (x + width / 2 + 4, y + 6),
                (x + width / 2 + 9, y - 8),
                (x + width / 2 + 14, y + 6),
            ],
            pine,
        )


def _junk(canvas: Canvas, cx, waterline) -> None:
    """A small fishing boat under a batten sail, closer to us than the port."""
    hull = (60, 44, 44)
    canvas.polygon(
        [
            (cx - 44, waterline - 12),
            (cx + 50, waterline - 16),
            (cx + 34, waterline),
            (cx - 34, waterline),
        ],
        hull,
    )
    canvas.stroke([(cx + 2, waterline - 14), (cx + 2, waterline - 88)], hull, 2)
    sail = [
        (cx + 4, waterline - 84),
        (cx + 42, waterline - 76),
        (cx + 36, waterline - 20),
        (cx + 4, waterline - 20),
    ]
    canvas.polygon(sail, Palette.TERRACOTTA)
    for y in range(-70, -20, 12):
        canvas.stroke(
            [(cx + 4, waterline + y), (cx + 40, waterline + y + 4)],
            mix(Palette.TERRACOTTA, Palette.INK, 0.4),
            1.2,
        )


def pavilion(canvas: Canvas, cx, base) -> None:
    red, roof = (150, 60, 50), (62, 70, 84)
    canvas.rect(cx - 12, base - 16, cx + 12, base + 4, red)
    hall_roof(canvas, cx, base - 14, 40, 12, roof)
    canvas.rect(cx - 8, base - 30, cx + 8, base - 14, red)
    hall_roof(canvas, cx, base - 28, 28, 10, roof)


def gantry_crane(canvas: Canvas, cx, base, scale, colour: Colour) -> None:
    """A ship-to-shore gantry crane: legs, a girder, an A-frame and its boom."""
    s = scale
    legs, girder = 150 * s, 162 * s
    for x in (cx - 30 * s, cx + 30 * s):
        canvas.rect(x - 3 * s, base - legs, x + 3 * s, base, colour)
    canvas.rect(
        cx - 34 * s, base - legs * 0.55, cx + 34 * s, base - legs * 0.55 + 5 * s, colour
    )
    canvas.rect(cx - 150 * s, base - girder - 7 * s, cx + 60 * s, base - girder, colour)
    apex = (cx + 10 * s, base - girder - 70 * s)
    for foot in (cx - 20 * s, cx + 40 * s):
        canvas.stroke([(foot, base - girder), apex], colour, 4 * s)
    for end in (cx - 150 * s, cx - 80 * s, cx + 60 * s):
        canvas.stroke([apex, (end, base - girder - 4 * s)], colour, 1.3 * s)
    canvas.rect(
        cx - 36 * s,
        base - girder - 22 * s,
        cx - 12 * s,
        base - girder - 7 * s,
        mix(colour, Palette.SNOW, 0.6),
    )
    canvas.stroke(
        [(cx - 100 * s, base - girder), (cx - 100 * s, base - legs * 0.7)],
        Palette.INK,
        0.8 * s,
    )


def container_ship(canvas: Canvas, left, waterline, length) -> None:
    """A container ship: stacks of boxes forward, the bridge aft."""
    hull = [
        (left, waterline - 34),
        (left + length, waterline - 34),
        (left + length - 24, waterline + 4),
        (left + 18, waterline + 4),
    ]
    canvas.polygon(hull, (30, 44, 72))
    canvas.polygon(
        [
            (left + 6, waterline - 6),
            (left + length - 8, waterline - 6),
            (left + length - 22, waterline + 4),
            (left + 18, waterline + 4),
        ],
        Palette.RED,
    )
    canvas.rect(left, waterline - 36, left + length, waterline - 33, Palette.CREAM)
    colours = [
        Palette.TERRACOTTA,
        Palette.TURQUOISE,
        Palette.GOLD,
        Palette.COBALT,
        Palette.CREAM,
        Palette.TEAL,
    ]
    rng = canvas.rng
    for bay in range(int((length - 100) / 28)):
        x = left + 20 + bay * 28
        for tier in range(rng.randint(2, 4)):
            y = waterline - 36 - (tier + 1) * 11
            colour = rng.choice(colours)
            canvas.rect(x, y, x + 26, y + 10, colour)
            canvas.rect(x + 12, y, x + 13, y + 10, mix(colour, Palette.INK, 0.3))
    aft = left + length - 70
    canvas.rect(aft, waterline - 96, aft + 44, waterline - 36, Palette.SNOW)
    canvas.rect(aft - 6, waterline - 100, aft + 50, waterline - 94, Palette.SNOW)
    for y in (waterline - 88, waterline - 74, waterline - 60):
        canvas.rect(aft + 4, y, aft + 40, y + 4, (80, 110, 150))
    canvas.rect(aft + 30, waterline - 116, aft + 40, waterline - 100, Palette.RED)
