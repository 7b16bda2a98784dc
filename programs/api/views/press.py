"""``/api/v1/events/<slug>/``, ``/api/v1/press/`` and ``/api/v1/reports/``."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema

from ...models import Event, PressCoverage, Report
from ..endpoint import ReadOnlyEndpoint
from ..filters import LANG, PAGE, PAGE_SIZE, PRESS_FILTERS, SLUG_PATH, press_filters
from ..pagination import paginate
from ..serializers.errors import with_errors
from ..serializers.fields import page_of
from ..serializers.press import (
    PressCoverageSerializer,
    ReportSerializer,
    ReportSummarySerializer,
)
from ..serializers.programs import EventSerializer

PAGED = ("page", "page_size")


class EventDetail(ReadOnlyEndpoint):
    @extend_schema(
        operation_id="events_retrieve",
        summary="One published event",
        parameters=[SLUG_PATH, LANG],
        responses=with_errors(EventSerializer),
    )
    def get(self, request, **kwargs):
        return super().get(request, **kwargs)

    def payload(self, request, context, slug: str):
        events = Event.objects.published().select_related("city", "stop", "program")
        return EventSerializer(
            get_object_or_404(events, slug=slug), context=context
        ).data


class PressList(ReadOnlyEndpoint):
    parameters = ("program", "language", *PAGED)

    @extend_schema(
        operation_id="press_list",
        summary="Press coverage",
        description="Newest first; filtered as the public press page is.",
        parameters=[LANG, *PRESS_FILTERS, PAGE, PAGE_SIZE],
        responses=with_errors(page_of(PressCoverageSerializer)),
    )
    def get(self, request, **kwargs):
        return super().get(request, **kwargs)

    def payload(self, request, context, **kwargs):
        items = (
            PressCoverage.objects.published()
            .filter(**press_filters(request))
            .select_related("program", "outlet")
            .order_by("-published_on", "-pk")
        )
        return paginate(
            request, items, PressCoverageSerializer, context, self.parameters
        )


class ReportList(ReadOnlyEndpoint):
    parameters = PAGED

    @extend_schema(
        operation_id="reports_list",
        summary="Published reports",
        description="Newest first.",
        parameters=[LANG, PAGE, PAGE_SIZE],
        responses=with_errors(page_of(ReportSummarySerializer)),
    )
    def get(self, request, **kwargs):
        return super().get(request, **kwargs)

    def payload(self, request, context, **kwargs):
        reports = (
            Report.objects.published()
            .select_related("program")
            .order_by("-first_published_at", "-pk")
        )
        return paginate(request, reports, ReportSummarySerializer, context, PAGED)


class ReportDetail(ReadOnlyEndpoint):
    @extend_schema(
        operation_id="reports_retrieve",
        summary="One published report",
        parameters=[SLUG_PATH, LANG],
        responses=with_errors(ReportSerializer),
    )
    def get(self, request, **kwargs):
        return super().get(request, **kwargs)

    def payload(self, request, context, slug: str):
        reports = Report.objects.published().select_related("program")
        return ReportSerializer(
            get_object_or_404(reports, slug=slug), context=context
        ).data
