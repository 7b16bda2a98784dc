"""Spreadsheets of participants, built in memory for the import tests."""

import csv
import io

from openpyxl import Workbook

from programs.services.spreadsheets import COLUMNS

HEADINGS = list(COLUMNS)


def person(given="Aliya", family="Seitova", email="aliya@example.org", **more):
    """One spreadsheet row, as a dict of our columns."""
    row = dict.fromkeys(HEADINGS, "")
    row.update(given_name=given, family_name=family, email=email)
    row.update(country="KZ", category="journalist")
    row.update(more)
    return row


def csv_bytes(rows: list[dict], headings=HEADINGS, delimiter=",") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headings)
    for row in rows:
        writer.writerow([row.get(h, "") for h in HEADINGS])
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(rows: list[dict], headings=HEADINGS) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headings)
    for row in rows:
        sheet.append([row.get(h, "") for h in HEADINGS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
