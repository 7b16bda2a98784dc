"""Which cities and partnerships the public may see.

A city is public once a published program touches it or it has a
partnership; the city pages and the API ask here, so both show the same ones.
"""

from django.db.models import Q, QuerySet

from ..models import City, Partnership, Program


def public_cities() -> QuerySet[City]:
    """Cities that a published program touches or that have a partnership."""
    published = Program.objects.published()
    return City.objects.filter(
        Q(organised_programs__in=published)
        | Q(launched_programs__in=published)
        | Q(itinerary_stops__program__in=published)
        | Q(partnerships_as_a__isnull=False)
        | Q(partnerships_as_b__isnull=False)
    ).distinct()


def partnerships_between(city_ids: list[int]) -> QuerySet[Partnership]:
    """The partnerships that join two of the cities ``city_ids``."""
    return Partnership.objects.filter(
        city_a__in=city_ids, city_b__in=city_ids
    ).select_related("city_a", "city_b")
