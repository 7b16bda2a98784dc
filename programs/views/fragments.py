"""Parts of public pages, rendered once per content version and reused.

The page cache (``views/caching.py``) keeps whole responses by address, and
an address it has not seen renders again: a link shared with a newsletter's
``utm_source``, a social network's ``fbclid``, the second page of a list, a
response evicted from the cache. What costs most in such a render, the queries
and the template of a page's content, depends only on the published content
and the language, not on the address. ``page_parts`` keeps that content,
rendered, under the same content version as the page cache: an edit moves the
version, so it shows at once on every server, and every other render reuses
the parts and only draws the frame around them (header, language links).

Right after an edit, a crowd asks for the same parts at once. One request
(on any server) draws them; the others wait for its result rather than all
drawing the same page from PostgreSQL together, and draw it themselves only
if it takes too long (the drawing server died, or the cache is down).
"""

import hashlib
import time
from collections.abc import Callable

from django.core.cache import cache
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ..services.page_cache import PAGE_TIMEOUT, content_version


def parts_key(name: str, vary: tuple, version: float) -> str:
    fingerprint = repr((name, get_language(), vary)).encode()
    digest = hashlib.sha256(fingerprint).hexdigest()[:32]
    return f"caravan:parts:{version:.3f}:{digest}"


# How long a request waits for parts another request is drawing, and how often
# it looks; a page's parts take tens of milliseconds to draw.
WAIT_FOR_DRAWING = 2.0
LOOK_EVERY = 0.01
# A drawing that never finished (its server died) stops holding others back.
DRAWING_TIMEOUT = 10


def page_parts(
    name: str, vary: tuple, build: Callable[[], dict], version: float | None = None
) -> dict:
    """``build()``, the rendered parts of page ``name`` for ``vary`` (the
    arguments its content depends on) in the active language, from the cache
    when this content version already drew them. ``version`` is the content
    version when the caller knows it already."""
    key = parts_key(name, vary, version or content_version())
    parts = cache.get(key)
    if parts is not None:
        return parts
    drawing = f"{key}:drawing"
    if not cache.add(drawing, True, DRAWING_TIMEOUT):
        parts = _drawn_by_another(key)
        if parts is not None:
            return parts
    try:
        parts = build()
        cache.set(key, parts, PAGE_TIMEOUT)
    finally:
        cache.delete(drawing)
    return parts


def _drawn_by_another(key: str) -> dict | None:
    """The parts another request is drawing, once they are there (None if
    they take longer than ``WAIT_FOR_DRAWING``)."""
    deadline = time.monotonic() + WAIT_FOR_DRAWING
    while time.monotonic() < deadline:
        time.sleep(LOOK_EVERY)
        parts = cache.get(key)
        if parts is not None:
            return parts
    return None


FRAME = "programs/page_from_parts.html"


def rendered_parts(request, name: str, parts: tuple, context: dict, **meta) -> dict:
    """Page ``name``'s part templates (``templates/programs/<name>/<part>.html``,
    or under ``templates/jinja2/`` for a Jinja2 one, which the loader finds
    when Django's templates have no such name) rendered with ``context``,
    beside ``meta`` (its title and description)."""
    rendered = {
        # A part may be a Jinja2 template (programs/jinja.py), which escaped
        # what it printed but returns a plain string.
        part: mark_safe(  # noqa: S308  # nosec B308 B703
            render_to_string(f"programs/{name}/{part}.html", context, request)
        )
        for part in parts
    }
    return {**rendered, **meta}


def render_from_parts(
    request, name: str, vary: tuple, build: Callable[[], dict], preview: str = ""
):
    """The page ``name`` in its frame: parts from the cache, or from ``build``
    for a preview (whose unsaved content no one else may see)."""
    if preview:
        parts = build()
    else:
        version = getattr(request, "content_version", None)
        parts = page_parts(name, vary, build, version)
    return render(request, FRAME, {"page": parts, "preview": preview})
