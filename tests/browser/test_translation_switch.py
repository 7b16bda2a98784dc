"""One language switch drives every translated field of an admin form.

The showcase program's form holds translated fields in the main form, in
stacked inlines (events, press) and in a table (itinerary stops). Choosing a
language on the switch shows that language's field everywhere, rows added
with "Add another" included, and the choice is remembered.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from programs.services.preferences import set_admin_language

from .accounts import sign_in
from .translation_switch import CODES, choose_language, language_name, option

pytestmark = pytest.mark.browser

ADMIN_LANGUAGES = ["en", "kk", "zh-hans"]


def change_url(live_server, obj) -> str:
    return f"{live_server.url}/admin/programs/{obj._meta.model_name}/{obj.pk}/change/"


def open_as_editor(page: Page, live_server, editor, url: str, language="en"):
    set_admin_language(editor, language)
    sign_in(page, live_server.url, editor.username)
    page.goto(url)


def translated_boxes(stops: int, events: int) -> list[str]:
    """Selectors of each translated field's box, without the language: the
    main form, a stop's table cell, an event's and a press item's rows, and
    the rows added in the test (the last stop and the last event)."""
    return [
        "#id_title_{}",
        "#id_theme_{}",
        ".form-row.field-body_{}",  # the prose editor replaces its textarea
        "#id_launch_venue_{}",
        "#itinerary_stops-group th.column-summary_{}",
        "#id_itinerary_stops-0-summary_{}",
        f"#id_itinerary_stops-{stops}-summary_{{}}",
        "#id_events-0-title_{}",
        f"#id_events-{events}-title_{{}}",
        "#id_press_coverage-0-summary_{}",
    ]


def assert_only_language_shown(page: Page, code: str, boxes: list[str]) -> None:
    for box in boxes:
        for other in CODES:
            shown = expect(page.locator(box.format(other)))
            if other == code:
                shown.to_be_visible()
            else:
                shown.to_be_hidden()


def assert_table_aligned(page: Page, code: str) -> None:
    """Each visible cell of the stops table sits under its own heading."""
    table = page.locator("#itinerary_stops-group table")
    headings = table.locator("thead th:visible")
    for row in table.locator("tbody tr.form-row:not(.empty-form)").all():
        expect(row.locator("td:visible")).to_have_count(headings.count())
    heading = table.locator(f"th.column-summary_{code}").bounding_box()
    for cell in table.locator(f"td.field-summary_{code}:visible").all():
        assert abs(cell.bounding_box()["x"] - heading["x"]) < 1


@pytest.mark.parametrize("admin_language", ADMIN_LANGUAGES)
def test_choosing_a_language_switches_every_translated_field_of_the_form(
    page, live_server, showcase, editor, screen, admin_language
):
    program = showcase.program
    stops, events = program.itinerary_stops.count(), program.events.count()
    if screen == "desktop":
        # Wide enough for the stops table, which narrower screens show as cards.
        page.set_viewport_size({"width": 1366, "height": 800})
    url = change_url(live_server, program)
    open_as_editor(page, live_server, editor, url, language=admin_language)
    page.locator("#itinerary_stops-group .add-row a").click()
    page.locator("#events-group .add-row a").click()
    boxes = translated_boxes(stops, events)

    assert_only_language_shown(page, "en", boxes)
    for code in ["kk", "zh_hans", "fr", "en"]:
        choose_language(page, code)

        assert_only_language_shown(page, code, boxes)
        if screen == "desktop":
            assert_table_aligned(page, code)
        for other in CODES:
            checked = "true" if other == code else "false"
            expect(option(page, other)).to_have_attribute("aria-checked", checked)


def test_a_row_added_after_switching_opens_in_the_chosen_language(
    page, live_server, showcase, editor
):
    program = showcase.program
    stops = program.itinerary_stops.count()
    open_as_editor(page, live_server, editor, change_url(live_server, program))

    choose_language(page, "kk")
    page.locator("#itinerary_stops-group .add-row a").click()

    expect(page.locator(f"#id_itinerary_stops-{stops}-summary_kk")).to_be_visible()
    expect(page.locator(f"#id_itinerary_stops-{stops}-summary_en")).to_be_hidden()


def test_the_chosen_language_survives_a_reload_and_opens_other_forms(
    page, live_server, showcase, editor
):
    open_as_editor(page, live_server, editor, change_url(live_server, showcase.program))
    choose_language(page, "zh_hans")

    page.reload()
    expect(option(page, "zh_hans")).to_have_attribute("aria-checked", "true")
    expect(page.locator("#id_title_zh_hans")).to_be_visible()
    expect(page.locator("#id_title_en")).to_be_hidden()

    for obj, field in [(showcase.report, "title"), (showcase.city, "name")]:
        page.goto(change_url(live_server, obj))
        expect(option(page, "zh_hans")).to_have_attribute("aria-checked", "true")
        expect(page.locator(f"#id_{field}_zh_hans")).to_be_visible()
        expect(page.locator(f"#id_{field}_en")).to_be_hidden()


def test_the_switch_is_worked_with_arrow_keys_home_and_end(
    page, live_server, showcase, editor
):
    open_as_editor(page, live_server, editor, change_url(live_server, showcase.program))
    # Tab reaches the switch once, on its chosen option.
    tabbable = page.locator(".mt-switch [role=radio][tabindex='0']")
    expect(tabbable).to_have_count(1)
    expect(tabbable).to_have_attribute("aria-checked", "true")
    option(page, "en").focus()

    steps = [
        ("ArrowRight", "fr"),
        ("ArrowDown", "ru"),
        ("End", "zh_hans"),
        ("ArrowRight", "en"),  # round from the last to the first
        ("ArrowLeft", "zh_hans"),
        ("ArrowUp", "kk"),
        ("Home", "en"),
    ]
    for key, code in steps:
        page.keyboard.press(key)

        focused = option(page, code)
        expect(focused).to_be_focused()
        expect(focused).to_have_attribute("aria-checked", "true")
        expect(focused).to_have_attribute("tabindex", "0")
        expect(page.locator(f"#id_title_{code}")).to_be_visible()
        outline = focused.evaluate(
            "(element) => [getComputedStyle(element).outlineStyle,"
            " parseFloat(getComputedStyle(element).outlineWidth)]"
        )
        assert outline[0] != "none" and outline[1] >= 2, f"{key}: focus {outline}"


@pytest.mark.parametrize("admin_language", ["en", "kk"])
def test_a_failed_save_opens_on_the_language_with_the_error_and_flags_it(
    page, live_server, showcase, editor, admin_language
):
    url = change_url(live_server, showcase.program)
    open_as_editor(page, live_server, editor, url, language=admin_language)
    choose_language(page, "fr")  # remembered, but the error comes first
    choose_language(page, "kk")
    title = page.locator("#id_title_kk")
    # Past the model's 200 characters, as a paste into an older browser that
    # ignores maxlength would send it.
    title.evaluate("(input) => input.removeAttribute('maxlength')")
    title.fill("Қ" * 201)
    choose_language(page, "fr")

    page.locator("[name=_save]").click()

    expect(page.locator(".errornote")).to_be_visible()
    kazakh = option(page, "kk")
    expect(kazakh).to_have_attribute("aria-checked", "true")
    expect(page.locator(".field-title_kk .errorlist")).to_be_visible()
    expect(kazakh.get_by_text("!", exact=True)).to_be_visible()
    with_errors = {"en": ", has errors", "kk": ", қателер бар"}[admin_language]
    spoken = re.escape(language_name("kk", admin_language)) + ".*" + with_errors
    expect(kazakh).to_have_accessible_name(re.compile(f"^{spoken}$"))
    for other in ["en", "fr", "ru", "zh_hans"]:
        expect(option(page, other).get_by_text("!", exact=True)).to_have_count(0)
        name = option(page, other).evaluate("(element) => element.textContent")
        assert with_errors not in name, f"{other} is flagged: {name}"
