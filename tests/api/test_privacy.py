"""Drafts, expired items and private fields never leave through the API.

``ALLOWED`` is the table of what each resource may say; every object in
every response, in every language, is checked against it, so a field added
to a serializer without being added here fails at once.
"""

import pytest

from .conftest import ENDPOINTS, EXPIRED, LANGUAGES, SECRETS

pytestmark = pytest.mark.django_db

TEXT = {"value", "language"}
ALL_TEXT = {"en", "fr", "ru", "kk", "zh-hans"}
PAGE = {"count", "next", "previous", "results"}
CITY = {"slug", "name", "native_name", "country", "latitude", "longitude", "url"}
CITY_DETAIL = CITY | {"description", "web_url", "partnerships", "programs_url"}
PARTNERSHIP = {"id", "kind", "established", "description", "cities"}
DATE = {"date", "precision", "text"}
LAUNCH = {"date", "city", "venue"}
ORGANISATION = {"name", "kind", "website"}
STOP = {"position", "city", "arrival_date", "departure_date", "summary"}
EVENT = {"slug", "kind", "title", "description", "starts_at", "ends_at"}
EVENT |= {"timezone", "venue", "city", "stop_position", "program", "url"}
EVENT |= {"web_url", "is_demo"}
PROGRAM = {"slug", "title", "theme", "summary", "status", "start_date", "end_date"}
PROGRAM |= {"launch", "organising_city", "itinerary_cities", "applications"}
PROGRAM |= {"is_demo", "url", "web_url"}
PROGRAM_DETAIL = PROGRAM | {"body", "organisers", "itinerary", "next_event", "links"}
LINKS = {"itinerary", "events", "participants", "partnerships", "press", "reports"}
# A person: what the program page shows, and never e-mail, phone or country.
PARTICIPANT = {"name", "native_name", "role", "organisation", "is_demo"}
PARTICIPANT_ORGANISATION = {"name"}
PRESS = {"id", "kind", "title", "language", "url", "published_on", "summary"}
PRESS |= {"outlet", "program"}
REPORT = {"slug", "title", "author", "first_published_at", "program", "is_demo"}
REPORT |= {"url", "web_url"}
REPORT_DETAIL = REPORT | {"body"}
INDEX = {"version", "resources"}
RESOURCES = {"programs", "cities", "partnerships", "press", "reports"}
RESOURCES |= {"schema", "docs"}

# Every shape an object of a response may have.
ALLOWED = [
    TEXT,
    ALL_TEXT,
    PAGE,
    CITY,
    CITY_DETAIL,
    PARTNERSHIP,
    DATE,
    LAUNCH,
    ORGANISATION,
    STOP,
    EVENT,
    PROGRAM,
    PROGRAM_DETAIL,
    LINKS,
    PARTICIPANT,
    PARTICIPANT_ORGANISATION,
    PRESS,
    REPORT,
    REPORT_DETAIL,
    INDEX,
    RESOURCES,
]
NEVER = ["email", "phone", "token", "bio", "consent", "capacity", "managers"]
NEVER += ["registrations", "password", "live", "go_live_at", "expire_at"]


def objects(value):
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from objects(item)


def unexpected_shapes(body) -> list[set]:
    return [set(obj) for obj in objects(body) if set(obj) not in ALLOWED]


@pytest.mark.parametrize("language", [*LANGUAGES, "all"])
@pytest.mark.parametrize("path", ENDPOINTS)
def test_responses_hold_only_fields_the_table_allows(api, api_world, path, language):
    body = api.json(f"{path}?lang={language}")

    assert not unexpected_shapes(body)
    keys = {key for obj in objects(body) for key in obj}
    assert not keys & set(NEVER)


@pytest.mark.parametrize("path", ENDPOINTS)
def test_no_draft_expired_or_private_value_appears(api, api_world, path):
    content = api.get(f"{path}?lang=all&page_size=100").content.decode()

    for secret in [*SECRETS, *EXPIRED, "Hidden", "Person"]:
        assert secret not in content, secret
    for private in ["aliya@example.org", "+7 700 123 4567", "applied@example.org"]:
        assert private not in content


def test_the_table_check_catches_a_field_it_does_not_know():
    person = {**dict.fromkeys(PARTICIPANT), "email": "x@example.org"}
    leaky = {"count": 1, "next": None, "previous": None, "results": [person]}

    assert unexpected_shapes(leaky) == [PARTICIPANT | {"email"}]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/programs/secret-draft/",
        "/api/v1/programs/secret-scheduled/",
        "/api/v1/programs/expired-program/",
        "/api/v1/programs/secret-draft/events/",
        "/api/v1/events/secret-event/",
        "/api/v1/events/expired-event/",
        "/api/v1/reports/secret-report/",
        "/api/v1/reports/expired-report/",
    ],
)
def test_drafts_and_expired_items_answer_404(api, api_world, path):
    body = api.json(path, status=404)

    assert body["error"]["code"] == "not_found"


def test_only_consenting_confirmed_people_are_listed(api, api_world):
    people = api.json("/api/v1/programs/silk-road/participants/")["results"]

    assert people == [
        {
            "name": "Aliya Demova",
            "native_name": "",
            "role": "journalist",
            "organisation": None,
            "is_demo": False,
        }
    ]


def test_a_signed_in_editor_sees_no_more_than_anyone(client, api_world):
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_superuser=True))

    assert client.get("/api/v1/programs/secret-draft/").status_code == 404
    listed = client.get("/api/v1/programs/?lang=all").json()
    assert [p["slug"] for p in listed["results"]] == ["silk-road"]
