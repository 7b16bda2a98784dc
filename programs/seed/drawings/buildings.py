"""Buildings the scenes share: the pointed arches, ribbed domes, minarets
and portals of Central Asian madrasas, and the curved roofs of Chinese halls."""

import math

from .canvas import Canvas, Colour, Palette, Point, mix, smooth
from .ornaments import star_points


def pointed_arch(cx, base, width, height, spring=0.62, steps=12) -> list[Point]:
    """A two-centred (pointed) arch opening: straight sides, then two arcs.

    ``spring`` is how far up the opening the arcs begin.
    """
    half = width / 2
    spring_y = base - height * spring
    rise = height * (1 - spring)
    points = [(cx - half, base), (cx - half, spring_y)]
    for step in range(1, steps + 1):
        t = step / steps
        # An arc bulging outwards from the side to the apex.
        angle = t * math.pi / 2
        points.append(
            (cx - half * math.cos(angle) ** 1.25, spring_y - rise * math.sin(angle))
        )
    right = [(2 * cx - x, y) for x, y in reversed(points[:-1])]
    return points + right


def dome(canvas: Canvas, cx, base, radius, height, colour: Colour, ribs=0, drum=0):
    """A dome on a drum: ribbed (melon) when ``ribs`` is given."""
    if drum:
        canvas.rect(cx - radius * 0.86, base - drum, cx + radius * 0.86, base, colour)
        canvas.rect(
            cx - radius * 0.9,
            base - drum - 2,
            cx + radius * 0.9,
            base - drum + 2,
            mix(colour, Palette.CREAM, 0.35),
        )
    top = base - drum
    outline = _dome_outline(cx, top, radius, height)
    canvas.polygon(outline, colour)
    dark = mix(colour, Palette.NIGHT, 0.28)
    for rib in range(1, ribs):
        offset = -1 + 2 * rib / ribs
        canvas.stroke(
            [
                (
                    cx + radius * offset * math.sin(math.pi * t / 20) ** 0.8,
                    top - height * (t / 20),
                )
                for t in range(20, -1, -2)
            ][::-1],
            dark,
            max(0.8, radius * 0.035),
        )
    # A gilded finial on top.
    canvas.stroke(
        [(cx, top - height), (cx, top - height - radius * 0.45)],
        Palette.GOLD,
        max(1.2, radius * 0.06),
    )
    canvas.circle(
        cx, top - height - radius * 0.2, max(1.4, radius * 0.08), Palette.GOLD
    )


def _dome_outline(cx, base, radius, height, steps=24) -> list[Point]:
    points = []
    for step in range(steps + 1):
        angle = math.pi * step / steps
        # Slightly swollen below the shoulder, like Timurid domes.
        swell = 1 + 0.08 * math.sin(angle) ** 6
        x = cx - radius * math.cos(angle) * swell
        y = base - height * math.sin(angle) ** 0.9
        points.append((x, y))
    return [(cx - radius * 0.86, base), *points, (cx + radius * 0.86, base)]


def minaret(canvas: Canvas, cx, base, width, height, colour: Colour, cap: Colour):
    """A tapering minaret with a gallery and a small domed lantern."""
    top = base - height
    canvas.polygon(
        [
            (cx - width / 2, base),
            (cx - width * 0.36, top + width),
            (cx + width * 0.36, top + width),
            (cx + width / 2, base),
        ],
        colour,
    )
    canvas.rect(
        cx - width * 0.6, top + width * 0.7, cx + width * 0.6, top + width * 1.1, cap
    )
    canvas.rect(cx - width * 0.4, top, cx + width * 0.4, top + width * 0.7, colour)
    canvas.polygon(_dome_outline(cx, top, width * 0.42, width * 0.5), cap)
    # Tile bands around the shaft.
    for band in (0.3, 0.55):
        y = base - (height - width) * band
        shaft = width * (0.5 - 0.14 * band)
        canvas.rect(cx - shaft, y - 2, cx + shaft, y + 2, cap)


BRICK = (222, 184, 132)


