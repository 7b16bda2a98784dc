"""Uploaded images, served by the app itself when they live on its own disk.

nginx serves ``/media/`` straight from the disk in the deployment this
project ships (``deploy/nginx.conf``), and a bucket serves it when media are
on S3. A site run by gunicorn alone (``make serve``, a first install, the
Lighthouse audit) would otherwise point every picture at an address nobody
answers. So, unless ``SERVE_MEDIA`` is off or media are on S3, the app
answers ``/media/`` too: images only (the pictures editors upload and their
renditions, never anything else that may sit in the folder), with
Django's own path checks, 304s for unchanged files and long caching for
renditions, whose names change whenever their content does.
"""

import mimetypes
import posixpath

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views.decorators.http import require_safe
from django.views.static import serve

IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif"}
YEAR = 365 * 24 * 60 * 60
DAY = 24 * 60 * 60


@require_safe
def media_file(request, path: str):
    content_type, _encoding = mimetypes.guess_type(posixpath.basename(path))
    if content_type not in IMAGE_TYPES:
        raise Http404("Only images are served from the media folder.")
    # serve() refuses paths that climb out of the folder and answers 304s.
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    lifetime = YEAR if path.startswith("renditions/") else DAY
    response["Cache-Control"] = f"public, max-age={lifetime}"
    return response


def media_urls() -> list:
    """The ``/media/`` route, when this app should serve its own media."""
    if not settings.SERVE_MEDIA:
        return []
    prefix = settings.MEDIA_URL.strip("/")
    return [re_path(rf"^{prefix}/(?P<path>.+)$", media_file, name="media-file")]
