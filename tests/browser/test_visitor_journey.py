"""A visitor finds a program and reads it in every language."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS
from .showcase import CITIES, EVENTS, PROGRAM_TITLE

pytestmark = pytest.mark.browser

# Kept after every run, so a person can see how Kazakh and Chinese render.
PHOTOGRAPHED_LANGUAGES = {"kk", "zh-hans"}


def test_language_switcher_keeps_the_visitor_on_the_program_page(
    page, live_server, showcase, screen
):
    program = showcase.program
    page.goto(f"{live_server.url}/en/")
    page.get_by_role("link", name=PROGRAM_TITLE["en"]).click()
    expect(page).to_have_url(re.compile(rf"/en/programs/{program.slug}/$"))

    for language in ["fr", "ru", "kk", "zh-hans"]:
        # The languages sit behind a disclosure in the header.
        page.locator(".language-menu summary").click()
        page.locator(f'nav a[hreflang="{language}"]').click()

        expect(page).to_have_url(
            re.compile(rf"^{live_server.url}/{language}/programs/{program.slug}/$")
        )
        expect(page.locator("html")).to_have_attribute("lang", language)
        title = PROGRAM_TITLE[language.replace("-", "_")]
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        if language in PHOTOGRAPHED_LANGUAGES:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(
                path=ARTIFACTS / f"program-{language}-{screen}.png", full_page=True
            )


def test_program_page_shows_itinerary_map_and_events_and_gives_the_calendar(
    page, live_server, showcase
):
    page.goto(live_server.url + showcase.program.get_absolute_url())

    itinerary = page.get_by_role("region", name="Itinerary")
    # Phones get the compact drawing, wide screens the wide one.
    expect(itinerary.locator("figure.map svg.map-svg:visible")).to_have_count(1)
    for *_place, names in CITIES.values():
        expect(
            itinerary.get_by_role("link", name=names["en"], exact=True)
        ).to_be_visible()
    events = page.get_by_role("region", name="Events")
    for _kind, titles in EVENTS:
        expect(events.get_by_role("link", name=titles["en"])).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Add to calendar (.ics)").click()
    calendar = download.value.path().read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert EVENTS[0][1]["en"] in calendar
