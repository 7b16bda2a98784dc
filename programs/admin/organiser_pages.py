"""What the organisers' per-program pages share: who may open them, and
the links and context every one of them shows.

An organiser reaches only the programs they manage (others are a 404, as if
they did not exist); a staff member without the needed permission on
registrations gets a 403.
"""

from functools import partial

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse

from ..models import Program
from ..services import access


def admin_page(model_admin, function):
    """``function(model_admin, request, ...)`` as a view of the admin site
    (signed-in staff only, never cached)."""
    return model_admin.admin_site.admin_view(partial(function, model_admin))


def managed_program(request, program_id: int, *permissions: str) -> Program:
    """The program ``program_id`` if ``request.user`` manages it (404
    otherwise) and holds every one of ``permissions`` (403 otherwise)."""
    if not all(request.user.has_perm(f"programs.{p}") for p in permissions):
        raise PermissionDenied
    return get_object_or_404(access.programs_managed_by(request.user), pk=program_id)


def tool_links(program: Program) -> dict:
    """The addresses of a program's organiser pages and its registrations."""
    return {
        "program": program,
        "registrations": reverse("admin:programs_registration_changelist")
        + f"?program__id__exact={program.pk}",
        "overview": reverse("admin:programs_registration_overview", args=[program.pk]),
        "check_in": reverse("admin:programs_registration_check_in", args=[program.pk]),
        "import": reverse("admin:programs_registration_import", args=[program.pk]),
        "logistics": reverse(
            "admin:programs_registration_logistics", args=[program.pk]
        ),
        "travel_import": reverse(
            "admin:programs_logisticssettings_travel_import", args=[program.pk]
        ),
    }


def page_context(model_admin, request, program: Program, title: str) -> dict:
    """The admin context of a per-program page: site, breadcrumbs, links."""
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": title,
        "tools": tool_links(program),
    }
