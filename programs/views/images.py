"""The images a page shows, loaded with their renditions inside the page's
own main query.

A page's query budget has no room for one more query per kind of image (the
program page spends its eight on other things), so ``pictures`` is a column:
a correlated subquery that gathers the images, each with its renditions, as
one JSON array. ``load_pictures`` turns that array back into ``Image``
objects whose renditions are already there.
"""

import json

from django.conf import settings
from django.db import connection
from django.db.models import Aggregate, JSONField, OuterRef, QuerySet, Subquery
from django.db.models.functions import JSONObject

from ..models import Image, Rendition

TRANSLATED = [
    f"{field}_{code.replace('-', '_')}"
    for field in ("alt_text", "caption")
    for code in settings.LANGUAGE_CODES
]
IMAGE_FIELDS = (
    "id",
    "file",
    "width",
    "height",
    "is_decorative",
    "credit",
    "focal_point_x",
    "focal_point_y",
    *TRANSLATED,
)
RENDITION_FIELDS = ("crop", "width", "height", "format", "source", "file")


class JSONList(Aggregate):
    """A group's values as one JSON array, in SQLite and PostgreSQL alike."""

    function = "JSON_GROUP_ARRAY"
    output_field = JSONField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return super().as_sql(
            compiler, connection, function="JSONB_AGG", **extra_context
        )


def _json_column(rows: QuerySet, group: str, fields: dict) -> Subquery:
    aggregated = (
        rows.order_by()
        .values(group)
        .annotate(rows=JSONList(JSONObject(**fields)))
        .values("rows")
    )
    return Subquery(aggregated, output_field=JSONField())


def pictures(
    rows: QuerySet, *, group: str, image: str = "image", order: str = ""
) -> Subquery:
    """A JSON column of the images ``rows`` point at through ``image``.

    ``rows`` is correlated to the outer query with ``OuterRef`` and grouped
    by ``group``, its column that does so. With ``image=""`` the rows are
    images themselves. ``order`` names a column that sorts the pictures.
    """
    prefix = f"{image}__" if image else ""
    fields = {name: f"{prefix}{name}" for name in IMAGE_FIELDS}
    fields["renditions"] = _json_column(
        Rendition.objects.filter(image=OuterRef(image or "pk")),
        "image",
        {name: name for name in RENDITION_FIELDS},
    )
    if order:
        fields["order"] = order
    return _json_column(rows, group, fields)


def load_pictures(rows: list | str | None) -> list[Image]:
    """The ``Image`` objects of a ``pictures`` column, in order, each with
    its ``loaded_renditions``."""
    loaded = []
    for row in sorted(_decoded(rows), key=lambda r: (r.get("order") or 0, r["id"])):
        image = _instance(Image, row)
        image.loaded_renditions = [
            _instance(Rendition, {**rendition, "image_id": image.pk})
            for rendition in _decoded(row.get("renditions"))
        ]
        loaded.append(image)
    return loaded


def _decoded(value: list | str | None) -> list:
    # SQLite may hand a nested array back as text.
    if isinstance(value, str):
        value = json.loads(value)
    return value or []


def _instance(model, row: dict):
    """A ``model`` instance as if loaded from the database with ``row``'s
    fields only (the rest deferred). JSON blurs booleans and numbers, so
    each value goes through its field's ``to_python``."""
    fields = [f for f in model._meta.concrete_fields if f.attname in row]
    return model.from_db(
        connection.alias,
        [f.attname for f in fields],
        [f.to_python(row[f.attname]) for f in fields],
    )


def picture_of(image_field: str) -> Subquery:
    """A ``pictures`` column of the one image a row's ``image_field`` points
    at, if it may be shown to the public; read it back with ``first_picture``."""
    usable = Image.objects.usable_in_public()
    return pictures(usable.filter(pk=OuterRef(image_field)), group="pk", image="")


def first_picture(rows: list | str | None) -> Image | None:
    return next(iter(load_pictures(rows)), None)
