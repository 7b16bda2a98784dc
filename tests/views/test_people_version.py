"""The participant lists' own version: it moves with every content change but
an editor's save that cannot reach a participant list (services/page_cache.py)."""

from django.core.cache import cache

from programs.services.page_cache import (
    PEOPLE_VERSION_KEY,
    content_changed,
    content_version,
    people_version,
)


def test_a_change_moves_both_versions_unless_it_leaves_the_people():
    content_changed()
    pages, people = content_version(), people_version()

    content_changed(people=False)
    assert content_version() > pages
    assert people_version() == people

    content_changed()
    assert people_version() > people
    assert people_version() == content_version()


def test_a_flushed_people_version_starts_again_later_than_any_before():
    content_changed()
    before = people_version()
    cache.delete(PEOPLE_VERSION_KEY)

    after = people_version()
    assert after >= before
    assert people_version() == after
