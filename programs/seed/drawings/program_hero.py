"""The reference program's hero: the stops of the tour, Lianyungang to
Samarkand, under the route that joins them, on a 1600 by 900 design."""

from . import aktau, almaty, astana, buildings, lianyungang, tashkent
from .canvas import Canvas, Palette, mix, smooth
from .ornaments import journey_band
from .shapes import apartment_block, fill_below, mountain, ridge, stars

HORIZON = 720  # where the stops stand
BAND = 856  # where the ornament band begins

# The stops east to west: Lianyungang, Astana, Almaty, Aktau, Tashkent,
# Samarkand. The route arcs over them, highest in the middle.
STOPS = (1330, 1060, 880, 690, 500, 305)
JOURNEY_FOCUS = (800, 560)


def route_height(x: float) -> float:
    return 250 + ((x - 800) / 800) ** 2 * 190


def program_hero(canvas: Canvas) -> None:
    """The stops of the tour in a row under the route that joins them."""
    canvas.gradient(
        [
            (0, Palette.NIGHT),
            (0.3, Palette.INDIGO),
            (0.6, Palette.DUSK),
            (0.85, Palette.ROSE),
            (1, Palette.APRICOT),
        ],
        0,
        HORIZON,
    )
    stars(canvas, 120, 0, 330, Palette.CREAM)
    # Day breaks in the east, where the tour begins.
    canvas.glow(1480, HORIZON, 520, Palette.APRICOT, 0.8)
    canvas.glow(1480, HORIZON, 200, Palette.GOLD, 0.6)
    air = mix(Palette.DUSK, Palette.ROSE, 0.55)

    _far_country(canvas, air)
    with canvas.tinted(mix(Palette.INK, Palette.DUSK, 0.4), 0.42):
        _stops(canvas)
    _foreground(canvas)
    _port(canvas)
    _route(canvas)
    journey_band(canvas, BAND)


def _far_country(canvas: Canvas, air) -> None:
    """The steppe line, the Alatau behind Almaty and Huaguo behind the port."""
    fill_below(
        canvas,
        ridge(canvas.rng, -10, 1610, 700, 14, 6),
        BAND,
        mix(air, Palette.INK, 0.2),
    )
    snowy = (
        mix((110, 110, 160), air, 0.55),
        mix((80, 80, 130), air, 0.55),
        mix(Palette.SNOW, air, 0.35),
        mix((190, 190, 220), air, 0.45),
    )
    for cx, height, half in ((780, 190, 150), (930, 250, 170), (1060, 180, 140)):
        mountain(canvas, cx, HORIZON, height, half, snowy, 0.35)
    green = (mix((90, 120, 110), air, 0.55), mix((70, 96, 96), air, 0.55), air, air)
    for cx, height, half in ((1470, 200, 120), (1560, 250, 110), (1640, 170, 110)):
        mountain(canvas, cx, HORIZON, height, half, green)
    # Dunes in the far west, beyond Samarkand.
    for cx, rise in ((40, 36), (150, 24)):
        canvas.polygon(
            smooth(
                [
                    (cx - 160, HORIZON),
                    (cx - 40, HORIZON - rise),
                    (cx + 30, HORIZON - rise * 0.8),
                    (cx + 160, HORIZON),
                ],
                6,
            ),
            mix(Palette.SAND, air, 0.55),
        )
    canvas.haze(560, HORIZON, air, 0.45)


def _stops(canvas: Canvas) -> None:
    """Each city by its landmark, from Samarkand in the west to Astana."""
    tiles = (buildings.BRICK, Palette.COBALT, Palette.TURQUOISE)
    buildings.madrasa(canvas, 305, HORIZON, 0.68, tiles, domes=((-88, 46), (88, 46)))
    with canvas.placed(500 - 690 * 0.6, HORIZON - 520 * 0.6, 0.6):
        tashkent.tashkent_tower(canvas, 690, 520)
    blocks = mix(Palette.DUSK, Palette.INK, 0.35)
    windows = (Palette.APRICOT, mix(blocks, Palette.INK, 0.3))
    for left, right, top in ((612, 650, 646), (730, 768, 660)):
        apartment_block(canvas, left, right, HORIZON, top, blocks, windows)
    with canvas.placed(690 - 740 * 1.1, HORIZON - 426 * 1.1, 1.1):
        aktau.lighthouse_block(canvas, 700, 780, 426, blocks, windows, beam=False)
    almaty.kok_tobe_tower(canvas, 880, HORIZON, 420)
    with canvas.placed(1160 - 215 * 0.45, HORIZON - 520 * 0.45, 0.45):
        astana.khan_shatyr(canvas, 215, 520, Palette.DUSK)
    with canvas.placed(1060 - 480 * 0.75, HORIZON - 548 * 0.75, 0.75):
        astana.bayterek(canvas, *astana.BAYTEREK)


