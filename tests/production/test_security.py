"""Security headers, the content policy and login throttling."""

import base64
import hashlib
import re
from pathlib import Path

import django_prose_editor
import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse

from exchange_site.client_ip import client_ip
from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db


def csp_directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part)
    }


def test_public_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/en/")

    directives = csp_directives(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_public_pages_carry_the_other_security_headers(client):
    response = client.get("/en/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_admin_has_no_unsafe_inline_either(admin_client):
    response = admin_client.get(reverse("admin:index"))

    assert response.status_code == 200
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert csp_directives(response)["frame-ancestors"] == ["'none'"]


def test_the_editors_import_map_runs_only_with_this_requests_nonce(admin_client):
    response = admin_client.get(reverse("admin:programs_program_add"))

    body = response.content.decode()
    nonce = re.search(r'<script type="importmap" nonce="([^"]+)"', body).group(1)
    assert f"'nonce-{nonce}'" in csp_directives(response)["script-src"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_the_allowed_editor_style_hash_matches_the_installed_prose_editor():
    """tiptap injects its base stylesheet as a <style> element; the policy
    allows exactly that text, so an upgrade that changes it must update the hash."""
    script = (
        Path(django_prose_editor.__file__).parent
        / "static/django_prose_editor/editor.js"
    ).read_text()
    start = script.index("`.ProseMirror {") + 1
    stylesheet = script[start : script.index("`", start)]
    digest = base64.b64encode(hashlib.sha256(stylesheet.encode()).digest()).decode()

    assert f"'sha256-{digest}'" == settings.PROSE_EDITOR_STYLE_HASH


def test_the_csrf_and_session_cookies_are_hidden_from_scripts(client):
    response = client.get(reverse("admin:login"))

    assert response.cookies["csrftoken"]["httponly"]
    assert settings.SESSION_COOKIE_HTTPONLY


def test_signing_in_is_paused_after_too_many_wrong_passwords(client, settings):
    settings.AXES_FAILURE_LIMIT = 2
    ProgramFactory()  # the admin's login page needs nothing else
    login = reverse("admin:login")
    attempt = {"username": "chief", "password": "wrong"}

    first = client.post(login, attempt)
    second = client.post(login, attempt)
    third = client.post(login, {"username": "chief", "password": "also wrong"})

    assert first.status_code == 200  # the form again, with its error
    assert second.status_code == 429
    assert third.status_code == 429
    assert "Too many failed sign-in attempts" in third.content.decode()
    assert "15 minutes" in third.content.decode()


def test_the_lockout_message_is_translated(client, settings):
    settings.AXES_FAILURE_LIMIT = 1
    login = reverse("admin:login")

    response = client.post(
        login, {"username": "chief", "password": "x"}, HTTP_ACCEPT_LANGUAGE="fr"
    )

    assert response.status_code == 429
    assert "Too many failed" not in response.content.decode()
    assert 'lang="fr"' in response.content.decode()


def test_behind_one_proxy_the_client_address_is_the_one_the_proxy_saw(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9"
    )

    # 6.6.6.6 is whatever the client claimed; nginx appended 203.0.113.9.
    assert client_ip(request) == "203.0.113.9"


def test_without_a_proxy_a_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get(
        "/", REMOTE_ADDR="198.51.100.4", HTTP_X_FORWARDED_FOR="6.6.6.6"
    )

    assert client_ip(request) == "198.51.100.4"
