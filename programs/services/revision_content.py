"""What a revision keeps of a program or report, as plain JSON.

A revision's content looks like::

    {"fields": {"title_en": "…", "title_fr": "…", "organisers": [3, 5], …},
     "parts": {"itinerary_stops": [{"pk": 7, "fields": {…}}, …], …}}

Every language of a translated field is its own key (``title_fr``), so a
comparison can go language by language, and the inline rows keep their ids,
so a row can be followed from one revision to the next.
"""

import json
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from modeltranslation.translator import NotRegistered, translator

from ..models import Program, Report


@dataclass(frozen=True)
class Part:
    """Inline rows kept with their parent in each revision."""

    relation: str
    # Shown to name a row in a comparison.
    label_fields: tuple[str, ...]
    # Rows nothing else points at are replaced wholesale on rollback, which
    # sidesteps their unique positions colliding while rows swap places.
    replace_wholesale: bool = False


PARTS: dict[type[models.Model], tuple[Part, ...]] = {
    # Stops come before events, which point at them.
    Program: (
        Part("itinerary_stops", ("position", "city"), replace_wholesale=True),
        Part("events", ("title",)),
        Part("press_coverage", ("title",)),
        Part("gallery_items", ("position", "image"), replace_wholesale=True),
    ),
    Report: (Part("gallery_items", ("position", "image"), replace_wholesale=True),),
}
# Publishing decisions and access rights: recorded, compared, never rolled back.
NOT_RESTORED = frozenset(
    {
        "live",
        "has_unpublished_changes",
        "go_live_at",
        "expire_at",
        "first_published_at",
        "last_published_at",
        "managers",
    }
)


def translated_originals(model: type[models.Model]) -> set[str]:
    """The fields modeltranslation keeps per language (``title`` of ``title_fr``)."""
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def content_fields(model: type[models.Model], parent: str | None = None) -> list:
    """The fields a revision keeps, in the model's order; many-to-many last."""
    originals = translated_originals(model)
    kept = [
        model_field
        for model_field in model._meta.concrete_fields
        if model_field.editable
        and not model_field.primary_key
        and model_field.name not in originals
        and model_field.name != parent
    ]
    return kept + list(model._meta.many_to_many)


def parts_of(model: type[models.Model]) -> tuple[Part, ...]:
    return PARTS.get(model, ())


def part_model(model: type[models.Model], part: Part) -> type[models.Model]:
    return model._meta.get_field(part.relation).related_model


def part_parent(model: type[models.Model], part: Part) -> str:
    """The name of the foreign key from ``part``'s rows back to ``model``."""
    return model._meta.get_field(part.relation).field.name


def part_fields(model: type[models.Model], part: Part) -> list:
    return content_fields(part_model(model, part), parent=part_parent(model, part))


def _values(obj: models.Model, fields: list) -> dict:
    values = {}
    for model_field in fields:
        if model_field.many_to_many:
            values[model_field.name] = sorted(
                getattr(obj, model_field.name).values_list("pk", flat=True)
            )
        else:
            values[model_field.name] = getattr(obj, model_field.attname)
    return values


def snapshot(obj: models.Model) -> dict:
    """The revision content of ``obj`` as it is in the database now."""
    model = type(obj)
    content = {"fields": _values(obj, content_fields(model)), "parts": {}}
    for part in parts_of(model):
        fields = part_fields(model, part)
        rows = getattr(obj, part.relation).order_by("pk")
        content["parts"][part.relation] = [
            {"pk": row.pk, "fields": _values(row, fields)} for row in rows
        ]
    # The same JSON form as a stored revision, so the two compare equal.
    return json.loads(json.dumps(content, cls=DjangoJSONEncoder))


def references(model: type[models.Model], content: dict) -> dict[type, set]:
    """The primary keys of the objects a revision's content refers to, by model."""
    wanted: dict[type[models.Model], set] = {}

    def collect(fields, values: dict) -> None:
        for model_field in fields:
            value = values.get(model_field.name)
            if not model_field.is_relation or value is None:
                continue
            pks = value if model_field.many_to_many else [value]
            wanted.setdefault(model_field.related_model, set()).update(pks)

    collect(content_fields(model), content["fields"])
    for part in parts_of(model):
        fields = part_fields(model, part)
        for row in content["parts"].get(part.relation, []):
            collect(fields, row["fields"])
    return wanted
