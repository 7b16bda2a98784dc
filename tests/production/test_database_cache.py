"""Production without Redis keeps its pages in Django's database cache, which
culls entries past its size: the pages go, the content version stays."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings

from programs.services import page_cache

pytestmark = pytest.mark.django_db

LIMIT = 30
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "caravan_cache_culling_test",
        "OPTIONS": {"MAX_ENTRIES": LIMIT, "CULL_FREQUENCY": 2},
    }
}


@pytest.fixture
def database_cache():
    with override_settings(CACHES=CACHES):
        call_command("createcachetable", verbosity=0)
        cache = caches["default"]
        yield cache
        cache.clear()


def test_culling_drops_kept_pages_and_keeps_the_content_version(
    database_cache, monkeypatch
):
    monkeypatch.setattr(page_cache, "cache", database_cache)
    page_cache.content_changed()
    version = page_cache.content_version()

    for number in range(LIMIT * 3):
        lookup = page_cache.lookup_page("en", f"/en/programs/?page={number}")
        page_cache.store_page(lookup, [], b"<html>kept</html>")

    first = page_cache.page_key("en", "/en/programs/?page=0")
    last = page_cache.page_key("en", f"/en/programs/?page={LIMIT * 3 - 1}")
    kept = database_cache.get_many([first, last])
    assert len(kept) < 2, "the cache never culled: the test proves nothing"
    assert database_cache.get(page_cache.VERSION_KEY) == version
    assert page_cache.content_version() == version
