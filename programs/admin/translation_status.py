"""Translation status in the admin: a column, a filter and a report page.

The numbers come from ``services.translation_status``, computed by the
database on each row, so a list of thousands costs no extra query.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from ..services import translation_status as status

# Objects listed per model and language on the report; the rest are one
# click away in the model's list, filtered by the missing language.
REPORT_ROWS = 100
EDITORIAL_MEDIA = forms.Media(css={"all": ["admin/caravan/editorial.css"]})


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "missing_in"
    COMPLETE = "none"

    def lookups(self, request, model_admin):
        return [
            (code, gettext("Missing in %(language)s") % {"language": name})
            for code, name in _target_languages()
        ] + [(self.COMPLETE, gettext("Complete in every language"))]

    def queryset(self, request, queryset):
        value = self.value()
        if value in status.TARGET_LANGUAGES:
            return queryset.filter(status.missing_condition(value))
        if value == self.COMPLETE:
            return queryset.filter(status.complete_condition())
        return queryset


def _target_languages() -> list[tuple[str, str]]:
    return [(code, status.LANGUAGE_NAMES[code]) for code in status.TARGET_LANGUAGES]


def short_code(language: str) -> str:
    # The same short names as the translation tabs: ZH for zh-hans.
    return language.split("-")[0].upper()


def badges(statuses: list[status.LanguageStatus]) -> str:
    """The per-language badges: text, then colour, never colour alone."""
    items = []
    for item in statuses:
        if item.percent is None:
            shown, state = "—", "is-empty"
            spoken = gettext("nothing to translate")
        else:
            shown = f"{item.percent}%"
            state = "is-complete" if item.complete else "is-missing"
            spoken = ngettext(
                "%(done)s of %(total)s field translated",
                "%(done)s of %(total)s fields translated",
                item.total,
            ) % {"done": item.done, "total": item.total}
        items.append((state, item.name, short_code(item.code), shown, spoken))
    return format_html(
        '<ul class="translation-badges">{}</ul>',
        format_html_join(
            "",
            '<li class="translation-badge {}"><abbr title="{}">{}</abbr> {}'
            '<span class="visually-hidden">: {}</span></li>',
            items,
        ),
    )


class TranslationStatusAdminMixin:
    """Mix into the ModelAdmin of a model registered with modeltranslation."""

    change_list_template = "admin/caravan/translation_change_list.html"

    @property
    def media(self):
        return super().media + EDITORIAL_MEDIA

    def get_queryset(self, request):
        return status.with_translation_counts(super().get_queryset(request))

    def get_list_display(self, request):
        return (*super().get_list_display(request), "translation_status")

    def get_list_filter(self, request):
        return (*super().get_list_filter(request), MissingTranslationFilter)

    @admin.display(description=_("translation"))
    def translation_status(self, obj):
        return badges(status.statuses(obj))


def _rows_for(model_admin, request, language: str) -> list:
    queryset = model_admin.get_queryset(request)
    related = model_admin.list_select_related
    if related is True:
        queryset = queryset.select_related()
    elif related:
        queryset = queryset.select_related(*related)
    rows = status.with_missing_fields(queryset, language).order_by("pk")
    return [
        {
            "object": obj,
            "url": reverse(
                f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change",
                args=[obj.pk],
            ),
            "status": next(s for s in status.statuses(obj) if s.code == language),
            "missing": status.missing_field_names(obj),
        }
        for obj in rows[:REPORT_ROWS]
    ]


def _filtered_list_url(model_admin, language: str) -> str | None:
    if not isinstance(model_admin, TranslationStatusAdminMixin):
        return None
    meta = model_admin.opts
    try:
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
    except NoReverseMatch:
        return None
    return f"{url}?{MissingTranslationFilter.parameter_name}={language}"


def translation_report_view(request):
    """Per language, what still needs translating, with links to edit it."""
    language = request.GET.get("language")
    if language not in status.TARGET_LANGUAGES:
        language = status.TARGET_LANGUAGES[0]
    sections = []
    for model in status.translatable_models():
        model_admin = admin.site._registry.get(model)
        if model_admin is None or not model_admin.has_change_permission(request):
            continue
        counts = status.missing_counts(model_admin.get_queryset(request))
        sections.append(
            {
                "name": model._meta.verbose_name_plural,
                "anchor": model._meta.model_name,
                "counts": [counts[code] for code in status.TARGET_LANGUAGES],
                "missing": counts[language],
                "rows": _rows_for(model_admin, request, language)
                if counts[language]
                else [],
                "list_url": _filtered_list_url(model_admin, language),
            }
        )
    if not sections:
        raise PermissionDenied
    context = {
        **admin.site.each_context(request),
        "title": gettext("Translation status"),
        "languages": _target_languages(),
        "language": language,
        "language_name": status.LANGUAGE_NAMES[language],
        "sections": sections,
        "row_limit": REPORT_ROWS,
    }
    return TemplateResponse(request, "admin/caravan/translation_report.html", context)
