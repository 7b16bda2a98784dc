"""Lists sort names the way the visitor's language does."""

import pytest

from tests.factories import CityFactory, ItineraryStopFactory, ProgramFactory

pytestmark = pytest.mark.django_db

CITIES = [
    # slug, English, Chinese, Kazakh
    ("astana", "Astana", "阿斯塔纳", "Астана"),
    ("beijing", "Beijing", "北京", "Бейжің"),
    ("lianyungang", "Lianyungang", "连云港", "Ляньюньган"),
    ("samarkand", "Samarkand", "撒马尔罕", "Самарқанд"),
    ("tashkent", "Tashkent", "塔什干", "Ташкент"),
    ("aktau", "Aktau", "阿克套", "Ақтау"),
]


@pytest.fixture
def cities():
    program = ProgramFactory()
    for position, (slug, en, zh, kk) in enumerate(CITIES, start=1):
        city = CityFactory(slug=slug, name_en=en, name_zh_hans=zh, name_kk=kk)
        ItineraryStopFactory(program=program, city=city, position=position)


def listed_slugs(client, language: str) -> list[str]:
    html = client.get(f"/{language}/cities/").content.decode()
    positions = {slug: html.find(f"/{language}/cities/{slug}/") for slug, *_ in CITIES}
    assert all(position > 0 for position in positions.values())
    return sorted(positions, key=positions.get)


def test_city_list_is_alphabetical_in_english(client, cities):
    assert listed_slugs(client, "en") == [
        "aktau",
        "astana",
        "beijing",
        "lianyungang",
        "samarkand",
        "tashkent",
    ]


@pytest.mark.postgres
def test_city_list_follows_pinyin_order_in_chinese(client, cities):
    # a-ke-tao, a-si-ta-na, bei-jing, lian-yun-gang, sa-ma-er-han, ta-shi-gan;
    # code-point order would put 北 (U+5317) first and 阿 (U+963F) last.
    assert listed_slugs(client, "zh-hans") == [
        "aktau",
        "astana",
        "beijing",
        "lianyungang",
        "samarkand",
        "tashkent",
    ]


@pytest.mark.postgres
def test_city_list_follows_the_kazakh_alphabet(client, cities):
    # The Kazakh alphabet puts Қ right after К, so Ақтау comes before Астана;
    # code-point order (Қ is U+049B, С is U+0441) would put it after.
    assert listed_slugs(client, "kk") == [
        "aktau",
        "astana",
        "beijing",
        "lianyungang",
        "samarkand",
        "tashkent",
    ]
