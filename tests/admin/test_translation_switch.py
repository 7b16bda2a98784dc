"""What the server gives the language switch: the page without script, and
the switch's words in the editor's language (the browser tests in
tests/browser/test_translation_*.py drive the switch itself)."""

import json
import re

import pytest
from django.urls import reverse

from programs.services.preferences import set_admin_language
from tests import factories

pytestmark = pytest.mark.django_db

CODES = ("en", "fr", "ru", "kk", "zh_hans")
ENGLISH_LABELS = {
    "switchLabel": "Content language",
    "sourceLanguage": "%(language)s, the source language",
    "withErrors": "%(label)s, has errors",
    "sideBySide": "Side by side",
    "sourceEmpty": "Not filled in",
}


def labels_on(response) -> dict:
    """The labels as the page carries them, in its json_script block."""
    html = response.content.decode()
    block = re.search(
        r'<script id="caravan-translation-tabs" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    assert block, "the page has no labels for the switch"
    return json.loads(block.group(1))


def program_page(client, user, language: str):
    set_admin_language(user, language)
    stop = factories.ItineraryStopFactory(summary_en="A concert.")
    return client.get(reverse("admin:programs_program_change", args=[stop.program.pk]))


def test_the_itinerary_is_a_table_with_every_language_in_its_own_column(
    superuser_client,
):
    stop = factories.ItineraryStopFactory(summary_en="A concert.")

    response = superuser_client.get(
        reverse("admin:programs_program_change", args=[stop.program.pk])
    )

    html = response.content.decode()
    assert 'data-inline-type="tabular"' in html.split('id="itinerary_stops-group"')[1]
    for code in CODES:
        # Without the script, all five columns show, heading and cells.
        assert f'<th class="column-summary_{code}">' in html
        assert f'<td class="field-summary_{code}">' in html
    # A few lines to a cell, not Django's ten.
    assert re.search(
        r'<textarea name="itinerary_stops-0-summary_en"[^>]*rows="3"', html
    )


def test_the_switch_script_comes_after_the_scripts_it_uses(superuser_client):
    response = superuser_client.get(reverse("admin:programs_program_add"))

    html = response.content.decode()
    order = [
        html.index(f"admin/caravan/translation-{name}")
        for name in ("source", "fields", "tabs.js")
    ]
    assert order == sorted(order)
    for sheet in ("tabs", "layout"):
        assert f"admin/caravan/translation-{sheet}.css" in html


@pytest.mark.parametrize("language", ["kk", "zh-hans", "fr", "ru"])
def test_the_switch_speaks_the_editors_language(superuser_client, superuser, language):
    labels = labels_on(program_page(superuser_client, superuser, language))

    assert labels["locale"] == language
    left_in_english = {
        key: labels[key]
        for key, english in ENGLISH_LABELS.items()
        if labels[key] == english
    }
    assert not left_in_english
    # The hint names English as this language does.
    assert labels["languages"]["en"]["name"] in labels["sideBySideHint"]
    assert "English" not in labels["sideBySideHint"]
    for sentence in labels["progress"].values():
        assert "fields translated" not in sentence
        assert {"%(language)s", "%(done)s", "%(total)s"} <= set(
            re.findall(r"%\(\w+\)s", sentence)
        )


def test_kazakh_names_the_languages_and_the_switch_in_kazakh(
    superuser_client, superuser
):
    labels = labels_on(program_page(superuser_client, superuser, "kk"))

    assert labels["switchLabel"] == "Мазмұн тілі"
    assert labels["languages"]["kk"] == {
        "short": "KK",
        "name": "Қазақ тілі",
        "lang": "kk",
    }
    assert labels["languages"]["zh_hans"]["lang"] == "zh-hans"
    assert labels["source"] == "en"
    assert labels["sideBySideHint"] == (
        "Әр аударылатын өрістің жанында бастапқы мәтінді (Ағылшын тілі) "
        "тек оқу үшін көрсетеді."
    )


def test_russian_sentences_agree_with_the_total_as_russian_plurals_do(
    superuser_client, superuser
):
    progress = labels_on(program_page(superuser_client, superuser, "ru"))["progress"]

    # "из 1 поля", "из 3 полей", "из 5 полей"; Intl.PluralRules picks by name.
    assert progress["one"].endswith("из %(total)s поля")
    assert progress["few"].endswith("из %(total)s полей")
    assert progress["many"].endswith("из %(total)s полей")


def test_english_sentences_are_singular_for_one_field(superuser_client, superuser):
    progress = labels_on(program_page(superuser_client, superuser, "en"))["progress"]

    assert progress["one"] == "%(language)s: %(done)s of %(total)s field translated"
    assert progress["other"] == "%(language)s: %(done)s of %(total)s fields translated"
