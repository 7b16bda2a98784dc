"""The demo's pictures, drawn with Pillow, so the repository carries no binary
files: the program heroes and a picture of each city (see ``drawings``).

An image row is found again by its title. Its file is drawn only when the
row lacks the current drawing's file, so seeding twice adds nothing, and a
database seeded before a drawing changed gets the new picture (the file name
carries the drawing's version) while the old file is removed.
"""

from django.core.files.base import ContentFile
from django.db import transaction

from ..models import City, Image, Program
from . import drawings
from .facts import localised
from .text import demo as demo_text
from .text.pictures import picture_text

HERO_SIZE = (1600, 900)
CITY_SIZE = (960, 640)

# Only files the seed drew itself are ever replaced or deleted, never an upload.
DEMO_FOLDER = "images/demo/"


def seed_demo_images(program: Program, cities: dict[str, City]) -> None:
    """Give the program a hero image and each city a picture, drawn if missing."""
    with transaction.atomic():
        program.hero_image = demo_image("program-hero", HERO_SIZE)
        program.save(update_fields=["hero_image"])
        for key, city in cities.items():
            city.image = demo_image(f"city-{key}", CITY_SIZE)
            city.save(update_fields=["image"])


def demo_image(key: str, size: tuple[int, int]) -> Image:
    """The demo image called ``key``, with the current drawing's file.

    A key without a scene of its own gets an ornament pattern; ``size`` is
    (width, height) in pixels.
    """
    title = f"Caravan demo: {key}"
    image = Image.objects.filter(title=title, is_demo=True).first()
    if image is None:
        image = Image(title=title, is_demo=True)
    storage = Image._meta.get_field("file").storage
    name = drawings.file_name(key, size)
    current = image.file.name if image.file else ""
    drawn_by_seed = not current or current.startswith(DEMO_FOLDER)
    if drawn_by_seed and (current != name or not storage.exists(name)):
        # The same key and size always draw the same picture, so a file left
        # by an earlier, rolled-back run is reused rather than duplicated.
        if not storage.exists(name):
            name = storage.save(
                name, ContentFile(drawings.draw_picture(key, size).jpeg)
            )
        # Assigning the file name also reads its width and height.
        image.file = name
        if current and current != name:
            _delete_after_commit(storage, current)
    if drawn_by_seed:
        image.focal_point_x, image.focal_point_y = drawings.focal_point(key, size)
    image.credit = demo_text.IMAGE_CREDIT
    texts = picture_text(key)
    for field, value in {
        **localised("alt_text", texts["alt_text"]),
        **localised("caption", texts["caption"]),
    }.items():
        setattr(image, field, value)
    image.save()
    return image


def _delete_after_commit(storage, name: str) -> None:
    """Remove an earlier drawing's file once nothing can roll back to it."""

    def delete() -> None:
        if not Image.objects.filter(file=name).exists():
            storage.delete(name)

    transaction.on_commit(delete)
