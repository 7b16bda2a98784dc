"""Anonymous pages are cached, revalidated with 304s, and fresh after edits."""

import pytest

from tests.factories import ProgramFactory, UserFactory

pytestmark = pytest.mark.django_db

PAGE = "/en/programs/silk-road/"


@pytest.fixture
def program():
    return ProgramFactory(slug="silk-road", title_en="Silk Road Days")


def test_public_pages_carry_validators_and_revalidation(client, program):
    response = client.get(PAGE)

    assert response.status_code == 200
    assert response["ETag"].startswith('W/"')
    assert response["Last-Modified"]
    assert "max-age=0" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]


def test_a_matching_etag_gets_304_without_a_body(client, program):
    etag = client.get(PAGE)["ETag"]

    response = client.get(PAGE, headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""


def test_an_unchanged_page_gets_304_for_if_modified_since(client, program):
    last_modified = client.get(PAGE)["Last-Modified"]

    response = client.get(PAGE, headers={"if-modified-since": last_modified})

    assert response.status_code == 304


def test_a_cached_page_is_served_without_queries(
    client, program, django_assert_num_queries
):
    client.get(PAGE)

    with django_assert_num_queries(0):
        response = client.get(PAGE)

    assert "Silk Road Days" in response.content.decode()


def test_an_edit_shows_at_once(client, program):
    first = client.get(PAGE)
    program.title_en = "Silk Road Weeks"
    program.save()

    second = client.get(PAGE)

    assert "Silk Road Weeks" in second.content.decode()
    assert second["ETag"] != first["ETag"]
    stale = client.get(PAGE, headers={"if-none-match": first["ETag"]})
    assert stale.status_code == 200


def test_unpublishing_removes_the_page_at_once(client, program):
    client.get(PAGE)
    program.live = False
    program.save()

    assert client.get(PAGE).status_code == 404


def test_languages_are_cached_separately(client, program):
    program.title_kk = "Жібек жолы күндері"
    program.save()
    client.get(PAGE)

    assert (
        "Жібек жолы күндері" in client.get("/kk/programs/silk-road/").content.decode()
    )


def test_logged_in_staff_bypass_the_cache(client, program):
    client.force_login(UserFactory(is_superuser=True))

    response = client.get(PAGE)

    assert response.status_code == 200
    assert "ETag" not in response


def test_a_kept_page_costs_one_round_trip_to_the_cache(client, program, monkeypatch):
    from django.core.cache import cache

    client.get(PAGE)
    calls, depth = [], [0]

    def counted(name, original):
        # Only the outermost calls: local memory's get_many calls get itself.
        def call(*args, **kwargs):
            if not depth[0]:
                calls.append(name)
            depth[0] += 1
            try:
                return original(*args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    for name in ("get", "get_many", "set", "add", "set_many"):
        monkeypatch.setattr(cache, name, counted(name, getattr(cache, name)))

    response = client.get(PAGE)

    assert response.status_code == 200
    assert calls == ["get_many"]


def test_a_kept_page_carries_the_same_headers_as_a_fresh_one(client, program):
    fresh = client.get(PAGE)
    kept = client.get(PAGE)

    for header in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "Permissions-Policy",
        "Content-Type",
        "ETag",
    ):
        assert kept[header] == fresh[header], header
    assert kept.content == fresh.content


def test_a_visitor_with_a_session_is_never_served_a_kept_page(client, program):
    client.get(PAGE)
    # Maybe signed in: such a visitor's page is drawn for them, never kept.
    client.cookies["sessionid"] = "not-a-real-session"

    response = client.get(PAGE)

    assert response.status_code == 200
    assert "ETag" not in response
    assert "Silk Road Days" in response.content.decode()
