"""Previews: a program or report on its real public page before it is public.

Each preview button on the program and report change forms posts the whole
change form, unsaved changes included, to the preview address in one
language (``/<lang>/preview/programs/<pk>/``, or ``…/new/`` for the add
form). There the admin's own form and inline formsets are validated and
saved exactly as "Save" would, but inside a transaction that is always
rolled back, so the real public template renders the changes and nothing
stays. A ``GET`` shows the saved state, drafts included.

Only staff who may edit the item see anything; everyone else gets the 404 a
missing page gets. Previews carry a "Preview" banner, ``noindex`` and
``Cache-Control: no-store``, and never go near the page cache.
"""

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.db import transaction
from django.forms.formsets import all_valid
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache

from ..models import Program, Report
from ..templatetags.caravan import language_self_name
from ..views.program_page import render_program
from ..views.reports import render_report
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


def _allowed_object(request, model_admin, pk):
    """The object to preview (``None`` for a new one), or a 404."""
    user = request.user
    if not (user.is_active and user.is_staff):
        raise Http404
    if pk is None:
        if request.method != "POST" or not model_admin.has_add_permission(request):
            raise Http404
        return None
    obj = model_admin.get_object(request, str(pk))
    allowed = (
        model_admin.has_change_permission(request, obj)
        if request.method == "POST"
        else model_admin.has_view_or_change_permission(request, obj)
    )
    if obj is None or not allowed:
        raise Http404
    return obj


def _preview(request, model, render_page, pk):
    model_admin = admin.site._registry[model]
    obj = _allowed_object(request, model_admin, pk)
    if request.method != "POST":
        response = render_page(request, preview="saved", pk=obj.pk)
    else:
        with transaction.atomic():
            saved, errors = save_posted_form(request, model_admin, obj)
            if saved is None:
                response = render(
                    request,
                    "programs/preview_invalid.html",
                    {"errors": errors, "preview": "unsaved"},
                    status=400,
                )
            else:
                response = render_page(request, preview="unsaved", pk=saved.pk)
            # Rendered already (render() is eager), so nothing needs the rows.
            transaction.set_rollback(True)
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
def program_preview(request, pk: int | None = None):
    return _preview(request, Program, render_program, pk)


@never_cache
def report_preview(request, pk: int | None = None):
    return _preview(request, Report, render_report, pk)
