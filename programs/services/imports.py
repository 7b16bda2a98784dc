"""Importing a delegation's participants into a program from a spreadsheet.

Two steps, as organisers expect from a spreadsheet upload:

1. ``preview_import`` checks every row and lists each row's problems (a bad
   email, an unknown country, category or language, a missing
   name, a person twice in the file or already registered), writing nothing.
2. ``commit_import`` checks again (the program may have changed meanwhile)
   and then registers the rows in bulk (``bulk_registration.apply_many``,
   which keeps every rule of ``registration.apply_for_program``), all in one
   transaction: one bad row, and nothing at all is written.

Columns are described in ``spreadsheets.py``. A row whose email belongs to a
person already in Caravan registers that person, whose record stays as it
is (the registration service never changes an existing person from here).
The organisation is kept as typed on the registration, and linked to a new
person when an organisation of that name exists.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext, override
from django_countries import countries

from ..models import AuditEntry, Participant, Program, Registration
from . import access, audit, bulk_registration
from .spreadsheets import COLUMNS

Row = tuple[int, Mapping[str, str]]
# Rows registered per round of queries; also how often the progress moves.
BATCH_SIZE = 1000
# The longest value each text column may hold (the model's max_length).
MAX_LENGTHS = {
    "given_name": 100,
    "family_name": 100,
    "native_name": 200,
    "email": 254,
    "phone": 40,
}


class ImportRejected(Exception):
    """The import was refused; ``message`` says why and ``preview`` (when the
    rows themselves are at fault) lists each row's problems."""

    def __init__(self, message: str, preview: "ImportPreview | None" = None):
        super().__init__(message)
        self.message = message
        self.preview = preview


@dataclass
class ImportRow:
    """One spreadsheet row: what it says, what is wrong with it, and the
    participant fields it resolves to when nothing is."""

    line: int
    values: Mapping[str, str]
    problems: list[str] = field(default_factory=list)
    fields: dict = field(default_factory=dict)
    existing_person: bool = False


@dataclass
class ImportPreview:
    program: Program
    rows: list[ImportRow]

    @property
    def rows_with_problems(self) -> list[ImportRow]:
        return [row for row in self.rows if row.problems]

    @property
    def is_valid(self) -> bool:
        return bool(self.rows) and not self.rows_with_problems


def _lookup_tables(program: Program, rows: list[Row]) -> dict:
    """Everything rows are checked against, fetched in a few queries."""
    emails = {values["email"].lower() for _line, values in rows if values["email"]}
    people = (
        Participant.objects.alias(email_lower=Lower("email"))
        .filter(email_lower__in=emails)
        .values_list("email", flat=True)
    )
    registered = Registration.objects.filter(program=program, event=None)
    registered_emails = {
        email.lower()
        for email in registered.exclude(participant__email="").values_list(
            "participant__email", flat=True
        )
    }
    # Without an email, a person can only be recognised by name.
    registered_names = {
        (given.casefold(), family.casefold())
        for given, family in registered.filter(participant__email="").values_list(
            "participant__given_name", "participant__family_name"
        )
    }
    return {
        "known_emails": {email.lower() for email in people},
        "registered_emails": registered_emails,
        "registered_names": registered_names,
        "categories": choice_lookup(Participant.Category.choices),
        "languages": choice_lookup(settings.LANGUAGES, extra=LANGUAGE_ALIASES),
    }


# Ways of writing a language that its code and English name do not cover.
LANGUAGE_ALIASES = {
    "zh": "zh-hans",
    "zh_hans": "zh-hans",
    "chinese": "zh-hans",
    "français": "fr",
    "русский": "ru",
    "қазақша": "kk",
    "қазақ тілі": "kk",
    "中文": "zh-hans",
    "简体中文": "zh-hans",
}


def choice_lookup(choices, extra: Mapping[str, str] | None = None) -> dict:
    """Codes, English labels and labels in the active language of
    ``choices``, case-folded, to the code."""
    lookup = {code.casefold(): code for code, _label in choices}
    for code, label in choices:
        lookup.setdefault(str(label).casefold(), code)
        with override("en"):
            lookup.setdefault(str(label).casefold(), code)
    lookup.update(extra or {})
    return lookup


def country_code(value: str) -> str:
    """The ISO code for an ISO code (2 or 3 letters) or an English name."""
    return countries.alpha2(value) or countries.by_name(value) or ""


def _check_row(line: int, values: Mapping[str, str], tables: dict) -> ImportRow:
    """One row of the file, checked: its problems, or the fields to register."""
    row = ImportRow(line=line, values=values)
    problems = row.problems
    problems += _text_problems(values)
    problems += _identity_problems(values, tables)
    country = _choice(values["country"], country_code, problems, UNKNOWN_COUNTRY)
    category = _category(values["category"], tables, problems)
    language = _choice(
        values["preferred_language"],
        lambda value: tables["languages"].get(value.casefold()),
        problems,
        UNKNOWN_LANGUAGE,
        choices=settings.LANGUAGE_CODES,
        default=settings.LANGUAGE_CODE,
    )
    if not problems:
        row.fields = {
            **{column: values[column] for column in MAX_LENGTHS},
            "country": country,
            "category": category,
            "preferred_language": language,
        }
        email = values["email"].lower()
        row.existing_person = bool(email) and email in tables["known_emails"]
    return row


UNKNOWN_COUNTRY = _lazy(
    "Unknown country “%(value)s”: use an ISO code such as KZ or CN."
)
UNKNOWN_CATEGORY = _lazy("Unknown category “%(value)s”: use one of %(choices)s.")
UNKNOWN_LANGUAGE = _lazy("Unknown language “%(value)s”: use one of %(choices)s.")


