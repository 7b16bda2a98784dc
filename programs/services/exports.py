"""Exporting registrations as CSV or XLSX for the organisers' spreadsheets.

Names arrive in five scripts (Latin, Cyrillic, Kazakh Cyrillic, Chinese), so
the CSV is UTF-8 with a byte-order mark, without which Excel reads it in the
machine's legacy code page; XLSX stores Unicode natively.

A spreadsheet runs any cell that starts like a formula, so a participant
named ``=HYPERLINK(...)`` on a public form could attack the organiser who
opens the export. Every such cell is prefixed with a single quote, which
spreadsheets show as text (OWASP's advice for CSV injection).
"""

import csv
import datetime
import io
from collections.abc import Iterable, Iterator

from django.db import transaction
from django.db.models import Count, QuerySet
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from ..models import AuditEntry, Program, Registration
from . import audit

# Characters that make a spreadsheet treat a cell as a formula or a command.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def neutralise(value: object) -> object:
    """``value`` made safe for a spreadsheet cell: text that a spreadsheet
    would run as a formula gets a leading single quote; numbers and dates
    pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_columns() -> list[tuple[str, str]]:
    """(key, heading) of each exported column, headings in the active language."""
    return [
        ("given_name", _("Given name")),
        ("family_name", _("Family name")),
        ("native_name", _("Name in native script")),
        ("email", _("Email")),
        ("phone", _("Phone")),
        ("organisation", _("Organisation")),
        ("country", _("Country")),
        ("category", _("Category")),
        ("preferred_language", _("Preferred language")),
        ("program", _("Program")),
        ("event", _("Event")),
        ("status", _("Status")),
        ("waitlist_position", _("Waitlist position")),
        ("source", _("Source")),
        ("applied_at", _("Applied")),
        ("confirmed_at", _("Confirmed")),
    ]


def _timestamp(value):
    # A real (naive, local) datetime: XLSX stores it as a date cell, which the
    # spreadsheet shows in its user's own format; CSV writes it as the
    # organiser's language writes dates (see _csv_cell).
    return timezone.make_naive(timezone.localtime(value)) if value else ""


def _csv_cell(value: object) -> object:
    if isinstance(value, datetime.datetime):
        return formats.date_format(value, "SHORT_DATETIME_FORMAT")
    return value


def registration_row(registration: Registration) -> list[object]:
    """One registration as the cells of a row, in ``export_columns`` order."""
    person = registration.participant
    return [
        person.given_name,
        person.family_name,
        person.native_name,
        person.email,
        person.phone,
        person.organisation.name if person.organisation else "",
        person.country.code,
        person.get_category_display(),
        person.preferred_language,
        registration.program.slug,
        registration.event.slug if registration.event else "",
        registration.get_status_display(),
        registration.waitlist_position or "",
        registration.get_source_display(),
        _timestamp(registration.applied_at),
        _timestamp(registration.confirmed_at),
    ]


def exported_rows(registrations: QuerySet[Registration]) -> Iterator[list[object]]:
    """The heading row, then one neutralised row per registration."""
    yield [heading for _key, heading in export_columns()]
    queryset = registrations.select_related(
        "participant__organisation", "program", "event"
    ).order_by("program", "participant__family_name", "participant__given_name", "pk")
    # The iterator keeps memory flat for tens of thousands of rows.
    for registration in queryset.iterator(chunk_size=2000):
        yield [neutralise(cell) for cell in registration_row(registration)]


def write_csv(rows: Iterable[list[object]]) -> bytes:
    """The rows as UTF-8 CSV with a byte-order mark, for Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows([_csv_cell(cell) for cell in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_xlsx(rows: Iterable[list[object]], title: str) -> bytes:
    """The rows as a one-sheet XLSX workbook, every cell stored as a value."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    # Sheet titles are limited to 31 characters and some punctuation.
    sheet = workbook.create_sheet(
        title="".join(c for c in title if c not in "[]:*?/\\")[:31]
    )
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


FORMATS = ("csv", "xlsx")


def export_registrations(
    registrations: QuerySet[Registration],
    file_format: str,
    *,
    user=None,
    filters: dict | None = None,
) -> tuple[bytes, str]:
    """Export ``registrations`` as ``file_format`` ("csv" or "xlsx").

    The caller narrows ``registrations`` to what ``user`` may see (their
    managed programs and the changelist's filters). Each program exported
    is recorded in the audit log with the number of rows and the filters.
    Returns the file's bytes and its content type.
    """
    if file_format not in FORMATS:
        raise ValueError(f"unknown export format {file_format!r}")
    with transaction.atomic():
        rows = list(exported_rows(registrations))
        counts = dict(
            registrations.order_by()
            .values("program")
            .annotate(n=Count("pk"))
            .values_list("program", "n")
        )
        for program in Program.objects.filter(pk__in=counts):
            audit.record(
                AuditEntry.Action.EXPORTED_REGISTRATIONS,
                program,
                user=user,
                format=file_format,
                rows=counts[program.pk],
                filters=filters or {},
            )
    if file_format == "csv":
        return write_csv(rows), CSV_CONTENT_TYPE
    return write_xlsx(rows, _("Registrations")), XLSX_CONTENT_TYPE
