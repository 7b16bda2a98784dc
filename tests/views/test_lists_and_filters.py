"""List pages: filters, search, pagination, bad input and query budgets."""

import pytest

from tests.factories import (
    CityFactory,
    ItineraryStopFactory,
    PressCoverageFactory,
    ProgramFactory,
    ReportFactory,
)

LIST_BUDGET = 6


def test_program_list_filters_by_country_of_any_stop(client, world):
    ProgramFactory(
        title_en="Steppe festival", organising_city=CityFactory(country="FR")
    )

    html = client.get("/en/programs/?country=UZ").content.decode()

    assert "Silk Road Days" in html
    assert "Steppe festival" not in html


def test_program_list_filters_by_year(client, world):
    ProgramFactory(title_en="Older program", start_date="2019-05-01", end_date=None)

    html = client.get("/en/programs/?year=2019").content.decode()

    assert "Older program" in html
    assert "Silk Road Days" not in html


def test_program_list_search_finds_a_partial_city_name(client, world):
    html = client.get("/en/programs/?q=Samark").content.decode()

    assert "Silk Road Days" in html
    assert "1 program" in html


@pytest.mark.parametrize(
    "query",
    [
        "?country=ZZ",
        "?year=abc",
        "?year=99999999999999999999",
        "?page=99999",
        "?page=-1",
        "?page=abc",
        "?q=" + "x" * 2000,
        # A NUL is refused for the whole site (tests/hardening).
        "?q=%27%22%3C",
        "?country=%3Cscript%3E",
    ],
)
def test_bad_filters_give_a_page_not_an_error(client, world, query):
    response = client.get("/en/programs/" + query)

    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</header>")[1]


def test_unknown_country_shows_an_empty_result_with_a_message(client, world):
    html = client.get("/en/programs/?country=ZZ").content.decode()

    assert "No programs match these filters." in html


@pytest.mark.parametrize(
    "query", ["?program=nope", "?language=xx", "?outlet=abc", "?outlet=999", "?page=x"]
)
def test_bad_press_filters_give_an_empty_page(client, world, query):
    response = client.get("/en/press/" + query)

    assert response.status_code == 200


def test_press_list_filters_by_language(client, world):
    PressCoverageFactory(program=world["program"], title="English headline")

    html = client.get("/en/press/?language=fr").content.decode()

    assert "Lancement du programme" in html
    assert "English headline" not in html


def test_press_list_filters_by_program(client, world):
    other = PressCoverageFactory(title="Other program's headline")

    html = client.get("/en/press/?program=silk-road").content.decode()

    assert "Lancement du programme" in html
    assert other.title not in html


def test_unknown_language_prefix_is_a_404(client, world):
    assert client.get("/de/programs/").status_code == 404


def _program_with_stops(count: int):
    program = ProgramFactory()
    for position in range(count):
        ItineraryStopFactory(program=program, position=position + 1)
    return program


@pytest.mark.parametrize("items", [1, 50])
def test_program_list_query_budget(client, db, django_assert_max_num_queries, items):
    for _ in range(items):
        _program_with_stops(2)

    with django_assert_max_num_queries(LIST_BUDGET):
        assert client.get("/en/programs/").status_code == 200


@pytest.mark.parametrize("items", [1, 50])
def test_program_list_search_query_budget(
    client, db, django_assert_max_num_queries, items
):
    for _ in range(items):
        _program_with_stops(2)

    with django_assert_max_num_queries(LIST_BUDGET):
        assert client.get("/en/programs/?q=program&country=KZ").status_code == 200


@pytest.mark.parametrize("items", [1, 50])
def test_press_list_query_budget(client, db, django_assert_max_num_queries, items):
    for _ in range(items):
        PressCoverageFactory()

    with django_assert_max_num_queries(LIST_BUDGET):
        assert client.get("/en/press/").status_code == 200


@pytest.mark.parametrize("items", [1, 50])
def test_report_list_query_budget(client, db, django_assert_max_num_queries, items):
    for _ in range(items):
        ReportFactory()

    with django_assert_max_num_queries(LIST_BUDGET):
        assert client.get("/en/reports/").status_code == 200


@pytest.mark.parametrize("items", [1, 50])
def test_city_list_query_budget(client, db, django_assert_max_num_queries, items):
    for _ in range(items):
        _program_with_stops(1)

    with django_assert_max_num_queries(LIST_BUDGET):
        assert client.get("/en/cities/").status_code == 200


@pytest.mark.parametrize("items", [1, 50])
def test_home_query_budget(client, db, django_assert_max_num_queries, items):
    for _ in range(items):
        PressCoverageFactory(program=_program_with_stops(1))
        ReportFactory()

    with django_assert_max_num_queries(LIST_BUDGET):
        assert client.get("/en/").status_code == 200


@pytest.mark.parametrize("items", [1, 50])
def test_city_page_query_budget(client, db, django_assert_max_num_queries, items):
    city = CityFactory(slug="hub")
    for _ in range(items):
        ItineraryStopFactory(city=city)

    with django_assert_max_num_queries(LIST_BUDGET):
        assert client.get("/en/cities/hub/").status_code == 200
