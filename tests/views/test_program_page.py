"""The minimal public program page and the language-prefixed URL scheme."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    CityFactory,
    EventFactory,
    ItineraryStopFactory,
    OrganisationFactory,
    PartnershipFactory,
    PressCoverageFactory,
    ProgramFactory,
    RegistrationFactory,
    ReportFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "ru", "kk", "zh-hans"]


@pytest.fixture
def program():
    astana = CityFactory(slug="astana", name_en="Astana", name_zh_hans="阿斯塔纳")
    program = ProgramFactory(
        slug="silk-road",
        title_en="Silk Road Days",
        title_kk="Жібек жолы күндері",
        title_zh_hans="丝路之日",
        launch_city=astana,
        launch_date=datetime.date(2024, 8, 17),
        launch_date_precision="month",
    )
    for position, name in enumerate(["Almaty", "Aktau", "Tashkent"], start=1):
        ItineraryStopFactory(
            program=program, position=position, city=CityFactory(name_en=name)
        )
    return program


@pytest.mark.parametrize("language", LANGUAGES)
def test_program_page_renders_in_every_language(client, program, language):
    response = client.get(f"/{language}/programs/silk-road/")

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


def test_program_page_shows_the_title_in_the_visitors_language(client, program):
    assert (
        "Жібек жолы күндері" in client.get("/kk/programs/silk-road/").content.decode()
    )
    assert "丝路之日" in client.get("/zh-hans/programs/silk-road/").content.decode()


def test_program_page_falls_back_to_english_for_missing_translations(client, program):
    page = client.get("/ru/programs/silk-road/").content.decode()

    assert "Silk Road Days" in page


def test_launch_date_is_shown_at_its_true_precision(client, program):
    page = client.get("/en/programs/silk-road/").content.decode()

    assert "August 2024" in page
    assert "Aug. 17, 2024" not in page and "August 17" not in page


def test_itinerary_is_listed_in_order(client, program):
    page = client.get("/en/programs/silk-road/").content.decode()

    assert page.index("Almaty") < page.index("Aktau") < page.index("Tashkent")


def test_drafts_answer_404(client):
    ProgramFactory(slug="draft-program", live=False)

    assert client.get("/en/programs/draft-program/").status_code == 404


def test_scheduled_programs_answer_404_until_they_go_live(client):
    ProgramFactory(
        slug="later", live=True, go_live_at=timezone.now() + datetime.timedelta(days=1)
    )

    assert client.get("/en/programs/later/").status_code == 404


def test_unknown_slug_answers_404(client):
    assert client.get("/en/programs/no-such-program/").status_code == 404


def test_unknown_language_prefix_answers_404(client, program):
    assert client.get("/xx/programs/silk-road/").status_code == 404


def test_root_redirects_to_the_language_the_browser_prefers(client):
    response = client.get("/", headers={"accept-language": "kk,ru;q=0.8"})

    assert response.status_code == 302
    assert response["Location"] == "/kk/"


def test_root_redirects_to_english_by_default(client):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_language_switcher_links_keep_the_visitor_on_the_same_page(client, program):
    page = client.get("/en/programs/silk-road/").content.decode()

    for language in LANGUAGES:
        assert f'href="/{language}/programs/silk-road/"' in page


def test_home_lists_published_programs_only(client, program):
    ProgramFactory(title_en="Hidden draft", live=False)

    page = client.get("/en/").content.decode()

    assert "Silk Road Days" in page
    assert "Hidden draft" not in page


@pytest.mark.parametrize("count", [1, 50])
def test_program_page_query_count_is_flat(
    client, program, django_assert_max_num_queries, count
):
    for number in range(count):
        EventFactory(program=program, city=program.launch_city)
        PressCoverageFactory(program=program, outlet=OrganisationFactory())
        ReportFactory(program=program)
        registration = RegistrationFactory(program=program)
        registration.participant.public_listing_consent = True
        registration.participant.save()
        stop = ItineraryStopFactory(program=program, position=100 + number)
        PartnershipFactory(city_a=program.organising_city, city_b=stop.city)

    with django_assert_max_num_queries(8):
        response = client.get("/en/programs/silk-road/")

    assert response.status_code == 200
    assert response.content.decode().count('class="people"') >= 1
