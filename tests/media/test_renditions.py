"""Renditions: made once in the background, every width up to the picture's
own, WebP and the original format, cropped around the focal point."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image as PillowImage

from programs.models import Image, Rendition
from programs.services.images import pillow as images
from programs.services.images.renditions import make_renditions
from tests.factories import ImageFactory

from .conftest import stored_files

pytestmark = pytest.mark.django_db


def sizes(image: Image, crop: str, image_format: str) -> list[tuple[int, int]]:
    return sorted(
        (r.width, r.height)
        for r in image.renditions.filter(crop=crop, format=image_format)
    )


def test_saving_an_image_makes_its_renditions(make_image):
    image = make_image((2000, 1500))

    assert sizes(image, "", "jpeg") == [
        (320, 240),
        (640, 480),
        (960, 720),
        (1280, 960),
        (1920, 1440),
    ]
    assert sizes(image, "", "webp") == sizes(image, "", "jpeg")


def test_fixed_ratios_have_their_own_renditions(make_image):
    image = make_image((2000, 1500))

    assert sizes(image, "16:9", "webp")[-1] == (1920, 1080)
    assert sizes(image, "4:3", "jpeg")[0] == (320, 240)


def test_renditions_are_never_wider_than_the_picture(make_image):
    image = make_image((500, 400))

    assert sizes(image, "", "jpeg") == [(320, 256), (500, 400)]
    assert sizes(image, "16:9", "jpeg") == [(320, 180), (500, 281)]


def test_each_rendition_file_is_in_its_format(make_image):
    image = make_image((700, 500), image_format="PNG")

    formats = set()
    for rendition in image.renditions.all():
        with rendition.file.open("rb") as stored:
            picture = PillowImage.open(stored)
            formats.add((rendition.format, picture.format))
            assert picture.size == (rendition.width, rendition.height)
    assert formats == {("png", "PNG"), ("webp", "WEBP")}


def test_a_second_save_draws_nothing_again(
    make_image, django_capture_on_commit_callbacks
):
    image = make_image((800, 600))
    before = {(r.pk, r.file.name) for r in image.renditions.all()}

    image.title = "Renamed"
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    assert {(r.pk, r.file.name) for r in image.renditions.all()} == before
    assert make_renditions(image.pk) == 0


def test_moving_the_focal_point_redraws_only_the_crops(
    make_image, media_root, django_capture_on_commit_callbacks
):
    image = make_image((800, 600))
    uncropped = set(image.renditions.filter(crop="").values_list("pk", flat=True))
    old_crops = list(image.renditions.exclude(crop="").values_list("file", flat=True))

    image.focal_point_x = 0.1
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    assert set(image.renditions.filter(crop="").values_list("pk", flat=True)) == (
        uncropped
    )
    new_crops = set(image.renditions.exclude(crop="").values_list("file", flat=True))
    assert new_crops and not new_crops & set(old_crops)
    assert not set(old_crops) & set(stored_files(media_root))


def test_a_new_file_replaces_every_rendition(
    make_image, media_root, django_capture_on_commit_callbacks
):
    image = make_image((800, 600))
    old = set(image.renditions.values_list("file", flat=True))
    other = make_image((640, 480), color="orange")

    image.file = other.file.name
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    new = set(image.renditions.values_list("file", flat=True))
    assert new and not new & old
    assert sizes(image, "", "jpeg")[-1] == (640, 480)
    assert not old & set(stored_files(media_root))


def test_deleting_an_image_deletes_its_files(
    make_image, media_root, django_capture_on_commit_callbacks
):
    image = make_image((800, 600))

    with django_capture_on_commit_callbacks(execute=True):
        image.delete()

    assert not Rendition.objects.exists()
    assert stored_files(media_root) == []


@pytest.mark.parametrize(
    "focal_x, box",
    [(0.0, (0, 0, 1200, 900)), (0.5, (200, 0, 1400, 900)), (1.0, (400, 0, 1600, 900))],
)
def test_a_wide_picture_is_cropped_around_the_focal_point(focal_x, box):
    assert images.crop_box(1600, 900, "4:3", focal_x, 0.5) == box


@pytest.mark.parametrize(
    "focal_y, box", [(0.2, (0, 0, 1000, 562)), (0.9, (0, 438, 1000, 1000))]
)
def test_a_crop_stops_at_the_edges(focal_y, box):
    assert images.crop_box(1000, 1000, "16:9", 0.5, focal_y) == box


def test_the_focal_point_stays_in_the_cropped_rendition(
    django_capture_on_commit_callbacks,
):
    # A wide picture, grey but for a red square near its right edge.
    picture = PillowImage.new("RGB", (1600, 900), "grey")
    picture.paste((255, 0, 0), (1300, 300, 1500, 500))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory(
            file=SimpleUploadedFile("wide.png", buffer.getvalue()),
            focal_point_x=1400 / 1600,
            focal_point_y=400 / 900,
        )

    square = image.renditions.get(crop="4:3", width=320, format="png")
    with square.file.open("rb") as stored:
        cropped = PillowImage.open(stored).convert("RGB")
        # 1200 wide, from x=400: the red square is at 900–1100 of 1200.
        assert cropped.getpixel((266, 106)) == (255, 0, 0)
        assert cropped.getpixel((40, 106)) == (128, 128, 128)


def test_make_renditions_command_fills_in_what_the_worker_has_not_done():
    image = ImageFactory()  # the job never ran: saved inside the test
    output = io.StringIO()

    call_command("make_renditions", stdout=output)
    call_command("make_renditions", stdout=output)

    # 64 × 48: one width for each of three ratios, in WebP and JPEG.
    assert image.renditions.count() == 6
    assert output.getvalue().splitlines() == [
        "6 renditions drawn.",
        "0 renditions drawn.",
    ]


def test_make_renditions_command_names_images_whose_file_is_gone(media_root):
    image = ImageFactory(title="Lost harbour")
    image.file.storage.delete(image.file.name)
    errors = io.StringIO()

    call_command("make_renditions", stdout=io.StringIO(), stderr=errors)

    assert errors.getvalue().strip() == (
        f"Could not read the file of image “Lost harbour” (id {image.pk})."
    )
    assert not image.renditions.exists()
