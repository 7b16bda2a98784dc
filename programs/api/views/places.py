"""``/api/v1/cities/`` and ``/api/v1/partnerships/``."""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema

from ...models import Partnership
from ...services.places import public_cities
from ..endpoint import ReadOnlyEndpoint
from ..filters import LANG, PAGE, PAGE_SIZE, SLUG_PATH
from ..pagination import paginate
from ..serializers.errors import with_errors
from ..serializers.fields import page_of
from ..serializers.places import (
    CitySerializer,
    CitySummarySerializer,
    PartnershipSerializer,
)

PAGED = ("page", "page_size")


class CityList(ReadOnlyEndpoint):
    parameters = PAGED

    @extend_schema(
        operation_id="cities_list",
        summary="Partner cities",
        description="Cities that a published program visits or that have a "
        "partnership, by slug.",
        parameters=[LANG, PAGE, PAGE_SIZE],
        responses=with_errors(page_of(CitySummarySerializer)),
    )
    def get(self, request, **kwargs):
        return super().get(request, **kwargs)

    def payload(self, request, context, **kwargs):
        cities = public_cities().order_by("slug")
        return paginate(request, cities, CitySummarySerializer, context, PAGED)


class CityDetail(ReadOnlyEndpoint):
    @extend_schema(
        operation_id="cities_retrieve",
        summary="One city and its partnerships",
        parameters=[SLUG_PATH, LANG],
        responses=with_errors(CitySerializer),
    )
    def get(self, request, **kwargs):
        return super().get(request, **kwargs)

    def payload(self, request, context, slug: str):
        city = get_object_or_404(public_cities(), slug=slug)
        city.api_partnerships = list(
            Partnership.objects.filter(Q(city_a=city) | Q(city_b=city))
            .select_related("city_a", "city_b")
            .order_by("established_on", "pk")
        )
        return CitySerializer(city, context=context).data


class PartnershipList(ReadOnlyEndpoint):
    parameters = PAGED

    @extend_schema(
        operation_id="partnerships_list",
        summary="Partnerships between cities",
        description="Oldest first.",
        parameters=[LANG, PAGE, PAGE_SIZE],
        responses=with_errors(page_of(PartnershipSerializer)),
    )
    def get(self, request, **kwargs):
        return super().get(request, **kwargs)

    def payload(self, request, context, **kwargs):
        partnerships = Partnership.objects.select_related("city_a", "city_b").order_by(
            "established_on", "pk"
        )
        return paginate(request, partnerships, PartnershipSerializer, context, PAGED)
