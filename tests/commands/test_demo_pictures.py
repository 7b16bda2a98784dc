"""The demo pictures ``seed_demo`` draws: a scene per city and program, their
alt text and captions, focal points, and what re-seeding does with old files."""

import hashlib
import io
import json

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image as PillowImage
from PIL import ImageFilter, ImageStat

from programs.models import City, Image, Program
from programs.seed import drawings
from programs.seed.images import CITY_SIZE, HERO_SIZE, demo_image
from programs.seed.text.pictures import PATTERN_TEXT, picture_text
from programs.services.images.pillow import crop_box

pytestmark = pytest.mark.django_db

REFERENCE_SLUG = "china-kazakhstan-lianyungang-2024"
LANGUAGE_FIELDS = ["en", "fr", "ru", "kk", "zh_hans"]
PROGRAM_KEYS = ["program-hero", "program-music-camp"]
# The phrase each language uses to say the picture is a drawing for the demo.
DRAWN_FOR_THE_DEMO = {
    "en": "Illustration drawn for the Caravan demo",
    "fr": "Illustration dessinée pour la démonstration de Caravan",
    "ru": "Иллюстрация, нарисованная для демонстрации Caravan",
    "kk": "Caravan демонстрациясы үшін салынған иллюстрация",
    "zh_hans": "为 Caravan 演示绘制的插图",
}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Every test stores files in its own empty folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def seed_city_keys() -> list[str]:
    with open(settings.SEED_FACTS_PATH, encoding="utf-8") as handle:
        return [f"city-{city['key']}" for city in json.load(handle)["cities"]]


def every_key() -> list[tuple[str, tuple[int, int]]]:
    return [(key, HERO_SIZE) for key in PROGRAM_KEYS] + [
        (key, CITY_SIZE) for key in seed_city_keys()
    ]


def picture(key: str, size: tuple[int, int]) -> PillowImage.Image:
    return PillowImage.open(io.BytesIO(drawings.draw_picture(key, size).jpeg))


def stored_files(root) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_the_seed_has_seven_cities_and_each_has_a_picture_key():
    assert len(seed_city_keys()) == 7
    assert "city-samarkand" in seed_city_keys()


@pytest.mark.parametrize("key", PROGRAM_KEYS + seed_city_keys())
def test_every_seed_city_and_both_programs_have_a_scene_of_their_own(key):
    assert drawings.scene_for(key) is not drawings.PATTERN
    assert picture_text(key) is not PATTERN_TEXT


def test_the_same_key_and_size_always_draw_the_same_bytes():
    first = drawings.draw_picture("city-aktau", CITY_SIZE)
    second = drawings.draw_picture("city-aktau", CITY_SIZE)

    assert first.jpeg == second.jpeg
    assert first.focal_point == second.focal_point


def test_every_key_draws_a_different_picture():
    keys = [*every_key(), ("program-another-camp", HERO_SIZE)]
    digests = {
        hashlib.sha256(drawings.draw_picture(key, size).jpeg).hexdigest()
        for key, size in keys
    }

    assert len(digests) == len(keys)


@pytest.mark.parametrize(("key", "size"), every_key())
def test_each_picture_is_a_detailed_jpeg_of_its_size(key, size):
    image = picture(key, size)

    assert image.format == "JPEG"
    assert image.size == size
    # A composed scene has many colours and many edges; the old random
    # circles had about 80 colours and an edge mean of 7 to 11.
    small = image.convert("RGB").resize((240, 160))
    colours = small.point(lambda value: value >> 4 << 4).getcolors(4096)
    edges = ImageStat.Stat(small.convert("L").filter(ImageFilter.FIND_EDGES))
    assert len(colours) >= 150
    assert edges.mean[0] >= 12


@pytest.mark.parametrize(("key", "size"), every_key())
def test_each_picture_stays_within_its_file_size_budget(key, size):
    budget = 150_000 if size == HERO_SIZE else 90_000

    assert len(drawings.draw_picture(key, size).jpeg) <= budget


@pytest.mark.parametrize("key", [*PROGRAM_KEYS, *seed_city_keys(), "unknown-key"])
def test_alt_text_and_caption_say_it_is_a_drawing_in_every_language(key):
    texts = picture_text(key)

    for language, phrase in DRAWN_FOR_THE_DEMO.items():
        code = language.replace("_", "-")
        alt_text, caption = texts["alt_text"][code], texts["caption"][code]
        assert phrase in alt_text
        assert phrase in caption
        # The fields hold at most 300 characters.
        assert len(alt_text) <= 300 and len(caption) <= 300
        # ... and describe what is drawn, beyond saying it is a drawing.
        assert len(alt_text) >= 2 * len(phrase)


