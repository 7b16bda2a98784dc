"""Reading an organiser's spreadsheet (CSV or XLSX) into plain rows.

Organisers receive delegation lists from partners in several countries, so
a column may be headed "E-mail", "Courriel", "Почта" or "邮箱". Each heading
is matched, after normalising case and punctuation, against the aliases of
a ``SheetLayout``; the rows come out keyed by our own column names, every
value a stripped string. The participants' layout is below; the travel
details' is in ``travel_imports.py``. What the values mean is checked by
each import (``imports.py``, ``travel_imports.py``).
"""

import csv
import datetime
import io
import re
import zipfile
from collections.abc import Mapping
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


@dataclass(frozen=True)
class SheetLayout:
    """The columns one kind of spreadsheet has, and the headings that name
    them: ``aliases`` maps each column to its headings, normalised as
    ``normalise_heading`` does and separated by spaces."""

    columns: tuple[str, ...]
    required: tuple[str, ...]
    aliases: Mapping[str, str]

    @property
    def column_for_heading(self) -> dict[str, str]:
        return {
            alias: column
            for column, aliases in self.aliases.items()
            for alias in aliases.split()
        }


PARTICIPANT_SHEET = SheetLayout(COLUMNS, REQUIRED_COLUMNS, HEADING_ALIASES)
COLUMN_FOR_HEADING = PARTICIPANT_SHEET.column_for_heading


