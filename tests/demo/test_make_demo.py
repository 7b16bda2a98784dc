"""`make demo` as a visitor meets it: apply, confirm, waitlist, cancel, promotion.

The demo's own server and background worker run in a subprocess, so the
e-mails are read where a visitor would read them: in what `make demo` prints.
The fictional music camp has twelve places, eleven of them taken, so the
first visitor takes the last place and the second joins the waitlist.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.application_form import send_application
from tests.browser.tools import require

from .running_demo import RunningDemo

pytestmark = pytest.mark.browser

CAMP_PATH = "/en/programs/steppe-and-sea-music-camp/"
CAMP = "Steppe and Sea Youth Music Camp (demo)"
FIRST = "first.visitor@example.org"
SECOND = "second.visitor@example.org"
LINK = re.compile(r"http://127\.0\.0\.1:\d+/en/registrations/[\w-]+/")


# One demo for the whole module: starting it (migrate, seed, two servers)
# costs more than all the tests together. The tests run in file order, and
# the last one presses Ctrl-C.
@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    require("make", install="apt-get install make")
    running = RunningDemo(tmp_path_factory.mktemp("make-demo"))
    try:
        running.wait_until_serving()
        yield running
    finally:
        running.stop()


@pytest.fixture
def visitor(browser):
    """Opens a page for a new visitor (own cookies) at a width × height."""
    contexts = []

    def open_page(width: int = 1280, height: int = 800):
        contexts.append(
            browser.new_context(viewport={"width": width, "height": height})
        )
        return contexts[-1].new_page()

    yield open_page
    for context in contexts:
        context.close()


def link_in(message) -> str:
    return LINK.search(message.get_body(("plain",)).get_content()).group()


def apply(page, demo, given_name: str, address: str) -> None:
    page.goto(demo.url + CAMP_PATH)
    # The call to apply beside the text, with its deadline and places.
    page.get_by_role("complementary").get_by_role(
        "link", name="Apply to take part"
    ).click()
    send_application(
        page,
        given_name=given_name,
        family_name="Visitor",
        email=address,
        category="youth",
    )


def confirm_from_email(page, demo, address: str) -> None:
    message = demo.wait_for_email(address, f"Please confirm your application to {CAMP}")
    page.goto(link_in(message))
    page.get_by_role("button", name="Confirm my application").click()
    expect(page.get_by_role("status")).to_have_text(
        "Thank you: your email address is confirmed."
    )


def test_visitors_apply_confirm_wait_cancel_and_are_promoted_on_make_demo(
    visitor, demo
):
    first = visitor(1280, 800)
    second = visitor(390, 844)

    apply(first, demo, "Ana", FIRST)
    confirm_from_email(first, demo, FIRST)
    expect(first.locator(".registration-status")).to_have_text(
        "Your place is confirmed."
    )
    demo.wait_for_email(FIRST, f"Your place at {CAMP} is confirmed")

    apply(second, demo, "Bo", SECOND)
    confirm_from_email(second, demo, SECOND)
    expect(second.locator(".registration-status")).to_contain_text(
        "You are on the waitlist, at position 1."
    )
    demo.wait_for_email(SECOND, f"You are on the waitlist for {CAMP}")

    first.get_by_role("link", name="Cancel my registration").click()
    expect(first.get_by_role("heading", level=1)).to_have_text(
        "Cancel your registration?"
    )
    first.get_by_role("button", name="Yes, cancel my registration").click()
    expect(first.locator(".registration-status")).to_have_text(
        "This registration is cancelled."
    )

    promoted = demo.wait_for_email(SECOND, f"A place at {CAMP} has opened for you")
    second.goto(link_in(promoted))
    expect(second.locator(".registration-status")).to_have_text(
        "Your place is confirmed."
    )


def test_the_worker_draws_renditions_of_the_camp_hero_for_the_web_server(visitor, demo):
    page = visitor()

    # The worker draws them after seeding (the journey above waited behind
    # them, as a visitor right after `make demo` would), and its cache change
    # reaches the web server, so the page moves from the original to them.
    webp = page.locator('.program-hero picture source[type="image/webp"]')
    for _attempt in range(60):
        page.goto(demo.url + CAMP_PATH)
        if webp.count():
            break
        page.wait_for_timeout(500)
    expect(webp).to_have_count(1)
    smallest = webp.get_attribute("srcset").split(",")[0].split()[0]
    assert "program-music-camp" in smallest
    drawn = page.request.get(demo.url + smallest)
    assert drawn.status == 200
    assert drawn.headers["content-type"] == "image/webp"


def test_ctrl_c_stops_the_web_server_and_the_worker_together(demo):
    assert demo.press_ctrl_c() == []
    assert demo.process.returncode is not None
