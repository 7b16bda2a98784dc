"""Check-in: marking people as attended at the door, from a phone.

A plain page of large buttons, one form with CSRF protection, no script:
each row's button checks one person in, and ticking several rows checks
them in together. Marking is the registration service's ``mark_attended``.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import Registration
from ..services import registration as registrations
from .organiser_pages import managed_program, page_context

PER_PAGE = 50
Status = Registration.Status
# Who can be at the door: seated people, and those already checked in.
AT_THE_DOOR = (Status.CONFIRMED, Status.ATTENDED)


def _search(queryset, term: str):
    for word in term.split():
        queryset = queryset.filter(
            Q(participant__given_name__icontains=word)
            | Q(participant__family_name__icontains=word)
            | Q(participant__native_name__icontains=word)
        )
    return queryset


def _check_in(request, candidates, ids: list[str]) -> None:
    """Mark the registrations ``ids`` (among ``candidates``) attended, all or
    none; people already checked in are left as they are."""
    chosen = list(
        candidates.filter(pk__in=[i for i in ids if i.isdigit()]).select_related(
            "participant"
        )
    )
    if not chosen:
        messages.warning(request, _("Choose at least one person to check in."))
        return
    marked = []
    try:
        with transaction.atomic():
            for entry in chosen:
                if entry.status == Status.ATTENDED:
                    continue
                registrations.mark_attended(entry)
                marked.append(entry)
    except registrations.RegistrationError as error:
        messages.error(
            request,
            _("%(person)s: %(error)s Nobody was checked in.")
            % {"person": entry.participant, "error": error.message},
        )
        return
    if marked:
        messages.success(
            request,
            ngettext(
                "Checked in: %(names)s.",
                "Checked in %(count)d people: %(names)s.",
                len(marked),
            )
            % {
                "count": len(marked),
                "names": ", ".join(str(e.participant) for e in marked),
            },
        )
    else:
        messages.info(request, _("Already checked in."))


def check_in_view(model_admin, request, program_id: int):
    """The check-in page of one program (and, with ``?event=``, one event)."""
    program = managed_program(request, program_id, "change_registration")
    events = list(program.events.order_by("starts_at", "pk"))
    event_id = request.GET.get("event", "")
    event = next((e for e in events if str(e.pk) == event_id), None)
    candidates = Registration.objects.filter(
        program=program, event=event, status__in=AT_THE_DOOR
    )
    if request.method == "POST":
        one = request.POST.get("attend", "")
        _check_in(request, candidates, [one] if one else request.POST.getlist("pick"))
        return HttpResponseRedirect(request.get_full_path())

    term = request.GET.get("q", "").strip()
    shown = _search(candidates, term).select_related("participant")
    shown = shown.order_by("participant__family_name", "participant__given_name", "pk")
    page = Paginator(shown, PER_PAGE).get_page(request.GET.get("page"))
    totals = candidates.aggregate(
        expected=Count("pk"), attended=Count("pk", filter=Q(status=Status.ATTENDED))
    )
    title = _("Check-in: %(program)s") % {"program": program}
    context = {
        **page_context(model_admin, request, program, title),
        "events": events,
        "event": event,
        "term": term,
        "page": page,
        "totals": totals,
    }
    return TemplateResponse(
        request, "admin/programs/registration/check_in.html", context
    )
