"""The picture for a key that has no scene of its own: a field of
eight-pointed stars and crosses around a ram's-horn medallion, in one of the
set's colour schemes, laid out on whatever size is asked for."""

import math

from .canvas import Canvas, Palette, mix
from .ornaments import (
    BAND_HEIGHT,
    draw_strokes,
    koshkar_muiz_band,
    ram_horns,
    star_points,
)

# (ground, tiles, accent) schemes, all from the shared palette.
SCHEMES = (
    (Palette.COBALT, Palette.TURQUOISE, Palette.GOLD),
    (Palette.TEAL, Palette.CREAM, Palette.GOLD),
    (Palette.INDIGO, Palette.ROSE, Palette.APRICOT),
    (Palette.RED, Palette.CREAM, Palette.GOLD),
)


def ornament_pattern(canvas: Canvas) -> None:
    """Tiles over the whole picture, a medallion at its centre, a band below."""
    ground, tiles, accent = canvas.rng.choice(SCHEMES)
    width, height = canvas.design
    canvas.gradient([(0, mix(ground, Palette.NIGHT, 0.35)), (1, ground)])
    step = max(min(width, height) / 7, 24)
    faint = mix(tiles, ground, 0.72)
    rows, columns = int(height / step) + 2, int(width / step) + 2
    for row in range(-1, rows):
        for column in range(-1, columns):
            x, y = column * step, row * step
            canvas.polygon(star_points(x, y, step * 0.42), faint)
            canvas.polygon(
                star_points(x, y, step * 0.16, 0.5, turn=math.pi / 8),
                mix(accent, ground, 0.5),
            )
    cx, cy = width / 2, height / 2 - (BAND_HEIGHT / 2 if height > 240 else 0)
    radius = min(width, height) * 0.3
    canvas.glow(cx, cy, radius * 1.8, mix(accent, ground, 0.4), 0.5)
    canvas.circle(cx, cy, radius, Palette.CREAM)
    canvas.circle(cx, cy, radius * 0.94, mix(ground, Palette.NIGHT, 0.2))
    canvas.polygon(star_points(cx, cy, radius * 0.45), tiles)
    canvas.polygon(star_points(cx, cy, radius * 0.2, 0.5, turn=math.pi / 8), accent)
    # Eight pairs of ram's horns stand round the star like petals.
    for petal in range(8):
        angle = math.tau * petal / 8
        base = (
            cx + math.cos(angle) * radius * 0.5,
            cy + math.sin(angle) * radius * 0.5,
        )
        horns = ram_horns(0, 0, radius * 0.36)
        turned = [
            [_turn(point, angle + math.pi / 2, base) for point in stroke]
            for stroke in horns
        ]
        draw_strokes(canvas, turned, accent, max(radius * 0.035, 1))
    if height > 240:
        koshkar_muiz_band(canvas, height - BAND_HEIGHT)


def _turn(point, angle, origin):
    """``point`` rotated by ``angle`` about (0, 0), then moved to ``origin``."""
    x, y = point
    return (
        origin[0] + x * math.cos(angle) - y * math.sin(angle),
        origin[1] + x * math.sin(angle) + y * math.cos(angle),
    )
