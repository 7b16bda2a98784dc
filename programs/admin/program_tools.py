"""The organisers' tools around the registrations changelist.

Mixed into ``RegistrationAdmin``, this adds:

- export of the changelist, with its current filters, as CSV or XLSX (a
  button above the list, and two actions for the rows ticked);
- per program: an overview, a check-in screen and the participant import,
  linked from the changelist once it is filtered to one program.

The per-program pages are scoped by ``organiser_pages.managed_program``;
exports by the changelist's own queryset, which holds only the
registrations of the programs the user manages.
"""

from functools import partial

from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..services import access, exports
from . import checkin, imports, logistics_pages, overview
from .organiser_pages import admin_page, tool_links

PROGRAM_FILTER = "program__id__exact"
# Quick links to each managed program are offered up to this many programs;
# beyond, the organiser filters the list by program first.
QUICK_LINK_PROGRAMS = 5


def export_response(registrations, file_format: str, user, filters: dict):
    """The export of ``registrations`` as a download, recorded in the audit log."""
    content, content_type = exports.export_registrations(
        registrations, file_format, user=user, filters=filters
    )
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="registrations-{stamp}.{file_format}"'
    )
    return response


class RegistrationToolsMixin:
    """Export, overview, check-in and import for ``RegistrationAdmin``."""

    def get_urls(self):
        pages = {
            "overview": overview.overview_view,
            "check-in": checkin.check_in_view,
            "import": imports.import_view,
            "logistics": logistics_pages.board_view,
        }
        documents = [
            (
                "logistics/stop/<int:stop_id>/manifest.<str:file_format>",
                logistics_pages.manifest_view,
                "logistics_manifest",
            ),
            (
                "logistics/hotel/<int:hotel_id>/rooming.<str:file_format>",
                logistics_pages.rooming_view,
                "logistics_rooming",
            ),
            (
                "logistics/visa/<int:visa_id>/letter.pdf",
                logistics_pages.visa_letter_view,
                "logistics_visa_letter",
            ),
        ]
        return [
            path(
                "export/<str:file_format>/",
                admin_page(self, RegistrationToolsMixin.export_view),
                name="programs_registration_export",
            ),
            *(
                path(
                    f"program/<int:program_id>/{page}/",
                    admin_page(self, view),
                    name=f"programs_registration_{page.replace('-', '_')}",
                )
                for page, view in pages.items()
            ),
            *(
                path(
                    f"program/<int:program_id>/{route}",
                    admin_page(self, view),
                    name=f"programs_registration_{name}",
                )
                for route, view, name in documents
            ),
            *super().get_urls(),
        ]

    def export_view(self, request, file_format: str):
        """The changelist as it is filtered now, as a CSV or XLSX download."""
        if file_format not in exports.FORMATS:
            raise Http404
        if not self.has_view_permission(request):
            raise PermissionDenied
        changelist_url = reverse("admin:programs_registration_changelist")
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            messages.error(request, _("These filters cannot be exported."))
            return HttpResponseRedirect(changelist_url)
        return export_response(
            changelist.queryset,
            file_format,
            request.user,
            dict(request.GET.items()),
        )

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.has_view_permission(request):
            for file_format in exports.FORMATS:
                name = f"export_{file_format}"
                actions[name] = (
                    partial(_export_selected, file_format=file_format),
                    name,
                    _("Export the selected registrations as %(format)s")
                    % {"format": file_format.upper()},
                )
        return actions

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "export_links": [
                (
                    file_format.upper(),
                    reverse("admin:programs_registration_export", args=[file_format])
                    + (f"?{request.GET.urlencode()}" if request.GET else ""),
                )
                for file_format in exports.FORMATS
            ],
            "program_tools": self._program_tools(request),
        }
        return super().changelist_view(request, extra_context)

    def _program_tools(self, request) -> list[dict]:
        managed = access.programs_managed_by(request.user)
        chosen = request.GET.get(PROGRAM_FILTER, "")
        if chosen.isdigit():
            return [tool_links(program) for program in managed.filter(pk=chosen)]
        programs = list(
            managed.order_by("-start_date", "slug")[: QUICK_LINK_PROGRAMS + 1]
        )
        if len(programs) > QUICK_LINK_PROGRAMS:
            return []
        return [tool_links(program) for program in programs]


def _export_selected(model_admin, request, queryset, *, file_format: str):
    # The action's queryset is already narrowed to the user's registrations.
    return export_response(
        queryset, file_format, request.user, {"selected": queryset.count()}
    )
