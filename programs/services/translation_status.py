"""How complete each object's translation is, per language, computed in SQL.

For one object and one language, completeness is the number of translated
fields filled in that language out of those filled in English (the source
language, and the fallback). A field left empty in English has nothing to
translate, so it counts for neither. Everything is computed by the database
as annotations on the object's own row, so a list of thousands of objects
costs one query, not one per object or per field.

The translated fields come from modeltranslation's registry
(``programs/translation.py``), so a newly registered field counts at once.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce, Length, Trim
from django.db.models.lookups import GreaterThan
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
LANGUAGE_NAMES = dict(settings.LANGUAGES)
# The languages translated into, in the site's order.
TARGET_LANGUAGES = [code for code in LANGUAGE_NAMES if code != SOURCE_LANGUAGE]
SOURCE_COUNT = "translation_source"


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    name: str
    done: int
    total: int

    @property
    def percent(self) -> int | None:
        """Whole percent, rounded down so 99.6 % never shows as complete."""
        return None if not self.total else 100 * self.done // self.total

    @property
    def complete(self) -> bool:
        return self.done >= self.total


def translatable_models() -> list[type[models.Model]]:
    """The models with translated fields, in registration order."""
    return translator.get_registered_models(abstract=False)


def translated_fields(model: type[models.Model]) -> list[str]:
    """The translated fields of ``model``, in the model's field order."""
    names = set(translator.get_options_for_model(model).all_fields)
    return [f.name for f in model._meta.concrete_fields if f.name in names]


def count_name(language: str) -> str:
    return f"translation_{language.replace('-', '_')}"


def _filled(model_field: str, language: str):
    # NULL, "" and blanks all count as empty. Coalesce keeps the comparison
    # from being NULL, which NOT would leave NULL rather than make true.
    name = build_localized_fieldname(model_field, language)
    return GreaterThan(Length(Trim(Coalesce(name, Value("")))), 0)


def _counting(condition) -> Case:
    return Case(When(condition, then=Value(1)), default=Value(0))


def _sum(terms: list) -> models.Expression:
    total = terms[0]
    for term in terms[1:]:
        total = total + term
    return models.ExpressionWrapper(total, output_field=IntegerField())


def with_translation_counts(queryset: models.QuerySet) -> models.QuerySet:
    """Annotate each row with ``translation_source`` (fields filled in English)
    and ``translation_<language>`` (of those, filled in that language)."""
    if SOURCE_COUNT in queryset.query.annotations:
        return queryset
    fields = translated_fields(queryset.model)
    counts = {
        SOURCE_COUNT: _sum([_counting(_filled(f, SOURCE_LANGUAGE)) for f in fields])
    }
    for language in TARGET_LANGUAGES:
        counts[count_name(language)] = _sum(
            [
                _counting(Q(_filled(f, SOURCE_LANGUAGE)) & Q(_filled(f, language)))
                for f in fields
            ]
        )
    return queryset.annotate(**counts)


def missing_condition(language: str) -> Q:
    """Rows (with counts) that still lack something in ``language``."""
    return Q(**{f"{count_name(language)}__lt": F(SOURCE_COUNT)})


def complete_condition() -> Q:
    """Rows (with counts) translated into every language."""
    condition = Q()
    for language in TARGET_LANGUAGES:
        condition &= ~missing_condition(language)
    return condition


def statuses(obj: models.Model) -> list[LanguageStatus]:
    """The five languages' status of an object annotated by
    ``with_translation_counts``; English is complete by definition."""
    total = getattr(obj, SOURCE_COUNT)
    result = [
        LanguageStatus(SOURCE_LANGUAGE, LANGUAGE_NAMES[SOURCE_LANGUAGE], total, total)
    ]
    for language in TARGET_LANGUAGES:
        done = getattr(obj, count_name(language))
        result.append(LanguageStatus(language, LANGUAGE_NAMES[language], done, total))
    return result


def missing_counts(queryset: models.QuerySet) -> dict[str, int]:
    """How many objects still lack something, per language, in one query."""
    counted = with_translation_counts(queryset.order_by())
    return counted.aggregate(
        **{
            language: Count("pk", filter=missing_condition(language))
            for language in TARGET_LANGUAGES
        }
    )


def missing_fields_condition(model_field: str, language: str) -> Q:
    return Q(_filled(model_field, SOURCE_LANGUAGE)) & ~Q(_filled(model_field, language))


def with_missing_fields(queryset: models.QuerySet, language: str) -> models.QuerySet:
    """Rows lacking something in ``language``, each with a ``missing_<field>``
    flag per translated field, counts included, in one query."""
    flags = {
        f"missing_{name}": Case(
            When(missing_fields_condition(name, language), then=Value(True)),
            default=Value(False),
            output_field=models.BooleanField(),
        )
        for name in translated_fields(queryset.model)
    }
    return (
        with_translation_counts(queryset)
        .filter(missing_condition(language))
        .annotate(**flags)
    )


def missing_field_names(obj: models.Model) -> list[str]:
    """The verbose names of the fields flagged by ``with_missing_fields``."""
    meta = type(obj)._meta
    return [
        str(meta.get_field(name).verbose_name)
        for name in translated_fields(type(obj))
        if getattr(obj, f"missing_{name}", False)
    ]
