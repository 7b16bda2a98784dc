"""``{% figure %}``, an image with its caption, and the srcset data it needs."""

from django import template

from ..models import Image, Rendition
from ..services.images.pillow import MIME_TYPES
from .caravan import drawn_by_jinja

register = template.Library()

# The rendition a browser without srcset support gets: sharp enough on most
# screens without sending the largest file.
FALLBACK_WIDTH = 1280


def _srcset(renditions: list[Rendition]) -> str:
    return ", ".join(f"{r.file.url} {r.width}w" for r in renditions)


@register.simple_tag
def picture_sources(image: Image, crop: str = "") -> dict:
    """WebP and original-format srcsets for ``image`` cropped to ``crop``.

    Empty until the renditions exist (or when they are out of date): the
    template then shows the original file.
    """
    renditions = image.current_renditions(crop or "")
    if not renditions:
        return {}
    webp = [r for r in renditions if r.format == "webp"]
    own = [r for r in renditions if r.format != "webp"] or webp
    fallback = [r for r in own if r.width <= FALLBACK_WIDTH] or own
    largest = own[-1]
    return {
        "webp_srcset": _srcset(webp) if own is not webp else "",
        "srcset": _srcset(own),
        "type": MIME_TYPES[largest.format],
        "src": fallback[-1].file.url,
        "width": largest.width,
        "height": largest.height,
    }


@register.simple_tag
def figure(image: Image, crop: str = "", sizes: str = "100vw", loading: str = "lazy"):
    """``image`` with its caption (``jinja2/includes/figure.html``): ``crop``, an aspect
    ratio such as "16:9" ("" keeps the image's own); ``sizes``, the width it
    takes on screen (a CSS "sizes" value); ``loading``, "lazy" unless it is
    the first thing a visitor sees."""
    return drawn_by_jinja(
        "includes/figure.html", image=image, crop=crop, sizes=sizes, loading=loading
    )