# The travel details of confirmed participants: the person's columns (named
# as the fields of TravelDetails) and one travel leg per row.
TRAVEL_PERSON_COLUMNS = (
    "passport_name",
    "nationality",
    "passport_number",
    "passport_expires_on",
    "dietary_requirements",
    "accessibility_needs",
    "languages_spoken",
    "interpreter_from",
    "interpreter_to",
    "emergency_contact_name",
    "emergency_contact_phone",
)
TRAVEL_LEG_COLUMNS = (
    "stop",
    "direction",
    "date",
    "time",
    "mode",
    "number",
    "from_place",
    "to_place",
)
TRAVEL_COLUMN_DESCRIPTIONS = {
    "email": _("Participant's email (required): a confirmed participant"),
    "passport_name": _("Name in the passport, in Latin letters"),
    "nationality": _("Nationality: an ISO code such as KZ, or the country's name"),
    "passport_number": _("Passport number"),
    "passport_expires_on": _("Passport expiry date, as 2030-05-31 or 31.05.2030"),
    "dietary_requirements": _("Dietary requirements"),
    "accessibility_needs": _("Accessibility needs"),
    "languages_spoken": _("Languages spoken"),
    "interpreter_from": _("Interpreting needed from (a language code or name)"),
    "interpreter_to": _("Interpreting needed into (a language code or name)"),
    "emergency_contact_name": _("Emergency contact"),
    "emergency_contact_phone": _("Emergency contact's phone"),
    "stop": _("Stop of the itinerary: its city, in any language"),
    "direction": _("Arrival or departure"),
    "date": _("Date of the leg"),
    "time": _("Time of the leg, as 14:30"),
    "mode": _("Means of travel: flight, train, road or other"),
    "number": _("Flight or train number"),
    "from_place": _("Starting point"),
    "to_place": _("Destination"),
}
TRAVEL_HEADING_ALIASES = {
    "email": (
        f"{HEADING_ALIASES['email']} participant_email participant_e_mail "
        "e_mail_du_participant courriel_du_participant почта_участника "
        "email_участника қатысушының_поштасы 参与者邮箱 参加者邮箱"
    ),
    "passport_name": (
        "passport_name name_in_passport name_in_the_passport name_as_in_passport "
        "nom_dans_le_passeport nom_du_passeport nom_sur_le_passeport "
        "имя_в_паспорте фио_в_паспорте фио_латиницей паспорттағы_аты "
        "паспорттағы_аты_жөні 护照姓名 护照上的姓名"
    ),
    "nationality": (
        "nationality citizenship nationalité citoyenneté гражданство "
        "национальность азаматтығы азаматтық 国籍"
    ),
    "passport_number": (
        "passport_number passport_no passport numéro_de_passeport "
        "numéro_du_passeport passeport номер_паспорта паспорт паспорт_нөмірі "
        "護照號碼 护照号码 护照号"
    ),
    "passport_expires_on": (
        "passport_expiry passport_expiry_date passport_expires passport_expires_on "
        "passport_valid_until expiry_date date_d'expiration date_d’expiration "
        "date_d'expiration_du_passeport date_d’expiration_du_passeport "
        "expiration_du_passeport срок_действия_паспорта паспорт_действителен_до "
        "паспорттың_жарамдылық_мерзімі жарамдылық_мерзімі 护照有效期 护照到期日 "
        "有效期至"
    ),
    "dietary_requirements": (
        "dietary_requirements dietary_needs diet régime_alimentaire régime "
        "exigences_alimentaires питание диета особенности_питания тамақтану "
        "диеталық_талаптар 饮食要求 饮食"
    ),
    "accessibility_needs": (
        "accessibility_needs accessibility besoins_d'accessibilité "
        "besoins_d’accessibilité accessibilité доступность особые_потребности "
        "қолжетімділік ерекше_қажеттіліктер 无障碍需求 无障碍"
    ),
    "languages_spoken": (
        "languages_spoken languages spoken_languages langues_parlées langues "
        "владение_языками языки меңгерген_тілдері тілдер 所讲语言 语言能力 会说的语言"
    ),
    "interpreter_from": (
        "interpreter_from interpreting_from interpreting_needed_from "
        "interprétation_depuis interprète_depuis перевод_с переводчик_с "
        "аударма_қай_тілден аударма_тілінен 口译源语言 翻译自"
    ),
    "interpreter_to": (
        "interpreter_to interpreter_into interpreting_into interpreting_needed_into "
        "interprétation_vers interprète_vers перевод_на переводчик_на "
        "аударма_қай_тілге аударма_тіліне 口译目标语言 翻译成"
    ),
    "emergency_contact_name": (
        "emergency_contact emergency_contact_name contact_d'urgence "
        "contact_d’urgence nom_du_contact_d'urgence экстренный_контакт "
        "контакт_для_экстренной_связи төтенше_байланыс 紧急联系人"
    ),
    "emergency_contact_phone": (
        "emergency_contact_phone emergency_phone téléphone_d'urgence "
        "téléphone_d’urgence телефон_экстренного_контакта экстренный_телефон "
        "төтенше_байланыс_телефоны 紧急联系电话 紧急联系人电话"
    ),
    "stop": (
        "stop city itinerary_stop stop_city étape ville город остановка "
        "қала аялдама 城市 站点 行程站点"
    ),
    "direction": (
        "direction arrival_or_departure sens arrivée_ou_départ направление "
        "прибытие_или_отъезд бағыт 方向 到达或出发"
    ),
    "date": "date leg_date travel_date date_du_trajet дата күні 日期",
    "time": "time heure время уақыт 时间",
    "mode": (
        "mode means_of_travel transport mode_de_transport moyen_de_transport "
        "транспорт вид_транспорта көлік 交通方式"
    ),
    "number": (
        "number flight_number train_number flight_or_train_number numéro "
        "numéro_de_vol numéro_de_train рейс номер_рейса номер_поезда "
        "рейс_нөмірі 航班号 车次 航班或车次"
    ),
    "from_place": (
        "from from_place origin starting_point point_de_départ provenance "
        "откуда пункт_отправления қайдан 出发地 始发地"
    ),
    "to_place": (
        "to to_place destination lieu_d'arrivée lieu_d’arrivée куда "
        "пункт_назначения баратын_жері 目的地 到达地"
    ),
}
TRAVEL_SHEET = SheetLayout(
    ("email", *TRAVEL_PERSON_COLUMNS, *TRAVEL_LEG_COLUMNS),
    ("email",),
    TRAVEL_HEADING_ALIASES,
)


