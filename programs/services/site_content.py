"""The whole site's content as one JSON file, and back.

For moving a site to new servers, seeding a staging copy, or keeping a
readable copy next to the database backups. Rows with a slug (cities,
programs, events, reports) are named by it (natural keys), so the file loads
into any database; the other rows keep their ids, which is why an import
needs an empty site.

What is left out, and why:
- participants and registrations: personal data. It lives only in the
  database and its backups (pg_dump), where the retention policy reaches it;
  so programs lose their managers and press items their journalist here.
- user accounts, their preferences, the audit log and revisions: accounts and
  their history go with the database backup too;
- image renditions: they are made again from the images;
- the media files themselves: back up the media folder or bucket beside it.
"""

import json
import re
import tempfile
from pathlib import Path
from typing import TextIO

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import models, transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# In the order they load: each only points at models above it.
CONTENT_MODELS = (
    "programs.Image",
    "programs.City",
    "programs.Organisation",
    "programs.Partnership",
    "programs.Program",
    "programs.ItineraryStop",
    "programs.Event",
    "programs.PressCoverage",
    "programs.Report",
    "programs.ReportGalleryImage",
    "programs.ProgramGalleryImage",
    "programs.Redirect",
)
# Every other model of the app, each with the reason it is not exported; a
# test fails when a new model is in neither list, so nobody forgets to decide.
NOT_EXPORTED = {
    "programs.Participant": "personal data",
    "programs.Registration": "personal data",
    "programs.StaffPreference": "belongs to a user account",
    "programs.AuditEntry": "history of user accounts' actions",
    "programs.Revision": "history of user accounts' edits",
    "programs.Rendition": "made again from the images",
    # Logistics: people's trips, and the arrangements made for a program's
    # registrations, which are not exported either.
    "programs.LogisticsSettings": "belongs with the registrations",
    "programs.TravelDetails": "personal data",
    "programs.TravelLeg": "personal data",
    "programs.VisaRequirement": "personal data",
    "programs.ChangeRequest": "personal data",
    "programs.Hotel": "belongs with the registrations",
    "programs.Room": "belongs with the registrations",
    "programs.RoomNight": "personal data",
    "programs.InterpreterAssignment": "names people",
}
# Relations to what is not exported are emptied in the file.
CLEARED_FIELDS = {
    "programs.program": ("managers",),
    "programs.presscoverage": ("journalist",),
}


class SiteContentError(Exception):
    """The content cannot be imported; the message says why."""


def export_site_content(output: TextIO) -> dict[str, int]:
    """Write every content row as JSON to ``output``; return the counts by model.

    The default language is active while serialising, so the untranslated
    column of each translated field holds the same text in every export.
    """
    counts = {}
    records = []
    with translation.override(settings.LANGUAGE_CODE):
        for label in CONTENT_MODELS:
            model = apps.get_model(label)
            rows = model._default_manager.order_by("pk")
            text = serializers.serialize(
                "json",
                rows,
                use_natural_foreign_keys=True,
                use_natural_primary_keys=True,
            )
            times = [
                f.name
                for f in model._meta.concrete_fields
                if isinstance(f, models.DateTimeField)
            ]
            records += [
                _same_instant_same_text(_without_private_links(r), times)
                for r in json.loads(text)
            ]
            counts[label] = rows.count()
    json.dump(records, output, ensure_ascii=False, indent=1)
    return counts


# Django writes a time to the millisecond, but "…:26.000Z" when it has fewer
# than a thousand microseconds and "…:26Z" when it has none: one instant, two
# texts, so an import of an export would not export the same.
WHOLE_SECOND = re.compile(r"\.000(?=Z$|[+-]\d\d:\d\d$)")


def _same_instant_same_text(record: dict, times: list[str]) -> dict:
    for name in times:
        value = record["fields"].get(name)
        if isinstance(value, str):
            record["fields"][name] = WHOLE_SECOND.sub("", value)
    return record


def _without_private_links(record: dict) -> dict:
    for name in CLEARED_FIELDS.get(record["model"], ()):
        field = record["fields"][name]
        record["fields"][name] = [] if isinstance(field, list) else None
    return record


def import_site_content(source: TextIO) -> dict[str, int]:
    """Load an export into this site, which must hold no content yet.

    Everything loads in one transaction: a file that fails halfway leaves
    nothing behind. Returns the counts by model.
    """
    occupied = [
        apps.get_model(label)._meta.verbose_name_plural
        for label in CONTENT_MODELS
        if apps.get_model(label)._default_manager.exists()
    ]
    if occupied:
        raise SiteContentError(
            _(
                "This site already has content (%(what)s). Import into an empty "
                "database, or empty this one first with manage.py flush."
            )
            % {"what": ", ".join(str(name) for name in occupied)}
        )
    text = source.read()
    try:
        records = json.loads(text)
    except json.JSONDecodeError as error:
        raise SiteContentError(
            _("This is not a Caravan export: %(error)s") % {"error": error}
        ) from error
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise SiteContentError(
            _("This is not a Caravan export: it must be a list of rows.")
        )
    unknown = {r.get("model") for r in records} - {m.lower() for m in CONTENT_MODELS}
    if unknown:
        raise SiteContentError(
            _("This file holds rows Caravan does not import: %(models)s")
            % {"models": ", ".join(sorted(str(m) for m in unknown))}
        )
    # loaddata resolves natural keys and forward references and moves the id
    # sequences past the loaded rows; it reads files, so hand it one.
    with tempfile.TemporaryDirectory() as folder:
        fixture = Path(folder) / "site-content.json"
        fixture.write_text(text, encoding="utf-8")
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
            call_command("loaddata", str(fixture), verbosity=0)
            # loaddata writes rows as they are; hold each to the rules the
            # admin's forms apply (web addresses, dates in order, alt text...).
            problems = invalid_rows()
            if problems:
                summary = ngettext(
                    "Nothing was imported: %(count)d row breaks the admin's rules.",
                    "Nothing was imported: %(count)d rows break the admin's rules.",
                    len(problems),
                ) % {"count": len(problems)}
                raise SiteContentError("\n".join([summary, *problems[:20]]))
    return {
        label: apps.get_model(label)._default_manager.count()
        for label in CONTENT_MODELS
    }


def invalid_rows() -> list[str]:
    """One line per content row that fails its model's validation."""
    problems = []
    for label in CONTENT_MODELS:
        for row in apps.get_model(label)._default_manager.order_by("pk"):
            try:
                row.full_clean()
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    where = "" if field == "__all__" else f" ({field})"
                    problems += [f"{label} {row.pk}{where}: {m}" for m in messages]
    return problems
