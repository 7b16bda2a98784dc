"""Uploads are decoded and re-encoded, or refused with a reason and not stored."""

import io

import pytest
from django.urls import reverse
from PIL import Image as PillowImage

from programs.models import Image

from .conftest import (
    GPS_IFD,
    ORIENTATION,
    camera_exif,
    image_form,
    noisy_jpeg,
    picture_bytes,
    png_claiming,
    stored_files,
    two_halves_jpeg,
    upload,
)

pytestmark = pytest.mark.django_db

IMAGE_ADD = reverse("admin:programs_image_add")
SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def file_errors(response) -> list[str]:
    return list(response.context["adminform"].form.errors.get("file", []))


def assert_refused(response, message: str, media_root) -> None:
    assert response.status_code == 200
    assert file_errors(response) == [message]
    assert message in response.content.decode()
    assert not Image.objects.exists()
    assert not media_root.exists() or stored_files(media_root) == []


def test_svg_is_refused_because_it_can_carry_scripts(editor_client, media_root):
    response = editor_client.post(
        IMAGE_ADD, image_form(upload(SVG, "logo.svg", "image/svg+xml"))
    )

    assert_refused(
        response,
        "SVG drawings are not accepted, because they can carry scripts. "
        "Export the drawing as PNG and upload that.",
        media_root,
    )


def test_html_named_like_a_jpeg_is_refused(editor_client, media_root):
    response = editor_client.post(IMAGE_ADD, image_form(upload(HTML, "photo.jpg")))

    assert_refused(
        response,
        "This file is not a JPEG, PNG, WebP or GIF image, whatever its name says.",
        media_root,
    )


def test_other_image_formats_are_refused(editor_client, media_root):
    bitmap = picture_bytes(image_format="BMP")

    response = editor_client.post(IMAGE_ADD, image_form(upload(bitmap, "scan.jpg")))

    assert_refused(
        response,
        "This file is not a JPEG, PNG, WebP or GIF image, whatever its name says.",
        media_root,
    )