def _text_problems(values: Mapping[str, str]) -> list[str]:
    """A given name, and no column longer than its field."""
    problems = [] if values["given_name"] else [_("The given name is missing.")]
    for column, limit in MAX_LENGTHS.items():
        if len(values[column]) > limit:
            problems.append(
                _("%(column)s is longer than %(max)d characters.")
                % {"column": column, "max": limit}
            )
    return problems


def _identity_problems(values: Mapping[str, str], tables: dict) -> list[str]:
    """A valid e-mail not yet registered, or, without one, a name not yet
    registered: the same person is never registered twice."""
    email = values["email"]
    if not email:
        name = (values["given_name"].casefold(), values["family_name"].casefold())
        if name in tables["registered_names"]:
            return [_("A person of this name is already registered.")]
        return []
    problems = []
    try:
        validate_email(email)
    except ValidationError:
        problems.append(_("“%(email)s” is not a valid email.") % {"email": email})
    if email.lower() in tables["registered_emails"]:
        problems.append(_("This email is already registered for the program."))
    return problems


def _choice(value, find, problems, unknown, choices=(), default=""):
    """``find(value)`` for a filled cell, noting ``unknown`` when it finds
    nothing; ``default`` for an empty one."""
    if not value:
        return default
    found = find(value)
    if not found:
        problems.append(unknown % {"value": value, "choices": ", ".join(choices)})
    return found


def _category(value: str, tables: dict, problems: list[str]):
    if not value:
        problems.append(_("The category is missing."))
        return None
    return _choice(
        value,
        lambda typed: tables["categories"].get(typed.casefold()),
        problems,
        UNKNOWN_CATEGORY,
        choices=Participant.Category,
    )


def _mark_duplicates(rows: list[ImportRow]) -> None:
    """Flag each row that repeats an earlier row's email (or, without an
    email, its name): the same person cannot be registered twice."""
    first_seen: dict[tuple, int] = {}
    for row in rows:
        email = row.values["email"].lower()
        key = (
            ("email", email)
            if email
            else (
                "name",
                row.values["given_name"].casefold(),
                row.values["family_name"].casefold(),
            )
        )
        if key in first_seen:
            row.problems.append(
                _("The same person as in row %(line)d.") % {"line": first_seen[key]}
            )
            row.fields = {}
        else:
            first_seen[key] = row.line


def rejection_message(preview: ImportPreview) -> str:
    """Why a preview with problems cannot be imported."""
    count = len(preview.rows_with_problems)
    return ngettext(
        "%(count)d row has problems; nothing was imported.",
        "%(count)d rows have problems; nothing was imported.",
        count,
    ) % {"count": count}


def preview_import(program: Program, rows: Iterable[Row]) -> ImportPreview:
    """Check every row of a spreadsheet for ``program``; write nothing.

    ``rows`` pairs each row's spreadsheet line number with its values keyed
    by the columns of ``spreadsheets.COLUMNS``.
    """
    rows = [(line, {c: values.get(c, "") for c in COLUMNS}) for line, values in rows]
    tables = _lookup_tables(program, rows)
    checked = [_check_row(line, values, tables) for line, values in rows]
    _mark_duplicates(checked)
    return ImportPreview(program=program, rows=checked)


def commit_import(
    program: Program,
    rows: Iterable[Row],
    *,
    user=None,
    notify: bool = False,
    progress: Callable[[int], object] | None = None,
) -> list[Registration]:
    """Register every row for ``program``, all or nothing.

    Rows are checked again inside the transaction; any problem raises
    ``ImportRejected`` with the preview, and nothing is written. The rows
    are registered in batches through ``bulk_registration.apply_many``
    (source "import"), the same as ``registration.apply_for_program`` row by
    row: confirmed while seats remain and waitlisted in file order after.
    ``notify`` emails each person their confirmation or waitlist place.
    ``user`` (None for a command) must manage the program; the import is
    recorded in the audit log. ``progress`` is called after each batch with
    the number of rows it held.
    """
    if user is not None and not (
        access.programs_managed_by(user).filter(pk=program.pk).exists()
    ):
        raise ImportRejected(_("You can only import into programs you manage."))
    with transaction.atomic():
        preview = preview_import(program, rows)
        if not preview.rows:
            raise ImportRejected(_("The file has no participants to import."))
        if not preview.is_valid:
            raise ImportRejected(rejection_message(preview), preview)
        registrations = []
        for start in range(0, len(preview.rows), BATCH_SIZE):
            batch = preview.rows[start : start + BATCH_SIZE]
            registrations += _register_batch(program, batch, notify=notify)
            if progress is not None:
                progress(len(batch))
        audit.record(
            AuditEntry.Action.IMPORTED_PARTICIPANTS,
            program,
            user=user,
            rows=len(registrations),
            confirmed=sum(
                r.status == Registration.Status.CONFIRMED for r in registrations
            ),
            waitlisted=sum(
                r.status == Registration.Status.WAITLISTED for r in registrations
            ),
        )
    return registrations


def _register_batch(
    program: Program, rows: list[ImportRow], *, notify: bool
) -> list[Registration]:
    try:
        return bulk_registration.apply_many(
            program,
            [(row.fields, row.values["organisation"]) for row in rows],
            source=Registration.Source.IMPORT,
            notify=notify,
        )
    except bulk_registration.RowRefused as error:
        raise ImportRejected(
            _("Row %(line)d: %(error)s; nothing was imported.")
            % {"line": rows[error.index].line, "error": error.message}
        ) from error
