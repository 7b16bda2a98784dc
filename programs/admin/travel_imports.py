"""The "Import travel details" page of a program: upload, preview, confirm.

It works as the participant import does (``imports.py``), except that the
checked rows (passports, needs) wait in the shared cache for thirty minutes
at most, under a random token that only the uploader's session holds, and
nothing is written until the organiser confirms a preview in which every row
is valid.
The preview's fingerprint waits with them, so the confirmation is refused
when the registrations, travel details or itinerary moved in between. Only
the program's managers and superusers reach the page.
"""

import secrets

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..services import logistics, spreadsheets, travel_imports
from ..services.imports import ImportRejected
from .imports import SHOWN_ROWS, ImportForm
from .organiser_pages import managed_program, page_context, tool_links

PERMISSIONS = ("change_traveldetails", "add_travelleg", "change_travelleg")


class TravelImportForm(ImportForm):
    layout = spreadsheets.TRAVEL_SHEET
    # Nobody is emailed about their travel details.
    notify = None


def _session_key(program) -> str:
    return f"caravan-travel-import-{program.pk}"


def _render(model_admin, request, program, **extra):
    title = _("Import travel details: %(program)s") % {"program": program}
    context = {
        **page_context(model_admin, request, program, title),
        "columns": spreadsheets.TRAVEL_COLUMN_DESCRIPTIONS.items(),
        "past_deadline": logistics.is_past_deadline(program),
        "logistics_url": reverse("admin:programs_logisticssettings_changelist"),
        **extra,
    }
    preview = extra.get("preview")
    if preview is not None:
        shown = preview.rows_with_problems or preview.rows
        context.update(
            shown_rows=shown[:SHOWN_ROWS], hidden_rows=max(len(shown) - SHOWN_ROWS, 0)
        )
    return TemplateResponse(
        request, "admin/programs/logisticssettings/travel_import.html", context
    )


# Passports and needs wait for the confirmation in the shared cache, never in
# the session (which lives for weeks): an abandoned preview is gone after this.
PREVIEW_LIFETIME = 30 * 60


def _preview_key(token: str) -> str:
    return f"caravan:travel-import:{token}"


def _confirm(model_admin, request, program):
    token = request.session.pop(_session_key(program), None)
    asked = request.POST.get("token", "")
    stored = cache.get(_preview_key(asked)) if token and token == asked else None
    cache.delete(_preview_key(asked))
    if not stored:
        messages.error(request, _("This preview has expired; upload the file again."))
        return HttpResponseRedirect(request.path)
    try:
        result = travel_imports.commit_travel_import(
            program,
            stored["rows"],
            user=request.user,
            state=stored["state"],
            headings=stored["headings"],
        )
    except ImportRejected as error:
        messages.error(request, error.message)
        return _render(
            model_admin,
            request,
            program,
            form=TravelImportForm(),
            preview=error.preview,
        )
    messages.success(
        request,
        ngettext(
            "Travel details imported for %(count)d person: %(legs)d travel legs "
            "saved, %(requests)d changes waiting for approval.",
            "Travel details imported for %(count)d people: %(legs)d travel legs "
            "saved, %(requests)d changes waiting for approval.",
            result.people,
        )
        % {
            "count": result.people,
            "legs": result.legs_saved,
            "requests": result.change_requests,
        },
    )
    return HttpResponseRedirect(tool_links(program)["registrations"])


def travel_import_view(model_admin, request, program_id: int):
    """Upload a travel-details spreadsheet, see every row's problems, then
    import it whole."""
    program = managed_program(request, program_id, *PERMISSIONS)
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm(model_admin, request, program)
    if request.method != "POST":
        return _render(model_admin, request, program, form=TravelImportForm())
    form = TravelImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render(model_admin, request, program, form=form)
    table = form.table
    preview = travel_imports.preview_travel_import(program, table.rows, table.headings)
    token = ""
    request.session.pop(_session_key(program), None)
    if preview.is_valid:
        token = secrets.token_urlsafe(16)
        request.session[_session_key(program)] = token
        cache.set(
            _preview_key(token),
            {"rows": table.rows, "headings": table.headings, "state": preview.state},
            PREVIEW_LIFETIME,
        )
    return _render(
        model_admin,
        request,
        program,
        form=TravelImportForm(),
        preview=preview,
        token=token,
        filename=form.cleaned_data["file"].name,
        ignored_headings=table.ignored_headings,
    )
