"""Preview buttons on the program and report change forms, and the form
handling behind them.

Each button posts the whole change form, unsaved changes included, to the
public preview address in one language (``views.preview``). There the
admin's own form and inline formsets are validated and saved exactly as
"Save" would, but inside a transaction that is always rolled back, so the
real public template renders the changes and nothing stays.
"""

from django.conf import settings
from django.contrib.admin.utils import unquote
from django.forms.formsets import all_valid
from django.urls import reverse
from django.utils import translation

from ..templatetags.caravan import language_self_name
from .revisions import EDITORIAL_CHANGE_FORM


class PreviewAdminMixin:
    """Mix into the ModelAdmin of a model with a preview view.

    ``preview_url_name`` names the preview of a saved object (with ``pk``);
    the same name with ``-new`` previews the add form.
    """

    preview_url_name: str
    change_form_template = EDITORIAL_CHANGE_FORM

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "preview_links": self.preview_links(object_id),
        }
        return super().changeform_view(request, object_id, form_url, extra_context)

    def preview_links(self, object_id=None) -> list[dict]:
        if object_id is not None and not unquote(object_id).isdigit():
            # No such object: Django's own view says so and goes back.
            return []
        links = []
        for code, name in settings.LANGUAGES:
            with translation.override(code):
                url = (
                    reverse(f"{self.preview_url_name}-new")
                    if object_id is None
                    else reverse(self.preview_url_name, args=[unquote(object_id)])
                )
            links.append(
                {
                    "code": code,
                    "name": name,
                    "self_name": language_self_name(code),
                    "url": url,
                }
            )
        return links


def save_posted_form(request, model_admin, obj=None):
    """Validate and save the posted change (or add) form as the admin would.

    Returns the saved object and no errors, or ``None`` and the errors as
    readable lines. The caller runs this inside a transaction it rolls back.
    """
    change = obj is not None
    form_class = model_admin.get_form(request, obj, change=change)
    form = form_class(request.POST, request.FILES, instance=obj)
    valid = form.is_valid()
    new_object = (
        model_admin.save_form(request, form, change=change)
        if valid
        else (form.instance)
    )
    formsets, _inlines = model_admin._create_formsets(request, new_object, change)
    if not (all_valid(formsets) and valid):
        return None, _error_lines(form, formsets)
    model_admin.save_model(request, new_object, form, change)
    model_admin.save_related(request, form, formsets, change)
    return new_object, []


def _error_lines(form, formsets) -> list[str]:
    lines = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        lines += [f"{label}: {error}" if label else str(error) for error in errors]
    for formset in formsets:
        verbose_name = formset.model._meta.verbose_name
        for number, errors in enumerate(formset.errors, start=1):
            for name, messages in errors.items():
                label = formset.form.base_fields.get(name)
                label = label.label if label is not None else name
                lines += [f"{verbose_name} {number}, {label}: {m}" for m in messages]
        lines += [str(error) for error in formset.non_form_errors()]
    return lines
