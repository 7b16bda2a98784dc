"""Sorting names the way the visitor's language sorts them.

On PostgreSQL each language gets its ICU collation: Kazakh puts Ә after А
and Ө after О, Chinese sorts by pinyin, French ignores accents at first.
SQLite (the demo) sorts by code point.
"""

from django.db import connection
from django.db.models import F, Func
from django.db.models.functions import Coalesce, Collate
from modeltranslation.utils import build_localized_fieldname

COLLATIONS = {
    "en": "en-x-icu",
    "fr": "fr-x-icu",
    "ru": "ru-x-icu",
    "kk": "kk-x-icu",
    "zh-hans": "zh-Hans-x-icu",
}


class BlankAsNull(Func):
    """NULL for an empty text, else the text. The empty text is written into
    the SQL, not passed as a value: with values sent apart from the SQL, a
    DISTINCT query's ORDER BY must repeat a select-list expression exactly,
    and two placeholders for the same "" do not."""

    template = "NULLIF(%(expressions)s, '')"
    arity = 1


def collated(expression, language: str):
    """``expression`` sorted by ``language``'s rules where the database can."""
    if connection.vendor != "postgresql" or language not in COLLATIONS:
        return expression
    return Collate(expression, COLLATIONS[language])


def by_translated_name(path: str, language: str):
    """An ordering expression for a translated field such as ``name``: the
    visitor's language, falling back to English as the page does."""
    *relations, field = path.split("__")
    own = "__".join([*relations, build_localized_fieldname(field, language)])
    english = "__".join([*relations, build_localized_fieldname(field, "en")])
    shown = Coalesce(BlankAsNull(F(own)), F(english))
    return collated(shown, language).asc()


def by_plain_field(path: str, language: str):
    """An ordering expression for an untranslated text field (a family name)."""
    return collated(F(path), language).asc()
