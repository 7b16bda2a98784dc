"""Abstract images drawn with Pillow, so the repository carries no binary files.

Each picture is drawn from a random generator seeded with its key, so the
same key always gives the same picture. An image row is found again by its
title and its file is only drawn when missing, so seeding twice adds nothing.
"""

import io
import random

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image as PillowImage
from PIL import ImageDraw

from ...models import City, Image, Program
from ...seed import demo_text
from .facts import localised

HERO_SIZE = (1600, 900)
CITY_SIZE = (960, 640)

# Two gradient ends and an accent colour per palette.
PALETTES = [
    ((18, 52, 86), (40, 142, 160), (240, 196, 90)),
    ((90, 24, 54), (214, 110, 70), (250, 226, 170)),
    ((20, 70, 50), (150, 190, 90), (250, 240, 200)),
    ((60, 40, 110), (200, 120, 170), (255, 220, 150)),
    ((110, 60, 20), (230, 170, 80), (40, 90, 130)),
]


def seed_demo_images(program: Program, cities: dict[str, City]) -> None:
    """Give the program a hero image and each city a picture, drawn if missing."""
    with transaction.atomic():
        program.hero_image = demo_image("program-hero", HERO_SIZE)
        program.save(update_fields=["hero_image"])
        for key, city in cities.items():
            city.image = demo_image(f"city-{key}", CITY_SIZE)
            city.save(update_fields=["image"])


def demo_image(key: str, size: tuple[int, int]) -> Image:
    """The demo image called ``key``, created with a freshly drawn file if needed."""
    title = f"Caravan demo: {key}"
    image = Image.objects.filter(title=title, is_demo=True).first()
    if image is None:
        image = Image(title=title, is_demo=True)
    storage = Image._meta.get_field("file").storage
    if not image.file or not storage.exists(image.file.name):
        # The same key and size always draw the same picture, so a file left
        # by an earlier, rolled-back run is reused rather than duplicated.
        name = f"images/demo/{key}-{size[0]}x{size[1]}.jpg"
        if not storage.exists(name):
            name = storage.save(name, ContentFile(draw_pattern(key, size)))
        # Assigning the file name also reads its width and height.
        image.file = name
    image.credit = demo_text.IMAGE_CREDIT
    for field, value in {
        **localised("alt_text", demo_text.IMAGE_ALT_TEXT),
        **localised("caption", demo_text.IMAGE_CAPTION),
    }.items():
        setattr(image, field, value)
    image.save()
    return image


def draw_pattern(key: str, size: tuple[int, int]) -> bytes:
    """A JPEG of translucent circles and lines over a gradient, fixed by ``key``."""
    rng = random.Random(key)
    start, end, accent = rng.choice(PALETTES)
    width, height = size
    mask = PillowImage.linear_gradient("L").rotate(rng.choice((0, 90, 180, 270)))
    picture = PillowImage.composite(
        PillowImage.new("RGB", size, end),
        PillowImage.new("RGB", size, start),
        mask.resize(size),
    ).convert("RGBA")

    overlay = PillowImage.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for _circle in range(rng.randint(6, 10)):
        radius = rng.randint(height // 10, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = rng.choice((start, end, accent))
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=(*colour, rng.randint(40, 110)),
        )
    # A few long lines, like routes across a map.
    for _line in range(rng.randint(2, 4)):
        points = [
            (rng.randint(0, width), rng.randint(0, height)) for _point in range(3)
        ]
        draw.line(points, fill=(*accent, 170), width=max(2, height // 120))

    buffer = io.BytesIO()
    PillowImage.alpha_composite(picture, overlay).convert("RGB").save(
        buffer, "JPEG", quality=85, optimize=True
    )
    return buffer.getvalue()
