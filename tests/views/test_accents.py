"""The program page wears its accent colour through a one-line stylesheet."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_accent_stylesheet_sets_the_colour_and_may_be_kept_a_year(client):
    response = client.get("/accent/a3231b.css")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert response.content.decode().strip() == ":root{--accent:#a3231b}"
    assert "immutable" in response["Cache-Control"]
    assert "max-age=31536000" in response["Cache-Control"]


@pytest.mark.parametrize(
    "path", ["/accent/ffee00.css", "/accent/0F6B73.css", "/accent/0f6b7.css"]
)
def test_a_colour_too_light_or_badly_written_has_no_stylesheet(client, path):
    assert client.get(path).status_code == 404


def test_the_program_page_links_its_accent_only_when_one_is_set(client, world):
    program = world["program"]
    page = client.get("/en/programs/silk-road/").content.decode()
    assert "/accent/" not in page

    program.accent_colour = "#a3231b"
    program.save()

    page = client.get("/en/programs/silk-road/").content.decode()
    assert '<link rel="stylesheet" href="/accent/a3231b.css">' in page
