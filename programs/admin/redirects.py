"""Redirects from renamed pages: editors see them and may delete them.

The site makes them itself when a published page's slug changes, so nobody
adds or edits one by hand.
"""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from ..models import Redirect
from ..services.redirects import path_of


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    list_display = ("old_path", "target_name", "new_path", "created_at")
    list_filter = (("content_type", admin.RelatedOnlyFieldListFilter),)
    search_fields = ("old_path",)
    fields = ("old_path", "target_name", "new_path", "created_at")
    readonly_fields = fields

    def get_queryset(self, request):
        # One query per kind of target, not one per row.
        return super().get_queryset(request).prefetch_related("target")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("now shows"))
    def target_name(self, redirect):
        return str(redirect.target) if redirect.target else "—"

    @admin.display(description=_("new address"))
    def new_path(self, redirect):
        if redirect.target is None:
            return "—"
        path = path_of(redirect.target)
        return format_html(
            '<a href="{}">{}</a>', redirect.target.get_absolute_url(), path
        )
