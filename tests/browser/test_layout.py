"""Every public page fits every screen, from a small phone to a wide desktop.

Each check runs at 320, 390 and 1366 CSS pixels in English, Kazakh (long
Cyrillic words) and Chinese (no spaces to break at), over every page type
that the accessibility checks visit (``public_pages.PUBLIC_PAGES``).
"""

import pytest
from playwright.sync_api import expect

from .public_pages import PUBLIC_PAGES, STATUS

pytestmark = pytest.mark.browser

WIDTHS = [320, 390, 1366]
LANGUAGES = ["en", "kk", "zh-hans"]
PHONE_HEADER_BUDGET = 100

# Elements that stick out of the viewport on screen, ignoring those hidden
# on purpose: off-screen skip links, visually hidden text (clipped to a
# pixel), and anything not rendered at all.
OVERFLOWING = """
() => {
  const width = document.documentElement.clientWidth;
  // Hidden on purpose, or cut off by an ancestor that clips (a map's frame,
  // the SVG itself) and that itself stays on screen.
  const hidden = (el) => {
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === "none" || style.visibility === "hidden") return true;
      if (style.clipPath === "inset(50%)") return true;
      if (node.classList.contains("skip-link")) return true;
      if (node !== el && style.overflowX !== "visible") {
        const box = node.getBoundingClientRect();
        if (box.left >= -0.5 && box.right <= width + 0.5) return true;
      }
    }
    return false;
  };
  const found = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    if (box.right > width + 0.5 || box.left < -0.5) {
      if (hidden(el)) continue;
      const name = `${el.tagName.toLowerCase()}.${el.getAttribute("class") || ""}`;
      found.push(`${name} ${Math.round(box.left)}..${Math.round(box.right)}`);
    }
  }
  const scrollWidth = document.documentElement.scrollWidth;
  return {width, scrollWidth, found: found.slice(0, 8)};
}
"""

MAPS = """
() => [...document.querySelectorAll("figure.map .map-frame")].map((frame) => {
  const svg = [...frame.querySelectorAll("svg.map-svg")].find(
    (drawing) => getComputedStyle(drawing).display !== "none");
  const frameBox = frame.getBoundingClientRect();
  const box = svg.getBoundingClientRect();
  return {
    frameLeft: frameBox.left, frameRight: frameBox.right,
    svgLeft: box.left, svgRight: box.right,
    scrolls: frame.scrollWidth > frame.clientWidth + 1,
    viewport: document.documentElement.clientWidth,
  };
})
"""


@pytest.fixture(params=WIDTHS, ids=lambda width: f"{width}px")
def sized_page(browser, request):
    context = browser.new_context(
        viewport={"width": request.param, "height": 900}, bypass_csp=True
    )
    page = context.new_page()
    yield page
    context.close()


def visit(page, base_url: str, language: str, path: str, expected: int = 200):
    response = page.goto(f"{base_url}/{language}{path.removeprefix('/en')}")
    assert response.status == expected, f"{path} in {language}: {response.status}"


def test_no_page_is_wider_than_the_screen(sized_page, live_server, showcase):
    problems = []
    for language in LANGUAGES:
        for name, path_of in PUBLIC_PAGES.items():
            visit(
                sized_page,
                live_server.url,
                language,
                path_of(showcase),
                STATUS.get(name, 200),
            )
            result = sized_page.evaluate(OVERFLOWING)
            if result["found"] or result["scrollWidth"] > result["width"]:
                problems.append((name, language, result))

    assert not problems, problems


def test_maps_scale_to_their_frame_and_never_crop(sized_page, live_server, showcase):
    pages = ["home", "program", "city-list", "city"]
    for language in LANGUAGES:
        for name in pages:
            visit(sized_page, live_server.url, language, PUBLIC_PAGES[name](showcase))
            maps = sized_page.evaluate(MAPS)

            assert maps, f"no map on {name}"
            for drawing in maps:
                assert not drawing["scrolls"], (name, language, drawing)
                assert drawing["svgLeft"] >= drawing["frameLeft"] - 0.5
                assert drawing["svgRight"] <= drawing["frameRight"] + 0.5
                assert drawing["frameRight"] <= drawing["viewport"] + 0.5


@pytest.mark.parametrize("width", [320, 390])
def test_the_phone_header_leaves_the_screen_to_the_content(
    browser, live_server, showcase, width
):
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    try:
        for language in LANGUAGES:
            visit(page, live_server.url, language, "/")
            height = page.locator(".site-header").bounding_box()["height"]

            assert height <= PHONE_HEADER_BUDGET, (language, height)
            # The sections wait in the menu, one tap away, not in rows of links.
            expect(page.locator(".menu > summary")).to_be_visible()
            expect(page.locator(".site-nav")).to_be_hidden()
    finally:
        context.close()


def test_the_language_selector_works_with_the_keyboard(
    sized_page, live_server, showcase
):
    program_path = showcase.program.get_absolute_url()
    visit(sized_page, live_server.url, "en", program_path)
    summary = sized_page.locator(".language-menu > summary")

    summary.focus()
    sized_page.keyboard.press("Enter")
    kazakh = sized_page.locator('.language-menu a[hreflang="kk"]')
    expect(kazakh).to_be_visible()
    # Escape closes the list and gives the focus back to its button.
    sized_page.keyboard.press("Escape")
    expect(kazakh).to_be_hidden()
    expect(summary).to_be_focused()

    sized_page.keyboard.press("Enter")
    for _step in range(4):  # English, français, Русский, Қазақша
        sized_page.keyboard.press("Tab")
    expect(kazakh).to_be_focused()
    sized_page.keyboard.press("Enter")

    expect(sized_page).to_have_url(f"{live_server.url}/kk{program_path[3:]}")
    expect(sized_page.locator("html")).to_have_attribute("lang", "kk")


@pytest.mark.parametrize("width", [390, 1366])
def test_the_language_selector_and_menu_work_without_javascript(
    browser, live_server, showcase, width
):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, java_script_enabled=False
    )
    page = context.new_page()
    try:
        visit(page, live_server.url, "zh-hans", "/")
        page.locator(".language-menu > summary").click()
        page.locator('.language-menu a[hreflang="kk"]').click()

        expect(page.locator("html")).to_have_attribute("lang", "kk")
        if width < 800:
            page.locator(".menu > summary").click()
            page.locator(".menu-panel").get_by_role("link", name="Есептер").click()
        else:
            page.locator(".site-nav").get_by_role("link", name="Есептер").click()
        expect(page).to_have_url(f"{live_server.url}/kk/reports/")
    finally:
        context.close()