def _port(canvas: Canvas) -> None:
    """Lianyungang, where the tour sets out: cranes over a ship at the quay."""
    canvas.rect(
        1190, HORIZON - 2, 1610, HORIZON + 24, mix(Palette.ROSE, Palette.DUSK, 0.45)
    )
    for row in range(4):
        y = HORIZON + 3 + row * 6
        for x in range(1200 + row * 13, 1600, 46):
            canvas.stroke(
                [(x, y), (x + 18, y)], mix(Palette.APRICOT, Palette.DUSK, 0.35), 1.4
            )
    with canvas.tinted(mix(Palette.INK, Palette.DUSK, 0.4), 0.42):
        canvas.rect(1240, HORIZON - 4, 1420, HORIZON + 4, (110, 118, 136))
        for x in (1290, 1390):
            lianyungang.gantry_crane(canvas, x, HORIZON, 0.7, Palette.RED)
        lianyungang.container_ship(canvas, 1215, HORIZON + 20, 200)


def _foreground(canvas: Canvas) -> None:
    """The road the caravan walks, across the near steppe."""
    canvas.rect(-10, HORIZON + 10, 1610, BAND, (44, 40, 70))
    canvas.gradient(
        [(0, mix(Palette.ROSE, Palette.INK, 0.55)), (1, (34, 32, 58))],
        HORIZON + 10,
        BAND,
    )
    road = smooth([(-10, 812), (400, 800), (900, 790), (1300, 770), (1610, 760)], 8)
    canvas.stroke(road, mix(Palette.SAND, Palette.INK, 0.7), 6)
    for index, x in enumerate((360, 430, 500, 570)):
        camel(canvas, x, 804 - index * 0.5, 58, (26, 24, 46), step=index % 2)


def _route(canvas: Canvas) -> None:
    """A gold dotted line joining the stops, with a marker over each."""
    line = [(x, route_height(x)) for x in range(1560, 90, -20)]
    canvas.dashes(line, Palette.GOLD, 3, 10, 9)
    for index, x in enumerate(STOPS):
        y = route_height(x)
        canvas.glow(x, y, 30, Palette.GOLD, 0.5)
        canvas.circle(x, y, 10, Palette.GOLD)
        # The first stop, where the tour sets out, is lit from within.
        canvas.circle(x, y, 5, Palette.NIGHT if index else Palette.CREAM)


def camel(canvas: Canvas, x, base, size, colour, step=0) -> None:
    """A two-humped (Bactrian) camel walking west, for the caravan."""
    outline = smooth(
        [
            (0.5, -0.6),
            (0.4, -0.7),
            (0.29, -0.9),
            (0.18, -0.72),
            (0.06, -0.9),
            (-0.08, -0.7),
            (-0.22, -0.64),
            (-0.34, -0.68),
            (-0.44, -0.9),
            (-0.52, -0.97),
            (-0.64, -0.93),
            (-0.66, -0.87),
            (-0.54, -0.82),
            (-0.44, -0.7),
            (-0.36, -0.5),
            (-0.24, -0.4),
            (0.3, -0.38),
            (0.46, -0.46),
            (0.5, -0.6),
        ],
        4,
    )
    canvas.polygon([(x + u * size, base + v * size) for u, v in outline], colour)
    swing = 0.06 if step else -0.06
    for hip, foot in (
        (-0.24, -0.26 + swing),
        (-0.12, -0.08 - swing),
        (0.3, 0.34 + swing),
        (0.42, 0.46 - swing),
    ):
        canvas.stroke(
            [(x + hip * size, base - 0.42 * size), (x + foot * size, base)],
            colour,
            size * 0.07,
        )
    canvas.stroke(
        [(x + 0.5 * size, base - 0.58 * size), (x + 0.56 * size, base - 0.4 * size)],
        colour,
        size * 0.03,
    )
