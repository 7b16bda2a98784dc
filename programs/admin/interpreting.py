"""Interpreters assigned to events, through ``services/interpreting.py``.

An assignment is added and withdrawn, never edited in place, so each change
is one audit entry. An event's page of assignments names the language pairs
its participants need and nobody covers yet.
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from ..models import InterpreterAssignment, Participant
from ..services import access, interpreting
from .forms import CaravanAdminForm
from .logistics import LogisticsAccessMixin


@admin.register(InterpreterAssignment)
class InterpreterAssignmentAdmin(LogisticsAccessMixin, admin.ModelAdmin):
    form = CaravanAdminForm
    list_display = ("event", "interpreter", "from_language", "to_language", "both_ways")
    list_filter = (("event", admin.RelatedOnlyFieldListFilter), "from_language")
    list_select_related = ("event", "participant", "user")
    fields = (
        "event",
        "participant",
        "user",
        ("from_language", "to_language"),
        "both_ways",
    )

    def get_fields(self, request, obj=None):
        return self.fields if obj is None else (*self.fields, "uncovered")

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else ("uncovered",)

    @admin.display(description=_("interpreter"))
    def interpreter(self, assignment):
        return assignment.interpreter

    @admin.display(description=_("still uncovered at this event"))
    def uncovered(self, assignment):
        pairs = interpreting.interpreter_warnings(assignment.event)
        if not pairs:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", "<li>{}</li>", ((pair.message,) for pair in pairs)),
        )

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        user = request.user
        if db_field.name == "event":
            kwargs["queryset"] = access.events_managed_by(user)
        elif db_field.name == "participant":
            kwargs["queryset"] = access.participants_managed_by(
                user,
                Participant.objects.filter(category=Participant.Category.INTERPRETER),
            )
        elif db_field.name == "user":
            kwargs["queryset"] = get_user_model().objects.filter(
                is_staff=True, is_active=True
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        created = interpreting.assign_interpreter(
            obj.event,
            participant=obj.participant,
            user=obj.user,
            from_language=obj.from_language,
            to_language=obj.to_language,
            both_ways=obj.both_ways,
            by=request.user,
        )
        obj.pk = created.pk

    def delete_model(self, request, obj):
        interpreting.unassign_interpreter(obj, request.user)

    def delete_queryset(self, request, queryset):
        for assignment in queryset.select_related("event"):
            interpreting.unassign_interpreter(assignment, request.user)
