"""Pictures of the main public pages, on the demo content, for people to judge.

Nobody reads all five languages, so screenshots at phone and desktop width
in English, Kazakh and Chinese are how a person checks the design: clipped
titles, missing glyphs, a hero that lost its picture. Every run writes them
to ``test-artifacts/screenshots/``; ``make screenshots`` writes them to
``docs/screenshots/``, where the README shows some of them.

Each picture is taken only once the page has passed the checks a visitor
would notice first: it answers, its title shows, its pictures have loaded
and nothing is wider than the screen.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from playwright.sync_api import expect

from programs.seed import seed_demo
from programs.services.preferences import set_admin_language

from .conftest import ARTIFACTS
from .test_layout import OVERFLOWING

pytestmark = pytest.mark.browser

SCREENS = {"phone": (390, 844), "desktop": (1366, 900)}
LANGUAGES = ["en", "kk", "zh-hans"]
REFERENCE = "/programs/china-kazakhstan-lianyungang-2024/"
PAGES = {
    "home": "/",
    "programs": "/programs/",
    "program": REFERENCE,
    "cities": "/cities/",
    "city": "/cities/aktau/",
}
# All images on screen have a decoded picture (none failed or still loading).
PICTURES_READY = """
() => [...document.images]
  .filter((img) => img.getBoundingClientRect().top < innerHeight)
  .every((img) => img.complete && img.naturalWidth > 0)
"""


def screenshot_folder() -> Path:
    chosen = os.environ.get("SCREENSHOTS_DIR")
    folder = Path(chosen) if chosen else ARTIFACTS / "screenshots"
    if not folder.is_absolute():
        folder = Path(settings.BASE_DIR) / folder
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def demo_site(transactional_db):
    """The demo content exactly as ``make demo`` loads it."""
    return seed_demo()


@pytest.mark.parametrize("screen", list(SCREENS))
def test_main_pages_are_photographed_in_three_languages(
    browser, live_server, demo_site, screen
):
    width, height = SCREENS[screen]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    folder = screenshot_folder()
    try:
        for language in LANGUAGES:
            for name, path in PAGES.items():
                response = page.goto(f"{live_server.url}/{language}{path}")

                assert response.status == 200, (name, language, response.status)
                expect(page.locator("h1")).to_be_visible()
                page.wait_for_load_state("networkidle")
                assert page.evaluate(PICTURES_READY), (name, language)
                overflow = page.evaluate(OVERFLOWING)
                assert not overflow["found"], (name, language, overflow)
                page.screenshot(
                    path=folder / f"{name}-{language}-{screen}.jpg",
                    type="jpeg",
                    quality=78,
                )
    finally:
        context.close()


def test_the_logistics_board_is_photographed_on_the_demo(
    browser, live_server, demo_site, staff_roles
):
    """The organisers' board of the reference program, on the demo's
    fictional travel details, hotels and rooms (README, issue 13)."""
    from programs.models import Program
    from tests.factories import UserFactory

    from .accounts import sign_in

    program = Program.objects.get(slug=REFERENCE.strip("/").split("/")[-1])
    organiser = UserFactory(username="aigerim_o", groups=[settings.ORGANISERS_GROUP])
    program.managers.add(organiser)
    folder = screenshot_folder()
    for language, screen in (("kk", "desktop"), ("zh-hans", "phone")):
        width, height = SCREENS[screen]
        context = browser.new_context(
            viewport={"width": width, "height": height},
            extra_http_headers={"Accept-Language": language},
        )
        page = context.new_page()
        try:
            sign_in(page, live_server.url, organiser.username)
            set_admin_language(organiser, language)
            url = reverse("admin:programs_registration_logistics", args=[program.pk])
            response = page.goto(live_server.url + url)

            assert response.status == 200, (language, response.status)
            expect(page.locator("html")).to_have_attribute("lang", language)
            expect(page.locator(".caravan-stop").first).to_be_visible()
            assert not page.evaluate(OVERFLOWING)["found"], language
            page.screenshot(
                path=folder / f"logistics-board-{language}-{screen}.jpg",
                type="jpeg",
                quality=78,
                full_page=True,
            )
        finally:
            context.close()
