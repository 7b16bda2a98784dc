"""Side by side: the English text, read-only, beside each field being translated.

Also how the translating form fits a screen: wide enough inputs for long
Kazakh titles, nothing past a phone's edge, and no serious accessibility
problem in the switch or the source text.
"""

import pytest
from playwright.sync_api import Page, expect

from programs.models import Program

from .accessibility import blocking_violations, describe
from .conftest import ARTIFACTS
from .showcase import EVENTS, PROGRAM_TITLE, STOP_SUMMARY
from .test_translation_switch import change_url, open_as_editor
from .translation_switch import (
    OVERFLOWING_ELEMENTS,
    choose_language,
    language_name,
    side_by_side,
)

pytestmark = pytest.mark.browser

LONG_KAZAKH_TITLE = "Қытай-Қазақстан (Ляньюньган) мәдени алмасу бағдарламасы"
# Editor content that must never become markup in the admin page.
HOSTILE_BODY = (
    "<h2>Plan</h2><p>Day <strong>one</strong> "
    '<a href="javascript:window.pwned=1" onclick="window.pwned=1">the map</a>'
    '<img src="/x.png" onerror="window.pwned=1">'
    "<script>window.pwned=1</script></p>"
    '<ul><li>Astana</li></ul><iframe src="/"></iframe>'
)


def open_side_by_side(page: Page, live_server, editor, program, language="kk"):
    open_as_editor(
        page, live_server, editor, change_url(live_server, program), language
    )
    choose_language(page, "kk")
    side_by_side(page).click()
    expect(side_by_side(page)).to_have_attribute("aria-pressed", "true")


def row_of(page: Page, field: str):
    """The form row or table cell of the field with the id ``id_<field>``."""
    return page.locator("div.form-row, td", has=page.locator(f"#id_{field}"))


def source_of(page: Page, field: str):
    """The English text shown beside a Kazakh field."""
    return row_of(page, field).locator("[lang=en]")


def test_side_by_side_shows_the_english_text_beside_the_kazakh_input(
    page, live_server, showcase, editor, screen
):
    open_side_by_side(page, live_server, editor, showcase.program)

    row = row_of(page, "title_kk")
    source = source_of(page, "title_kk")
    expect(source).to_have_text(PROGRAM_TITLE["en"])
    expect(row.get_by_text(language_name("en", "kk"), exact=True)).to_be_visible()
    # Read-only: words on the page, nothing to type into.
    panel = source.locator("xpath=..")
    expect(panel.locator("input, textarea, [contenteditable]")).to_have_count(0)
    text, field = source.bounding_box(), page.locator("#id_title_kk").bounding_box()
    if screen == "desktop":
        assert text["x"] + text["width"] <= field["x"], "English beside the field"
    else:
        assert text["y"] + text["height"] <= field["y"], "English above the field"
    stop = source_of(page, "itinerary_stops-0-summary_kk")
    expect(stop).to_have_text(STOP_SUMMARY["en"])
    expect(source_of(page, "events-0-title_kk")).to_have_text(EVENTS[0][1]["en"])

    page.reload()
    expect(side_by_side(page)).to_have_attribute("aria-pressed", "true")
    expect(source).to_have_text(PROGRAM_TITLE["en"])
    side_by_side(page).click()
    expect(source).to_be_hidden()


def test_the_english_text_follows_edits_of_the_english_field(
    page, live_server, showcase, editor
):
    open_side_by_side(page, live_server, editor, showcase.program)

    choose_language(page, "en")
    expect(side_by_side(page)).to_be_disabled()  # nothing to show beside English
    page.locator("#id_title_en").fill("Silk Road Caravan 2026")
    page.locator(".field-body_en [contenteditable=true]").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" With a night market.")
    choose_language(page, "kk")

    expect(source_of(page, "title_kk")).to_have_text("Silk Road Caravan 2026")
    expect(source_of(page, "body_kk")).to_contain_text("With a night market.")


def test_rich_text_beside_a_field_keeps_only_harmless_formatting(
    page, live_server, showcase, editor
):
    open_side_by_side(page, live_server, editor, showcase.program)

    page.locator("#id_body_en").evaluate(
        "(textarea, html) => { textarea.value = html;"
        " textarea.dispatchEvent(new Event('input', {bubbles: true})); }",
        HOSTILE_BODY,
    )

    source = source_of(page, "body_kk")
    expect(source.locator("h2")).to_have_text("Plan")
    expect(source.locator("strong")).to_have_text("one")
    expect(source.locator("li")).to_have_text("Astana")
    expect(source).to_contain_text("the map")  # a link's words, not the link
    expect(
        source.locator("a, img, script, iframe, [href], [src], [onclick]")
    ).to_have_count(0)
    assert page.evaluate("() => window.pwned") is None


def test_nothing_on_the_program_form_reaches_past_the_screen(
    page, live_server, showcase, editor, screen
):
    Program.objects.filter(pk=showcase.program.pk).update(title_kk=LONG_KAZAKH_TITLE)
    widths = {"phone": [390, 320], "desktop": [1366, 1280]}[screen]
    open_as_editor(
        page, live_server, editor, change_url(live_server, showcase.program), "kk"
    )
    choose_language(page, "kk")

    for width in widths:
        page.set_viewport_size({"width": width, "height": 800})
        for pressed in ("false", "true"):
            if side_by_side(page).get_attribute("aria-pressed") != pressed:
                side_by_side(page).click()
            overflowing = page.evaluate(OVERFLOWING_ELEMENTS)
            assert not overflowing, f"{width} px, side by side {pressed}: {overflowing}"
        if screen == "desktop":
            # The whole Kazakh title fits its input, with nothing scrolled away.
            side_by_side(page).click()
            title = page.locator("#id_title_kk")
            fits = title.evaluate("(input) => input.scrollWidth <= input.clientWidth")
            assert fits, f"{width} px: the Kazakh title is cut off"


@pytest.mark.parametrize("language", ["kk", "zh-hans"])
def test_the_switch_and_the_source_text_pass_axe(
    page, live_server, showcase, editor, screen, language
):
    open_side_by_side(page, live_server, editor, showcase.program, language)

    violations = blocking_violations(page, include=[".mt-switch", ".mt-source"])

    assert not violations, describe(violations)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(
        path=ARTIFACTS / f"admin-program-form-side-by-side-{language}-{screen}.png",
        full_page=True,
    )
