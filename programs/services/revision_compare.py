"""Comparing two revisions field by field, language by language, row by row.

The result is a plain structure the history page renders as a table: field,
language, before, after; then the inline rows that were added, removed or
changed. Related objects are named in one query per related model, in the
reader's language.
"""

import difflib
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.utils import formats, timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext
from modeltranslation.utils import build_localized_fieldname

from .revision_content import (
    Part,
    content_fields,
    part_fields,
    part_model,
    parts_of,
    references,
)

LANGUAGE_NAMES = dict(settings.LANGUAGES)
TOKENS = re.compile(r"(\s+)")


@dataclass
class FieldChange:
    field: str
    # The language's name, or "" for a field that is not translated.
    language: str
    before: SafeString
    after: SafeString


@dataclass
class RowChange:
    kind: str
    label: str
    # "added", "removed" or "changed"; ``state_label`` says it to the reader.
    state: str
    state_label: str
    changes: list[FieldChange] = field(default_factory=list)


@dataclass
class Comparison:
    fields: list[FieldChange]
    rows: list[RowChange]

    @property
    def is_empty(self) -> bool:
        return not self.fields and not self.rows


def compare(model: type[models.Model], older: dict, newer: dict) -> Comparison:
    """What changed from revision content ``older`` to ``newer``."""
    labels = _related_labels(model, [older, newer])
    fields = content_fields(model)
    changes = _field_changes(fields, older["fields"], newer["fields"], labels)
    rows = []
    for part in parts_of(model):
        rows += _row_changes(
            model,
            part,
            older["parts"].get(part.relation, []),
            newer["parts"].get(part.relation, []),
            labels,
        )
    return Comparison(fields=changes, rows=rows)


def _field_changes(fields, before: dict, after: dict, labels) -> list[FieldChange]:
    changes = []
    for model_field in fields:
        old, new = before.get(model_field.name), after.get(model_field.name)
        if (_empty(old) and _empty(new)) or old == new:
            continue
        old_text = _display(model_field, old, labels)
        new_text = _display(model_field, new, labels)
        old_html, new_html = _highlight(old_text, new_text)
        name, language = _field_names(model_field)
        changes.append(FieldChange(name, language, old_html, new_html))
    return changes


def _row_changes(model, part: Part, older: list, newer: list, labels) -> list:
    row_model = part_model(model, part)
    kind = str(row_model._meta.verbose_name)
    fields = part_fields(model, part)
    old_rows = {row["pk"]: row["fields"] for row in older}
    new_rows = {row["pk"]: row["fields"] for row in newer}
    empty: dict = {}
    result = []
    for pk, values in new_rows.items():
        before = old_rows.get(pk)
        changes = _field_changes(fields, before or empty, values, labels)
        if before is None:
            state, state_label = "added", gettext("added")
        elif changes:
            state, state_label = "changed", gettext("changed")
        else:
            continue
        label = _row_label(row_model, part, fields, values, labels)
        result.append(RowChange(kind, label, state, state_label, changes))
    for pk, values in old_rows.items():
        if pk not in new_rows:
            label = _row_label(row_model, part, fields, values, labels)
            changes = _field_changes(fields, values, empty, labels)
            result.append(
                RowChange(kind, label, "removed", gettext("removed"), changes)
            )
    return result


def _row_label(row_model, part: Part, fields, values: dict, labels) -> str:
    by_name = {model_field.name: model_field for model_field in fields}
    words = []
    for name in part.label_fields:
        if name in by_name:
            words.append(_display(by_name[name], values.get(name), labels))
        else:
            # A translated field: the reader's language, else English.
            words.append(
                values.get(build_localized_fieldname(name, get_language()))
                or values.get(build_localized_fieldname(name, "en"))
                or ""
            )
    return " · ".join(word for word in words if word)


def _field_names(model_field) -> tuple[str, str]:
    original = getattr(model_field, "translated_field", None)
    if original is None:
        return str(model_field.verbose_name), ""
    return str(original.verbose_name), str(LANGUAGE_NAMES[model_field.language])


def _empty(value) -> bool:
    return value is None or value == "" or value == []


def _display(model_field, value, labels) -> str:
    """``value`` (as stored in a revision) as a reader would want to see it."""
    if _empty(value):
        return ""
    if model_field.many_to_many:
        return ", ".join(labels[(model_field.related_model, pk)] for pk in value)
    if model_field.is_relation:
        return labels[(model_field.related_model, value)]
    if model_field.flatchoices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.BooleanField):
        return gettext("yes") if value else gettext("no")
    if isinstance(model_field, models.DateTimeField):
        moment = timezone.localtime(parse_datetime(value))
        return formats.date_format(moment, "DATETIME_FORMAT")
    if isinstance(model_field, models.DateField):
        return formats.date_format(parse_date(value), "DATE_FORMAT")
    return str(value)


def _highlight(old: str, new: str) -> tuple[SafeString, SafeString]:
    """Both texts, escaped, with the removed and added words marked."""
    if not old or not new:
        return escape(old), escape(new)
    old_words, new_words = TOKENS.split(old), TOKENS.split(new)
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    before, after = [], []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        removed, added = "".join(old_words[a1:a2]), "".join(new_words[b1:b2])
        if op == "equal":
            before.append(escape(removed))
            after.append(escape(added))
            continue
        if removed:
            before.append(format_html("<del>{}</del>", removed))
        if added:
            after.append(format_html("<ins>{}</ins>", added))
    # Every piece is escape() or format_html() output.
    return mark_safe("".join(before)), mark_safe("".join(after))  # noqa: S308  # nosec B308 B703


def _related_labels(model, contents: list[dict]) -> dict[tuple, str]:
    """A name for every object the revisions refer to, deleted ones included."""
    wanted: dict[type[models.Model], set] = {}
    for content in contents:
        for related, pks in references(model, content).items():
            wanted.setdefault(related, set()).update(pks)
    labels = {}
    for related, pks in wanted.items():
        found = related._base_manager.select_related().in_bulk(pks)
        for pk in pks:
            labels[(related, pk)] = (
                str(found[pk])
                if pk in found
                else gettext("no. %(id)s (deleted)") % {"id": pk}
            )
    return labels
