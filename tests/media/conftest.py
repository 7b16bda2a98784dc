"""Image files made on the spot, a throwaway media folder, and admin clients."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage

from tests.factories import ImageFactory, UserFactory

ORIENTATION = 0x0112
GPS_IFD = 0x8825


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Every test stores files in its own empty folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored_files(root) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def picture_bytes(
    size=(64, 48), color="teal", image_format="JPEG", exif=None, mode="RGB"
) -> bytes:
    buffer = io.BytesIO()
    options = {"exif": exif} if exif is not None else {}
    PillowImage.new(mode, size, color).save(buffer, image_format, **options)
    return buffer.getvalue()


def two_halves_jpeg(exif=None) -> bytes:
    """40 × 20: red on the left, blue on the right."""
    picture = PillowImage.new("RGB", (40, 20), "blue")
    picture.paste((255, 0, 0), (0, 0, 20, 20))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=95, exif=exif or PillowImage.Exif())
    return buffer.getvalue()


def camera_exif(orientation: int = 1) -> PillowImage.Exif:
    """EXIF as a phone writes it: orientation, camera and where it was taken."""
    exif = PillowImage.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "N", 2: (43.0, 39.0, 0.0), 3: "E", 4: (51.0, 9.0, 0.0)})
    return exif


def noisy_jpeg(size=(256, 256)) -> bytes:
    """A JPEG whose data runs the whole file, so cutting it truncates pixels."""
    picture = PillowImage.effect_noise(size, 80).convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels."""
    data = picture_bytes((1, 1), image_format="PNG")
    start = data.index(b"IHDR")
    header = struct.pack(">II", width, height) + data[start + 12 : start + 17]
    chunk = b"IHDR" + header
    crc = struct.pack(">I", zlib.crc32(chunk) & 0xFFFFFFFF)
    return data[: start - 4] + struct.pack(">I", 13) + chunk + crc + data[start + 21 :]


def upload(data: bytes, name: str = "photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def image_form(file=None, **overrides) -> dict:
    """What the image admin posts for a new, described image."""
    form = {
        "title": "Harbour",
        "alt_text_en": "Cranes over the harbour at dusk",
        "caption_en": "",
        "credit": "",
        "focal_point_x": "0.5",
        "focal_point_y": "0.5",
        **overrides,
    }
    if file is not None:
        form["file"] = file
    return form


@pytest.fixture
def editor_client(client, db):
    client.force_login(UserFactory(username="editor", groups=["Editors"]))
    return client


@pytest.fixture
def make_image(django_capture_on_commit_callbacks):
    """An image saved as the admin would, background jobs run at once."""

    def make(size=(2000, 1500), image_format="JPEG", color="teal", **fields):
        data = picture_bytes(size, color, image_format)
        name = f"picture.{'jpg' if image_format == 'JPEG' else image_format.lower()}"
        with django_capture_on_commit_callbacks(execute=True):
            return ImageFactory(
                file=SimpleUploadedFile(name, data), **{"title": "Picture", **fields}
            )

    return make