def test_truncated_jpeg_is_refused(editor_client, media_root):
    whole = noisy_jpeg()

    response = editor_client.post(
        IMAGE_ADD, image_form(upload(whole[: len(whole) // 2]))
    )

    assert_refused(
        response,
        "The image is damaged or incomplete: it could not be read to the end. "
        "Export it again and upload the new file.",
        media_root,
    )


def test_truncated_jpeg_is_refused_after_a_pdf_was_made(
    editor_client, media_root, monkeypatch
):
    from PIL import ImageFile

    # What importing WeasyPrint does to the whole process (services/documents).
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    whole = noisy_jpeg()

    response = editor_client.post(
        IMAGE_ADD, image_form(upload(whole[: len(whole) // 2]))
    )

    assert_refused(
        response,
        "The image is damaged or incomplete: it could not be read to the end. "
        "Export it again and upload the new file.",
        media_root,
    )


def test_decompression_bomb_is_refused(editor_client, media_root):
    bomb = png_claiming(40_000, 40_000)
    assert len(bomb) < 200  # 1.6 gigapixels claimed by a few bytes

    response = editor_client.post(
        IMAGE_ADD, image_form(upload(bomb, "bomb.png", "image/png"))
    )

    assert_refused(
        response,
        "The file claims a picture far larger than it can hold and was refused "
        "as a possible decompression bomb.",
        media_root,
    )


def test_file_over_the_byte_limit_is_refused(editor_client, media_root, settings):
    settings.IMAGE_MAX_BYTES = 1024
    data = noisy_jpeg((128, 128))
    assert len(data) > 1024

    response = editor_client.post(IMAGE_ADD, image_form(upload(data)))

    assert_refused(
        response,
        f"The file is {len(data) / 1024:.1f}\xa0KB; the largest accepted is 1.0\xa0KB.",
        media_root,
    )


def test_picture_over_the_pixel_limit_is_refused(editor_client, media_root, settings):
    settings.IMAGE_MAX_PIXELS = 2_000_000
    data = picture_bytes((2000, 1001))

    response = editor_client.post(IMAGE_ADD, image_form(upload(data)))

    assert_refused(
        response,
        "The image is 2000 × 1001 pixels (2.0 megapixels); the largest accepted "
        "is 2 megapixels.",
        media_root,
    )


def test_refusal_is_explained_in_the_editors_language(editor_client, media_root):
    response = editor_client.post(
        IMAGE_ADD,
        image_form(upload(HTML, "photo.jpg")),
        HTTP_ACCEPT_LANGUAGE="fr",
    )

    assert not Image.objects.exists()
    assert file_errors(response) == [
        "Ce fichier n’est pas une image JPEG, PNG, WebP ou GIF, quel que soit son nom."
    ]


def test_accepted_upload_is_stored_re_encoded(editor_client, media_root):
    response = editor_client.post(IMAGE_ADD, image_form(upload(picture_bytes())))

    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (64, 48)
    assert image.file.name.startswith("images/") and image.file.name.endswith(".jpg")


def test_png_named_jpg_is_stored_as_the_png_it_is(editor_client, media_root):
    data = picture_bytes(image_format="PNG")

    editor_client.post(IMAGE_ADD, image_form(upload(data, "holiday.JPG")))

    image = Image.objects.get()
    assert image.file.name.endswith("holiday.png")
    with image.file.open("rb") as stored:
        assert PillowImage.open(stored).format == "PNG"


def stored_picture(image: Image) -> PillowImage.Image:
    with image.file.open("rb") as stored:
        picture = PillowImage.open(io.BytesIO(stored.read()))
        picture.load()
    return picture


def test_exif_and_gps_are_stripped(editor_client, media_root):
    data = picture_bytes(exif=camera_exif())

    editor_client.post(IMAGE_ADD, image_form(upload(data)))

    picture = stored_picture(Image.objects.get())
    assert "exif" not in picture.info
    assert dict(picture.getexif()) == {}
    assert picture.getexif().get_ifd(GPS_IFD) == {}
    assert b"PhoneMaker" not in Image.objects.get().file.open("rb").read()


@pytest.mark.parametrize("image_format", ["PNG", "WEBP"])
def test_exif_is_stripped_from_png_and_webp_too(editor_client, image_format):
    data = picture_bytes(image_format=image_format, exif=camera_exif())

    editor_client.post(IMAGE_ADD, image_form(upload(data, "p." + image_format)))

    picture = stored_picture(Image.objects.get())
    assert dict(picture.getexif()) == {}


def test_orientation_is_applied_before_the_exif_goes(editor_client, media_root):
    # Orientation 6: the camera was turned, so the picture is shown rotated a
    # quarter turn clockwise; its left (red) half ends up on top.
    data = two_halves_jpeg(camera_exif(orientation=6))

    editor_client.post(IMAGE_ADD, image_form(upload(data)))

    image = Image.objects.get()
    picture = stored_picture(image)
    assert (image.width, image.height) == picture.size == (20, 40)
    assert ORIENTATION not in picture.getexif()
    red, _green, blue = picture.getpixel((10, 5))
    assert red > 200 and blue < 60
    red, _green, blue = picture.getpixel((10, 35))
    assert blue > 200 and red < 60


def test_large_picture_is_stored_at_the_largest_side_allowed(editor_client, settings):
    settings.IMAGE_MAX_SIDE = 500

    editor_client.post(IMAGE_ADD, image_form(upload(picture_bytes((1600, 900)))))

    image = Image.objects.get()
    assert (image.width, image.height) == (500, 281)


def test_animated_gif_keeps_its_first_frame(editor_client):
    frames = [PillowImage.new("P", (30, 20), index) for index in (1, 2, 3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])

    editor_client.post(
        IMAGE_ADD, image_form(upload(buffer.getvalue(), "wave.gif", "image/gif"))
    )

    picture = stored_picture(Image.objects.get())
    assert picture.format == "GIF"
    assert getattr(picture, "n_frames", 1) == 1


def test_changing_other_fields_keeps_the_stored_file(editor_client, make_image):
    image = make_image()
    name = image.file.name

    response = editor_client.post(
        reverse("admin:programs_image_change", args=[image.pk]),
        image_form(title="Renamed"),
    )

    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.title, image.file.name) == ("Renamed", name)


def test_png_has_the_lower_limit_of_formats_decoded_in_full(
    editor_client, media_root, settings
):
    settings.IMAGE_MAX_PIXELS_DECODED_IN_FULL = 1_000_000
    data = picture_bytes((1000, 1001), image_format="PNG")

    response = editor_client.post(
        IMAGE_ADD, image_form(upload(data, "chart.png", "image/png"))
    )

    assert_refused(
        response,
        "The image is 1000 × 1001 pixels (1.0 megapixels); the largest accepted "
        "is 1 megapixels.",
        media_root,
    )


def test_jpeg_of_the_same_size_is_accepted(editor_client, settings):
    settings.IMAGE_MAX_PIXELS_DECODED_IN_FULL = 1_000_000

    editor_client.post(IMAGE_ADD, image_form(upload(picture_bytes((1000, 1001)))))

    assert Image.objects.get().width == 1000
