"""Hotels with their rooms, and who sleeps where each night.

A room night is added and taken back only through ``services/rooming.py``,
which counts the beds under the room's lock; the form asks the same service
first, so a full room is reported beside the fields. Only a program's
managers and superusers see any of it (``logistics.LogisticsAccessMixin``).
"""

import datetime

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _

from ..models import Hotel, ItineraryStop, Registration, Room, RoomNight
from ..models.registrations import SEAT_STATUSES
from ..services import access, rooming
from .forms import CaravanAdminForm
from .logistics import LogisticsAccessMixin

# One assignment covers at most this many nights, so a typing slip in the
# last night cannot book a room for years.
MAX_NIGHTS = 60


class RoomInline(admin.TabularInline):
    model = Room
    form = CaravanAdminForm
    extra = 1
    fields = ("label", "capacity")


@admin.register(Hotel)
class HotelAdmin(LogisticsAccessMixin, admin.ModelAdmin):
    form = CaravanAdminForm
    list_display = ("name", "program", "stop", "phone")
    list_filter = (("program", admin.RelatedOnlyFieldListFilter),)
    list_select_related = ("program", "stop__city")
    search_fields = ("name", "address")
    fields = ("program", "stop", "name", "address", "phone")
    inlines = (RoomInline,)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        managed = access.programs_managed_by(request.user)
        if db_field.name == "program":
            kwargs["queryset"] = managed
        elif db_field.name == "stop":
            kwargs["queryset"] = ItineraryStop.objects.filter(
                program__in=managed.values("pk")
            ).select_related("city", "program")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class RoomNightForm(CaravanAdminForm):
    last_night = forms.DateField(
        label=_("last night"),
        required=False,
        help_text=_("For several nights in a row; leave empty for one night."),
    )

    class Meta:
        model = RoomNight
        fields = ("room", "registration", "night")

    def nights(self) -> list[datetime.date]:
        first = self.cleaned_data["night"]
        last = self.cleaned_data.get("last_night") or first
        return [
            first + datetime.timedelta(days=n) for n in range((last - first).days + 1)
        ]

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("night"), cleaned.get("last_night")
        if first and last and not 0 <= (last - first).days < MAX_NIGHTS:
            raise ValidationError(
                {
                    "last_night": _(
                        "The last night comes on or after the first, at most "
                        "%(count)d nights later."
                    )
                    % {"count": MAX_NIGHTS - 1}
                }
            )
        room, registration = cleaned.get("room"), cleaned.get("registration")
        if first and room and registration and not self.errors:
            problems = rooming.assignment_problems(room, registration, self.nights())
            if problems:
                raise ValidationError(problems)
        return cleaned

    def validate_unique(self):
        # The service reports a night already taken, with the person's name.
        pass


@admin.register(RoomNight)
class RoomNightAdmin(LogisticsAccessMixin, admin.ModelAdmin):
    form = RoomNightForm
    list_display = ("night", "room", "registration")
    list_filter = (
        ("room__hotel", admin.RelatedOnlyFieldListFilter),
        ("registration__program", admin.RelatedOnlyFieldListFilter),
        "night",
    )
    list_select_related = (
        "room__hotel",
        "registration__participant",
        "registration__program",
        "registration__event",
    )
    search_fields = (
        "registration__participant__given_name",
        "registration__participant__family_name",
        "room__label",
        "room__hotel__name",
    )
    date_hierarchy = "night"

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("room", "registration", "night", "last_night")
        return ("room", "registration", "night")

    def has_change_permission(self, request, obj=None):
        # A night is taken back and given again, never moved in place.
        return obj is None and super().has_change_permission(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        user = request.user
        if db_field.name == "room":
            kwargs["queryset"] = access.logistics_visible_to(
                user, Room.objects.all()
            ).select_related("hotel")
        elif db_field.name == "registration":
            kwargs["queryset"] = access.registrations_visible_to(
                user, Registration.objects.filter(status__in=SEAT_STATUSES)
            ).select_related("participant", "program")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ValidationError as error:
            # Someone took the last bed between the form's check and ours.
            messages.error(request, " ".join(error.messages))
            return HttpResponseRedirect(request.get_full_path())

    def save_model(self, request, obj, form, change):
        created = rooming.assign_room(
            obj.room, obj.registration, form.nights(), request.user
        )
        obj.pk = created[0].pk

    def delete_model(self, request, obj):
        rooming.unassign_room(obj.room, obj.registration, [obj.night], by=request.user)

    def delete_queryset(self, request, queryset):
        for night in queryset.select_related("room", "registration"):
            self.delete_model(request, night)
