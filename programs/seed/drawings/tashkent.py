"""Tashkent: the TV tower over plane trees, a mosque and a madrasa, on a
960 by 640 design."""

from .buildings import dome, madrasa, minaret
from .canvas import Canvas, Palette, mix, smooth
from .ornaments import CITY_GROUND as GROUND
from .ornaments import rosette_band
from .shapes import round_tree, tower_block

TV_TOWER = (690, 200)  # its observation deck


def tashkent(canvas: Canvas) -> None:
    """The TV tower above the city, the turquoise domes of a madrasa in front."""
    canvas.gradient(
        [(0, (70, 132, 186)), (0.7, (176, 206, 214)), (1, (240, 226, 198))], 0, 500
    )
    canvas.glow(820, 90, 180, Palette.CREAM, 0.45)
    air = (214, 220, 212)
    for left, width, top in (
        (10, 40, 420),
        (60, 30, 440),
        (420, 44, 410),
        (480, 30, 432),
        (820, 36, 418),
        (870, 50, 430),
        (930, 30, 440),
    ):
        tower_block(
            canvas,
            left,
            left + width,
            520,
            top,
            mix((120, 140, 160), air, 0.5),
            mix(air, Palette.SNOW, 0.4),
        )
    canvas.rect(-10, 500, 970, GROUND, mix((150, 160, 150), air, 0.4))
    tashkent_tower(canvas, TV_TOWER[0], 520)
    canvas.haze(420, 520, air, 0.45)

    # A domed mosque beyond the trees, plane trees (chinar), the madrasa in front.
    dome(canvas, 500, 520, 44, 52, mix(Palette.TURQUOISE, air, 0.3), ribs=10, drum=22)
    minaret(
        canvas,
        566,
        530,
        16,
        150,
        mix((226, 196, 150), air, 0.3),
        mix(Palette.COBALT, air, 0.3),
    )
    canvas.rect(440, 496, 560, 530, mix((226, 196, 150), air, 0.3))
    for x, size in ((400, 46), (600, 40), (790, 42), (880, 60), (950, 46), (470, 36)):
        # Plane trees (chinar) shade Tashkent's streets.
        round_tree(canvas, x, 548, size, (64, 110, 74), (96, 142, 88), tall=1.5)
    colours = ((226, 196, 150), Palette.COBALT, Palette.TURQUOISE)
    madrasa(canvas, 230, 560, 0.9, colours, domes=((-100, 52), (100, 52)))
    canvas.rect(-10, 548, 970, GROUND, (190, 160, 120))
    canvas.rect(-10, 548, 970, 552, (168, 136, 100))
    _fountain(canvas, 700, 574)
    rosette_band(canvas, GROUND)


def tashkent_tower(canvas: Canvas, cx, base) -> None:
    """Three splayed legs, a shaft with a bulging deck and a striped mast."""
    steel, shade = (234, 236, 240), (170, 180, 196)
    waist = base - 110
    for foot, colour in ((-64, steel), (64, shade), (-6, mix(steel, shade, 0.5))):
        canvas.polygon(
            [
                (cx + foot - 9, base),
                (cx + foot + 9, base),
                (cx + 8, waist),
                (cx - 8, waist),
            ],
            colour,
        )
    canvas.polygon(
        [(cx - 8, waist), (cx - 5, 80), (cx + 5, 80), (cx + 8, waist)], steel
    )
    canvas.polygon(
        [(cx + 1, waist), (cx + 1, 80), (cx + 5, 80), (cx + 8, waist)], shade
    )
    deck_y = TV_TOWER[1]
    for top, bottom, half in (
        (deck_y - 22, deck_y + 20, 26),
        (deck_y + 20, deck_y + 30, 18),
    ):
        canvas.rect(cx - half, top, cx + half, bottom, steel)
        canvas.rect(cx + half * 0.25, top, cx + half, bottom, shade)
    for y in range(deck_y - 16, deck_y + 18, 8):
        canvas.rect(cx - 24, y, cx + 24, y + 3, (96, 130, 170))
    canvas.ellipse(cx, 300, 16, 5, steel)
    for index, y in enumerate(range(20, 84, 8)):
        canvas.rect(cx - 2.2, y, cx + 2.2, y + 8, Palette.RED if index % 2 else steel)


def _fountain(canvas: Canvas, cx, cy) -> None:
    """A long pool with three jets, as on Tashkent's squares."""
    rim, water = (214, 190, 154), mix(Palette.TURQUOISE, Palette.COBALT, 0.3)
    canvas.ellipse(cx, cy, 190, 14, rim)
    canvas.ellipse(cx, cy, 182, 10, water)
    canvas.ellipse(cx - 30, cy - 2, 90, 4, mix(water, Palette.SNOW, 0.3))
    for dx, height in ((-90, 40), (0, 60), (90, 40)):
        jet = smooth(
            [
                (cx + dx - 10, cy),
                (cx + dx - 5, cy - height * 0.8),
                (cx + dx, cy - height),
                (cx + dx + 5, cy - height * 0.8),
                (cx + dx + 10, cy),
            ],
            4,
        )
        canvas.polygon(jet, mix(Palette.SNOW, water, 0.25))
        canvas.stroke(
            [(cx + dx, cy - 2), (cx + dx, cy - height + 4)], Palette.SNOW, 1.6
        )
