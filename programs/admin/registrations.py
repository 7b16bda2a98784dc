"""Registrations, as the organisers of each program see them; a confirmed
one's page also holds its travel details, legs and visas (``logistics.py``)."""

from django.contrib import admin
from django.contrib.admin.utils import flatten_fieldsets

from ..models import Registration
from ..services import access, registration
from .filters import BY_PROGRAM, RegistrationCountryFilter
from .forms import CaravanAdminForm
from .logistics import RegistrationLogisticsMixin
from .program_tools import RegistrationToolsMixin
from .registration_actions import STATUS_ACTIONS
from .registration_columns import applied_column, source_column, status_column


@admin.register(Registration)
class RegistrationAdmin(
    RegistrationLogisticsMixin, RegistrationToolsMixin, admin.ModelAdmin
):
    form = CaravanAdminForm
    list_display = (
        "participant",
        "program",
        "event",
        status_column,
        source_column,
        applied_column,
    )
    list_filter = (
        "status",
        "participant__category",
        ("participant__country", RegistrationCountryFilter),
        ("event", admin.RelatedOnlyFieldListFilter),
        "source",
        BY_PROGRAM,
    )
    list_select_related = ("participant", "program", "event")
    search_fields = (
        "participant__given_name",
        "participant__family_name",
        "participant__native_name",
    )
    autocomplete_fields = ("participant",)
    # A registration's state changes only through the actions, which go
    # through the registration service; the change page is its record.
    fields = (
        "participant",
        "program",
        "event",
        ("status", "waitlist_position"),
        "source",
        ("applied_at", "verified_at", "verification_expires_at"),
        ("confirmed_at", "attended_at", "cancelled_at"),
        "status_changed_at",
        "organisation_name",
        "motivation",
        "privacy_accepted_at",
    )
    add_fields = ("participant", "program", "event")
    actions = STATUS_ACTIONS
    date_hierarchy = "applied_at"

    def get_fields(self, request, obj=None):
        return self.add_fields if obj is None else self.fields

    def get_readonly_fields(self, request, obj=None):
        return (
            () if obj is None else flatten_fieldsets([(None, {"fields": self.fields})])
        )

    def save_model(self, request, obj, form, change):
        if change:
            return
        # A new registration takes a seat or a waitlist place like any other.
        created = registration.register_by_organiser(
            obj.participant, obj.program, request.user, event=obj.event
        )
        obj.pk = created.pk
        obj.refresh_from_db()

    def get_queryset(self, request):
        return access.registrations_visible_to(
            request.user, super().get_queryset(request)
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # The choices are the organiser's own programs, their events and
        # their people, so a registration cannot be moved out of their reach.
        user = request.user
        if db_field.name == "program":
            kwargs["queryset"] = access.programs_managed_by(user)
        elif db_field.name == "event":
            kwargs["queryset"] = access.events_managed_by(user).select_related(
                "program"
            )
        elif db_field.name == "participant":
            kwargs["queryset"] = access.participants_managed_by(user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
