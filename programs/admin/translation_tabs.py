"""One language switch for the translated fields of an admin form.

modeltranslation's own tabbed admin loads jQuery UI from a CDN, which an
offline site cannot do. These mixins add our small scripts instead
(``static/admin/caravan/translation-tabs.js``, ``translation-fields.js`` and
``translation-source.js``): one switch at the top of the form shows every
translated field, inlines included, in the chosen language, counts what is
translated, and can show the English text beside each field. The page works
without them, with every language's input visible.
"""

from django import forms
from django.conf import settings
from django.utils.translation import get_language, gettext, ngettext
from django_prose_editor.widgets import ProseEditorWidget
from js_asset import Media
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from .forms import CaravanAdminForm

TABS_MEDIA = forms.Media(
    # The switch (translation-tabs.js) uses what the other two define.
    js=[
        "admin/caravan/translation-source.js",
        "admin/caravan/translation-fields.js",
        "admin/caravan/translation-tabs.js",
    ],
    css={
        "all": [
            "admin/caravan/translation-tabs.css",
            "admin/caravan/translation-layout.css",
        ]
    },
)
SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
# For each plural category the browser's Intl.PluralRules can name, a count
# gettext puts in the same category in our five languages (ru: 1 one, 3 few,
# 5 many). The script picks the sentence by the category of its own count.
PLURAL_SAMPLES = {"one": 1, "few": 3, "many": 5, "other": 10}


def field_suffix(language: str) -> str:
    # modeltranslation names fields title_zh_hans for zh-hans.
    return language.replace("-", "_")


def progress_sentences() -> dict[str, str]:
    """One form of "Kazakh: 7 of 9 fields translated" per plural category."""
    return {
        category: ngettext(
            "%(language)s: %(done)s of %(total)s field translated",
            "%(language)s: %(done)s of %(total)s fields translated",
            count,
        )
        for category, count in PLURAL_SAMPLES.items()
    }


def translation_tab_labels() -> dict:
    """What the switch writes and says, in the editor's language."""
    source_name = str(dict(settings.LANGUAGES)[SOURCE_LANGUAGE])
    return {
        "languages": {
            field_suffix(code): {
                "short": code.split("-")[0].upper(),
                "name": str(name),
                "lang": code,
            }
            for code, name in settings.LANGUAGES
        },
        "source": field_suffix(SOURCE_LANGUAGE),
        # Intl.PluralRules takes the admin's language code as a locale.
        "locale": get_language(),
        "switchLabel": gettext("Content language"),
        "sourceLanguage": gettext("%(language)s, the source language"),
        "progress": progress_sentences(),
        "withErrors": gettext("%(label)s, has errors"),
        "sideBySide": gettext("Side by side"),
        "sideBySideHint": gettext(
            "Shows the source text (%(language)s), read-only, beside each "
            "field being translated."
        )
        % {"language": source_name},
        "sourceEmpty": gettext("Not filled in"),
    }


class TabbedTranslationAdmin(TranslationAdmin):
    form = CaravanAdminForm
    change_form_template = "admin/caravan/change_form.html"

    @property
    def media(self):
        return super().media + TABS_MEDIA

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "translation_tabs": translation_tab_labels(),
        }
        return super().changeform_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, *args, **kwargs):
        # django-prose-editor loads its modules through an inline import map,
        # which a Content-Security-Policy without 'unsafe-inline' only runs
        # with this request's nonce (django-csp adds it to the header).
        nonce = getattr(request, "csp_nonce", None)
        if nonce is not None and context.get("media") is not None:
            context["media"] = Media.from_media(context["media"], nonce=str(nonce))
        return super().render_change_form(request, context, *args, **kwargs)


class TabbedTranslationStackedInline(TranslationStackedInline):
    form = CaravanAdminForm

    @property
    def media(self):
        return super().media + TABS_MEDIA


class TabbedTranslationTabularInline(TranslationTabularInline):
    """A table of rows; the switch shows one language's columns at a time."""

    form = CaravanAdminForm
    # Plain text areas in a table row: a few lines, not Django's ten.
    textarea_rows = 3

    @property
    def media(self):
        return super().media + TABS_MEDIA

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        widget = getattr(field, "widget", None)
        rich_text = isinstance(widget, ProseEditorWidget)
        if isinstance(widget, forms.Textarea) and not rich_text:
            widget.attrs["rows"] = self.textarea_rows
        return field
