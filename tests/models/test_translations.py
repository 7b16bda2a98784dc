"""Translated fields fall back to English where a language is missing."""

import pytest
from django.utils import translation

from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db


def test_a_translated_title_is_shown_in_the_active_language():
    program = ProgramFactory(title_en="Silk Road Days", title_kk="Жібек жолы күндері")

    with translation.override("kk"):
        assert program.title == "Жібек жолы күндері"


def test_a_missing_translation_falls_back_to_english():
    program = ProgramFactory(title_en="Silk Road Days", title_zh_hans="")

    with translation.override("zh-hans"):
        assert program.title == "Silk Road Days"


def test_every_site_language_has_its_own_column():
    program = ProgramFactory(
        title_en="Days",
        title_fr="Journées",
        title_ru="Дни",
        title_kk="Күндер",
        title_zh_hans="日子",
    )
    program.refresh_from_db()

    seen = {}
    for code in ("en", "fr", "ru", "kk", "zh-hans"):
        with translation.override(code):
            seen[code] = program.title
    assert seen == {
        "en": "Days",
        "fr": "Journées",
        "ru": "Дни",
        "kk": "Күндер",
        "zh-hans": "日子",
    }


@pytest.mark.parametrize(
    ("language", "year", "month"),
    [
        ("en", "2023", "May 2014"),
        ("fr", "2023", "mai 2014"),
        ("ru", "2023 г.", "май 2014 г."),
        ("kk", "2023 ж.", "2014 жылғы мамыр"),
        ("zh-hans", "2023年", "2014年5月"),
    ],
)
def test_partial_dates_read_naturally_in_every_language(language, year, month):
    import datetime

    from programs.models.dates import format_partial_date

    with translation.override(language):
        assert format_partial_date(datetime.date(2023, 6, 1), "year") == year
        assert format_partial_date(datetime.date(2014, 5, 9), "month") == month
