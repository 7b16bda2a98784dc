"""A capacity changed in the admin is applied by the registration service.

The form saves the new number; the service then applies it as it would from
anywhere else, so raising a capacity promotes the first waitlisted people at
once and emails them.
"""

from django.contrib import messages
from django.utils.translation import ngettext

from ..models import Event
from ..services import registration


class CapacityAdminMixin:
    """For the program and event admins."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change or "capacity" not in form.changed_data:
            return
        if isinstance(obj, Event):
            promoted = registration.set_capacity(obj.program, obj.capacity, event=obj)
        else:
            promoted = registration.set_capacity(obj, obj.capacity)
        if promoted:
            messages.info(
                request,
                ngettext(
                    "%(count)d person moved up from the waitlist and was emailed.",
                    "%(count)d people moved up from the waitlist and were emailed.",
                    len(promoted),
                )
                % {"count": len(promoted)},
            )
