"""The audit log, readable by editors and administrators, editable by nobody."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("created_at", "actor", "action", "object_repr", "content_type_name")
    list_filter = ("action", ("actor", admin.RelatedOnlyFieldListFilter))
    search_fields = ("object_repr", "actor__username")
    date_hierarchy = "created_at"
    list_select_related = ("actor", "content_type")
    readonly_fields = (
        "created_at",
        "actor",
        "action",
        "content_type",
        "object_id",
        "object_repr",
        "details",
    )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("object type"))
    def content_type_name(self, entry):
        return entry.content_type.name if entry.content_type else ""
