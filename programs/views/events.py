"""One event's page and calendar entry."""

from django.shortcuts import get_object_or_404, render

from .. import calendar as ical
from ..models import Event
from .caching import public_page
from .structured_data import event_json_ld


def _published_event(slug: str) -> Event:
    return get_object_or_404(
        Event.objects.published().select_related(
            "program", "city", "stop", "stop__city"
        ),
        slug=slug,
    )


@public_page
def event_detail(request, slug: str):
    event = _published_event(slug)
    url = request.build_absolute_uri(event.get_absolute_url())
    context = {"event": event, "json_ld": event_json_ld(event, url)}
    return render(request, "programs/event_detail.html", context)


def event_calendar(request, slug: str):
    event = _published_event(slug)
    body = ical.event_calendar(event, **ical.site_address(request))
    return ical.download(body, event.slug)