@pytest.mark.parametrize(("key", "size"), [*every_key(), ("unknown-key", (500, 900))])
def test_focal_point_lies_inside_the_picture_and_in_both_crops(key, size):
    x, y = drawings.focal_point(key, size)

    assert 0 < x < 1 and 0 < y < 1
    for crop in ("16:9", "4:3"):
        left, top, right, bottom = crop_box(*size, crop, x, y)
        assert left <= x * size[0] <= right and top <= y * size[1] <= bottom


def test_the_focal_point_is_on_the_landmark_not_the_middle():
    # Aktau's lighthouse stands on the right, Tashkent's TV tower high up.
    assert drawings.focal_point("city-aktau", CITY_SIZE)[0] > 0.7
    assert drawings.focal_point("city-tashkent", CITY_SIZE)[1] < 0.4


def test_seeding_gives_each_picture_its_own_text_focal_point_and_credit():
    call_command("seed_demo", verbosity=0)

    hero = Program.objects.get(slug=REFERENCE_SLUG).hero_image
    aktau = City.objects.get(slug="aktau").image
    assert "Lianyungang" in hero.alt_text_en and "Samarkand" in hero.alt_text_en
    assert "lighthouse" in aktau.alt_text_en and "маяк" in aktau.alt_text_ru
    assert "шамшырақ" in aktau.alt_text_kk and "灯塔" in aktau.alt_text_zh_hans
    assert all(getattr(aktau, f"caption_{lang}") for lang in LANGUAGE_FIELDS)
    assert (aktau.focal_point_x, aktau.focal_point_y) == pytest.approx(
        drawings.focal_point("city-aktau", CITY_SIZE)
    )
    assert aktau.credit == "Generated for the Caravan demo" and aktau.is_demo
    assert aktau.file.name == "images/demo/city-aktau-v2-960x640.jpg"


def test_seeding_twice_draws_no_new_file(media_root):
    call_command("seed_demo", verbosity=0)
    files = stored_files(media_root)
    names = sorted(Image.objects.values_list("file", flat=True))

    call_command("seed_demo", verbosity=0)

    assert stored_files(media_root) == files
    assert sorted(Image.objects.values_list("file", flat=True)) == names
    # Seven cities, the reference program and the fictional music camp.
    assert len([name for name in files if name.startswith("images/demo/")]) == 9


def test_reseeding_an_old_database_replaces_the_old_drawing(
    media_root, django_capture_on_commit_callbacks
):
    old_name = default_storage.save(
        "images/demo/city-aktau-960x640.jpg", ContentFile(picture_bytes())
    )
    old = Image.objects.create(
        title="Caravan demo: city-aktau", is_demo=True, file=old_name
    )

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)

    old.refresh_from_db()
    assert old.file.name == "images/demo/city-aktau-v2-960x640.jpg"
    assert (old.width, old.height) == CITY_SIZE
    assert City.objects.get(slug="aktau").image == old
    assert not default_storage.exists(old_name)
    assert default_storage.exists(old.file.name)


def test_an_editors_own_file_on_a_demo_image_is_kept(media_root):
    upload = default_storage.save(
        "images/2025/01/aktau.jpg", ContentFile(picture_bytes())
    )
    image = Image.objects.create(
        title="Caravan demo: city-aktau",
        is_demo=True,
        file=upload,
        focal_point_x=0.1,
    )

    call_command("seed_demo", verbosity=0)

    image.refresh_from_db()
    assert image.file.name == upload
    assert image.focal_point_x == 0.1
    assert not default_storage.exists("images/demo/city-aktau-v2-960x640.jpg")


def test_an_unknown_key_still_gets_an_ornament_pattern():
    image = demo_image("Summer camp / 2025", (300, 200))

    assert (image.width, image.height) == (300, 200)
    assert image.file.name.startswith("images/demo/summer-camp-2025-")
    assert image.alt_text_en == PATTERN_TEXT["alt_text"]["en"]
    assert image.alt_text_kk == PATTERN_TEXT["alt_text"]["kk"]
    assert default_storage.exists(image.file.name)
    assert picture("Summer camp / 2025", (300, 200)).size == (300, 200)


def test_a_picture_without_a_size_is_refused_with_a_clear_error():
    with pytest.raises(ValueError, match="positive size, not 0x640"):
        drawings.draw_picture("city-aktau", (0, 640))


def picture_bytes() -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 48), "teal").save(buffer, "JPEG")
    return buffer.getvalue()
