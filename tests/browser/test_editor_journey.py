"""An editor builds a program in five languages, publishes it, and sees it live."""

import io

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import Page, expect

from programs.models import Program
from tests.factories import CityFactory

from .accounts import sign_in
from .showcase import CITIES, translated
from .translation_switch import CODES, choose_language

pytestmark = pytest.mark.browser

TITLES = {
    "en": "Friendship Caravan 2025",
    "fr": "Caravane de l’amitié 2025",
    "ru": "Караван дружбы 2025",
    "kk": "Достық керуені 2025",
    "zh_hans": "2025友谊大篷车",
}
# What Django's admin makes of the English title.
SLUG = "friendship-caravan-2025"
ALT_TEXT = {
    "en": "Two camels resting under a red sun",
    "fr": "Deux chameaux au repos sous un soleil rouge",
    "ru": "Два верблюда отдыхают под красным солнцем",
    "kk": "Қызыл күн астында демалып жатқан екі түйе",
    "zh_hans": "红日下休息的两头骆驼",
}
STOP_SUMMARY = {"en": "Concert on the square.", "kk": "Алаңдағы концерт."}
# Each public page is checked in these languages, with the site's codes.
PUBLIC_LANGUAGES = {"en": "en", "kk": "kk", "zh-hans": "zh_hans"}


def picture() -> dict:
    """A small PNG drawn on the spot, as Playwright uploads a file."""
    image = Image.new("RGB", (320, 180), "khaki")
    ImageDraw.Draw(image).ellipse((220, 20, 280, 80), fill="firebrick")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return {"name": "camels.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def type_in_each_language(page: Page, field: str, texts: dict[str, str]) -> None:
    """Choose each language on the form's language switch and type its text
    into the one input of ``field`` then shown, the other four hidden.

    ``field`` is the input's id without ``id_`` and the language, e.g.
    ``title`` or ``itinerary_stops-0-summary``.
    """
    for language, text in texts.items():
        choose_language(page, language)
        for other in CODES:
            if other != language:
                expect(page.locator(f"#id_{field}_{other}")).to_be_hidden()
        box = page.locator(f"#id_{field}_{language}")
        expect(box).to_be_visible()
        box.fill(text)


def choose(page: Page, field: str, search: str) -> None:
    """Pick an option in one of the admin's autocomplete (select2) fields."""
    page.locator(f"#id_{field} + .select2").click()
    page.locator(".select2-container--open .select2-search__field").fill(search)
    page.locator(".select2-results__option", has_text=search).first.click()


def save(page: Page) -> None:
    page.locator("[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()


def test_editor_creates_a_program_in_five_languages_publishes_it_and_sees_it(
    page, live_server, editor
):
    cities = [
        CityFactory(slug=slug, country=country, **translated("name", names))
        for slug, (country, _lat, _lon, names) in CITIES.items()
    ]
    sign_in(page, live_server.url, editor.username)

    page.goto(f"{live_server.url}/admin/programs/image/add/")
    page.locator("#id_file").set_input_files(picture())
    page.locator("#id_title").fill("Camels at Khorgos")
    type_in_each_language(page, "alt_text", ALT_TEXT)
    save(page)

    page.goto(f"{live_server.url}/admin/programs/program/add/")
    type_in_each_language(page, "title", TITLES)
    expect(page.locator("#id_slug")).to_have_value(SLUG)
    choose(page, "organising_city", cities[0].name_en)
    choose(page, "hero_image", "Camels at Khorgos")
    stops = page.locator("#itinerary_stops-group")
    for index, city in enumerate(cities[1:]):
        stops.get_by_text("Add another").click()
        page.locator(f"#id_itinerary_stops-{index}-position").fill(str(index + 1))
        choose(page, f"itinerary_stops-{index}-city", city.name_en)
    type_in_each_language(page, "itinerary_stops-0-summary", STOP_SUMMARY)
    save(page)

    page.locator("#result_list tr", has_text=TITLES["en"]).locator(
        ".action-select"
    ).check()
    page.locator("select[name=action]").select_option("publish_selected")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist")).to_have_text("Published 1 program.")
    program = Program.objects.get(slug=SLUG)
    assert {code: getattr(program, f"title_{code}") for code in TITLES} == TITLES

    for code, field_language in PUBLIC_LANGUAGES.items():
        response = page.goto(f"{live_server.url}/{code}/programs/{SLUG}/")
        assert response.status == 200, f"{code}: HTTP {response.status}"
        expect(page.get_by_role("heading", level=1)).to_have_text(
            TITLES[field_language]
        )
        expect(page.locator(".program-hero img")).to_have_attribute(
            "alt", ALT_TEXT[field_language]
        )
        itinerary = page.locator(".itinerary")
        for city in cities[1:]:
            expect(itinerary).to_contain_text(getattr(city, f"name_{field_language}"))
        if field_language in STOP_SUMMARY:
            expect(itinerary).to_contain_text(STOP_SUMMARY[field_language])
