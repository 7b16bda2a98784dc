"""The Jinja2 templates' messages reach every catalogue.

``makemessages`` reads ``templates/jinja2/*.html`` as Django templates
(``programs/jinja.py`` says why that works): what it finds there must be
every message the template really asks Jinja2 to translate, and each must be
translated, and not fuzzy, in every language's catalogue.
"""

import ast
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template import engines
from django.utils.translation.template import templatize
from jinja2.ext import extract_from_ast

JINJA_ROOT = settings.BASE_DIR / "templates" / "jinja2"
JINJA_TEMPLATES = sorted(JINJA_ROOT.rglob("*.html"))
LANGUAGES = ("fr", "ru", "kk", "zh_Hans")
CALL = re.compile(r"""\b_\(((?:"[^"]*")|(?:'[^']*'))\)""")


def asked_by_jinja(path: Path) -> set[str]:
    """What the template passes to ``_()``, by Jinja2's own parser."""
    tree = engines["jinja2"].env.parse(path.read_text())
    return {message for _line, _name, message in extract_from_ast(tree, ("_",))}


def found_by_makemessages(path: Path) -> set[str]:
    """The ``_("…")`` calls left in what ``templatize`` turns the template
    into: ``makemessages`` hands that text to xgettext, which finds them."""
    code = templatize(path.read_text(), origin=str(path))
    return {ast.literal_eval(literal) for literal in CALL.findall(code)}


# The templates that print only data, and so ask for no translation. Every
# other template must ask for some: if none did, a broken extraction (or
# messages no longer asked for with _()) would leave the comparison below
# with two empty sets, which would pass.
WITHOUT_MESSAGES = {
    "includes/city_native_name.html",
    "includes/event_time.html",
    "includes/press_item.html",
    "programs/page_from_parts.html",
    "programs/program/head.html",
}


def name_of(path: Path) -> str:
    return path.relative_to(JINJA_ROOT).as_posix()


def test_the_jinja_templates_ask_for_translations():
    names = {name_of(path) for path in JINJA_TEMPLATES}
    assert {"includes/program_card.html", "programs/program/content.html"} <= names
    assert names >= WITHOUT_MESSAGES
    card = JINJA_ROOT / "includes" / "program_card.html"
    assert "Launched %(date)s in %(city)s" in asked_by_jinja(card)
    assert "Launched %(date)s in %(city)s" in found_by_makemessages(card)


@pytest.mark.parametrize("path", JINJA_TEMPLATES, ids=name_of)
def test_makemessages_finds_every_message(path):
    asked = asked_by_jinja(path)
    if name_of(path) in WITHOUT_MESSAGES:
        assert asked == set()
    else:
        assert asked, f"{name_of(path)} asks for no translation; is _() still used?"
    assert found_by_makemessages(path) == asked


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    catalogue = polib.pofile(
        str(settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po")
    )
    translated = {
        entry.msgid
        for entry in catalogue
        if entry.msgstr and "fuzzy" not in entry.flags
    }
    asked = set().union(*(asked_by_jinja(path) for path in JINJA_TEMPLATES))
    assert asked - translated == set()
