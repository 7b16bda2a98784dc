"""Status changes from the registrations changelist, one or many at a time.

Each action hands every ticked registration to the registration service, in
waitlist order, inside one transaction: if the service refuses one, nothing
changes and the organiser reads who was refused and why. The changelist's
queryset holds only the programs the organiser manages, so an action can
never reach anyone else's registrations.
"""

from django.contrib import admin, messages
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..services import registration

SUCCESS = {
    "confirm": lambda n: ngettext(
        "%(count)d registration confirmed.", "%(count)d registrations confirmed.", n
    ),
    "waitlist": lambda n: ngettext(
        "%(count)d registration moved to the waitlist.",
        "%(count)d registrations moved to the waitlist.",
        n,
    ),
    "decline": lambda n: ngettext(
        "%(count)d registration declined.", "%(count)d registrations declined.", n
    ),
    "cancel": lambda n: ngettext(
        "%(count)d registration cancelled.", "%(count)d registrations cancelled.", n
    ),
    "mark_attended": lambda n: ngettext(
        "%(count)d participant marked as attended.",
        "%(count)d participants marked as attended.",
        n,
    ),
}


def _apply_to_all(request, queryset, operation: str) -> None:
    change = getattr(registration, operation)
    ordered = queryset.select_related("participant", "program", "event").order_by(
        F("waitlist_position").asc(nulls_last=True), "applied_at", "pk"
    )
    done = 0
    try:
        with transaction.atomic():
            for entry in ordered:
                current = entry
                change(entry)
                done += 1
    except registration.RegistrationError as error:
        messages.error(
            request,
            _("%(registration)s: %(error)s Nothing was changed.")
            % {"registration": current, "error": error.message},
        )
        return
    messages.success(request, SUCCESS[operation](done) % {"count": done})


def _status_action(operation: str, description):
    def action(model_admin, request, queryset):
        _apply_to_all(request, queryset, operation)

    action.__name__ = operation
    return admin.action(description=description, permissions=["change"])(action)


STATUS_ACTIONS = [
    _status_action("confirm", _("Confirm the selected registrations")),
    _status_action("waitlist", _("Move the selected registrations to the waitlist")),
    _status_action("decline", _("Decline the selected registrations")),
    _status_action("cancel", _("Cancel the selected registrations")),
    _status_action("mark_attended", _("Mark the selected participants as attended")),
]