def portal(canvas: Canvas, cx, base, width, height, brick: Colour, tiles: Colour):
    """A pishtaq: a tall gateway with a pointed arch in a frame of tiles."""
    half = width / 2
    canvas.rect(cx - half, base - height, cx + half, base, brick)
    frame = width * 0.08
    canvas.rect(
        cx - half + frame * 0.5,
        base - height + frame * 0.5,
        cx + half - frame * 0.5,
        base,
        tiles,
    )
    inner = (
        cx - half + frame * 1.3,
        base - height + frame * 1.3,
        cx + half - frame * 1.3,
        base,
    )
    canvas.rect(*inner, mix(tiles, Palette.TURQUOISE, 0.55))
    arch_width, arch_height = width * 0.64, height * 0.8
    canvas.polygon(
        pointed_arch(cx, base, arch_width + frame, arch_height + frame * 0.6),
        mix(brick, Palette.CREAM, 0.3),
    )
    niche = mix(tiles, Palette.NIGHT, 0.55)
    canvas.polygon(pointed_arch(cx, base, arch_width, arch_height), niche)
    # The half-dome inside the niche catches a little light at its ribs.
    ribs = mix(niche, Palette.TURQUOISE, 0.35)
    canvas.polygon(
        pointed_arch(
            cx, base - arch_height * 0.45, arch_width * 0.7, arch_height * 0.5
        ),
        ribs,
    )
    canvas.polygon(
        pointed_arch(
            cx, base - arch_height * 0.45, arch_width * 0.56, arch_height * 0.4
        ),
        niche,
    )
    canvas.polygon(
        pointed_arch(cx, base, arch_width * 0.32, arch_height * 0.34),
        mix(niche, Palette.GOLD, 0.25),
    )
    for side in (-1, 1):
        spandrel_x = cx + side * arch_width * 0.42
        canvas.polygon(
            star_points(spandrel_x, base - arch_height * 0.95, width * 0.05, 0.5),
            Palette.GOLD,
        )
    canvas.rect(
        cx - half,
        base - height - 4,
        cx + half,
        base - height + 2,
        mix(brick, Palette.CREAM, 0.35),
    )


def arcade(canvas: Canvas, left, right, base, height, brick: Colour, tiles: Colour):
    """A madrasa wing: two storeys of pointed niches in a brick wall."""
    canvas.rect(left, base - height, right, base, brick)
    canvas.rect(left, base - height, right, base - height + 6, tiles)
    niche = mix(tiles, Palette.NIGHT, 0.5)
    bays = max(1, round((right - left) / 34))
    step = (right - left) / bays
    storey = (height - 10) / 2
    for bay in range(bays):
        cx = left + step * (bay + 0.5)
        for level in range(2):
            floor = base - level * storey - 4
            canvas.polygon(pointed_arch(cx, floor, step * 0.56, storey * 0.78), niche)


def madrasa(canvas: Canvas, cx, base, scale, colours, domes=(), corner_minarets=True):
    """Portal, two wings and corner minarets; ``domes`` are (x offset, radius)
    pairs behind the wings, in design units before ``scale``."""
    brick, tiles, dome_colour = colours
    for offset, radius in domes:
        dome(
            canvas,
            cx + offset * scale,
            base - 120 * scale,
            radius * scale,
            radius * 1.15 * scale,
            dome_colour,
            ribs=12,
            drum=radius * 0.5 * scale,
        )
    wing, wing_height = 140 * scale, 130 * scale
    arcade(canvas, cx - wing, cx + wing, base, wing_height, brick, tiles)
    portal(canvas, cx, base, 120 * scale, 236 * scale, brick, tiles)
    if corner_minarets:
        for side in (-1, 1):
            minaret(
                canvas,
                cx + side * (wing - 6 * scale),
                base,
                24 * scale,
                300 * scale,
                mix(brick, Palette.TERRACOTTA, 0.15),
                tiles,
            )


def hall_roof(canvas: Canvas, cx, eave, width, height, colour: Colour, ridge_width=0.5):
    """A Chinese hip roof: a short ridge, concave slopes, eaves that lift at
    the corners."""
    half, top = width / 2, eave - height
    left = smooth(
        [
            (cx - half * 1.04, eave - height * 0.22),
            (cx - half * 0.86, eave),
            (cx - half * 0.62, eave - height * 0.18),
            (cx - half * ridge_width, top),
        ],
        6,
    )
    right = [(2 * cx - x, y) for x, y in reversed(left)]
    canvas.polygon([*left, *right], colour)
    canvas.stroke(
        [(cx - half * ridge_width - 2, top), (cx + half * ridge_width + 2, top)],
        mix(colour, Palette.INK, 0.3),
        max(1.5, height * 0.08),
    )
