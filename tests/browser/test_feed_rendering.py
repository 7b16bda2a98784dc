"""A feed reader that renders descriptions as HTML shows editors' markup as
the text they typed, and runs none of it."""

import feedparser
import pytest
from playwright.sync_api import expect

from tests.factories import OrganisationFactory, PressCoverageFactory, ProgramFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TITLE = "<img src=x onerror=\"document.title='pwned'\">Silk & Sea"


def test_a_press_description_rendered_as_html_is_only_text(client, page):
    program = ProgramFactory(title_en=TITLE)
    PressCoverageFactory(
        program=program, outlet=OrganisationFactory(name_en="<b>Daily</b>")
    )
    feed = feedparser.parse(client.get("/en/feeds/press/").content, sanitize_html=False)
    description = feed.entries[0].description

    # What a reader does with it: put it into a page as HTML.
    page.set_content(f"<title>reader</title><article>{description}</article>")

    article = page.locator("article")
    expect(article).to_contain_text(TITLE)
    expect(article).to_contain_text("<b>Daily</b>")
    assert article.locator("img, b").count() == 0
    assert page.title() == "reader"
