"""A database outage answers a styled 503; every response has a request id."""

import json
import subprocess
import sys

import pytest
from django.db import OperationalError, connection

from scripts.benchlib import ROOT
from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused: is the server running?")

    monkeypatch.setattr(connection, "cursor", refuse)
    # Answer as a server does, instead of re-raising into the test.
    client.raise_request_exception = False


def test_a_page_answers_a_styled_503_while_the_database_is_down(client, database_down):
    response = client.get("/en/programs/")

    body = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "<h1>Briefly unavailable</h1>" in body
    assert "css/site.css" in body
    assert "connection refused" not in body
    assert "Traceback" not in body


def test_the_api_answers_a_json_503_while_the_database_is_down(client, database_down):
    response = client.get("/api/v1/programs/")

    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == "30"
    error = response.json()["error"]
    assert error["code"] == "service_unavailable"
    assert error["status"] == 503
    assert "connection refused" not in response.content.decode()


def test_the_503_page_speaks_the_visitors_language(client, database_down):
    response = client.get("/fr/programs/")

    body = response.content.decode()
    assert response.status_code == 503
    assert 'lang="fr"' in body
    assert "Briefly unavailable" not in body


def test_the_503_page_keeps_the_security_headers(client, database_down):
    response = client.get("/en/programs/")

    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_other_errors_are_not_mistaken_for_an_outage(client, monkeypatch):
    program = ProgramFactory()

    def broken(*args, **kwargs):
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(connection, "cursor", broken)
    client.raise_request_exception = False

    response = client.get(f"/en/programs/{program.slug}/")

    assert response.status_code == 500


def test_every_response_carries_a_request_id(client):
    first = client.get("/robots.txt")
    second = client.get("/robots.txt")

    assert len(first["X-Request-ID"]) == 32
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_the_proxys_request_id_is_kept_and_a_malformed_one_replaced(client):
    kept = client.get("/robots.txt", HTTP_X_REQUEST_ID="nginx-4f2a.91")
    replaced = client.get("/robots.txt", HTTP_X_REQUEST_ID="<script>alert(1)")

    assert kept["X-Request-ID"] == "nginx-4f2a.91"
    assert replaced["X-Request-ID"] != "<script>alert(1)"
    assert len(replaced["X-Request-ID"]) == 32


def test_json_logs_are_one_object_a_line_with_the_request_id():
    code = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/robots.txt', HTTP_HOST='elsewhere.example', "
        "HTTP_X_REQUEST_ID='probe-17'); "
        "print(r.status_code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "exchange_site.settings.test",
            "DATABASE_URL": "sqlite:///:memory:",
            "LOG_FORMAT": "json",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.strip() == "400", result.stderr
    records = [json.loads(line) for line in result.stderr.splitlines() if line]
    refused = [r for r in records if r["logger"] == "django.security.DisallowedHost"]
    assert refused[0]["request_id"] == "probe-17"
    assert refused[0]["level"] == "ERROR"
    assert "elsewhere.example" in refused[0]["message"]
