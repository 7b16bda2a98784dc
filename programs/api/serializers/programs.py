"""Programs: their launch, itinerary and events."""

from django.urls import reverse
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ...models import Event, ItineraryStop, Organisation, Program
from ...models.richtext import sanitise_html
from ...services.program_filters import STATUSES
from .fields import Link, PartialDate, TranslatedText
from .places import CitySummarySerializer

# The program's lists, each at ``/api/v1/programs/<slug>/<name>/``.
SUB_RESOURCES = ("itinerary", "events", "participants", "partnerships")
SUB_RESOURCES += ("press", "reports")


class OrganisationSerializer(serializers.ModelSerializer):
    name = TranslatedText("name")
    kind = serializers.ChoiceField(choices=Organisation.Kind.choices)
    website = serializers.CharField(help_text="An http(s) address, or empty.")

    class Meta:
        model = Organisation
        fields = ["name", "kind", "website"]


class LaunchSerializer(serializers.Serializer):
    """Where and when the program was (or will be) launched."""

    date = PartialDate("launch_date", "launch_date_precision")
    city = CitySummarySerializer(source="launch_city", allow_null=True)
    venue = TranslatedText("launch_venue")


class ItineraryStopSerializer(serializers.ModelSerializer):
    city = CitySummarySerializer()
    summary = TranslatedText("summary")

    class Meta:
        model = ItineraryStop
        fields = ["position", "city", "arrival_date", "departure_date", "summary"]


class EventSerializer(serializers.ModelSerializer):
    """An event; ``starts_at`` and ``ends_at`` are in UTC, ``timezone`` is the
    venue's, for showing local times."""

    kind = serializers.ChoiceField(choices=Event.Kind.choices)
    title = TranslatedText("title")
    description = TranslatedText("description", clean=sanitise_html)
    venue = TranslatedText("venue")
    city = CitySummarySerializer(allow_null=True)
    stop_position = serializers.IntegerField(
        source="stop.position", allow_null=True, default=None
    )
    program = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    url = Link("api:event-detail")
    web_url = Link("programs:event-detail", public=True)

    class Meta:
        model = Event
        fields = ["slug", "kind", "title", "description", "starts_at", "ends_at"]
        fields += ["timezone", "venue", "city", "stop_position", "program", "url"]
        fields += ["web_url", "is_demo"]


def program_status(program: Program) -> str | None:
    """Upcoming, current or past today, as the ``status`` filter decides."""
    today = timezone.localdate()
    if program.end_date and program.end_date < today:
        return "past"
    if program.start_date and program.start_date > today:
        return "upcoming"
    return "current" if program.start_date else None


class ProgramSummarySerializer(serializers.ModelSerializer):
    """A program as the list shows it."""

    title = TranslatedText("title")
    theme = TranslatedText("theme")
    summary = TranslatedText("summary")
    status = serializers.SerializerMethodField()
    launch = LaunchSerializer(source="*")
    organising_city = CitySummarySerializer()
    itinerary_cities = serializers.SerializerMethodField()
    applications = serializers.SerializerMethodField()
    url = Link("api:program-detail")
    web_url = Link("programs:program-detail", public=True)

    class Meta:
        model = Program
        fields = ["slug", "title", "theme", "summary", "status", "start_date"]
        fields += ["end_date", "launch", "organising_city", "itinerary_cities"]
        fields += ["applications", "is_demo", "url", "web_url"]

    @extend_schema_field(
        {"type": ["string", "null"], "enum": [*STATUSES, None]},
    )
    def get_status(self, program):
        return program_status(program)

    @extend_schema_field(CitySummarySerializer(many=True))
    def get_itinerary_cities(self, program):
        cities = [stop.city for stop in program.api_stops]
        return CitySummarySerializer(cities, many=True, context=self.context).data

    @extend_schema_field(
        {"type": ["string", "null"], "enum": ["open", "not-yet", "closed", None]}
    )
    def get_applications(self, program):
        """Public applications: open, not yet open, closed, or null when the
        program takes none."""
        return program.application_window() or None


class ProgramSerializer(ProgramSummarySerializer):
    """A program with its body, organisers, itinerary, next event and the
    addresses of its events, participants, partnerships, press and reports."""

    body = TranslatedText("body", clean=sanitise_html)
    organisers = OrganisationSerializer(many=True, source="api_organisers")
    itinerary = ItineraryStopSerializer(many=True, source="api_stops")
    next_event = serializers.SerializerMethodField()
    links = serializers.SerializerMethodField()

    class Meta(ProgramSummarySerializer.Meta):
        fields = [*ProgramSummarySerializer.Meta.fields, "body", "organisers"]
        fields += ["itinerary", "next_event", "links"]

    @extend_schema_field(EventSerializer(allow_null=True))
    def get_next_event(self, program):
        event = program.api_next_event
        if event is None:
            return None
        return EventSerializer(event, context=self.context).data

    @extend_schema_field(
        {
            "type": "object",
            "properties": {
                name: {"type": "string", "format": "uri"} for name in SUB_RESOURCES
            },
            "required": list(SUB_RESOURCES),
            "additionalProperties": False,
        }
    )
    def get_links(self, program):
        request = self.context["request"]
        path = reverse("api:program-detail", kwargs={"slug": program.slug})
        base = request.build_absolute_uri(path)
        return {name: f"{base}{name}/" for name in SUB_RESOURCES}
