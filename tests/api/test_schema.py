"""The OpenAPI document: valid OpenAPI 3.1, served at both addresses, true
to every response, and drawn into the documentation page."""

import re

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from .conftest import ENDPOINTS, LANGUAGES

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(client):
    return client.get("/api/v1/schema/").json()


def test_the_document_is_valid_openapi_3_1(client, document):
    validate(document)

    assert document["openapi"].startswith("3.1")
    assert client.get("/api/v1/openapi.json").json() == document


def test_the_document_describes_every_endpoint(document):
    described = {path.replace("{slug}", "") for path in document["paths"]}
    called = {
        re.sub(r"/(silk-road|aktau-interview|aktau|first-week)/", "//", p)
        for p in ENDPOINTS
    }

    assert called == described


def response_schema(document, path_template: str, status: str = "200") -> dict:
    operation = document["paths"][path_template]["get"]
    schema = operation["responses"][status]["content"]["application/json"]["schema"]
    return {**schema, "components": document["components"]}


def template_of(document, path: str) -> str:
    for template in document["paths"]:
        pattern = "^" + re.escape(template).replace(r"\{slug\}", "[^/]+") + "$"
        if re.match(pattern, path):
            return template
    raise AssertionError(f"{path} is not in the document")


@pytest.mark.parametrize("language", [*LANGUAGES, "all"])
@pytest.mark.parametrize("path", ENDPOINTS)
def test_every_response_matches_its_schema(client, api_world, document, path, language):
    body = client.get(f"{path}?lang={language}").json()
    schema = response_schema(document, template_of(document, path))

    errors = list(Draft202012Validator(schema).iter_errors(body))

    assert not errors, [error.message for error in errors[:5]]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/programs/?year=x", "400"),
        ("/api/v1/programs/?lang=xx", "400"),
        ("/api/v1/programs/nowhere/", "404"),
        ("/api/v1/programs/?page=5", "404"),
    ],
)
def test_error_bodies_match_their_schema(client, api_world, document, path, status):
    response = client.get(path)
    template = template_of(document, path.split("?")[0])
    schema = response_schema(document, template, status)

    assert str(response.status_code) == status
    assert not list(Draft202012Validator(schema).iter_errors(response.json()))


def test_a_body_that_breaks_the_schema_is_caught(document):
    schema = response_schema(document, "/api/v1/programs/{slug}/")

    assert list(Draft202012Validator(schema).iter_errors({"slug": 3}))


def test_the_documentation_page_shows_every_operation(client, document):
    response = client.get("/api/v1/docs/")
    page = response.content.decode()

    assert response.status_code == 200
    for path, item in document["paths"].items():
        assert f'id="{item["get"]["operationId"]}"' in page
        assert f"<code>GET {path}</code>" in page
    for name in document["components"]["schemas"]:
        assert f'id="schema-{name}"' in page


def test_the_documentation_page_needs_no_script_and_no_inline_style(client):
    response = client.get("/api/v1/docs/")
    page = response.content.decode()
    policy = response["Content-Security-Policy"]

    assert "<script" not in page
    assert " style=" not in page
    assert "<style" not in page
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert re.search(r'href="/static/css/api-docs\.css"', page)
