"""Travel-details spreadsheets, built in memory for the import tests."""

import csv
import io

from openpyxl import Workbook

from programs.services.spreadsheets import TRAVEL_SHEET

COLUMNS = list(TRAVEL_SHEET.columns)


def travel_row(email="aliya@example.org", **values) -> dict:
    """One row, as a dict of our column names."""
    return {"email": email, **values}


def _grid(rows: list[dict], headings: dict[str, str] | None):
    columns = [c for c in COLUMNS if any(c in row for row in rows)]
    headings = headings or {}
    yield [headings.get(column, column) for column in columns]
    for row in rows:
        yield [row.get(column, "") for column in columns]


def travel_csv(rows: list[dict], headings: dict[str, str] | None = None) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(_grid(rows, headings))
    return buffer.getvalue().encode("utf-8")


def travel_xlsx(rows: list[dict], headings: dict[str, str] | None = None) -> bytes:
    workbook = Workbook()
    for line in _grid(rows, headings):
        workbook.active.append(line)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
