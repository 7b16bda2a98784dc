"""axe-core finds no serious or critical problem on any public page."""

import pytest

from .accessibility import blocking_violations, describe
from .public_pages import LANGUAGES, PUBLIC_PAGES, public_path

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", list(PUBLIC_PAGES))
def test_public_page_has_no_serious_accessibility_violations(
    page, live_server, showcase, page_type, language
):
    response = page.goto(live_server.url + public_path(page_type, language, showcase))
    assert response.status == 200

    violations = blocking_violations(page)

    assert not violations, describe(violations)


def test_admin_login_has_no_serious_accessibility_violations(
    page, live_server, transactional_db
):
    response = page.goto(f"{live_server.url}/admin/login/")
    assert response.status == 200

    violations = blocking_violations(page)

    assert not violations, describe(violations)
