"""The "Import participants" page of a program: upload, preview, confirm.

Between the preview and the confirmation, the checked rows wait in the
organiser's session (stored in the database, like every session), not in a
file on one server's disk: any of the stateless web workers can take the
confirming request, only the person who uploaded can confirm, and nothing
is left to clean up. A random token ties the confirmation to the preview
the organiser saw, so a second upload in another tab cannot be confirmed
by mistake. The rows are checked once more when they are committed.
"""

import secrets

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from ..models import Participant
from ..services import imports, spreadsheets
from .organiser_pages import managed_program, page_context, tool_links

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# The codes a column accepts, listed on the page (in English, as typed).
COLUMN_CODES = {
    "category": Participant.Category.values,
    "preferred_language": settings.LANGUAGE_CODES,
}
# How many rows of a preview the page lists; the rest are counted.
SHOWN_ROWS = 200


class ImportForm(forms.Form):
    # The columns the spreadsheet is read with.
    layout = spreadsheets.PARTICIPANT_SHEET

    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (CSV or XLSX)"),
        help_text=gettext_lazy(
            "Its first row names the columns described below. Headings in "
            "French, Russian, Kazakh and Chinese are recognised too."
        ),
    )
    notify = forms.BooleanField(
        label=gettext_lazy("Email each person their confirmation or waitlist place"),
        required=False,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB.")
                % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)}
            )
        try:
            self.table = spreadsheets.read_spreadsheet(
                upload.read(), upload.name, self.layout
            )
        except spreadsheets.SpreadsheetError as error:
            raise forms.ValidationError(error.message) from error
        return upload


def _session_key(program) -> str:
    return f"caravan-import-{program.pk}"


def _render(model_admin, request, program, **extra):
    title = _("Import participants: %(program)s") % {"program": program}
    context = {
        **page_context(model_admin, request, program, title),
        "columns": [
            (column, description, COLUMN_CODES.get(column, ()))
            for column, description in spreadsheets.COLUMN_DESCRIPTIONS.items()
        ],
        **extra,
    }
    preview = extra.get("preview")
    if preview is not None:
        shown = preview.rows_with_problems or preview.rows
        context.update(
            shown_rows=shown[:SHOWN_ROWS], hidden_rows=max(len(shown) - SHOWN_ROWS, 0)
        )
    return TemplateResponse(request, "admin/programs/registration/import.html", context)


def _confirm(model_admin, request, program):
    stored = request.session.get(_session_key(program))
    if not stored or stored["token"] != request.POST.get("token"):
        messages.error(request, _("This preview has expired; upload the file again."))
        return HttpResponseRedirect(request.path)
    try:
        imported = imports.commit_import(
            program, stored["rows"], user=request.user, notify=stored["notify"]
        )
    except imports.ImportRejected as error:
        del request.session[_session_key(program)]
        messages.error(request, error.message)
        return _render(
            model_admin, request, program, form=ImportForm(), preview=error.preview
        )
    del request.session[_session_key(program)]
    waitlisted = sum(entry.status == "waitlisted" for entry in imported)
    messages.success(
        request,
        ngettext(
            "Imported %(count)d participant (%(waitlisted)d on the waitlist).",
            "Imported %(count)d participants (%(waitlisted)d on the waitlist).",
            len(imported),
        )
        % {"count": len(imported), "waitlisted": waitlisted},
    )
    return HttpResponseRedirect(tool_links(program)["registrations"])


def import_view(model_admin, request, program_id: int):
    """Upload a spreadsheet, see every row's problems, then import it whole."""
    program = managed_program(
        request, program_id, "add_registration", "add_participant"
    )
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm(model_admin, request, program)
    if request.method != "POST":
        return _render(model_admin, request, program, form=ImportForm())
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render(model_admin, request, program, form=form)
    preview = imports.preview_import(program, form.table.rows)
    token = ""
    if preview.is_valid:
        token = secrets.token_urlsafe(16)
        request.session[_session_key(program)] = {
            "token": token,
            "rows": form.table.rows,
            "notify": form.cleaned_data["notify"],
        }
    else:
        request.session.pop(_session_key(program), None)
    return _render(
        model_admin,
        request,
        program,
        form=ImportForm(),
        preview=preview,
        token=token,
        filename=form.cleaned_data["file"].name,
        notify=form.cleaned_data["notify"],
        ignored_headings=form.table.ignored_headings,
    )
