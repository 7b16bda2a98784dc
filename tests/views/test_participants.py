"""The program page shows a few people of each category and says how many
more there are; the participants page lists everyone, a page at a time."""

import pytest

from tests.factories import ParticipantFactory, ProgramFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

PAGE = "/en/programs/big-tour/"
ALL = "/en/programs/big-tour/participants/"


def take_part(program, count: int, category: str, **person):
    for number in range(count):
        participant = ParticipantFactory(
            given_name=f"{category.title()}{number:03d}",
            family_name=f"Person{number:03d}",
            category=category,
            public_listing_consent=True,
            **person,
        )
        RegistrationFactory(
            participant=participant, program=program, status="confirmed"
        )


@pytest.fixture
def program(db):
    return ProgramFactory(slug="big-tour", title_en="Big tour")


def test_the_page_shows_twelve_of_a_category_and_says_how_many_more(client, program):
    take_part(program, 30, "journalist")
    take_part(program, 3, "researcher")

    page = client.get(PAGE).content.decode()

    assert page.count('class="person"') == 12 + 3
    assert "Journalist000" in page and "Journalist011" in page
    assert "Journalist012" not in page
    assert "And 18 more in this category." in page
    assert f'href="{ALL}">See all 33 participants</a>' in page


def test_a_short_list_shows_everyone_without_a_link(client, program):
    take_part(program, 5, "journalist")

    page = client.get(PAGE).content.decode()

    assert page.count('class="person"') == 5
    assert "more in this category" not in page
    assert ALL not in page


def test_the_participants_page_lists_everyone_in_pages_of_a_hundred(client, program):
    take_part(program, 130, "journalist")

    first = client.get(ALL).content.decode()
    second = client.get(ALL + "?page=2").content.decode()

    assert "130 people take part and agreed to be listed." in first
    assert first.count('class="person"') == 100
    assert second.count('class="person"') == 30
    assert 'rel="next" href="?page=2"' in first


def test_nobody_without_consent_or_a_confirmed_place_is_listed(client, program):
    take_part(program, 2, "journalist")
    private = ParticipantFactory(given_name="Private", public_listing_consent=False)
    RegistrationFactory(participant=private, program=program, status="confirmed")
    waiting = ParticipantFactory(given_name="Waiting", public_listing_consent=True)
    RegistrationFactory(participant=waiting, program=program, status="waitlisted")

    for page in (client.get(PAGE), client.get(ALL)):
        html = page.content.decode()
        assert "Private" not in html and "Waiting" not in html
        assert "Journalist000" in html


@pytest.mark.parametrize("count", [1, 500])
def test_the_program_page_costs_the_same_however_many_take_part(
    client, program, django_assert_max_num_queries, count
):
    take_part(program, count, "journalist")

    with django_assert_max_num_queries(8):
        response = client.get(PAGE)

    assert response.status_code == 200
    assert response.content.decode().count('class="person"') == min(count, 12)


@pytest.mark.parametrize("count", [1, 500])
def test_the_participants_page_costs_the_same_however_many_take_part(
    client, program, django_assert_max_num_queries, count
):
    take_part(program, count, "journalist")

    with django_assert_max_num_queries(6):
        assert client.get(ALL).status_code == 200


def test_an_unpublished_programs_participants_are_not_found(client, db):
    ProgramFactory(slug="draft-tour", live=False)

    assert client.get("/en/programs/draft-tour/participants/").status_code == 404
