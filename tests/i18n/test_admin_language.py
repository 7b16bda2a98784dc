"""Staff work in the admin language they chose, whatever the browser says."""

import pytest
from django.test import Client

from programs.models import StaffPreference
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return UserFactory(groups=["Editors"])


def browser(user, language="en") -> Client:
    client = Client(headers={"accept-language": language})
    client.force_login(user)
    return client


def test_an_editor_chooses_kazakh_and_the_admin_follows(editor):
    client = browser(editor, "en")

    response = client.post("/admin/language/", {"admin_language": "kk"}, follow=True)

    assert StaffPreference.objects.get(user=editor).admin_language == "kk"
    assert '<html lang="kk"' in client.get("/admin/").content.decode()
    assert response.status_code == 200


def test_the_public_site_keeps_its_own_language(editor):
    client = browser(editor, "en")
    client.post("/admin/language/", {"admin_language": "zh-hans"})

    assert '<html lang="fr">' in client.get("/fr/").content.decode()
    assert '<html lang="zh-hans"' in client.get("/admin/").content.decode()


def test_without_a_choice_the_admin_follows_the_browser(editor):
    client = browser(editor, "ru")

    assert '<html lang="ru"' in client.get("/admin/").content.decode()


def test_choosing_to_follow_the_browser_again_clears_the_choice(editor):
    client = browser(editor, "fr")
    client.post("/admin/language/", {"admin_language": "kk"})

    client.post("/admin/language/", {"admin_language": ""})

    assert '<html lang="fr"' in client.get("/admin/").content.decode()


def test_an_unknown_language_is_refused_with_a_message(editor):
    client = browser(editor, "en")

    response = client.post("/admin/language/", {"admin_language": "de"})

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not StaffPreference.objects.exists()


def test_every_admin_page_links_to_the_language_choice(editor):
    html = browser(editor).get("/admin/").content.decode()

    assert 'href="/admin/language/"' in html


def test_the_language_page_needs_a_staff_login():
    response = Client().get("/admin/language/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
