"""``/api/v1/``, the OpenAPI document and the JSON 404 for unknown addresses."""

import functools

from django.urls import reverse
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.utils import extend_schema
from rest_framework import serializers

from ..endpoint import ReadOnlyEndpoint
from ..errors import ApiError
from ..filters import LANG
from ..serializers.errors import with_errors

RESOURCES = {
    "programs": "api:program-list",
    "cities": "api:city-list",
    "partnerships": "api:partnership-list",
    "press": "api:press-list",
    "reports": "api:report-list",
    "schema": "api:schema",
    "docs": "api:docs",
}


class IndexSerializer(serializers.Serializer):
    """Where each collection, the OpenAPI document and the documentation are."""

    version = serializers.CharField()
    resources = serializers.DictField(child=serializers.URLField())


class Index(ReadOnlyEndpoint):
    @extend_schema(
        operation_id="index",
        summary="What the API offers",
        parameters=[LANG],
        responses=with_errors(IndexSerializer),
    )
    def get(self, request, **kwargs):
        return super().get(request, **kwargs)

    def payload(self, request, context, **kwargs):
        return {
            "version": "v1",
            "resources": {
                name: request.build_absolute_uri(reverse(url_name))
                for name, url_name in RESOURCES.items()
            },
        }


@functools.cache
def openapi_document() -> dict:
    """The OpenAPI 3.1 document, generated once per process from the code:
    every DRF view the URL configuration mounts (only the API's), less those
    marked ``exclude``."""
    return SchemaGenerator().get_schema(request=None, public=True)


class Schema(ReadOnlyEndpoint):
    @extend_schema(exclude=True)
    def get(self, request, **kwargs):
        return super().get(request, **kwargs)

    def payload(self, request, context, **kwargs):
        return openapi_document()


class NotFound(ReadOnlyEndpoint):
    """Any other address under ``/api/``: a JSON 404 rather than the site's page."""

    @extend_schema(exclude=True)
    def get(self, request, **kwargs):
        raise ApiError(404, "not_found", "There is no such address in the API.")
