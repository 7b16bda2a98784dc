"""Searching programs in the visitor's language."""

import pytest

from programs.models import Program
from programs.services.search import MAX_QUERY_LENGTH, clean_query, search_programs
from tests.factories import CityFactory, ItineraryStopFactory, ProgramFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programs():
    samarkand = CityFactory(
        name_en="Samarkand", name_ru="Самарканд", name_zh_hans="撒马尔罕"
    )
    silk = ProgramFactory(
        slug="silk",
        title_en="Silk Road media tour",
        title_fr="Tournée médiatique de la Route de la soie",
        title_ru="Медиатур по Шёлковому пути",
        title_zh_hans="丝绸之路媒体之旅",
    )
    ItineraryStopFactory(program=silk, city=samarkand, position=1)
    ItineraryStopFactory(program=silk, city=CityFactory(name_en="Aktau"), position=2)
    music = ProgramFactory(slug="music", title_en="Steppe music festival")
    return silk, music


def found(query: str, language: str) -> list[str]:
    return [
        program.slug
        for program in search_programs(Program.objects.all(), query, language)
    ]


def test_a_word_of_the_title_finds_the_program(programs):
    assert found("festival", "en") == ["music"]


def test_a_partial_city_name_finds_the_program_that_visits_it(programs):
    assert found("Samark", "en") == ["silk"]


def test_a_russian_query_searches_the_russian_fields(programs):
    assert found("Шёлковому", "ru") == ["silk"]


def test_a_fragment_of_a_chinese_name_finds_the_program(programs):
    assert found("马尔", "zh-hans") == ["silk"]


def test_a_program_visiting_several_matching_stops_is_listed_once(programs):
    assert found("a", "en").count("silk") == 1


def test_an_empty_query_leaves_the_list_unfiltered(programs):
    assert sorted(found("  ", "en")) == ["music", "silk"]


def test_punctuation_only_queries_do_not_break_the_search(programs):
    assert sorted(found("'&|!:*()", "en")) == ["music", "silk"]


def test_nothing_matches_a_word_that_is_nowhere(programs):
    assert found("zzzzqqq", "en") == []


def test_very_long_queries_are_cut_before_searching():
    assert len(clean_query("samarkand " * 500)) == MAX_QUERY_LENGTH


@pytest.mark.postgres
def test_a_misspelt_title_word_is_still_found_on_postgresql(programs):
    assert found("festivall", "en") == ["music"]
