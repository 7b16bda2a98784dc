"""A program's events as the public sees them."""

from django.db.models import QuerySet
from django.utils import timezone

from ..models import Event, Program


def published_events(program: Program) -> QuerySet[Event]:
    """The program's published events, earliest first (the pk breaks ties)."""
    return (
        Event.objects.published()
        .filter(program=program)
        .select_related("city", "stop", "program")
        .order_by("starts_at", "pk")
    )


def next_event(program: Program) -> Event | None:
    """The first published event of ``program`` that has not started yet."""
    return published_events(program).filter(starts_at__gte=timezone.now()).first()
