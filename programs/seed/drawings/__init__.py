"""The demo pictures: one drawn scene per key, in a shared flat style.

``draw_picture(key, size)`` gives the JPEG and the focal point of picture
``key``; a key without a scene of its own gets an ornament pattern. Every
scene is drawn from a generator seeded with its key, so the same key and size
always give the same bytes. A scene's ``version`` is part of its file name:
raise it whenever the drawing changes, so that databases seeded earlier pick
up the new picture instead of reusing the old file.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.text import slugify

from . import (
    aktau,
    almaty,
    astana,
    beijing,
    lianyungang,
    music_camp,
    patterns,
    program_hero,
    samarkand,
    tashkent,
)
from .canvas import Canvas, Point, cover

HERO_DESIGN = (1600, 900)
CITY_DESIGN = (960, 640)


@dataclass(frozen=True)
class Scene:
    draw: Callable[[Canvas], None]
    # The size it is composed for (None: whatever size is asked for), and
    # the point in it that crops must keep (None: the middle).
    design: tuple[int, int] | None = None
    focus: Point | None = None
    version: int = 2

    def design_for(self, size: tuple[int, int]) -> tuple[int, int]:
        return self.design or size

    def focus_in(self, size: tuple[int, int]) -> Point:
        design = self.design_for(size)
        return self.focus or (design[0] / 2, design[1] / 2)


SCENES = {
    "program-hero": Scene(
        program_hero.program_hero, HERO_DESIGN, program_hero.JOURNEY_FOCUS
    ),
    "program-music-camp": Scene(music_camp.music_camp, HERO_DESIGN, music_camp.DOMBYRA),
    "city-astana": Scene(astana.astana, CITY_DESIGN, astana.BAYTEREK),
    "city-almaty": Scene(almaty.almaty, CITY_DESIGN, almaty.KOK_TOBE),
    "city-aktau": Scene(aktau.aktau, CITY_DESIGN, aktau.LIGHTHOUSE),
    "city-tashkent": Scene(tashkent.tashkent, CITY_DESIGN, tashkent.TV_TOWER),
    "city-samarkand": Scene(samarkand.samarkand, CITY_DESIGN, samarkand.REGISTAN),
    "city-lianyungang": Scene(lianyungang.lianyungang, CITY_DESIGN, lianyungang.PORT),
    "city-beijing": Scene(beijing.beijing, CITY_DESIGN, beijing.TEMPLE),
}
PATTERN = Scene(patterns.ornament_pattern)


@dataclass(frozen=True)
class Picture:
    jpeg: bytes
    focal_point: Point  # from 0 to 1 across and down


def scene_for(key: str) -> Scene:
    """The scene drawn for ``key``: its own, or the ornament pattern."""
    return SCENES.get(key, PATTERN)


def file_name(key: str, size: tuple[int, int]) -> str:
    """Where the picture is stored; it changes whenever the drawing does."""
    stem = slugify(key) or "picture"
    if stem != key:
        # Keys that slugify alike still draw different patterns.
        stem += "-" + hashlib.sha256(key.encode()).hexdigest()[:8]
    version = scene_for(key).version
    return f"images/demo/{stem}-v{version}-{size[0]}x{size[1]}.jpg"


def focal_point(key: str, size: tuple[int, int]) -> Point:
    """Where crops of picture ``key`` at ``size`` must centre, from 0 to 1."""
    scene = scene_for(key)
    scale, (left, top) = cover(size, scene.design_for(size))
    x, y = scene.focus_in(size)
    return (
        min(max((left + x * scale) / size[0], 0.0), 1.0),
        min(max((top + y * scale) / size[1], 0.0), 1.0),
    )


def draw_picture(key: str, size: tuple[int, int]) -> Picture:
    """Draw picture ``key`` at ``size`` (width, height in pixels)."""
    width, height = size
    if width < 1 or height < 1:
        raise ValueError(f"A picture needs a positive size, not {width}x{height}.")
    scene = scene_for(key)
    canvas = Canvas(size, scene.design_for(size), key)
    scene.draw(canvas)
    return Picture(canvas.jpeg(), focal_point(key, size))
