"""The Jinja2 templates' ``date`` filter (programs/jinja.py) remembers each
text it made; what it gives must still follow the language and the zone."""

import datetime
import zoneinfo

from django.utils import timezone, translation
from django.utils.formats import date_format

from programs.jinja import localized_date

MOMENT = datetime.datetime(2024, 9, 12, 15, 30, tzinfo=datetime.UTC)


def test_the_same_moment_in_two_zones_is_two_texts():
    with translation.override("en"):
        shanghai = localized_date(MOMENT, "H:i T", "Asia/Shanghai")
        tashkent = localized_date(MOMENT, "H:i T", "Asia/Tashkent")
        # Asked again, in the other order: still each zone's own.
        assert localized_date(MOMENT, "H:i T", "Asia/Tashkent") == tashkent
        assert localized_date(MOMENT, "H:i T", "Asia/Shanghai") == shanghai
    assert shanghai != tashkent
    assert tashkent == "20:30 +05"


def test_the_current_zone_counts_when_none_is_given():
    with translation.override("en"):
        with timezone.override(zoneinfo.ZoneInfo("Asia/Shanghai")):
            shanghai = localized_date(MOMENT, "H:i")
        with timezone.override(zoneinfo.ZoneInfo("Europe/Paris")):
            paris = localized_date(MOMENT, "H:i")
    assert (shanghai, paris) == ("23:30", "17:30")


def test_each_language_gets_its_own_month_names():
    day = datetime.date(2024, 9, 12)
    texts = {}
    for language in ("en", "fr", "ru", "kk", "zh-hans"):
        with translation.override(language):
            texts[language] = localized_date(day)
            assert texts[language] == date_format(day, "DATE_FORMAT")
    assert len(set(texts.values())) == 5
    assert "septembre" in texts["fr"]
