"""Reading a participants' spreadsheet (CSV or XLSX) into plain rows.

Organisers receive delegation lists from partners in several countries, so
a column may be headed "E-mail", "Courriel", "Почта" or "邮箱". Each heading
is matched, after normalising case and punctuation, against the aliases
below; the rows come out keyed by our own column names, every value a
stripped string. What the values mean is checked in ``imports.py``.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# Our columns, in the order a template spreadsheet lists them.
COLUMNS = (
    "given_name",
    "family_name",
    "native_name",
    "email",
    "phone",
    "organisation",
    "country",
    "category",
    "preferred_language",
)
REQUIRED_COLUMNS = ("given_name",)
# What each column holds, for the import page.
COLUMN_DESCRIPTIONS = {
    "given_name": _("Given name (required)"),
    "family_name": _("Family name"),
    "native_name": _("Name in native script"),
    "email": _("Email; a person already known by it is registered as they are"),
    "phone": _("Phone"),
    "organisation": _("Organisation, linked when one of that name exists"),
    "country": _("Country: an ISO code such as KZ, or its English name"),
    "category": _("Category, by its code or its English name:"),
    "preferred_language": _("Preferred language (English when empty):"),
}
MAX_ROWS = 20_000

# Headings in en, fr, ru, kk and zh, normalised as ``normalise_heading`` does.
HEADING_ALIASES = {
    "given_name": (
        "given_name first_name firstname forename prénom prenom имя аты 名 名字"
    ),
    "family_name": (
        "family_name last_name lastname surname nom nom_de_famille фамилия тегі 姓"
    ),
    "native_name": (
        "native_name name_in_native_script native nom_natif "
        "имя_на_родном_языке төл_атауы 原名 本名"
    ),
    "email": (
        "email e_mail mail courriel adresse_e_mail электронная_почта почта "
        "электрондық_пошта 电子邮件 邮箱"
    ),
    "phone": "phone telephone téléphone tel mobile телефон 电话 手机",
    "organisation": (
        "organisation organization organisme организация ұйым 机构 单位 组织"
    ),
    "country": "country country_code pays страна ел 国家",
    "category": "category catégorie categorie категория санат 类别",
    "preferred_language": ("preferred_language language langue язык тіл 语言 首选语言"),
}
COLUMN_FOR_HEADING = {
    alias: column
    for column, aliases in HEADING_ALIASES.items()
    for alias in aliases.split()
}


class SpreadsheetError(Exception):
    """The file cannot be read as a participants' list; ``message`` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class Table:
    """The rows of a spreadsheet, keyed by our column names.

    ``rows`` pairs each row's number as the spreadsheet shows it (the
    heading is row 1) with its values; blank rows are left out.
    """

    rows: list[tuple[int, dict[str, str]]]
    ignored_headings: list[str] = field(default_factory=list)


def normalise_heading(heading: str) -> str:
    return re.sub(r"[\s\-_.:*]+", "_", heading.strip().casefold()).strip("_")


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # A phone number typed into Excel comes back as 77010000000.0.
        value = int(value)
    return str(value).strip()


def _table_from_rows(raw_rows) -> Table:
    """The rows of a sheet whose first row names the columns."""
    raw_rows = iter(raw_rows)
    columns, ignored = _columns_named_by(next(raw_rows, None))
    return Table(rows=_filled_rows(raw_rows, columns), ignored_headings=ignored)


def _columns_named_by(headings) -> tuple[list[str | None], list[str]]:
    """The column each heading names (``None`` for one we do not read), and
    the headings we do not read; refuses a sheet that lacks a required
    column or names one twice."""
    if not headings or not any(_cell_text(h) for h in headings):
        raise SpreadsheetError(
            _("The file is empty: its first row must name the columns.")
        )
    columns: list[str | None] = []
    ignored = []
    for heading in headings:
        text = _cell_text(heading)
        column = COLUMN_FOR_HEADING.get(normalise_heading(text))
        if column in columns:
            raise SpreadsheetError(
                _("Two columns mean %(column)s; keep only one.") % {"column": column}
            )
        columns.append(column)
        if column is None and text:
            ignored.append(text)
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise SpreadsheetError(
            _("The file has no %(columns)s column. Expected columns: %(expected)s.")
            % {"columns": ", ".join(missing), "expected": ", ".join(COLUMNS)}
        )
    return columns, ignored


def _filled_rows(raw_rows, columns) -> list[tuple[int, dict[str, str]]]:
    """(line number, values by column) of every row with something in it."""
    rows = []
    for number, raw in enumerate(raw_rows, start=2):
        values = dict.fromkeys(COLUMNS, "")
        for column, value in zip(columns, raw, strict=False):
            if column is not None:
                values[column] = _cell_text(value)
        if any(values.values()):
            rows.append((number, values))
        if len(rows) > MAX_ROWS:
            raise SpreadsheetError(
                _("The file has more than %(max)d rows; split it into smaller files.")
                % {"max": MAX_ROWS}
            )
    return rows


def read_csv(data: bytes) -> Table:
    """Rows of a CSV file in UTF-8 (with or without a byte-order mark),
    separated by commas, semicolons (Excel in French or Russian) or tabs."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SpreadsheetError(
            _(
                "The file is not UTF-8 text. Save it as “CSV UTF-8” "
                "(or as XLSX) and try again."
            )
        ) from error
    first_line = text.split("\n", 1)[0]
    try:
        dialect = csv.Sniffer().sniff(first_line, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return _table_from_rows(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as error:
        raise SpreadsheetError(
            _("The CSV file is malformed: %(error)s") % {"error": error}
        ) from error


def read_xlsx(data: bytes) -> Table:
    """Rows of the first sheet of an XLSX workbook, as the cells show them."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise SpreadsheetError(
            _("The file is not a readable XLSX workbook.")
        ) from error
    try:
        return _table_from_rows(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


def read_spreadsheet(data: bytes, filename: str) -> Table:
    """Read ``data`` as CSV or XLSX, chosen by the file name's extension."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension == "csv":
        return read_csv(data)
    if extension == "xlsx":
        return read_xlsx(data)
    raise SpreadsheetError(
        _("Only .csv and .xlsx files can be imported, not “%(name)s”.")
        % {"name": filename}
    )
