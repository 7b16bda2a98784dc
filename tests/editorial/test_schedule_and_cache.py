"""A cached public page gives way when a scheduled go-live or expiry passes,
even if ``publish_scheduled`` has not run."""

import datetime

import pytest
from django.utils import timezone

from programs.services import page_cache
from programs.services.publishing import publish_scheduled
from tests.factories import ProgramFactory

from .conftest import hours


def minutes(n: int) -> datetime.datetime:
    # Well within the cache's own timeout, which the moved clock also moves.
    return hours(n / 60)


pytestmark = pytest.mark.django_db

PAGE = "/en/programs/silk-road/"
LIST = "/en/programs/"


@pytest.fixture
def clock(monkeypatch):
    """Move both clocks the site reads (the request's and the cache's)."""

    def move_to(moment: datetime.datetime):
        monkeypatch.setattr(timezone, "now", lambda: moment)
        monkeypatch.setattr(page_cache.time, "time", moment.timestamp)

    return move_to


def test_a_cached_page_gives_way_when_its_content_expires(client, clock):
    ProgramFactory(slug="silk-road", title_en="Silk Road", expire_at=minutes(10))
    assert client.get(PAGE).status_code == 200  # cached now

    clock(minutes(20))

    assert client.get(PAGE).status_code == 404


def test_a_cached_list_shows_a_program_once_its_go_live_passes(client, clock):
    ProgramFactory(title_en="Announced later", go_live_at=minutes(10))
    assert "Announced later" not in client.get(LIST).content.decode()

    clock(minutes(20))

    assert "Announced later" in client.get(LIST).content.decode()


def test_publish_scheduled_restores_the_moments_after_a_cache_flush(client, clock):
    ProgramFactory(slug="silk-road", expire_at=minutes(10))
    page_cache.cache.clear()
    publish_scheduled()
    client.get(PAGE)

    clock(minutes(20))

    assert client.get(PAGE).status_code == 404
