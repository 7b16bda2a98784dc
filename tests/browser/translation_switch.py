"""The admin's content-language switch, as an editor finds and uses it.

Options are found by role and by the name a screen reader announces, which
starts with the language's name in the admin's own language ("Kazakh",
"Қазақ тілі", "哈萨克语"), so the helpers work in every admin language.
"""

import re

from django.conf import settings
from django.utils import translation
from playwright.sync_api import Locator, Page, expect

# modeltranslation's field suffixes, in the switch's order.
CODES = ["en", "fr", "ru", "kk", "zh_hans"]
SITE_CODES = dict(zip(CODES, settings.LANGUAGE_CODES, strict=True))

# Every element of the page whose box reaches past the viewport's edges.
OVERFLOWING_ELEMENTS = """() => [...document.querySelectorAll("body *")]
  .filter((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0
      && (box.right > window.innerWidth + 0.5 || box.left < -0.5);
  })
  .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)"""


def language_name(code: str, admin_language: str) -> str:
    """``code``'s name as the admin in ``admin_language`` writes it."""
    with translation.override(admin_language):
        return str(dict(settings.LANGUAGES)[SITE_CODES[code]])


def switch(page: Page) -> Locator:
    with translation.override(_current_admin_language(page)):
        label = translation.gettext("Content language")
    return page.get_by_role("radiogroup", name=label)


def option(page: Page, code: str) -> Locator:
    """The switch's option for ``code``, found by its spoken name."""
    name = language_name(code, _current_admin_language(page))
    return switch(page).get_by_role("radio", name=re.compile("^" + re.escape(name)))


def choose_language(page: Page, code: str) -> None:
    option(page, code).click()
    expect(option(page, code)).to_have_attribute("aria-checked", "true")


def side_by_side(page: Page) -> Locator:
    with translation.override(_current_admin_language(page)):
        label = translation.gettext("Side by side")
    return page.get_by_role("button", name=label)


def _current_admin_language(page: Page) -> str:
    return page.locator("html").get_attribute("lang")
