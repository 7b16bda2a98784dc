"""The columns of the registrations list that organisers read at a glance.

A status is a small coloured badge with a short name (the colour is never
the only sign; the full name is its title), followed by the place on the
waitlist; a source is a short word with the full wording as its title; the
date of application is in the language's short date and time format. So
the list fits beside the sidebar and the filters in every language.
"""

from django.contrib import admin
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import pgettext, pgettext_lazy

from ..models import Registration

Status = Registration.Status
Source = Registration.Source
SHORT_STATUSES = {
    Status.APPLIED: pgettext_lazy("registration status, short", "Applied"),
    Status.CONFIRMED: pgettext_lazy("registration status, short", "Confirmed"),
    Status.WAITLISTED: pgettext_lazy("registration status, short", "Waitlisted"),
    Status.DECLINED: pgettext_lazy("registration status, short", "Declined"),
    Status.CANCELLED: pgettext_lazy("registration status, short", "Cancelled"),
    Status.ATTENDED: pgettext_lazy("registration status, short", "Attended"),
}
SHORT_SOURCES = {
    Source.ORGANISER: pgettext_lazy("registration source, short", "Organiser"),
    Source.PUBLIC_FORM: pgettext_lazy("registration source, short", "Web form"),
    Source.IMPORT: pgettext_lazy("registration source, short", "Import"),
}


def _label(field: str) -> str:
    return Registration._meta.get_field(field).verbose_name


def status_badge(status: str) -> str:
    """A registration status as a badge: its short name on its own colour."""
    return format_html(
        '<span class="caravan-badge caravan-badge-{}" title="{}">{}</span>',
        status,
        Status(status).label,
        SHORT_STATUSES[status],
    )


@admin.display(description=_label("status"), ordering="status")
def status_column(registration: Registration) -> str:
    badge = status_badge(registration.status)
    if registration.waitlist_position is None:
        return badge
    place = pgettext("waitlist position", "No. %(position)s") % {
        "position": registration.waitlist_position
    }
    return format_html('{} <span class="caravan-label">{}</span>', badge, place)


@admin.display(description=_label("source"), ordering="source")
def source_column(registration: Registration) -> str:
    full = registration.get_source_display()
    short = SHORT_SOURCES.get(registration.source, full)
    return format_html('<span class="caravan-label" title="{}">{}</span>', full, short)


@admin.display(description=_label("applied_at"), ordering="applied_at")
def applied_column(registration: Registration) -> str:
    moment = timezone.localtime(registration.applied_at)
    # Every short format here ends with the time: the date and the time each
    # stay whole, and a narrow column puts the time under the date.
    day, _space, time = date_format(moment, "SHORT_DATETIME_FORMAT").rpartition(" ")
    return format_html(
        '<time class="caravan-moment" datetime="{}"><span>{}</span> <span>{}</span>'
        "</time>",
        moment.isoformat(timespec="minutes"),
        day,
        time,
    )
