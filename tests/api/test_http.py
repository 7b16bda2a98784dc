"""HTTP behaviour: validators and 304s, CORS, the rate limit, errors."""

import datetime

import pytest
from django.test import override_settings
from django.utils.http import http_date

from tests.factories import ProgramFactory

from .conftest import ENDPOINTS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ENDPOINTS)
def test_a_second_request_with_the_etag_answers_304(client, api_world, path):
    first = client.get(path)
    again = client.get(path, headers={"If-None-Match": first["ETag"]})

    assert first.status_code == 200
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


def test_last_modified_answers_304_too(client, api_world):
    first = client.get("/api/v1/programs/")
    again = client.get(
        "/api/v1/programs/", headers={"If-Modified-Since": first["Last-Modified"]}
    )

    assert again.status_code == 304


def test_an_edit_changes_the_etag_and_the_body(client, api_world):
    first = client.get("/api/v1/programs/silk-road/")
    program = api_world["program"]
    program.title_en = "Silk Road Days, renamed"
    program.save()

    again = client.get(
        "/api/v1/programs/silk-road/", headers={"If-None-Match": first["ETag"]}
    )

    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert again.json()["title"]["value"] == "Silk Road Days, renamed"


def test_each_language_has_its_own_etag(client, api_world):
    english = client.get("/api/v1/programs/silk-road/?lang=en")
    kazakh = client.get(
        "/api/v1/programs/silk-road/?lang=kk",
        headers={"If-None-Match": english["ETag"]},
    )

    assert kazakh.status_code == 200
    assert kazakh["ETag"] != english["ETag"]
    assert "Accept-Language" in english["Vary"]


def test_an_old_if_modified_since_gets_the_body(client, api_world):
    old = http_date((datetime.datetime(2000, 1, 1)).timestamp())
    response = client.get("/api/v1/programs/", headers={"If-Modified-Since": old})

    assert response.status_code == 200


def test_a_missing_resource_never_answers_304(client, api_world):
    future = http_date(datetime.datetime(2100, 1, 1).timestamp())
    response = client.get(
        "/api/v1/programs/no-such-program/", headers={"If-Modified-Since": future}
    )

    assert response.status_code == 404


def test_any_origin_may_read_but_only_with_get(client, api_world):
    response = client.get("/api/v1/programs/", headers={"Origin": "https://a.example"})
    preflight = client.options(
        "/api/v1/programs/",
        headers={
            "Origin": "https://a.example",
            "Access-Control-Request-Method": "GET",
        },
    )

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "Access-Control-Allow-Credentials" not in response


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_is_refused_with_a_json_405(client, api_world, method):
    response = getattr(client, method)("/api/v1/programs/")

    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
    assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_head_answers_like_get_without_a_body(client, api_world):
    response = client.head("/api/v1/programs/silk-road/")

    assert response.status_code == 200
    assert response.content == b""
    assert response["ETag"]


@override_settings(API_RATE_LIMIT=3, API_RATE_WINDOW=60)
def test_the_rate_limit_answers_429_with_retry_after(client, api_world):
    statuses = [client.get("/api/v1/programs/").status_code for _ in range(4)]
    refused = client.get("/api/v1/cities/")

    assert statuses == [200, 200, 200, 429]
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused["Access-Control-Allow-Origin"] == "*"


@override_settings(API_RATE_LIMIT=2, API_RATE_WINDOW=60)
def test_the_rate_limit_counts_each_address_apart(client, api_world):
    for _ in range(3):
        client.get("/api/v1/", REMOTE_ADDR="10.0.0.1")

    assert client.get("/api/v1/", REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.get("/api/v1/", REMOTE_ADDR="10.0.0.2").status_code == 200


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("year=abc", "year"),
        ("year=99999999999999999999", "year"),
        ("year=1800", "year"),
        ("status=finished", "status"),
        ("country=Kazakhstan", "country"),
        ("city=no%20such%20slug", "city"),
        ("page=0", "page"),
        ("page=two", "page"),
        ("page_size=1000", "page_size"),
    ],
)
def test_a_bad_filter_is_a_400_naming_it(api, api_world, query, field):
    body = api.json(f"/api/v1/programs/?{query}", status=400)

    assert body["error"]["code"] == "invalid_filter"
    assert field in body["error"]["fields"]


def test_a_400_names_every_bad_parameter_at_once(api, api_world):
    body = api.json("/api/v1/programs/?year=x&status=y", status=400)

    assert set(body["error"]["fields"]) == {"year", "status"}


def test_a_page_past_the_last_is_a_404(api, api_world):
    body = api.json("/api/v1/programs/?page=9", status=404)

    assert body["error"]["code"] == "page_not_found"


@pytest.mark.parametrize(
    "path",
    ["/api/v1/nothing/", "/api/v2/programs/", "/api/v1/programs/silk-road/x/"],
)
def test_unknown_addresses_get_a_json_404(api, api_world, path):
    assert api.json(path, status=404)["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    "path", ["/api/v1/programs/?q=a%00b", "/api/v1/programs/a%00b/"]
)
def test_a_nul_is_refused_with_a_json_400(api, api_world, path):
    assert api.json(path, status=400)["error"]["code"] == "bad_request"


def test_a_nul_outside_the_api_still_gets_the_html_page(client, api_world):
    response = client.get("/en/programs/?q=a%00b")

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")


def test_pages_link_to_each_other_and_never_overlap(api, api_world):
    for number in range(5):
        ProgramFactory(slug=f"same-day-{number}", start_date=datetime.date(2024, 8, 1))
    seen, url = [], "/api/v1/programs/?page_size=2&utm_source=x"
    first = api.json(url)
    while url:
        page = api.json(url.removeprefix("http://testserver"))
        seen += [program["slug"] for program in page["results"]]
        url = page["next"]

    assert first["previous"] is None
    assert "utm_source" not in first["next"]
    assert first["next"] == "http://testserver/api/v1/programs/?page_size=2&page=2"
    assert len(seen) == len(set(seen)) == first["count"] == 6


def test_filters_match_the_public_list(api, api_world):
    def slugs(query):
        return [p["slug"] for p in api.json(f"/api/v1/programs/?{query}")["results"]]

    assert slugs("country=UZ") == ["silk-road"]
    assert slugs("country=FR") == []
    assert slugs("country=QQ") == []
    assert slugs("city=samarkand") == ["silk-road"]
    assert slugs("year=2024") == ["silk-road"]
    assert slugs("year=2023") == []
    assert slugs("status=past") == ["silk-road"]
    assert slugs("status=upcoming") == []


@pytest.mark.postgres
def test_search_finds_a_program_by_its_name_in_any_language(api, api_world):
    def slugs(query):
        return [p["slug"] for p in api.json(f"/api/v1/programs/?{query}")["results"]]

    assert slugs("q=丝路&lang=en") == ["silk-road"]
    assert slugs("q=Жібек&lang=fr") == ["silk-road"]
    assert slugs("q=Silk") == ["silk-road"]
    assert slugs("q=Zanzibar") == []
