"""The page where staff choose the language they work in."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..services.preferences import admin_language_of, set_admin_language
from ..templatetags.caravan import language_self_name


class LanguageSelect(forms.Select):
    """Each language is named in itself, so each option says which it is."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


class AdminLanguageForm(forms.Form):
    admin_language = forms.ChoiceField(
        label=_("Admin language"),
        choices=[("", _("Follow my browser"))]
        + [(code, language_self_name(code)) for code, _n in settings.LANGUAGES],
        required=False,
        widget=LanguageSelect,
    )


def admin_language_view(request):
    form = AdminLanguageForm(
        request.POST or None,
        initial={"admin_language": admin_language_of(request.user)},
    )
    if request.method == "POST" and form.is_valid():
        language = form.cleaned_data["admin_language"]
        set_admin_language(request.user, language)
        if language:
            translation.activate(language)
        messages.success(request, gettext("Your admin language is saved."))
        return redirect("admin-language")
    context = {
        **admin.site.each_context(request),
        "title": gettext("Admin language"),
        "form": form,
    }
    return TemplateResponse(request, "admin/caravan/admin_language.html", context)
