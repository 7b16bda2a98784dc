"""Admin search: across all five languages, and aware of who is asking.

A translated field is stored once per language (``title_en`` …
``title_zh_hans``), so an editor who types a Russian title must find it
whatever language the admin is shown in.
"""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname


def in_every_language(*fields: str) -> tuple[str, ...]:
    """``("title",)`` -> ``("title_en", "title_fr", …, "title_zh_hans")``."""
    return tuple(
        build_localized_fieldname(field, code)
        for field in fields
        for code in settings.MODELTRANSLATION_LANGUAGES
    )


def autocomplete_source(request) -> str | None:
    """The field an admin autocomplete lookup fills, as ``app.model.field``.

    ``None`` for any other request. An admin narrows its results by this
    when the field it fills accepts fewer choices than the admin lists.
    """
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name != "autocomplete":
        return None
    params = request.GET
    return ".".join(
        params.get(key, "") for key in ("app_label", "model_name", "field_name")
    )
