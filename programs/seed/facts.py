"""Reading the seed facts and turning them into field values."""

import datetime
import json
from collections.abc import Mapping
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from ..models.dates import DatePrecision

# How the facts file marks a value its source does not give.
NOT_GIVEN = "not given"

# A partial date is padded to its first day: "2014-05" becomes 2014-05-01.
_PRECISION_AND_PADDING = {
    len("2024"): (DatePrecision.YEAR, "-01-01"),
    len("2024-08"): (DatePrecision.MONTH, "-01"),
    len("2024-08-30"): (DatePrecision.DAY, ""),
}


class SeedError(Exception):
    """The demo cannot be seeded as asked; ``message`` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def load_seed_facts(path: Path | str | None = None) -> dict:
    """Read the facts file that ships with the project (``SEED_FACTS_PATH``)."""
    path = Path(path or settings.SEED_FACTS_PATH)
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as error:
        raise SeedError(
            _("The seed facts in %(path)s cannot be read: %(error)s")
            % {"path": path, "error": error}
        ) from error


def parse_partial_date(value: str) -> tuple[datetime.date, str]:
    """Turn "2023", "2014-05" or "2024-08-30" into a first day and a precision."""
    precision, padding = _PRECISION_AND_PADDING.get(len(value), (None, ""))
    try:
        if precision is None:
            raise ValueError(value)
        return datetime.date.fromisoformat(value + padding), precision
    except ValueError as error:
        raise SeedError(
            _("“%(value)s” is not a date such as 2023, 2014-05 or 2024-08-30.")
            % {"value": value}
        ) from error


def given(value: str | None) -> str:
    """The value, or an empty string where the facts say it is not given."""
    return "" if value in (None, NOT_GIVEN) else value


def localised(field: str, texts: Mapping[str, str], **values) -> dict[str, str]:
    """Keyword arguments that fill a translated field in every site language.

    ``localised("title", {"en": "Launch", ...})`` gives
    ``{"title_en": "Launch", ..., "title_zh_hans": ...}``; ``values`` fill the
    ``{placeholders}`` of template texts.
    """
    return {
        build_localized_fieldname(field, language): (
            texts[language].format(**values) if values else texts[language]
        )
        for language in settings.LANGUAGE_CODES
    }


def empty_in_every_language(field: str) -> dict[str, str]:
    """Keyword arguments that leave a translated field empty in every language."""
    return localised(field, dict.fromkeys(settings.LANGUAGE_CODES, ""))
