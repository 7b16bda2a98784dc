"""Checking image uploads: decoded and re-encoded, or refused with a reason.

Every way an image file enters the library (the admin's upload field today,
an import or an API later) goes through ``sanitise_upload``. It trusts
nothing the file says about itself: not its name, not its declared type.
The file is decoded with Pillow within limits set in settings
(``IMAGE_MAX_BYTES``, ``IMAGE_MAX_PIXELS`` and, for formats that cannot be
decoded at a reduced scale, ``IMAGE_MAX_PIXELS_DECODED_IN_FULL``;
``IMAGE_MAX_SIDE``) and encoded
again, which drops EXIF (GPS included) once the orientation is applied, and
anything hidden after the picture data. What is refused is never stored.
"""

import warnings
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from PIL import UnidentifiedImageError

from . import pillow

NOT_AN_IMAGE = _(
    "This file is not a JPEG, PNG, WebP or GIF image, whatever its name says."
)
SVG_REFUSED = _(
    "SVG drawings are not accepted, because they can carry scripts. "
    "Export the drawing as PNG and upload that."
)
DAMAGED = _(
    "The image is damaged or incomplete: it could not be read to the end. "
    "Export it again and upload the new file."
)
DECOMPRESSION_BOMB = _(
    "The file claims a picture far larger than it can hold and was refused "
    "as a possible decompression bomb."
)


class ImageRejected(Exception):
    """The upload cannot go into the library; ``message`` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class SanitisedImage:
    """A re-encoded upload, ready to assign to ``Image.file``."""

    content: ContentFile
    format: str
    width: int
    height: int


def sanitise_upload(upload: File) -> SanitisedImage:
    """Decode ``upload`` and return it re-encoded in its own format.

    Accepts JPEG, PNG, WebP and GIF (the first frame of an animation) up to
    ``IMAGE_MAX_BYTES`` and ``pixel_limit``; shrinks a picture larger
    than ``IMAGE_MAX_SIDE`` on its long side; applies the EXIF orientation
    and drops the EXIF. Raises ``ImageRejected`` with a translated reason
    for anything else.
    """
    if upload.size > settings.IMAGE_MAX_BYTES:
        raise ImageRejected(
            _("The file is %(size)s; the largest accepted is %(limit)s.")
            % {
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.IMAGE_MAX_BYTES),
            }
        )
    upload.seek(0)
    if _looks_like_svg(upload.read(1024)):
        raise ImageRejected(SVG_REFUSED)
    with warnings.catch_warnings():
        # We enforce our own, lower pixel limit below; Pillow's warning for
        # merely large images would only be noise.
        warnings.simplefilter("ignore", PillowImage.DecompressionBombWarning)
        picture = _open(upload)
        image_format = picture.format
        _check_pixels(*picture.size, pixel_limit(image_format))
        try:
            picture = pillow.decode(picture, settings.IMAGE_MAX_SIDE)
        except PillowImage.DecompressionBombError as error:
            raise ImageRejected(DECOMPRESSION_BOMB) from error
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            raise ImageRejected(DAMAGED) from error
    data = pillow.encode(picture, image_format, settings.IMAGE_QUALITY)
    return SanitisedImage(
        content=ContentFile(data, name=_stored_name(upload.name, image_format)),
        format=image_format,
        width=picture.width,
        height=picture.height,
    )


def _open(upload: File) -> PillowImage.Image:
    try:
        return pillow.open_picture(upload)
    except PillowImage.DecompressionBombError as error:
        raise ImageRejected(DECOMPRESSION_BOMB) from error
    except UnidentifiedImageError as error:
        raise ImageRejected(NOT_AN_IMAGE) from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise ImageRejected(DAMAGED) from error


def pixel_limit(image_format: str) -> int:
    """The most pixels accepted in ``image_format`` (a Pillow format name).

    Only JPEG can be decoded at a reduced scale; the others cost their full
    size in memory, so they get ``IMAGE_MAX_PIXELS_DECODED_IN_FULL``.
    """
    if image_format == "JPEG":
        return settings.IMAGE_MAX_PIXELS
    return min(settings.IMAGE_MAX_PIXELS, settings.IMAGE_MAX_PIXELS_DECODED_IN_FULL)


def _check_pixels(width: int, height: int, limit: int) -> None:
    if width * height > limit:
        raise ImageRejected(
            _(
                "The image is %(width)s × %(height)s pixels (%(megapixels)s "
                "megapixels); the largest accepted is %(limit)s megapixels."
            )
            % {
                "width": width,
                "height": height,
                "megapixels": number_format(width * height / 1e6, 1),
                "limit": number_format(limit / 1e6, 0),
            }
        )


def _looks_like_svg(head: bytes) -> bool:
    # An SVG is XML text: it starts with "<" (after a byte-order mark or
    # blank space) and names its <svg> root early.
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith(b"<") and b"<svg" in text


def _stored_name(original: str | None, image_format: str) -> str:
    """The uploaded name with the extension of what the file really is."""
    stem = PurePath(original or "image").stem[:80] or "image"
    return f"{get_valid_filename(stem)}.{pillow.EXTENSIONS[image_format]}"
