"""A program page and its card say, in words, where applications stand."""

import datetime

import pytest
from django.utils import timezone

from programs.services import page_cache
from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db

PAGE = "/en/programs/open-call/"


def days(n: float) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=n)


def program(**window):
    return ProgramFactory(slug="open-call", title_en="Open call", capacity=12, **window)


def test_an_open_program_invites_applications_and_names_the_deadline(client):
    program(applications_open_at=days(-1), applications_close_at=days(20))

    page = client.get(PAGE).content.decode()

    assert "Applications are open" in page
    assert "Apply by" in page
    assert (
        "12 places. Once they are taken, new applicants join the waiting list" in page
    )
    assert page.count('href="/en/programs/open-call/apply/"') == 2  # hero and box


def test_a_program_opening_later_says_when(client):
    program(applications_open_at=days(3))

    page = client.get(PAGE).content.decode()

    assert "Applications open soon" in page
    assert "/apply/" not in page


def test_a_program_whose_window_has_closed_says_so_without_a_link(client):
    program(applications_open_at=days(-10), applications_close_at=days(-1))

    page = client.get(PAGE).content.decode()

    assert "Applications are closed" in page
    assert "/apply/" not in page


def test_a_program_without_public_applications_shows_no_call(client):
    program()

    page = client.get(PAGE).content.decode()

    assert 'class="apply-box' not in page
    assert "/apply/" not in page


def test_the_card_on_the_home_page_carries_an_applications_open_badge(client):
    program(
        applications_open_at=days(-1),
        start_date=days(30).date(),
        end_date=days(35).date(),
    )
    ProgramFactory(
        slug="later", title_en="Later", start_date=days(40).date(), end_date=None
    )

    home = client.get("/en/").content.decode()

    assert '<span class="badge badge-open">Applications open</span>' in home
    assert '<span class="badge badge-upcoming">Upcoming</span>' in home


def test_kazakh_and_chinese_pages_say_it_in_their_language(client):
    program(applications_open_at=days(-1))

    assert (
        "Өтінім қабылдау ашық" in client.get("/kk/programs/open-call/").content.decode()
    )
    assert "报名现已开放" in client.get("/zh-hans/programs/open-call/").content.decode()


def test_a_cached_page_gives_way_when_applications_open(client, monkeypatch):
    opening = days(1 / 24)
    program(applications_open_at=opening)
    assert "Applications open soon" in client.get(PAGE).content.decode()  # cached

    later = opening + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(page_cache.time, "time", later.timestamp)

    assert "Applications are open" in client.get(PAGE).content.decode()
