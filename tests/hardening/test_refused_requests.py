"""Requests no page could answer get a 400 with a page that says why, before
anything reads or writes the database with them."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.utils import timezone

from programs.models import Participant
from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db


def test_a_nul_in_a_form_field_is_refused_and_nothing_is_saved(client, db):
    ProgramFactory(
        slug="open-call", applications_open_at=timezone.now() - timedelta(days=1)
    )

    response = client.post(
        "/en/programs/open-call/apply/",
        {"given_name": "Mira\x00", "family_name": "Test", "email": "m@example.org"},
    )

    assert response.status_code == 400
    assert "This request cannot be answered" in response.content.decode()
    assert not Participant.objects.exists()


def test_a_nul_in_the_admin_login_is_refused_before_it_is_recorded(client, db):
    response = client.post("/admin/login/", {"username": "admin\x00", "password": "x"})

    assert response.status_code == 400
    assert not AccessAttempt.objects.exists()


def test_a_nul_in_a_cookie_is_refused(client, db):
    client.cookies["sessionid"] = "abc\x00def"

    assert client.get("/en/").status_code == 400


@pytest.mark.parametrize(
    "path",
    ["/en/programs/?country=%00", "/en/registrations/%00/", "/admin/?q=a%00b"],
)
def test_a_nul_anywhere_in_the_address_is_refused(client, db, path):
    response = client.get(path)

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")


def test_the_refusal_speaks_the_visitors_language(client, db):
    response = client.get("/kk/programs/?q=%00")

    assert response.status_code == 400
    page = response.content.decode()
    assert 'lang="kk"' in page
    assert "This request cannot be answered" not in page


def test_a_date_drill_down_beyond_any_year_is_refused(admin_client):
    response = admin_client.get("/admin/programs/event/?starts_at__year=" + "9" * 20)

    assert response.status_code == 400


def test_a_plausible_date_drill_down_still_works(admin_client):
    response = admin_client.get("/admin/programs/event/?starts_at__year=2024")

    assert response.status_code == 200
