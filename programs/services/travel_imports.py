"""Importing the travel details of a program's confirmed participants from a
spreadsheet: first a preview of every row's problems, then all or nothing.

The participant import (``imports.py``) sets the pattern, and this follows
it. A row names a confirmed participant of the program by e-mail and may
carry their travel details (passport, needs, emergency contact) and one
travel leg; a person with several legs has several rows, whose details must
agree. An empty cell leaves the stored value as it is, so a file of legs
alone never wipes anyone's passport.

Rows are checked in ``travel_import_rows.py``, each value as the admin's
form checks it (Latin passport names, service numbers, a stop of this
program, the interpreting pair). The import writes through
``logistics.save_travel_details`` and ``logistics.save_travel_record``, so
the audit log and the deadline apply: after the deadline, the details become
pending change requests.

The preview carries a fingerprint of what it was checked against; the
commit locks the registrations, checks again and refuses when anything
changed since (a registration, the stored details or legs, the itinerary,
the deadline).
"""

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import ChangeRequest, Program, Registration
from . import access, logistics, travel_import_rows
from .imports import ImportPreview, ImportRejected, rejection_message
from .spreadsheets import TRAVEL_SHEET

Row = tuple[int, Mapping[str, str]]


@dataclass
class TravelImportPreview(ImportPreview):
    # What the rows were checked against; the commit refuses if it moved.
    state: str = ""


@dataclass(frozen=True)
class TravelImportResult:
    people: int
    details_saved: int
    change_requests: int
    legs_saved: int


def _state(tables: dict) -> str:
    """A fingerprint of what the rows were checked against."""
    parts = [
        repr(tables["deadline"]),
        repr(sorted((key, stop and stop.pk) for key, stop in tables["stops"].items())),
    ]
    for email, candidates in sorted(tables["registrations"].items()):
        parts += [f"{email}:{r.pk}:{r.status}:{r.event_id}" for r in candidates]
    for pk, details in sorted(tables["details"].items()):
        parts.append(f"{pk}:{details.updated_at.isoformat()}")
    for key, leg in sorted(tables["legs"].items()):
        parts.append(repr((key, leg.pk, leg.date, leg.time, leg.mode, leg.number)))
        parts.append(repr((leg.from_place, leg.to_place)))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def preview_travel_import(
    program: Program, rows: Iterable[Row], headings: Mapping[str, str] | None = None
) -> TravelImportPreview:
    """Check every row of a travel-details spreadsheet for ``program``;
    write nothing.

    ``rows`` pairs each row's line number with its values keyed by the
    columns of ``spreadsheets.TRAVEL_SHEET``; ``headings`` (column to the
    heading the file gave it) lets each problem name the column as written.
    """
    headings = headings or {}
    rows = [
        (line, {c: values.get(c, "") for c in TRAVEL_SHEET.columns})
        for line, values in rows
    ]
    tables = travel_import_rows.lookup_tables(program, rows)
    checked = [
        travel_import_rows.check_row(line, values, tables, headings)
        for line, values in rows
    ]
    travel_import_rows.check_across_rows(checked, headings)
    return TravelImportPreview(program=program, rows=checked, state=_state(tables))


def commit_travel_import(
    program: Program,
    rows: Iterable[Row],
    *,
    user,
    state: str,
    headings: Mapping[str, str] | None = None,
) -> TravelImportResult:
    """Write the travel details and legs of every row, all or nothing.

    ``state`` is the preview's; when the registrations, stored details, legs,
    itinerary or deadline changed since, or a row no longer passes, raises
    ``ImportRejected`` and writes nothing. ``user`` must manage ``program``.
    Details go through ``logistics.save_travel_details`` (a change request
    after the deadline), legs through ``logistics.save_travel_record``.
    """
    if not access.programs_managed_by(user).filter(pk=program.pk).exists():
        raise ImportRejected(_("You can only import into programs you manage."))
    rows = list(rows)
    with transaction.atomic():
        first = preview_travel_import(program, rows, headings)
        people = {
            row.fields["registration"].pk
            for row in first.rows
            if row.fields["registration"] is not None
        }
        # Locked in one order, so two imports cannot deadlock.
        list(
            Registration.objects.select_for_update(no_key=True, of=("self",))
            .filter(pk__in=people)
            .order_by("pk")
        )
        preview = preview_travel_import(program, rows, headings)
        if not preview.rows:
            raise ImportRejected(_("The file has no travel details to import."))
        if not preview.is_valid:
            raise ImportRejected(rejection_message(preview), preview)
        if preview.state != state:
            raise ImportRejected(
                _(
                    "The travel details, registrations or itinerary changed "
                    "since the preview; nothing was imported. Check the file again."
                ),
                preview,
            )
        try:
            return _write(preview, user)
        except ValidationError as error:
            raise ImportRejected(
                _("The import was refused (%(error)s); nothing was imported.")
                % {"error": " ".join(error.messages)},
                preview,
            ) from error


def _write(preview: TravelImportPreview, user) -> TravelImportResult:
    details: dict[int, tuple[Registration, dict]] = {}
    for row in preview.rows:
        registration = row.fields["registration"]
        entry = details.setdefault(registration.pk, (registration, {}))
        entry[1].update(row.fields["details"])
    saved = requests = legs = 0
    for registration, data in details.values():
        if data:
            outcome = logistics.save_travel_details(registration, data, user)
            requests += isinstance(outcome, ChangeRequest)
            saved += not isinstance(outcome, ChangeRequest)
    for row in preview.rows:
        if row.fields["leg"] is not None:
            logistics.save_travel_record(row.fields["leg"], user)
            legs += 1
    return TravelImportResult(len(details), saved, requests, legs)