class SpreadsheetError(Exception):
    """The file cannot be read as the spreadsheet expected; ``message`` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class Table:
    """The rows of a spreadsheet, keyed by our column names.

    ``rows`` pairs each row's number as the spreadsheet shows it (the
    heading is row 1) with its values; blank rows are left out.
    ``headings`` gives each column read the heading the file wrote for it,
    so a problem can name the column as the organiser sees it.
    """

    rows: list[tuple[int, dict[str, str]]]
    ignored_headings: list[str] = field(default_factory=list)
    headings: dict[str, str] = field(default_factory=dict)


def normalise_heading(heading: str) -> str:
    return re.sub(r"[\s\-_.:*]+", "_", heading.strip().casefold()).strip("_")


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # A phone number typed into Excel comes back as 77010000000.0.
        value = int(value)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        # A date typed into Excel comes back as a datetime at midnight.
        value = value.date()
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return str(value).strip()


def _table_from_rows(raw_rows, layout: SheetLayout) -> Table:
    """The rows of a sheet whose first row names the columns."""
    raw_rows = iter(raw_rows)
    first = next(raw_rows, None)
    columns, ignored = _columns_named_by(first, layout)
    headings = {
        column: _cell_text(heading)
        for column, heading in zip(columns, first, strict=False)
        if column is not None
    }
    return Table(
        rows=_filled_rows(raw_rows, columns, layout),
        ignored_headings=ignored,
        headings=headings,
    )


def _columns_named_by(
    headings, layout: SheetLayout
) -> tuple[list[str | None], list[str]]:
    """The column each heading names (``None`` for one we do not read), and
    the headings we do not read; refuses a sheet that lacks a required
    column or names one twice."""
    if not headings or not any(_cell_text(h) for h in headings):
        raise SpreadsheetError(
            _("The file is empty: its first row must name the columns.")
        )
    columns: list[str | None] = []
    ignored = []
    column_for_heading = layout.column_for_heading
    for heading in headings:
        text = _cell_text(heading)
        column = column_for_heading.get(normalise_heading(text))
        if column in columns:
            raise SpreadsheetError(
                _("Two columns mean %(column)s; keep only one.") % {"column": column}
            )
        columns.append(column)
        if column is None and text:
            ignored.append(text)
    missing = [column for column in layout.required if column not in columns]
    if missing:
        raise SpreadsheetError(
            _("The file has no %(columns)s column. Expected columns: %(expected)s.")
            % {"columns": ", ".join(missing), "expected": ", ".join(layout.columns)}
        )
    return columns, ignored


def _filled_rows(
    raw_rows, columns, layout: SheetLayout
) -> list[tuple[int, dict[str, str]]]:
    """(line number, values by column) of every row with something in it."""
    rows = []
    for number, raw in enumerate(raw_rows, start=2):
        values = dict.fromkeys(layout.columns, "")
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


def read_csv(data: bytes, layout: SheetLayout = PARTICIPANT_SHEET) -> Table:
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
        rows = csv.reader(io.StringIO(text, newline=""), dialect)
        return _table_from_rows(rows, layout)
    except csv.Error as error:
        raise SpreadsheetError(
            _("The CSV file is malformed: %(error)s") % {"error": error}
        ) from error


def read_xlsx(data: bytes, layout: SheetLayout = PARTICIPANT_SHEET) -> Table:
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
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        return _table_from_rows(rows, layout)
    finally:
        workbook.close()


def read_spreadsheet(
    data: bytes, filename: str, layout: SheetLayout = PARTICIPANT_SHEET
) -> Table:
    """Read ``data`` as CSV or XLSX, chosen by the file name's extension,
    with the columns of ``layout`` (the participants' by default)."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension == "csv":
        return read_csv(data, layout)
    if extension == "xlsx":
        return read_xlsx(data, layout)
    raise SpreadsheetError(
        _("Only .csv and .xlsx files can be imported, not “%(name)s”.")
        % {"name": filename}
    )
