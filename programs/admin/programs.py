"""Programs, with their itinerary, events and press coverage on one page."""

from django.contrib import admin
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from ..forms import ColourInput
from ..models import (
    Event,
    ItineraryStop,
    PressCoverage,
    Program,
    ProgramGalleryImage,
    Registration,
)
from ..models.colours import ColourField
from ..services import access
from .capacity import CapacityAdminMixin
from .embed import EMBED_FIELDSET, EmbedCodeAdminMixin
from .filters import BY_PROGRAM, ProgramCountryFilter, ProgramYearFilter
from .images import GalleryInline
from .preview import PreviewAdminMixin
from .publishing import PUBLISHING_FIELDSET, PublishingAdminMixin, StatusListFilter
from .revisions import RevisionAdminMixin
from .search import in_every_language
from .translation_status import TranslationStatusAdminMixin
from .translation_tabs import (
    TabbedTranslationAdmin,
    TabbedTranslationStackedInline,
    TabbedTranslationTabularInline,
)

# Registrations that mean a person takes part.
TAKING_PART = (Registration.Status.CONFIRMED, Registration.Status.ATTENDED)


def count_per_program(queryset, counted: str = "pk", distinct: bool = False):
    """A correlated subquery counting ``queryset`` rows of each program.

    Subqueries rather than ``Count`` over joins: three joined one-to-many
    relations would multiply each other's rows.
    """
    counts = (
        queryset.filter(program=OuterRef("pk"))
        .order_by()
        .values("program")
        .annotate(n=Count(counted, distinct=distinct))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


class ItineraryStopInline(TabbedTranslationTabularInline):
    # A table: the stops read in order, one row each, in one language at a time.
    model = ItineraryStop
    extra = 0
    ordering = ("position", "pk")
    autocomplete_fields = ("city",)
    fields = ("position", "city", "arrival_date", "departure_date", "summary")


class EventInline(TabbedTranslationStackedInline):
    model = Event
    extra = 0
    show_change_link = True
    autocomplete_fields = ("city",)
    prepopulated_fields = {"slug": ("title_en",)}
    fields = (
        "title",
        "slug",
        "kind",
        ("starts_at", "ends_at"),
        "timezone",
        "stop",
        "city",
        "venue",
    )

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        stop = formset.form.base_fields.get("stop")
        if stop is not None:
            # Only this program's stops; a new program has none yet.
            stop.queryset = (
                obj.itinerary_stops.select_related("city")
                if obj is not None
                else ItineraryStop.objects.none()
            )
        return formset


class PressCoverageInline(TabbedTranslationStackedInline):
    model = PressCoverage
    extra = 0
    autocomplete_fields = ("outlet", "journalist")
    fields = (
        "title",
        ("outlet", "journalist"),
        ("language", "kind"),
        "published_on",
        "url",
        "summary",
    )


class ProgramGalleryInline(GalleryInline):
    model = ProgramGalleryImage


@admin.register(Program)
class ProgramAdmin(
    EmbedCodeAdminMixin,
    CapacityAdminMixin,
    PublishingAdminMixin,
    RevisionAdminMixin,
    PreviewAdminMixin,
    TranslationStatusAdminMixin,
    TabbedTranslationAdmin,
):
    list_display = (
        "title",
        "status",
        "launch",
        "launch_city",
        "event_count",
        "participant_count",
        "press_count",
    )
    preview_url_name = "programs:program-preview"
    formfield_overrides = {ColourField: {"widget": ColourInput}}
    list_filter = (StatusListFilter, ProgramCountryFilter, ProgramYearFilter)
    list_select_related = ("launch_city",)
    search_fields = ("slug", *in_every_language("title"))
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = (
        "organising_city",
        "launch_city",
        "organisers",
        "managers",
        "hero_image",
    )
    inlines = (
        ItineraryStopInline,
        EventInline,
        PressCoverageInline,
        ProgramGalleryInline,
    )
    fieldsets = (
        (
            None,
            {"fields": ("title", "slug", "theme", "summary", "body", "hero_image")},
        ),
        (
            _("Places and dates"),
            {
                "fields": (
                    "organising_city",
                    ("launch_date", "launch_date_precision"),
                    "launch_city",
                    "launch_venue",
                    ("start_date", "end_date"),
                )
            },
        ),
        (_("People"), {"fields": ("organisers", "managers")}),
        (
            _("Registration"),
            {"fields": ("capacity", ("applications_open_at", "applications_close_at"))},
        ),
        (_("Appearance"), {"fields": ("accent_colour",)}),
        PUBLISHING_FIELDSET,
        EMBED_FIELDSET,
        (_("Demonstration"), {"fields": ("is_demo",)}),
    )

    def get_queryset(self, request):
        queryset = access.programs_visible_to(
            request.user, super().get_queryset(request)
        )
        return queryset.annotate(
            event_count=count_per_program(Event.objects),
            participant_count=count_per_program(
                Registration.objects.filter(status__in=TAKING_PART),
                counted="participant",
                distinct=True,
            ),
            press_count=count_per_program(PressCoverage.objects),
        )

    @admin.display(description=_("launch"), ordering="launch_date")
    def launch(self, obj):
        return obj.launch_date_display

    @admin.display(description=_("events"), ordering="event_count")
    def event_count(self, obj):
        return obj.event_count

    @admin.display(description=_("participants"), ordering="participant_count")
    def participant_count(self, obj):
        return obj.participant_count

    @admin.display(description=_("press"), ordering="press_count")
    def press_count(self, obj):
        return obj.press_count


@admin.register(ItineraryStop)
class ItineraryStopAdmin(TranslationStatusAdminMixin, TabbedTranslationAdmin):
    list_display = ("__str__", "program", "arrival_date", "departure_date")
    list_filter = (BY_PROGRAM,)
    search_fields = (
        *in_every_language("city__name"),
        *in_every_language("program__title"),
    )
    autocomplete_fields = ("program", "city")
    ordering = ("program", "position")
    fields = (
        "program",
        ("position", "city"),
        ("arrival_date", "departure_date"),
        "summary",
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("program", "city")


@admin.register(Event)
class EventAdmin(
    CapacityAdminMixin,
    PublishingAdminMixin,
    TranslationStatusAdminMixin,
    TabbedTranslationAdmin,
):
    list_display = ("title", "program", "kind", "starts_at", "city", "status")
    list_filter = (
        StatusListFilter,
        "kind",
        BY_PROGRAM,
    )
    list_select_related = ("program", "city")
    search_fields = ("slug", *in_every_language("title"))
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("program", "stop", "city")
    date_hierarchy = "starts_at"
    fieldsets = (
        (None, {"fields": ("program", "title", "slug", "kind", "description")}),
        (
            _("When and where"),
            {
                "fields": (
                    ("starts_at", "ends_at"),
                    "timezone",
                    "stop",
                    "city",
                    "venue",
                )
            },
        ),
        (_("Registration"), {"fields": ("capacity",)}),
        PUBLISHING_FIELDSET,
        (_("Demonstration"), {"fields": ("is_demo",)}),
    )

    def get_queryset(self, request):
        return access.events_visible_to(request.user, super().get_queryset(request))
