"""A program's accent colour, and the contrast rule it must pass.

The public pages put white text on the accent (buttons, badges, the
itinerary's numbers) and use it, darkened, for links on the light paper.
An editor may choose any colour that keeps both readable: at least 4.5:1,
WCAG's AA level for body text, against white.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

HEX_COLOUR = re.compile(r"^#[0-9a-f]{6}$")
MIN_CONTRAST = 4.5
WHITE = "#ffffff"


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of a ``#rrggbb`` colour, 0 (black) to 1."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two ``#rrggbb`` colours, 1 to 21."""
    lighter, darker = sorted(
        (relative_luminance(first), relative_luminance(second)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def normalise_colour(value: str) -> str:
    """``#RGB``, ``#RRGGBB`` or without the hash, as lower-case ``#rrggbb``."""
    value = value.strip().lower()
    if value and not value.startswith("#"):
        value = "#" + value
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        value = "#" + "".join(digit * 2 for digit in value[1:])
    return value


def validate_accent_colour(value: str) -> None:
    if not HEX_COLOUR.match(value):
        raise ValidationError(
            _("Enter a colour as # and six hexadecimal digits, such as #0f6b73."),
            code="invalid",
        )
    ratio = contrast_ratio(value, WHITE)
    if ratio < MIN_CONTRAST:
        raise ValidationError(
            _(
                "%(colour)s is too light: white text on it has a contrast of "
                "%(ratio)s:1, and at least 4.5:1 is needed. Choose a darker colour."
            ),
            code="low_contrast",
            params={"colour": value, "ratio": f"{ratio:.1f}"},
        )


class ColourField(models.CharField):
    """A ``#rrggbb`` colour, stored in lower case whatever way it was typed."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 7)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_colour(value) if value else value
