"""Two app servers on one PostgreSQL and one Redis behave as one site."""

import urllib.error
import urllib.request
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.cache import cache

from scripts.benchlib import serving
from tests.factories import ProgramFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

# The servers sit behind a TLS-terminating proxy, as in production.
BEHIND_TLS = {"X-Forwarded-Proto": "https"}


def get(url: str, headers: dict | None = None) -> tuple[int, str, dict]:
    headers = {**BEHIND_TLS, **(headers or {})}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.status, response.read().decode(), dict(response.headers)


def test_an_edit_is_served_fresh_by_the_other_server_at_once(
    server_environment, redis_cache_settings
):
    program = ProgramFactory(title_en="Caravan before the edit")
    env = server_environment(REDIS_URL=redis_cache_settings)
    page = f"/en/programs/{program.slug}/"

    with serving(env, workers=2) as server_a, serving(env, workers=2) as server_b:
        for _ in range(4):  # reach both of B's workers and fill the page cache
            status, body, _headers = get(server_b + page)
            assert status == 200
            assert "Caravan before the edit" in body
        assert cache.keys("caravan:page:*"), "B should have cached the page in Redis"

        # Saved here, with this process caching in the same Redis, as an
        # editor's save on server A would be.
        program.title_en = "Caravan after the edit"
        program.save()

        for server in (server_b, server_a):
            for _ in range(4):
                _status, body, _headers = get(server + page)
                assert "Caravan after the edit" in body
                assert "Caravan before the edit" not in body


def test_a_session_opened_on_one_server_is_valid_on_the_other(
    server_environment, redis_url
):
    # Hashed as production hashes (the test settings' MD5 hasher is not there).
    password = PBKDF2PasswordHasher().encode("correct horse", "salt" * 4, 1000)
    get_user_model().objects.create_superuser("chief", password=None)
    get_user_model().objects.filter(username="chief").update(password=password)
    env = server_environment(REDIS_URL=redis_url)

    with serving(env, workers=1) as server_a, serving(env, workers=1) as server_b:
        session = sign_in(server_a, "chief", "correct horse")
        status, body, _headers = get(
            f"{server_b}/admin/", {"Cookie": f"sessionid={session}"}
        )

    assert status == 200
    assert "chief" in body


def sign_in(base_url: str, username: str, password: str) -> str:
    """Sign in through the admin's login form; return the session cookie."""
    _status, _body, headers = get(f"{base_url}/admin/login/")
    csrf = SimpleCookie(headers["Set-Cookie"])["csrftoken"].value
    request = urllib.request.Request(  # noqa: S310 - our own test server
        f"{base_url}/admin/login/?next=/admin/",
        data=urlencode(
            {"username": username, "password": password, "csrfmiddlewaretoken": csrf}
        ).encode(),
        headers={
            **BEHIND_TLS,
            "Cookie": f"csrftoken={csrf}",
            "Referer": f"https://{base_url.removeprefix('http://')}/admin/login/",
        },
    )
    opener = urllib.request.build_opener(NoRedirect)
    # A successful sign-in redirects; the redirect arrives as an HTTPError.
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(request, timeout=10)  # noqa: S310
    assert redirect.value.code == 302
    cookies = SimpleCookie()
    for header in redirect.value.headers.get_all("Set-Cookie"):
        cookies.load(header)
    return cookies["sessionid"].value


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
