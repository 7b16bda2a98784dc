"""A page rendered for a new address reuses the parts drawn for this content
version, and an edit still shows at once."""

import threading
import time

import pytest
from django.core.cache import cache

from programs.services.page_cache import content_version
from programs.views import fragments
from programs.views.fragments import page_parts, parts_key
from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db

PAGE = "/en/programs/silk-road/"


def test_a_new_address_of_a_drawn_page_needs_no_query(
    client, world, django_assert_num_queries
):
    client.get(PAGE + "?utm_source=newsletter")

    with django_assert_num_queries(0):
        response = client.get(PAGE + "?utm_source=social&fbclid=abc")

    assert response.status_code == 200
    assert "Silk Road Days" in response.content.decode()


def test_an_edit_shows_at_once_on_an_address_already_drawn(client, world):
    client.get(PAGE + "?a=1")
    program = world["program"]
    program.title_en = "Silk Road Days, second edition"
    program.save()

    page = client.get(PAGE + "?a=2").content.decode()

    assert "Silk Road Days, second edition" in page


def test_each_language_gets_its_own_parts(client, world):
    client.get("/en/programs/silk-road/?a=1")

    kazakh = client.get("/kk/programs/silk-road/?a=2").content.decode()

    assert "Жібек жолы күндері" in kazakh
    assert '<html lang="kk">' in kazakh


def test_the_frame_of_a_drawn_page_follows_its_own_address(client, world):
    client.get(PAGE + "?utm_source=one")

    page = client.get(PAGE + "?utm_source=two").content.decode()

    # Language links keep this request's query, never the first one's.
    assert 'href="/kk/programs/silk-road/?utm_source=two"' in page
    assert "utm_source=one" not in page


def test_list_pages_link_on_with_their_filters_only(client, db):
    for number in range(15):
        ProgramFactory(slug=f"program-{number:02d}", title_en=f"Program {number}")
    client.get("/en/programs/?utm_source=newsletter")

    page = client.get("/en/programs/?utm_source=other").content.decode()

    assert 'rel="next" href="?page=2"' in page
    assert "utm_source" not in page.split('class="pagination"')[1]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?page=2", "Page 2 of 2"),
        ("?page=abc", "Page 1 of 2"),
        ("?page=99", "Page 2 of 2"),
    ],
)
def test_a_list_page_number_is_read_as_before(client, db, query, expected):
    for number in range(15):
        ProgramFactory(slug=f"program-{number:02d}", title_en=f"Program {number}")

    assert expected in client.get("/en/programs/" + query).content.decode()


# One drawing per page and content version, however many ask at once.


def _slow_build(calls: list, seconds: float = 0.2):
    def build():
        calls.append(threading.get_ident())
        time.sleep(seconds)
        return {"content": "drawn"}

    return build


def test_a_crowd_after_an_edit_draws_the_parts_once():
    calls, results = [], []
    version = content_version()

    def visit():
        results.append(page_parts("crowd", (), _slow_build(calls), version))

    crowd = [threading.Thread(target=visit) for _ in range(8)]
    for visitor in crowd:
        visitor.start()
    for visitor in crowd:
        visitor.join()

    assert len(calls) == 1
    assert results == [{"content": "drawn"}] * 8


def test_parts_another_server_is_drawing_are_waited_for():
    version = content_version()
    key = parts_key("elsewhere", (), version)
    cache.add(f"{key}:drawing", True, 10)
    threading.Timer(0.1, cache.set, (key, {"content": "theirs"})).start()

    parts = page_parts("elsewhere", (), _never_called, version)

    assert parts == {"content": "theirs"}


def test_a_drawing_that_never_finishes_holds_no_one_back(monkeypatch):
    monkeypatch.setattr(fragments, "WAIT_FOR_DRAWING", 0.05)
    version = content_version()
    key = parts_key("abandoned", (), version)
    cache.add(f"{key}:drawing", True, 10)
    calls = []

    parts = page_parts("abandoned", (), _slow_build(calls, 0), version)

    assert parts == {"content": "drawn"}
    assert len(calls) == 1
    assert cache.get(key) == {"content": "drawn"}


def test_a_drawing_that_fails_lets_the_next_request_draw():
    version = content_version()

    def broken():
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        page_parts("fails", (), broken, version)
    calls = []
    started = time.monotonic()
    parts = page_parts("fails", (), _slow_build(calls, 0), version)

    assert parts == {"content": "drawn"} and len(calls) == 1
    assert time.monotonic() - started < fragments.WAIT_FOR_DRAWING / 2


def _never_called():
    raise AssertionError("another server is drawing these parts")
