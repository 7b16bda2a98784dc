"""Dates known only to the year or the month.

The seed facts know the launch as "August 2024" and the Lianyungang–Aktau
partnership as "2023". Such a date is stored as its first day plus a precision,
so it sorts and filters like any date but is shown no more exactly than known.
"""

import datetime

from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext


class DatePrecision(models.TextChoices):
    DAY = "day", _("Exact day")
    MONTH = "month", _("Month only")
    YEAR = "year", _("Year only")


def normalise_partial_date(
    value: datetime.date | None, precision: str
) -> datetime.date | None:
    """Move a date to the first day of its month or year, as its precision says."""
    if value is None:
        return None
    if precision == DatePrecision.YEAR:
        return value.replace(month=1, day=1)
    if precision == DatePrecision.MONTH:
        return value.replace(day=1)
    return value


def format_partial_date(value: datetime.date | None, precision: str) -> str:
    """Render a date at its true precision in the active language."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        # Django has no year-only format; each language says how it writes a
        # bare year ("2023", "2023 г.", "2023 ж.", "2023年").
        return formats.date_format(value, pgettext("year-only date format", "Y"))
    if precision == DatePrecision.MONTH:
        return formats.date_format(value, "YEAR_MONTH_FORMAT")
    return formats.date_format(value, "DATE_FORMAT")


# The years a filter may ask about: dates before 1900 or after 2200 are no
# program's, and anything outside 1..9999 is no date at all.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def year_or_none(raw: str | None) -> int | None:
    """A year typed into a filter, or ``None`` when it is not a plausible one
    ("-1", "99999999999999999999", "2024a")."""
    raw = (raw or "").strip()
    if not raw.isascii() or not raw.isdigit() or len(raw) > 4:
        return None
    year = int(raw)
    return year if FIRST_YEAR <= year <= LAST_YEAR else None
