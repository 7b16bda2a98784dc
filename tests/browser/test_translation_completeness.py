"""Each language's option on the switch counts what is translated.

Of the translated fields filled in English (the source and the fallback),
an option shows how many are filled in its language: "3/6", or a check mark
once all are, counting inline rows too. It follows the editor's typing,
rich text included, and says it in words to screen readers.
"""

import pytest
from playwright.sync_api import Page, expect

from tests.factories import (
    CityFactory,
    EventFactory,
    ItineraryStopFactory,
    ProgramFactory,
)

from .test_translation_switch import change_url, open_as_editor
from .translation_switch import choose_language, option

pytestmark = pytest.mark.browser

# Kazakh has 3 of the 6 fields filled in English; French all 6.
KAZAKH_SPOKEN = {
    "en": "Kazakh: 3 of 6 fields translated",
    "kk": "Қазақ тілі: 6 өрістен 3 аударылды",
    "zh-hans": "哈萨克语：6个字段中已翻译3个",
    "ru": "Казахский: переведено 3 из 6 полей",
}
FRENCH_SPOKEN = {
    "en": "French: 6 of 6 fields translated",
    "kk": "Француз тілі: 6 өрістен 6 аударылды",
    "zh-hans": "法语：6个字段中已翻译6个",
    "ru": "Французский: переведено 6 из 6 полей",
}
SOURCE_SPOKEN = {
    "en": "English, the source language",
    "kk": "Ағылшын тілі — бастапқы тіл",
    "zh-hans": "英语（源语言）",
    "ru": "Английский — исходный язык",
}


@pytest.fixture
def half_translated(transactional_db):
    """A program whose six fields filled in English are all in French but
    only half in Kazakh (title, summary, the event's title), with a Kazakh
    venue that counts nowhere, since its English is empty."""
    program = ProgramFactory(
        title_en="Steppe Voices",
        title_fr="Voix de la steppe",
        title_kk="Дала үндері",
        theme_en="Songs of the steppe",
        theme_fr="Chants de la steppe",
        summary_en="Singers meet in Almaty.",
        summary_fr="Des chanteurs se retrouvent à Almaty.",
        summary_kk="Әншілер Алматыда кездеседі.",
        body_en="<p>Three evenings of song.</p>",
        body_fr="<p>Trois soirées de chant.</p>",
        launch_venue_kk="Республика сарайы",
    )
    ItineraryStopFactory(
        program=program,
        summary_en="A concert on the square.",
        summary_fr="Un concert sur la place.",
    )
    EventFactory(
        program=program,
        title_en="Opening night",
        title_fr="Soirée d’ouverture",
        title_kk="Ашылу кеші",
    )
    return program


def expect_option(page: Page, code: str, shown: str, spoken: str) -> None:
    expect(option(page, code)).to_contain_text(shown)
    expect(option(page, code)).to_have_accessible_name(spoken)


@pytest.mark.parametrize("admin_language", list(KAZAKH_SPOKEN))
def test_each_option_counts_the_fields_translated_from_english(
    page, live_server, editor, half_translated, admin_language
):
    url = change_url(live_server, half_translated)
    open_as_editor(page, live_server, editor, url, language=admin_language)

    expect_option(page, "kk", "3/6", KAZAKH_SPOKEN[admin_language])
    expect_option(page, "fr", "\u2713", FRENCH_SPOKEN[admin_language])
    expect(option(page, "ru")).to_contain_text("0/6")
    expect(option(page, "en")).to_have_accessible_name(SOURCE_SPOKEN[admin_language])


def test_the_count_follows_typing_rich_text_and_the_english_side(
    page, live_server, editor, half_translated
):
    open_as_editor(page, live_server, editor, change_url(live_server, half_translated))
    choose_language(page, "kk")

    page.locator("#id_theme_kk").fill("Дала әндері")
    expect_option(page, "kk", "4/6", "Kazakh: 4 of 6 fields translated")

    # The prose editor copies its HTML into the hidden textarea as one types.
    page.locator(".field-body_kk [contenteditable=true]").click()
    page.keyboard.type("Үш ән кеші.")
    expect_option(page, "kk", "5/6", "Kazakh: 5 of 6 fields translated")

    page.locator("#id_itinerary_stops-0-summary_kk").fill("Алаңдағы концерт.")
    expect_option(page, "kk", "\u2713", "Kazakh: 6 of 6 fields translated")

    # A field emptied in English leaves nothing to translate.
    choose_language(page, "en")
    page.locator("#id_theme_en").fill("")
    expect_option(page, "kk", "\u2713", "Kazakh: 5 of 5 fields translated")
    expect_option(page, "ru", "0/5", "Russian: 0 of 5 fields translated")

    # A row marked for deletion no longer counts.
    page.locator("#id_itinerary_stops-0-DELETE").check()
    expect_option(page, "ru", "0/4", "Russian: 0 of 4 fields translated")


def test_a_new_inline_row_counts_once_its_english_is_written(
    page, live_server, editor, half_translated
):
    open_as_editor(page, live_server, editor, change_url(live_server, half_translated))

    page.locator("#itinerary_stops-group .add-row a").click()
    expect(option(page, "fr")).to_contain_text("\u2713")
    page.locator("#id_itinerary_stops-1-summary_en").fill("Dinner with the hosts.")

    expect_option(page, "fr", "6/7", "French: 6 of 7 fields translated")


@pytest.mark.parametrize(
    ("description", "spoken"),
    [
        ({}, "Казахский: переведено 0 из 1 поля"),
        ({"description_en": "A port city."}, "Казахский: переведено 0 из 2 полей"),
    ],
)
def test_russian_counts_agree_with_the_number_of_fields(
    page, live_server, editor, description, spoken
):
    city = CityFactory(name_en="Aktau", **description)

    url = change_url(live_server, city)
    open_as_editor(page, live_server, editor, url, language="ru")

    expect(option(page, "kk")).to_have_accessible_name(spoken)
