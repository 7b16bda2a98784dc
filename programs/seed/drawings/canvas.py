"""A supersampled drawing surface in design units, and the shared palette.

A scene is drawn in the units of its design size (say 960 by 640), whatever
size is asked for: the canvas scales it to cover the picture, crops the
overflow evenly and draws at twice the final size, so that shrinking the
result with LANCZOS gives smooth edges. Shapes are drawn opaque and depth is
made by mixing colours towards the air, which keeps drawing fast.
"""

import io
import math
import random
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import pairwise

from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFilter

Colour = tuple[int, int, int]
Point = tuple[float, float]

SUPERSAMPLE = 2
JPEG_QUALITY = 85


class Palette:
    """The colours every demo picture shares, so the set reads as one."""

    NIGHT = (24, 32, 64)
    INDIGO = (44, 52, 104)
    DUSK = (112, 86, 140)
    ROSE = (222, 142, 132)
    APRICOT = (246, 186, 122)
    GOLD = (233, 180, 76)
    SAND = (236, 214, 170)
    CREAM = (248, 238, 218)
    SNOW = (246, 248, 252)
    TURQUOISE = (52, 168, 172)
    TEAL = (30, 110, 122)
    COBALT = (36, 72, 150)
    TERRACOTTA = (196, 92, 64)
    RED = (176, 48, 44)
    INK = (28, 30, 54)
    STEPPE = (178, 150, 92)


def mix(first: Colour, second: Colour, amount: float) -> Colour:
    """``first`` moved ``amount`` (0 to 1) of the way towards ``second``."""
    return tuple(
        round(a + (b - a) * amount) for a, b in zip(first, second, strict=True)
    )


def cover(size: tuple[int, int], design: tuple[int, int]) -> tuple[float, Point]:
    """Scale and offset (in pixels) that make ``design`` cover ``size``,
    cropping what overflows evenly on both sides."""
    scale = max(size[0] / design[0], size[1] / design[1])
    return scale, ((size[0] - design[0] * scale) / 2, (size[1] - design[1] * scale) / 2)


