"""Which cities and partnerships the public may see.

A city is public once a published program touches it or it has a
partnership; the city pages and the API ask here, so both show the same ones.
"""

from django.db.models import Exists, OuterRef, Q, QuerySet

from ..models import City, ItineraryStop, Partnership, Program


def public_cities() -> QuerySet[City]:
    """Cities that a published program touches or that have a partnership.

    Each test is an EXISTS, not a join: joining a city to its programs, its
    launches, its stops and its partnerships at once multiplies them (a city
    that a hundred programs organise, launch and visit gave a million rows
    to make distinct, and the city list took 8 seconds)."""
    published = Program.objects.published()
    city = OuterRef("pk")
    return City.objects.filter(
        Exists(published.filter(organising_city=city))
        | Exists(published.filter(launch_city=city))
        | Exists(ItineraryStop.objects.filter(city=city, program__in=published))
        | Exists(Partnership.objects.filter(Q(city_a=city) | Q(city_b=city)))
    )


def partnerships_between(city_ids: list[int]) -> QuerySet[Partnership]:
    """The partnerships that join two of the cities ``city_ids``."""
    return Partnership.objects.filter(
        city_a__in=city_ids, city_b__in=city_ids
    ).select_related("city_a", "city_b")
