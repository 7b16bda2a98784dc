"""The youth music camp's hero: a dombyra under the stars by the steppe and
the Caspian sea, on a 1600 by 900 design."""

import math

from .canvas import Canvas, Palette, Point, mix, smooth
from .ornaments import draw_strokes, koshkar_muiz_band, ram_horns
from .shapes import sea, sparkle, stars, yurt

BAND = 856  # where the ornament band begins
DOMBYRA = (880, 700)  # the middle of its body
SEA_LEVEL = 640


def music_camp(canvas: Canvas) -> None:
    """A dombyra under the stars, yurts on the steppe, the moon on the sea."""
    canvas.gradient(
        [
            (0, (16, 22, 52)),
            (0.5, Palette.INDIGO),
            (0.85, (48, 92, 124)),
            (1, (86, 132, 140)),
        ],
        0,
        SEA_LEVEL,
    )
    stars(canvas, 260, 0, 560, Palette.CREAM)
    canvas.glow(700, 260, 560, (70, 90, 150), 0.35)
    moon = (1420, 170)
    canvas.glow(*moon, 200, Palette.CREAM, 0.35)
    canvas.circle(*moon, 48, (250, 240, 214))
    canvas.circle(moon[0] + 12, moon[1] - 10, 10, (236, 224, 196))
    sea(
        canvas,
        SEA_LEVEL,
        BAND,
        (66, 104, 132),
        (20, 40, 76),
        (1420, 70, (236, 228, 200)),
    )

    # The steppe runs down to the shore; the camp is on it.
    steppe = smooth(
        [
            (-10, 600),
            (300, 612),
            (620, 626),
            (900, 650),
            (1060, 690),
            (1180, 740),
            (1260, BAND),
        ],
        8,
    )
    canvas.polygon([*steppe, (-10, BAND)], (46, 52, 70))
    near = smooth([(-10, 700), (400, 716), (800, 740), (1100, 800), (1240, BAND)], 8)
    canvas.polygon([*near, (-10, BAND)], (32, 34, 54))
    for cx, base, width in ((180, 632, 120), (340, 640, 150), (520, 648, 110)):
        yurt(canvas, cx, base, width, (214, 200, 176), Palette.RED)
        canvas.glow(cx, base - width * 0.14, width * 0.3, Palette.APRICOT, 0.8)
    _campfire(canvas, 640, 720)
    dombyra(canvas, *DOMBYRA, -0.62, 1.0)
    _melody(canvas)
    koshkar_muiz_band(canvas, BAND)


def _campfire(canvas: Canvas, cx, base) -> None:
    """Crossed logs, a flickering flame and sparks flying up."""
    canvas.glow(cx, base - 20, 170, Palette.APRICOT, 0.55)
    for dx in (-26, 26):
        canvas.stroke([(cx - dx, base), (cx + dx * 0.5, base - 12)], (92, 60, 46), 7)
    outer = [
        (cx - 20, base - 6),
        (cx - 24, base - 28),
        (cx - 10, base - 50),
        (cx - 4, base - 80),
        (cx + 4, base - 52),
        (cx + 14, base - 66),
        (cx + 22, base - 30),
        (cx + 18, base - 6),
    ]
    canvas.polygon(smooth(outer, 4), Palette.TERRACOTTA)
    inner = [
        (cx - 11, base - 6),
        (cx - 12, base - 24),
        (cx - 2, base - 46),
        (cx + 4, base - 30),
        (cx + 8, base - 38),
        (cx + 11, base - 6),
    ]
    canvas.polygon(smooth(inner, 4), Palette.GOLD)
    for dx, dy, r in ((-30, -96, 2.4), (14, -118, 2), (-8, -146, 1.8), (30, -160, 1.6)):
        canvas.circle(cx + dx, base + dy, r, Palette.GOLD)


def dombyra(canvas: Canvas, cx, cy, angle, size) -> None:
    """The Kazakh two-stringed lute: a pear-shaped body, a long fretted neck."""

    def at(u, v) -> Point:
        # u runs along the instrument from the body's foot, v across it.
        u, v = (u - 150) * size, v * size
        return (
            cx + u * math.cos(angle) - v * math.sin(angle),
            cy + u * math.sin(angle) + v * math.cos(angle),
        )

    side = smooth(
        [(0, 0), (10, 66), (62, 108), (150, 100), (232, 58), (292, 22), (304, 18)], 8
    )
    body = [at(u, v) for u, v in side] + [at(u, -v) for u, v in reversed(side)]
    canvas.polygon(body, (118, 62, 38))
    face = [at(u, v * 0.9) for u, v in side] + [
        at(u, -v * 0.9) for u, v in reversed(side)
    ]
    canvas.polygon(face, (204, 140, 78))
    canvas.polygon(
        [at(u, v * 0.9) for u, v in side] + [at(u, 0) for u, _v in reversed(side)],
        (222, 162, 96),
    )
    neck = [at(300, 16), at(770, 12), at(770, -12), at(300, -16)]
    canvas.polygon(neck, (132, 74, 44))
    canvas.polygon(
        [at(762, 14), at(850, 18), at(856, -14), at(762, -14)], (118, 62, 38)
    )
    for peg in (790, 826):
        canvas.stroke([at(peg, 14), at(peg, 34)], (92, 50, 34), 6 * size)
    for u in (340, 385, 425, 462, 497, 530, 560, 590, 618, 645, 670, 694):
        canvas.stroke([at(u, 15), at(u, -15)], (226, 206, 170), 1.6 * size)
    # An inlaid ram's-horn motif on the soundboard, in darker wood.
    horns = ram_horns(0, 0, 58)
    inlay = [[at(150 - y, x) for x, y in points] for points in horns]
    draw_strokes(canvas, inlay, (118, 62, 38), 4 * size)
    canvas.stroke([at(44, 22), at(44, -22)], (80, 44, 30), 5 * size)
    for v in (-5, 5):
        canvas.stroke([at(40, v), at(772, v * 0.8)], (240, 232, 214), 1.3 * size)


def _melody(canvas: Canvas) -> None:
    """Notes rising from the strings as scrolls that turn into stars."""
    for path in (
        [(960, 560), (1000, 470), (980, 390), (1040, 300), (1020, 230)],
        [(1000, 600), (1080, 520), (1100, 430), (1180, 360)],
    ):
        canvas.dashes(
            smooth(path, 8), mix(Palette.GOLD, Palette.INDIGO, 0.3), 2.2, 3, 11
        )
    for x, y, size in ((1020, 230, 14), (1180, 360, 11), (1100, 180, 8), (940, 300, 7)):
        sparkle(canvas, x, y, size, Palette.GOLD)
