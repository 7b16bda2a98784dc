"""Writing a revision's content back onto its program or report.

Called by ``revisions.roll_back`` inside its transaction; nothing here
commits on its own. Publishing fields and managers are left as they are
(see ``revision_content.NOT_RESTORED``).
"""

from django.db import models, router
from django.db.models.deletion import Collector, ProtectedError, RestrictedError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .revision_content import (
    NOT_RESTORED,
    Part,
    content_fields,
    part_fields,
    part_model,
    part_parent,
    parts_of,
    references,
)


class RevisionError(Exception):
    """A rollback is impossible as things stand; ``message`` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def restore(obj: models.Model, content: dict) -> list[str]:
    """Give ``obj`` the content of a revision; return the rows left out.

    Raises ``RevisionError`` before writing anything when the rollback would
    delete more than the rows themselves (an event's registrations), when a
    required reference is gone, or when another item took a slug it needs.
    """
    model = type(obj)
    existing = _existing_references(model, content)
    _check_unique_values(obj, content)
    deletions = _rows_to_delete(obj, content)
    _check_deletions_stay_inside(obj, deletions)

    m2m = _restore_fields(obj, content_fields(model), content["fields"], existing)
    obj.save()
    for name, pks in m2m.items():
        getattr(obj, name).set(pks)

    skipped = []
    for part in parts_of(model):
        rows = content["parts"].get(part.relation, [])
        if part.replace_wholesale:
            getattr(obj, part.relation).all().delete()
        else:
            for row in deletions[part.relation]:
                row.delete()
        skipped += _restore_rows(obj, part, rows, existing)
    return skipped


def _restore_fields(target, fields, values: dict, existing) -> dict:
    """Set ``values`` on ``target``; return the many-to-many values to set."""
    m2m = {}
    for model_field in fields:
        # A field added since the revision keeps today's value.
        if model_field.name not in values or model_field.name in NOT_RESTORED:
            continue
        value = values[model_field.name]
        if model_field.many_to_many:
            related = model_field.related_model
            m2m[model_field.name] = [pk for pk in value if (related, pk) in existing]
        elif model_field.is_relation:
            if value is not None and (model_field.related_model, value) not in existing:
                if not model_field.null:
                    raise _MissingReference(model_field)
                value = None
            setattr(target, model_field.attname, value)
        else:
            setattr(target, model_field.attname, model_field.to_python(value))
    return m2m


class _MissingReference(Exception):
    def __init__(self, model_field):
        super().__init__(model_field.name)
        self.field = model_field


def _restore_rows(obj, part: Part, rows: list[dict], existing) -> list[str]:
    model = type(obj)
    row_model = part_model(model, part)
    parent = part_parent(model, part)
    fields = part_fields(model, part)
    current = {row.pk: row for row in getattr(obj, part.relation).all()}
    elsewhere = set(
        row_model._base_manager.filter(pk__in=[row["pk"] for row in rows])
        .exclude(pk__in=current)
        .values_list("pk", flat=True)
    )
    skipped = []
    for row in rows:
        instance = current.get(row["pk"])
        new_row = instance is None
        if new_row:
            # A row that comes back does so as a draft: rolling back never
            # publishes anything. Its id is reused unless it moved elsewhere.
            pk = None if row["pk"] in elsewhere else row["pk"]
            instance = row_model(pk=pk, **{parent: obj})
        try:
            m2m = _restore_fields(instance, fields, row["fields"], existing)
        except _MissingReference:
            skipped.append(
                gettext("%(kind)s no. %(id)s")
                % {"kind": row_model._meta.verbose_name, "id": row["pk"]}
            )
            continue
        instance.save(force_insert=new_row)
        for name, pks in m2m.items():
            getattr(instance, name).set(pks)
    return skipped


def _existing_references(model, content: dict) -> set[tuple]:
    """Which (model, pk) pairs the revision refers to still exist.

    One query per referenced model. Rows the rollback itself recreates count
    as existing, so an event may point at a stop that comes back with it.
    """
    restored = {
        (part_model(model, part), row["pk"])
        for part in parts_of(model)
        if part.replace_wholesale
        for row in content["parts"].get(part.relation, [])
    }
    found = set(restored)
    for related, pks in references(model, content).items():
        found.update(
            (related, pk)
            for pk in related._base_manager.filter(pk__in=pks).values_list(
                "pk", flat=True
            )
        )
    return found


def _check_unique_values(obj, content: dict) -> None:
    """Refuse clearly when another item has taken a unique value (a slug)."""
    model = type(obj)
    _refuse_taken(model, content_fields(model), [content["fields"]], {obj.pk})
    for part in parts_of(model):
        rows = content["parts"].get(part.relation, [])
        current = set(getattr(obj, part.relation).values_list("pk", flat=True))
        ours = current | {row["pk"] for row in rows}
        fields = part_fields(model, part)
        _refuse_taken(
            part_model(model, part), fields, [r["fields"] for r in rows], ours
        )


def _refuse_taken(model, fields, values: list[dict], ours: set) -> None:
    for model_field in fields:
        if not model_field.unique or model_field.name in NOT_RESTORED:
            continue
        wanted = [v[model_field.name] for v in values if v.get(model_field.name)]
        taken = (
            model._base_manager.filter(**{f"{model_field.name}__in": wanted})
            .exclude(pk__in=ours)
            .values_list(model_field.name, flat=True)
            .first()
        )
        if taken is not None:
            raise RevisionError(
                _(
                    "This revision cannot be restored: another %(kind)s now uses "
                    "the %(field)s “%(value)s”. Change that one first."
                )
                % {
                    "kind": model._meta.verbose_name,
                    "field": model_field.verbose_name,
                    "value": taken,
                }
            )


def _rows_to_delete(obj, content: dict) -> dict[str, list]:
    deletions = {}
    for part in parts_of(type(obj)):
        kept = {row["pk"] for row in content["parts"].get(part.relation, [])}
        relation = getattr(obj, part.relation)
        deletions[part.relation] = (
            list(relation.all())
            if part.replace_wholesale
            else list(relation.exclude(pk__in=kept))
        )
    return deletions


def _check_deletions_stay_inside(obj, deletions: dict[str, list]) -> None:
    """Refuse a rollback whose deletions would take other data with them.

    An event people registered for is the case that matters: deleting it
    would delete their registrations, which a content rollback must not do.
    Rows replaced wholesale only take rows this rollback puts back.
    """
    replaced = {
        part_model(type(obj), part)
        for part in parts_of(type(obj))
        if part.replace_wholesale
    }
    for rows in deletions.values():
        for row in rows:
            collector = Collector(using=router.db_for_write(type(row)))
            try:
                collector.collect([row])
            except (ProtectedError, RestrictedError):
                raise RevisionError(_blocked(row)) from None
            taken = [
                related
                for related, instances in collector.data.items()
                if instances and related is not type(row) and related not in replaced
            ]
            fast = [qs for qs in collector.fast_deletes if qs.exists()]
            if taken or fast:
                raise RevisionError(_blocked(row))


def _blocked(row) -> str:
    return _(
        "This revision cannot be restored: it would delete the %(kind)s "
        "“%(item)s”, and other records depend on it (registrations, for "
        "example). Move or remove them first."
    ) % {"kind": row._meta.verbose_name, "item": row}
