"""Serializer fields the resources share: translated text, partial dates,
links, and the envelope of a page of results."""

from django.urls import reverse
from django.utils import translation
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ...models.dates import DatePrecision, format_partial_date
from ..languages import ALL, FALLBACK, LANGUAGE_CODES, translated

ONE_LANGUAGE_SCHEMA = {
    "type": "object",
    "title": "Text in one language",
    "description": "The text in the language asked for, or in English when it "
    "has no translation; `language` says which (null when there is no text).",
    "properties": {
        "value": {"type": "string"},
        "language": {"type": ["string", "null"], "enum": [*LANGUAGE_CODES, None]},
    },
    "required": ["value", "language"],
    "additionalProperties": False,
}
ALL_LANGUAGES_SCHEMA = {
    "type": "object",
    "title": "Text in every language",
    "description": "With `lang=all`: the text as written in each language, "
    "null where it is missing (no fallback).",
    "properties": {code: {"type": ["string", "null"]} for code in LANGUAGE_CODES},
    "required": list(LANGUAGE_CODES),
    "additionalProperties": False,
}


TEXT_COMPONENTS = {
    "TextInOneLanguage": ONE_LANGUAGE_SCHEMA,
    "TextInEveryLanguage": ALL_LANGUAGES_SCHEMA,
}


def add_text_components(result, generator, request, public):
    """drf-spectacular's post-processing hook: the two shapes of translated
    text as components, which every ``TranslatedText`` field refers to."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(
        TEXT_COMPONENTS
    )
    return result


@extend_schema_field(
    {"oneOf": [{"$ref": f"#/components/schemas/{name}"} for name in TEXT_COMPONENTS]}
)
class TranslatedText(serializers.Field):
    """A modeltranslation field, in the request's language or in all five."""

    def __init__(self, field: str, clean=None, **kwargs):
        self.field, self.clean = field, clean
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        return translated(instance, self.field, self.context["language"], self.clean)


@extend_schema_field(
    {
        "type": "object",
        "properties": {
            "date": {"type": "string", "format": "date"},
            "precision": {"type": "string", "enum": list(DatePrecision.values)},
            "text": {"type": "string"},
        },
        "required": ["date", "precision", "text"],
        "additionalProperties": False,
    }
)
class PartialDate(serializers.Field):
    """A date known to the day, the month or the year only, with its
    precision and as the language asked for writes it."""

    def __init__(self, field: str, precision_field: str, **kwargs):
        self.field, self.precision_field = field, precision_field
        kwargs.setdefault("allow_null", True)
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        value = getattr(instance, self.field)
        if value is None:
            return None
        precision = getattr(instance, self.precision_field)
        return {
            "date": value.isoformat(),
            "precision": precision,
            "text": format_partial_date(value, precision),
        }


@extend_schema_field({"type": "string", "format": "uri"})
class Link(serializers.Field):
    """The absolute address of a URL name, with the object's slug.

    ``public=True`` gives the public page in the response's language (English
    for ``lang=all``); otherwise the API resource.
    """

    def __init__(self, url_name: str, public: bool = False, **kwargs):
        self.url_name, self.public = url_name, public
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        return absolute(
            self.context, self.url_name, {"slug": instance.slug}, public=self.public
        )


def absolute(context: dict, url_name: str, kwargs: dict, public=False) -> str:
    language = context["language"]
    if public:
        with translation.override(FALLBACK if language == ALL else language):
            path = reverse(url_name, kwargs=kwargs)
    else:
        path = reverse(url_name, kwargs=kwargs)
    return context["request"].build_absolute_uri(path)


_PAGES = {}


def page_of(item: type[serializers.Serializer]) -> type[serializers.Serializer]:
    """The serializer of one page of ``item`` results (made once per item)."""
    if item not in _PAGES:
        name = "Paginated" + item.__name__.removesuffix("Serializer") + "List"
        _PAGES[item] = type(
            name,
            (serializers.Serializer,),
            {
                "count": serializers.IntegerField(),
                "next": serializers.URLField(allow_null=True),
                "previous": serializers.URLField(allow_null=True),
                "results": item(many=True),
                "__doc__": f"One page of results, newest or best first, with "
                f"the addresses of the pages around it ({item.__name__}).",
            },
        )
    return _PAGES[item]
