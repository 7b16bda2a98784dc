"""Previews: a program or report on its real public page before it is public.

``GET /<lang>/preview/programs/<pk>/`` shows the saved state, drafts
included; ``POST`` to the same address (or to ``…/new/`` for the add form)
shows the change form's data without saving it (``admin.preview``). Only
staff who may edit the item see anything; everyone else gets the 404 a
missing page gets. Previews carry a "Preview" banner, ``noindex`` and
``Cache-Control: no-store``, and never go near the page cache.
"""

from django.contrib import admin
from django.db import transaction
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from ..admin.preview import save_posted_form
from ..models import Program, Report
from .programs import render_program
from .reports import render_report


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
    everything = model._default_manager.all()
    if request.method != "POST":
        response = render_page(request, everything, preview="saved", pk=obj.pk)
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
                response = render_page(
                    request, everything, preview="unsaved", pk=saved.pk
                )
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
