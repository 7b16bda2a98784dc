"""``{% picture_sources %}``: the srcset data ``includes/figure.html`` needs."""

from django import template

from ..models import Image, Rendition
from ..services.images.pillow import MIME_TYPES

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
