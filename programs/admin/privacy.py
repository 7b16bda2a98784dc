"""A participant's data on request: download everything held, or erase it.

Mixed into ``ParticipantAdmin``. Only the person's organisers (managers of a
program they are registered for) and superusers may do either; to anyone
else the pages do not exist (404). Both actions go through
``services/privacy.py``, which records them in the audit log and in the
participant's admin history.
"""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _

from ..models import Participant
from ..services import access, privacy
from .organiser_pages import admin_page


def _managed_participant(request, object_id: str) -> Participant:
    if not request.user.has_perm("programs.change_participant"):
        raise PermissionDenied
    if not str(object_id).isdigit():
        raise PermissionDenied
    return get_object_or_404(access.participants_managed_by(request.user), pk=object_id)


def _context(model_admin, request, participant: Participant, title: str) -> dict:
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "original": participant,
        "title": title,
        "change_url": reverse(
            "admin:programs_participant_change", args=[participant.pk]
        ),
    }


def personal_data_view(model_admin, request, object_id: str):
    """GET: what the download holds; POST: the JSON download itself."""
    participant = _managed_participant(request, object_id)
    if request.method == "POST":
        data = privacy.export_personal_data(participant, user=request.user)
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="participant-{participant.pk}.json"'
        )
        return response
    title = _("Personal data of %(person)s") % {"person": participant}
    return TemplateResponse(
        request,
        "admin/programs/participant/personal_data.html",
        _context(model_admin, request, participant, title),
    )


def erase_view(model_admin, request, object_id: str):
    """GET: what erasing removes and keeps; POST: erase, after confirmation."""
    participant = _managed_participant(request, object_id)
    change_url = reverse("admin:programs_participant_change", args=[participant.pk])
    if participant.erased_at is not None:
        messages.info(request, _("This person's data has already been erased."))
        return HttpResponseRedirect(change_url)
    if request.method == "POST":
        privacy.erase_participant(participant, user=request.user)
        messages.success(
            request,
            _(
                "The person's data was erased; their registrations are kept, "
                "anonymous, for the counts."
            ),
        )
        return HttpResponseRedirect(change_url)
    title = _("Erase %(person)s") % {"person": participant}
    context = _context(model_admin, request, participant, title)
    context["registration_count"] = participant.registrations.count()
    return TemplateResponse(request, "admin/programs/participant/erase.html", context)


class ParticipantPrivacyMixin:
    """Adds the personal-data download and the erasure to ``ParticipantAdmin``."""

    change_form_template = "admin/programs/participant/change_form.html"

    def get_urls(self):
        return [
            path(
                "<path:object_id>/personal-data/",
                admin_page(self, personal_data_view),
                name="programs_participant_personal_data",
            ),
            path(
                "<path:object_id>/erase/",
                admin_page(self, erase_view),
                name="programs_participant_erase",
            ),
            *super().get_urls(),
        ]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        participant = (
            self.get_object(request, object_id) if object_id is not None else None
        )
        if participant is not None and access.manages_participant(
            request.user, participant
        ):
            extra_context["privacy_links"] = {
                "personal_data": reverse(
                    "admin:programs_participant_personal_data", args=[participant.pk]
                ),
                "erase": reverse(
                    "admin:programs_participant_erase", args=[participant.pk]
                ),
                "erased": participant.erased_at is not None,
            }
        return super().changeform_view(request, object_id, form_url, extra_context)
