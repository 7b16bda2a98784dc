"""Registrations, as the organisers of each program see them."""

from django.contrib import admin

from ..models import Registration
from ..services import access
from .filters import BY_PROGRAM, RegistrationCountryFilter
from .forms import CaravanAdminForm
from .program_tools import RegistrationToolsMixin


@admin.register(Registration)
class RegistrationAdmin(RegistrationToolsMixin, admin.ModelAdmin):
    form = CaravanAdminForm
    list_display = (
        "participant",
        "program",
        "event",
        "status",
        "source",
        "applied_at",
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
    readonly_fields = ("applied_at", "status_changed_at")
    fields = (
        "participant",
        "program",
        "event",
        ("status", "waitlist_position"),
        "source",
        ("confirmed_at", "cancelled_at"),
        ("applied_at", "status_changed_at"),
    )
    date_hierarchy = "applied_at"

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
