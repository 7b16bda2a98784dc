"""Pillow work for the image library: decoding an upload frugally, cropping
around a focal point, and encoding renditions.

Nothing here touches the database or Django's storage, so the memory
measurement (``scripts/image_memory.py``) runs exactly this code. The rules
(limits, messages) live in ``uploads.py`` beside it; storing renditions in
``renditions.py``.
"""

import io
import math
from typing import BinaryIO

from PIL import Image as PillowImage
from PIL import ImageFile, ImageOps

# The only formats we decode: Pillow is never asked to guess among its many
# other decoders, so a hostile file cannot reach a rarely used one.
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
MIME_TYPES = {
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
    "gif": "image/gif",
}

# Rendition widths in CSS pixels' worth of device pixels; never upscaled.
RENDITION_WIDTHS = (320, 640, 960, 1280, 1920)
# Aspect ratios that templates may ask for; "" keeps the image's own.
CROPS = {"": None, "16:9": (16, 9), "4:3": (4, 3)}

# What survives re-encoding: the colour profile and palette transparency.
# EXIF (camera, GPS, orientation), XMP and comments are dropped.
KEPT_INFO = ("icc_profile", "transparency")
RESAMPLE = PillowImage.Resampling.LANCZOS
# Shrink by whole factors with reduce() first, then resample the rest: much
# faster and lighter on memory than resampling the whole picture.
REDUCING_GAP = 2.0


def open_picture(file: BinaryIO) -> PillowImage.Image:
    """Open ``file`` as one of the accepted formats, reading only its header."""
    file.seek(0)
    return PillowImage.open(file, formats=ACCEPTED_FORMATS)


def decode(picture: PillowImage.Image, max_side: int) -> PillowImage.Image:
    """Decode ``picture`` upright, at most ``max_side`` pixels on its long side.

    A JPEG is decoded straight at a reduced scale (``draft``), so a 50
    megapixel photo never exists in memory at full size. Only the first
    frame of an animation is kept. Raises Pillow's errors for a damaged file.
    """
    # A damaged file must raise, whatever another library chose for the whole
    # process: WeasyPrint, for one, turns on loading truncated images when
    # it is imported.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    width, height = picture.size
    scale = min(1.0, max_side / max(width, height))
    if picture.format == "JPEG" and scale < 1:
        picture.draft(
            picture.mode, (math.ceil(width * scale), math.ceil(height * scale))
        )
    picture.load()
    if max(picture.size) > max_side:
        picture.thumbnail((max_side, max_side), RESAMPLE, reducing_gap=REDUCING_GAP)
    # Turn the pixels upright, since the orientation tag goes with the EXIF.
    ImageOps.exif_transpose(picture, in_place=True)
    picture.info = {key: picture.info[key] for key in KEPT_INFO if key in picture.info}
    return picture


def encode(picture: PillowImage.Image, image_format: str, quality: int = 85) -> bytes:
    """``picture`` as ``image_format`` (a Pillow name such as "JPEG"), without
    any metadata but its colour profile."""
    image_format = image_format.upper()
    if image_format == "JPEG" and picture.mode not in ("RGB", "L"):
        picture = picture.convert("RGB")
    elif image_format == "WEBP" and picture.mode not in ("RGB", "RGBA"):
        picture = picture.convert("RGBA" if _has_alpha(picture) else "RGB")
    options = {"icc_profile": picture.info.get("icc_profile")}
    if image_format == "JPEG":
        options.update(quality=quality, optimize=True, progressive=True)
    elif image_format == "WEBP":
        options.update(quality=quality, method=4)
    elif image_format == "PNG":
        options.update(compress_level=6)
    if "transparency" in picture.info and image_format in ("PNG", "GIF"):
        options["transparency"] = picture.info["transparency"]
    buffer = io.BytesIO()
    options = {key: value for key, value in options.items() if value is not None}
    picture.save(buffer, image_format, **options)
    return buffer.getvalue()


def _has_alpha(picture: PillowImage.Image) -> bool:
    return picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info


def crop_box(
    width: int, height: int, crop: str, focal_x: float, focal_y: float
) -> tuple[int, int, int, int]:
    """The largest box of aspect ratio ``crop`` centred as near the focal
    point (fractions of the width and height) as the edges allow."""
    ratio = CROPS[crop]
    if ratio is None:
        return (0, 0, width, height)
    across, down = ratio
    if width * down > height * across:
        box_width, box_height = round(height * across / down), height
    else:
        box_width, box_height = width, round(width * down / across)
    left = min(max(round(focal_x * width - box_width / 2), 0), width - box_width)
    top = min(max(round(focal_y * height - box_height / 2), 0), height - box_height)
    return (left, top, left + box_width, top + box_height)


def rendition_sizes(
    width: int, height: int, crop: str, focal_x: float = 0.5, focal_y: float = 0.5
) -> list[tuple[int, int]]:
    """The (width, height) of each rendition of ``crop``, smallest first.

    Widths come from ``RENDITION_WIDTHS`` up to the cropped width; a picture
    narrower than the largest of them also gets one at its own width.
    """
    left, top, right, bottom = crop_box(width, height, crop, focal_x, focal_y)
    box_width, box_height = right - left, bottom - top
    widths = [w for w in RENDITION_WIDTHS if w <= box_width]
    if box_width < RENDITION_WIDTHS[-1] and box_width not in widths:
        widths.append(box_width)
    return [(w, max(1, round(w * box_height / box_width))) for w in widths]


def working_copy(picture: PillowImage.Image) -> PillowImage.Image:
    """``picture`` in a mode that resizes well (palettes do not)."""
    if picture.mode in ("RGB", "RGBA", "L") and "transparency" not in picture.info:
        return picture
    return picture.convert("RGBA" if _has_alpha(picture) else "RGB")


def draw_renditions(
    picture: PillowImage.Image,
    crop: str,
    focal_x: float,
    focal_y: float,
    wanted: set[tuple[int, str]],
    quality: int = 80,
):
    """Yield (width, height, format, bytes) for each (width, format) in
    ``wanted`` among the renditions of ``crop``.

    ``picture`` is the upright, decoded original (see ``working_copy``).
    Each size is drawn from the cropped original, never from a smaller
    rendition, so quality does not degrade along the way.
    """
    width, height = picture.size
    box = crop_box(width, height, crop, focal_x, focal_y)
    cropped = picture.crop(box) if box != (0, 0, width, height) else picture
    for size in rendition_sizes(width, height, crop, focal_x, focal_y):
        formats = sorted(fmt for w, fmt in wanted if w == size[0])
        if not formats:
            continue
        resized = (
            cropped
            if size == cropped.size
            else cropped.resize(size, RESAMPLE, reducing_gap=REDUCING_GAP)
        )
        resized.info = {k: v for k, v in picture.info.items() if k == "icc_profile"}
        for image_format in formats:
            yield (*size, image_format, encode(resized, image_format, quality))
