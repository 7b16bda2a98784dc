"""``/api/v1/programs/``: the list, one program, and its parts."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema

from ...models import (
    ItineraryStop,
    Organisation,
    PressCoverage,
    Program,
    Report,
)
from ...services.events import next_event, published_events
from ...services.listing import listed_participants
from ...services.places import partnerships_between
from ...services.program_filters import filter_programs
from ..endpoint import ReadOnlyEndpoint
from ..filters import LANG, PAGE, PAGE_SIZE, PROGRAM_FILTERS, SLUG_PATH, program_filters
from ..pagination import paginate
from ..serializers.errors import with_errors
from ..serializers.fields import page_of
from ..serializers.people import ParticipantSerializer
from ..serializers.places import PartnershipSerializer
from ..serializers.press import PressCoverageSerializer, ReportSummarySerializer
from ..serializers.programs import (
    EventSerializer,
    ItineraryStopSerializer,
    ProgramSerializer,
    ProgramSummarySerializer,
)

PAGED = ("page", "page_size")


def _stops():
    return Prefetch(
        "itinerary_stops",
        queryset=ItineraryStop.objects.select_related("city").order_by("position"),
        to_attr="api_stops",
    )


def published_program(slug: str) -> Program:
    """The published program ``slug``, or a 404."""
    return get_object_or_404(Program.objects.published(), slug=slug)


class ProgramList(ReadOnlyEndpoint):
    parameters = ("q", "country", "city", "year", "status", *PAGED)

    @extend_schema(
        operation_id="programs_list",
        summary="Published programs",
        description="Filtered as the public program list is; newest first, or "
        "best match first with `q`.",
        parameters=[LANG, *PROGRAM_FILTERS, PAGE, PAGE_SIZE],
        responses=with_errors(page_of(ProgramSummarySerializer)),
    )
    def get(self, request, **kwargs):
        return super().get(request, **kwargs)

    def payload(self, request, context, **kwargs):
        filters = program_filters(request)
        programs = Program.objects.published().select_related(
            "launch_city", "organising_city"
        )
        # Ordered by the same service as the public list: newest (or best
        # match) first, the slug last, so pages never overlap.
        programs = filter_programs(
            programs, filters, context["language"], every_language=True
        )
        return paginate(
            request,
            programs.prefetch_related(_stops()),
            ProgramSummarySerializer,
            context,
            self.parameters,
        )


class ProgramDetail(ReadOnlyEndpoint):
    @extend_schema(
        operation_id="programs_retrieve",
        summary="One program",
        description="With its launch, organisers, itinerary, next event and the "
        "addresses of its lists.",
        parameters=[SLUG_PATH, LANG],
        responses=with_errors(ProgramSerializer),
    )
    def get(self, request, **kwargs):
        return super().get(request, **kwargs)

    def payload(self, request, context, slug: str):
        programs = (
            Program.objects.published()
            .select_related("launch_city", "organising_city")
            .prefetch_related(
                _stops(),
                Prefetch(
                    "organisers",
                    queryset=Organisation.objects.order_by("pk"),
                    to_attr="api_organisers",
                ),
            )
        )
        program = get_object_or_404(programs, slug=slug)
        program.api_next_event = next_event(program)
        return ProgramSerializer(program, context=context).data


class ProgramPart(ReadOnlyEndpoint):
    """A paged list belonging to one published program."""

    parameters = PAGED
    serializer_class = None

    def items(self, program: Program):
        raise NotImplementedError

    def payload(self, request, context, slug: str):
        program = published_program(slug)
        return paginate(
            request, self.items(program), self.serializer_class, context, PAGED
        )


def _part(name: str, serializer, summary: str, items, description: str = ""):
    """A ``ProgramPart`` endpoint class for one of the program's lists."""

    @extend_schema(
        operation_id=f"programs_{name}_list",
        summary=summary,
        description=description,
        parameters=[SLUG_PATH, LANG, PAGE, PAGE_SIZE],
        responses=with_errors(page_of(serializer)),
    )
    def get(self, request, **kwargs):
        return ReadOnlyEndpoint.get(self, request, **kwargs)

    return type(
        f"Program{name.title()}",
        (ProgramPart,),
        {
            "get": get,
            "serializer_class": serializer,
            "items": lambda self, program: items(program),
            "__doc__": summary,
        },
    )


def _itinerary(program):
    return program.itinerary_stops.select_related("city").order_by("position", "pk")


def _press(program):
    return (
        PressCoverage.objects.published()
        .filter(program=program)
        .select_related("outlet", "program")
        .order_by("-published_on", "-pk")
    )


def _reports(program):
    return (
        Report.objects.published()
        .filter(program=program)
        .select_related("program")
        .order_by("-first_published_at", "-pk")
    )


def _partnerships(program):
    ids = {program.organising_city_id, program.launch_city_id}
    ids |= set(program.itinerary_stops.values_list("city_id", flat=True))
    return partnerships_between([pk for pk in ids if pk]).order_by(
        "established_on", "pk"
    )


def _participants(program):
    # Drafts never get here: the program was found among published ones.
    return listed_participants(program)


ProgramItinerary = _part(
    "itinerary", ItineraryStopSerializer, "A program's itinerary", _itinerary
)
ProgramEvents = _part(
    "events", EventSerializer, "A program's published events", published_events
)
ProgramParticipants = _part(
    "participants",
    ParticipantSerializer,
    "People taking part who agreed to be listed",
    _participants,
    "Name, role and organisation only, by role and then by name.",
)
ProgramPartnerships = _part(
    "partnerships",
    PartnershipSerializer,
    "Partnerships between the program's cities",
    _partnerships,
)
ProgramPress = _part(
    "press", PressCoverageSerializer, "A program's press coverage", _press
)
ProgramReports = _part(
    "reports", ReportSummarySerializer, "A program's reports", _reports
)
