"""axe-core finds no serious or critical problem on any public page.

Each test visits one page type in all five languages on one screen size: one
database set-up serves five page loads, and a failure lists every language.
"""

import pytest

from .accessibility import blocking_violations, describe
from .public_pages import LANGUAGES, PUBLIC_PAGES, expected_status, public_path

pytestmark = pytest.mark.browser


# Proves axe really runs in the page: this must come back with a violation.
KNOWN_INACCESSIBLE = '<!doctype html><html lang="en"><title>x</title><img src="a.png">'


def test_axe_reports_an_image_without_alternative_text(page):
    page.set_content(KNOWN_INACCESSIBLE)

    violations = blocking_violations(page)

    assert [v["id"] for v in violations] == ["image-alt"]
    assert "Images must have alternative text" in describe(violations)


@pytest.mark.parametrize("page_type", list(PUBLIC_PAGES))
def test_public_page_has_no_serious_accessibility_violations(
    page, live_server, showcase, page_type
):
    found = {}
    for language in LANGUAGES:
        response = page.goto(
            live_server.url + public_path(page_type, language, showcase)
        )
        assert response.status == expected_status(page_type), (
            f"{language}: HTTP {response.status}"
        )
        if violations := blocking_violations(page):
            found[language] = describe(violations)

    assert not found, "\n".join(f"In {lang}:\n{text}" for lang, text in found.items())


def test_admin_login_has_no_serious_accessibility_violations(
    page, live_server, transactional_db
):
    response = page.goto(f"{live_server.url}/admin/login/")
    assert response.status == 200

    violations = blocking_violations(page)

    assert not violations, describe(violations)