class Canvas:
    """Where a scene draws; every coordinate is in design units."""

    def __init__(self, size: tuple[int, int], design: tuple[int, int], key: str):
        self.size = size
        self.design = design
        # The same key always draws the same ridges, stars and waves.
        self.rng = random.Random(key)
        width, height = size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE
        scale, (left, top) = cover(size, design)
        self.scale = scale * SUPERSAMPLE
        self.offset = (left * SUPERSAMPLE, top * SUPERSAMPLE)
        self.image = PillowImage.new("RGB", (width, height))
        self.pen = ImageDraw.Draw(self.image)
        self.tint: tuple[Colour, float] | None = None

    @contextmanager
    def placed(self, x: float, y: float, zoom: float) -> Iterator[None]:
        """Draw a piece designed elsewhere: its (0, 0) lands on (x, y) here,
        and its units are ``zoom`` of ours."""
        saved = self.scale, self.offset
        self.offset = (self.offset[0] + x * self.scale, self.offset[1] + y * self.scale)
        self.scale *= zoom
        try:
            yield
        finally:
            self.scale, self.offset = saved

    @contextmanager
    def tinted(self, colour: Colour, amount: float) -> Iterator[None]:
        """Move every colour drawn meanwhile ``amount`` of the way to ``colour``,
        for silhouettes and far-off layers."""
        saved = self.tint
        self.tint = (colour, amount)
        try:
            yield
        finally:
            self.tint = saved

    def paint(self, colour: Colour) -> Colour:
        """The colour actually laid down, once any tint is applied."""
        return mix(colour, *self.tint) if self.tint else colour

    # Coordinates ------------------------------------------------------------

    def at(self, x: float, y: float) -> Point:
        """Pixel position of the design point (x, y)."""
        return (self.offset[0] + x * self.scale, self.offset[1] + y * self.scale)

    def box(self, left: float, top: float, right: float, bottom: float):
        x0, y0 = self.at(left, top)
        x1, y1 = self.at(right, bottom)
        return (round(x0), round(y0), round(x1), round(y1))

    # Shapes -----------------------------------------------------------------

    def polygon(self, points: Iterable[Point], fill: Colour) -> None:
        self.pen.polygon([self.at(x, y) for x, y in points], fill=self.paint(fill))

    def rect(self, left, top, right, bottom, fill: Colour) -> None:
        self.pen.rectangle(self.box(left, top, right, bottom), fill=self.paint(fill))

    def ellipse(self, cx, cy, rx, ry, fill: Colour) -> None:
        self.pen.ellipse(
            self.box(cx - rx, cy - ry, cx + rx, cy + ry), fill=self.paint(fill)
        )

    def circle(self, cx, cy, radius, fill: Colour) -> None:
        self.ellipse(cx, cy, radius, radius, fill)

    def ring(self, cx, cy, radius, fill: Colour, width: float) -> None:
        self.pen.ellipse(
            self.box(cx - radius, cy - radius, cx + radius, cy + radius),
            outline=self.paint(fill),
            width=max(1, round(width * self.scale)),
        )

    def stroke(self, points: Sequence[Point], fill: Colour, width: float) -> None:
        """A line through ``points`` with round joints and round ends."""
        pixels = max(1, round(width * self.scale))
        # Pillow's ellipse box includes both its edges, so a disc as wide as
        # the line has a box one pixel narrower.
        half = (pixels - 1) / 2
        fill = self.paint(fill)
        line = [self.at(x, y) for x, y in points]
        self.pen.line(line, fill=fill, width=pixels)
        # Discs of the line's own width round off every joint and end (Pillow's
        # curved joints are several times slower).
        if pixels > 2:
            for x, y in line:
                self.pen.ellipse((x - half, y - half, x + half, y + half), fill=fill)

    def bar(self, points: Sequence[Point], fill: Colour, width: float) -> None:
        """A line of square-ended segments through ``points`` (for key frets)."""
        half = width / 2
        for (x0, y0), (x1, y1) in pairwise(points):
            self.rect(
                min(x0, x1) - half,
                min(y0, y1) - half,
                max(x0, x1) + half,
                max(y0, y1) + half,
                fill,
            )

    def dashes(self, points: Sequence[Point], fill: Colour, width, dash, gap):
        """A dashed line through ``points``, dash and gap in design units."""
        drawing, left = True, dash
        for (x0, y0), (x1, y1) in pairwise(points):
            length = math.hypot(x1 - x0, y1 - y0)
            start = 0.0
            while start < length:
                end = min(length, start + left)
                if drawing:
                    a, b = start / length, end / length
                    self.stroke(
                        [
                            (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
                            (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b),
                        ],
                        fill,
                        width,
                    )
                left -= end - start
                start = end
                if left <= 1e-9:
                    drawing = not drawing
                    left = dash if drawing else gap

    # Light and air ----------------------------------------------------------

    def gradient(self, stops: Sequence[tuple[float, Colour]], top=None, bottom=None):
        """Fill a band (the whole picture by default) with a vertical gradient.

        ``stops`` are (position from 0 to 1, colour) pairs, in order.
        """
        top = 0 if top is None else top
        bottom = self.design[1] if bottom is None else bottom
        upper, lower = self._rows(top, bottom)
        rows = max(lower - upper, 1)
        strip = PillowImage.new("RGB", (1, rows))
        strip.putdata(
            [_colour_at(stops, row / max(rows - 1, 1)) for row in range(rows)]
        )
        # Stretching one column sideways is cheap; interpolating is not.
        band = strip.resize((self.image.size[0], rows), PillowImage.NEAREST)
        self.image.paste(band, (0, upper))

    def _rows(self, top: float, bottom: float) -> tuple[int, int]:
        """The pixel rows between two design heights."""
        return round(self.at(0, top)[1]), round(self.at(0, bottom)[1])

    def glow(self, cx, cy, radius, colour: Colour, strength: float = 1.0) -> None:
        """A soft round light that fades out at ``radius``."""
        left, top, right, bottom = self.box(
            cx - radius, cy - radius, cx + radius, cy + radius
        )
        if right - left < 2:
            return
        fade = PillowImage.radial_gradient("L").point(
            lambda value: round(max(0, 255 - value * 2) * strength)
        )
        mask = fade.resize((right - left, bottom - top), PillowImage.BILINEAR)
        self.image.paste(self.paint(colour), (left, top, right, bottom), mask)

    def haze(self, top, bottom, colour: Colour, strength: float, rising=True):
        """Mist that thickens towards ``bottom`` (or towards ``top``)."""
        upper, lower = self._rows(top, bottom)
        rows = max(lower - upper, 1)
        ramp = PillowImage.new("L", (1, rows))
        levels = [round(255 * strength * row / max(rows - 1, 1)) for row in range(rows)]
        ramp.putdata(levels if rising else levels[::-1])
        mask = ramp.resize((self.image.size[0], rows), PillowImage.NEAREST)
        self.image.paste(
            self.paint(colour), (0, upper, self.image.size[0], lower), mask
        )

    def light(self, points: Iterable[Point], colour: Colour, strength: float):
        """A translucent shape, such as a lighthouse beam or a pane of glass."""
        mask = PillowImage.new("L", self.image.size, 0)
        ImageDraw.Draw(mask).polygon(
            [self.at(x, y) for x, y in points], fill=round(255 * strength)
        )
        self.image.paste(self.paint(colour), (0, 0), mask)

    def soften(self, radius: float) -> None:
        """Blur the whole picture (for backgrounds drawn before sharp shapes)."""
        self.image = self.image.filter(ImageFilter.GaussianBlur(radius * self.scale))
        self.pen = ImageDraw.Draw(self.image)

    # Output -----------------------------------------------------------------

    def jpeg(self) -> bytes:
        """The finished picture at its asked size, as JPEG bytes."""
        final = self.image.resize(self.size, PillowImage.LANCZOS)
        buffer = io.BytesIO()
        final.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
        return buffer.getvalue()


def smooth(points: Sequence[Point], steps: int = 8) -> list[Point]:
    """A curve through ``points`` (Catmull-Rom), for hand-drawn looking lines."""
    padded = [points[0], *points, points[-1]]
    curve = []
    for index in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[index - 1 : index + 3]
        for step in range(steps):
            t = step / steps
            curve.append(
                tuple(
                    0.5
                    * (
                        2 * b
                        + (c - a) * t
                        + (2 * a - 5 * b + 4 * c - d) * t * t
                        + (3 * b - a - 3 * c + d) * t * t * t
                    )
                    for a, b, c, d in zip(p0, p1, p2, p3, strict=True)
                )
            )
    curve.append(points[-1])
    return curve


def _colour_at(stops: Sequence[tuple[float, Colour]], position: float) -> Colour:
    for (start, first), (end, second) in pairwise(stops):
        if position <= end:
            span = end - start or 1
            return mix(first, second, (position - start) / span)
    return stops[-1][1]
