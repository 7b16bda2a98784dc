"""The embeddable program card: what it shows, who may frame it, and the
code that editors copy from the program's admin page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import EventFactory, UserFactory

from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db

CARD = "/embed/programs/silk-road/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_card_shows_title_launch_route_and_a_link_back(client, world, language):
    response = client.get(f"{CARD}?lang={language}")
    page = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{language}">' in page
    assert f"http://testserver/{language}/programs/silk-road/" in page
    assert "Samarkand" in page
    assert 'datetime="2024-08-01"' in page


def test_the_card_is_in_the_language_asked_for(client, world):
    page = client.get(f"{CARD}?lang=kk").content.decode()

    assert "Жібек жолы күндері" in page
    assert "Ақтау" in page
    assert "Маршрут" in page  # "Itinerary"
    assert "Келесі іс-шара" not in page  # no event ahead, so no "Next event"


def test_the_card_names_the_next_event(client, world):
    EventFactory(
        program=world["program"],
        slug="next-concert",
        title_en="Harbour concert",
        starts_at=timezone.now() + datetime.timedelta(days=10),
    )

    page = client.get(f"{CARD}?lang=zh-hans").content.decode()

    assert "下一场活动" in page
    assert "Harbour concert" in page


def test_only_the_card_may_be_framed_by_other_sites(client, world):
    card = client.get(CARD)
    program_page = client.get("/en/programs/silk-road/")

    assert "frame-ancestors *" in card["Content-Security-Policy"]
    assert "X-Frame-Options" not in card
    assert "unsafe-inline" not in card["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in program_page["Content-Security-Policy"]
    assert program_page["X-Frame-Options"] == "DENY"


def test_the_card_answers_304_to_its_etag_and_sets_no_cookie(client, world):
    first = client.get(CARD)
    again = client.get(CARD, headers={"If-None-Match": first["ETag"]})

    assert again.status_code == 304
    assert not first.cookies


def test_drafts_have_no_card(client, world):
    assert client.get("/embed/programs/secret-draft/").status_code == 404


def test_an_unknown_language_is_a_clear_400(client, world):
    response = client.get(f"{CARD}?lang=de")

    assert response.status_code == 400
    assert "zh-hans" in response.content.decode()


def test_the_program_admin_page_offers_the_embed_code(client, world, settings):
    settings.SITE_URL = "https://caravan.example.org"
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("admin:programs_program_change", args=[world["program"].pk])

    page = client.get(url).content.decode()

    assert (
        "&lt;iframe src=&quot;https://caravan.example.org/embed/programs/"
        "silk-road/?lang=en&quot; title=&quot;Silk Road Days&quot;"
    ) in page


def test_a_new_program_has_no_embed_code_yet(client, db):
    client.force_login(UserFactory(is_superuser=True))

    page = client.get(reverse("admin:programs_program_add")).content.decode()

    assert "Save the program to get its embed code." in page


def test_an_unpublished_program_card_is_a_404_even_to_a_validator(client, world):
    first = client.get(CARD)
    program = world["program"]
    program.live = False
    program.save()

    again = client.get(
        CARD,
        headers={
            "If-None-Match": first["ETag"],
            "If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT",
        },
    )

    assert again.status_code == 404
