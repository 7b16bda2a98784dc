"""Tabs for translated fields, without jQuery UI or any CDN.

modeltranslation's own tabbed admin loads jQuery UI from a CDN, which an
offline site cannot do. These mixins add our small script instead
(``static/admin/caravan/translation-tabs.js``); the page works without it,
with every language's input visible.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from js_asset import Media
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from .forms import CaravanAdminForm

TABS_MEDIA = forms.Media(
    js=["admin/caravan/translation-tabs.js"],
    css={"all": ["admin/caravan/translation-tabs.css"]},
)


def translation_tab_labels() -> dict:
    """What the script writes on the tabs, in the editor's language."""
    return {
        "languages": {
            # modeltranslation names fields title_zh_hans for zh-hans.
            code.replace("-", "_"): {
                "short": code.split("-")[0].upper(),
                "name": str(name),
            }
            for code, name in settings.LANGUAGES
        },
        "hasErrors": str(_("has errors")),
        "languageOf": str(_("Language of %(field)s")),
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
    # Stacked, not tabular: each language input keeps its own row to tab
    # between, where a table would need five columns per field.
    form = CaravanAdminForm

    @property
    def media(self):
        return super().media + TABS_MEDIA
