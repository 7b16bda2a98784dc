"""The public page cache and its invalidation.

Every public page depends on published content, and one program edit can show
on the home page, the lists, the city pages, the feeds and the sitemap. Rather
than track which page shows what, every content save moves one shared
"content version" forward; cached pages and ETags carry the version they were
made with, so an edit shows at once everywhere and old entries simply expire.
The version lives in the shared cache, so every app server sees it.
"""

import hashlib
import time

from django.core.cache import cache

VERSION_KEY = "caravan:content-version"
PAGE_TIMEOUT = 60 * 60


def content_version() -> float:
    """When published content last changed, as a Unix timestamp."""
    version = cache.get(VERSION_KEY)
    if version is None:
        # Unknown after a cache flush: treat everything as just changed.
        version = time.time()
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def content_changed() -> None:
    """Invalidate every cached public page and ETag."""
    # Never let the version go backwards, even if clocks between servers differ.
    previous = cache.get(VERSION_KEY) or 0.0
    cache.set(VERSION_KEY, max(time.time(), previous + 0.001), timeout=None)


def page_key(language: str, path: str, version: float) -> str:
    digest = hashlib.sha256(f"{language}|{path}".encode()).hexdigest()[:32]
    return f"caravan:page:{version:.3f}:{digest}"


def page_etag(language: str, path: str, version: float) -> str:
    digest = hashlib.sha256(f"{version:.3f}|{language}|{path}".encode()).hexdigest()
    return f'W/"{digest[:24]}"'
