"""The filters of the public program list, shared by the page and the API.

The program list (``views/programs.py``) and ``/api/v1/programs/`` narrow the
published programs the same way, so a link and an API call with the same
filters give the same programs in the same order.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone

from .search import search_programs

# Where a program stands in time, from its start and end dates.
STATUSES = ("upcoming", "current", "past")


@dataclass(frozen=True)
class ProgramFilters:
    """What a visitor narrowed the list to; empty values filter nothing."""

    query: str = ""
    country: str = ""
    year: int | None = None
    city: str = ""
    status: str = ""


def filter_programs(
    programs: QuerySet,
    filters: ProgramFilters,
    language: str,
    every_language: bool = False,
) -> QuerySet:
    """``programs`` narrowed by ``filters``, best search matches first when a
    query is given and newest first otherwise (the slug breaks ties, so the
    order is stable from one page to the next). The query is searched in
    ``language`` and English, or in every language (``search_programs``)."""
    if filters.country:
        # An unknown code is not an error: it simply matches nothing.
        programs = programs.filter(
            Q(organising_city__country=filters.country)
            | Q(launch_city__country=filters.country)
            | Q(itinerary_stops__city__country=filters.country)
        ).distinct()
    if filters.city:
        programs = programs.filter(
            Q(organising_city__slug=filters.city)
            | Q(launch_city__slug=filters.city)
            | Q(itinerary_stops__city__slug=filters.city)
        ).distinct()
    if filters.year:
        programs = programs.filter(
            Q(start_date__year=filters.year) | Q(launch_date__year=filters.year)
        ).distinct()
    if filters.status:
        programs = programs.filter(status_q(filters.status, timezone.localdate()))
    if filters.query:
        return search_programs(programs, filters.query, language, every_language)
    return programs.order_by("-start_date", "-launch_date", "slug")


def status_q(status: str, today: datetime.date) -> Q:
    """Programs that are ``status`` ("upcoming", "current" or "past") on
    ``today``. A program without an end date is current from its start on;
    one without a start date is neither upcoming nor current nor past."""
    if status == "upcoming":
        return Q(start_date__gt=today)
    if status == "current":
        return Q(start_date__lte=today) & (
            Q(end_date__isnull=True) | Q(end_date__gte=today)
        )
    if status == "past":
        return Q(end_date__lt=today)
    raise ValueError(f"unknown program status {status!r}")
