"""A page rendered for a new address reuses the parts drawn for this content
version, and an edit still shows at once."""

import pytest

from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db

PAGE = "/en/programs/silk-road/"


def test_a_new_address_of_a_drawn_page_needs_no_query(
    client, world, django_assert_num_queries
):
    client.get(PAGE + "?utm_source=newsletter")

    with django_assert_num_queries(0):
        response = client.get(PAGE + "?utm_source=social&fbclid=abc")

    assert response.status_code == 200
    assert "Silk Road Days" in response.content.decode()


def test_an_edit_shows_at_once_on_an_address_already_drawn(client, world):
    client.get(PAGE + "?a=1")
    program = world["program"]
    program.title_en = "Silk Road Days, second edition"
    program.save()

    page = client.get(PAGE + "?a=2").content.decode()

    assert "Silk Road Days, second edition" in page


def test_each_language_gets_its_own_parts(client, world):
    client.get("/en/programs/silk-road/?a=1")

    kazakh = client.get("/kk/programs/silk-road/?a=2").content.decode()

    assert "Жібек жолы күндері" in kazakh
    assert '<html lang="kk">' in kazakh


def test_the_frame_of_a_drawn_page_follows_its_own_address(client, world):
    client.get(PAGE + "?utm_source=one")

    page = client.get(PAGE + "?utm_source=two").content.decode()

    # Language links keep this request's query, never the first one's.
    assert 'href="/kk/programs/silk-road/?utm_source=two"' in page
    assert "utm_source=one" not in page


def test_list_pages_link_on_with_their_filters_only(client, db):
    for number in range(15):
        ProgramFactory(slug=f"program-{number:02d}", title_en=f"Program {number}")
    client.get("/en/programs/?utm_source=newsletter")

    page = client.get("/en/programs/?utm_source=other").content.decode()

    assert 'rel="next" href="?page=2"' in page
    assert "utm_source" not in page.split('class="pagination"')[1]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?page=2", "Page 2 of 2"),
        ("?page=abc", "Page 1 of 2"),
        ("?page=99", "Page 2 of 2"),
    ],
)
def test_a_list_page_number_is_read_as_before(client, db, query, expected):
    for number in range(15):
        ProgramFactory(slug=f"program-{number:02d}", title_en=f"Program {number}")

    assert expected in client.get("/en/programs/" + query).content.decode()
