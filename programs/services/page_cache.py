"""The public page cache and its invalidation.

Every public page depends on published content, and one program edit can show
on the home page, the lists, the city pages, the feeds and the sitemap. Rather
than track which page shows what, every content save moves one shared
"content version" forward; cached pages and ETags carry the version they were
made with, so an edit shows at once everywhere and old entries simply expire.
The version lives in the shared cache, so every app server sees it.

The participant lists have a version of their own, which moves with every
content change except an editor's save of a program, its stops, events, press,
reports, cities or pictures: those do not change who takes part, so the
sorted list of a program's people (``services/listing.py``) outlives them.
Any other change, and any caller that does not say otherwise, moves both.
"""

import datetime
import hashlib
import time
from dataclasses import dataclass

from django.core.cache import cache

# Django's database cache (production without Redis) culls, past its size,
# the keys that sort first; pages ("caravan:page:…") and parts
# ("caravan:parts:…") sort before "caravan:state:…", so they go first and the
# version survives. Were it culled, every kept page would be drawn again.
VERSION_KEY = "caravan:state:content-version"
PEOPLE_VERSION_KEY = "caravan:state:people-version"
SCHEDULE_KEY = "caravan:state:scheduled-moments"
# The earliest ones are kept; later ones come back with publish_scheduled.
MAX_MOMENTS = 1000
PAGE_TIMEOUT = 60 * 60


def content_version(known: dict | None = None) -> float:
    """When published content last changed, as a Unix timestamp.

    A scheduled go-live or expiry that has passed counts as a change: the
    public pages decide visibility at request time, and a page cached before
    the moment must not outlive it, whether or not cron has run since.
    ``known`` holds the version and schedule keys when the caller fetched
    them already (``lookup_page`` does, in the same round trip as the page).
    """
    values = known if known is not None else cache.get_many([VERSION_KEY, SCHEDULE_KEY])
    version = values.get(VERSION_KEY)
    moments = values.get(SCHEDULE_KEY)
    now = time.time()
    if moments and moments[0] <= now:
        cache.set(SCHEDULE_KEY, [m for m in moments if m > now], timeout=None)
        content_changed()
        version = cache.get(VERSION_KEY)
    if version is None:
        # Unknown after a cache flush: treat everything as just changed.
        version = time.time()
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def content_changed(people: bool = True) -> None:
    """Invalidate every cached public page and ETag, and with ``people`` (unless
    the change cannot reach a participant list) the participant lists too."""
    # Never let the version go backwards, even if clocks between servers differ.
    previous = cache.get(VERSION_KEY) or 0.0
    version = max(time.time(), previous + 0.001)
    changed = {VERSION_KEY: version}
    if people:
        changed[PEOPLE_VERSION_KEY] = version
    cache.set_many(changed, timeout=None)


def people_version() -> float:
    """When a participant list last changed (``content_changed``), as a Unix
    timestamp; unknown after a cache flush, it starts again from now."""
    version = cache.get(PEOPLE_VERSION_KEY)
    if version is None:
        cache.add(PEOPLE_VERSION_KEY, time.time(), timeout=None)
        version = cache.get(PEOPLE_VERSION_KEY, time.time())
    return version


def note_schedule(*moments: datetime.datetime | None) -> None:
    """Remember upcoming go-live and expiry moments, so that cached pages
    give way when one passes (see ``content_version``).

    Called when publishable content is saved, and by ``publish_scheduled``
    with every upcoming moment, which also restores the list after a cache
    flush. A moment that no longer matters (a schedule since changed) only
    costs one needless refresh of the cached pages.
    """
    now = time.time()
    future = {m.timestamp() for m in moments if m is not None and m.timestamp() > now}
    if not future:
        return
    known = {m for m in cache.get(SCHEDULE_KEY) or [] if m > now}
    cache.set(SCHEDULE_KEY, sorted(known | future)[:MAX_MOMENTS], timeout=None)


def page_key(language: str, path: str) -> str:
    """Where the page at ``path`` in ``language`` is kept, whatever its version:
    the entry says which version it was drawn from."""
    digest = hashlib.sha256(f"{language}|{path}".encode()).hexdigest()[:32]
    return f"caravan:page:{digest}"


def page_etag(language: str, path: str, version: float) -> str:
    digest = hashlib.sha256(f"{version:.3f}|{language}|{path}".encode()).hexdigest()
    return f'W/"{digest[:24]}"'


@dataclass
class StoredPage:
    """A response as the page cache keeps it: the version it was drawn from,
    its headers and its body (lighter to keep than a pickled response)."""

    version: float
    headers: list[tuple[str, str]]
    content: bytes


@dataclass
class PageLookup:
    """What one round trip to the cache tells about a page."""

    key: str
    version: float
    stored: StoredPage | None

    @property
    def hit(self) -> bool:
        return self.stored is not None and self.stored.version == self.version


def lookup_page(language: str, path: str) -> PageLookup:
    """The content version and the kept page, fetched together."""
    key = page_key(language, path)
    values = cache.get_many([VERSION_KEY, SCHEDULE_KEY, key])
    version = content_version(values)
    return PageLookup(key, version, values.get(key))


def store_page(lookup: PageLookup, headers: list[tuple[str, str]], content: bytes):
    cache.set(lookup.key, StoredPage(lookup.version, headers, content), PAGE_TIMEOUT)
