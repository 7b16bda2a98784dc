"""Pictures of the admin in Kazakh and Chinese, kept after every run.

Nobody on the team reads both scripts, so a person looks at these pictures
(CI keeps ``test-artifacts/``) to catch clipped labels, missing glyphs or
tabs that wrap badly. The public program page is photographed in the same
languages by the visitor journey.
"""

import pytest
from playwright.sync_api import expect

from programs.services.preferences import set_admin_language

from .accounts import sign_in
from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser

PHOTOGRAPHED_LANGUAGES = ["kk", "zh-hans"]


def test_admin_program_pages_are_photographed_in_kazakh_and_chinese(
    page, live_server, showcase, editor, screen
):
    program = showcase.program
    sign_in(page, live_server.url, editor.username)
    pages = {
        "program-list": "/admin/programs/program/",
        "program-form": f"/admin/programs/program/{program.pk}/change/",
    }

    ARTIFACTS.mkdir(exist_ok=True)
    for language in PHOTOGRAPHED_LANGUAGES:
        set_admin_language(editor, language)
        for name, path in pages.items():
            response = page.goto(live_server.url + path)

            assert response.status == 200, f"{name} in {language}: {response.status}"
            expect(page.locator("html")).to_have_attribute("lang", language)
            # Titles, like the labels, come in the editor's language.
            title = getattr(program, f"title_{language.replace('-', '_')}")
            expect(page.get_by_text(title).first).to_be_visible()
            page.screenshot(
                path=ARTIFACTS / f"admin-{name}-{language}-{screen}.png",
                full_page=True,
            )
