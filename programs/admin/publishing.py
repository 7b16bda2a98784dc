"""What every publishable model's admin shares: status, filter and actions.

Programs, events, reports and press coverage are published the same way, so
their admins get the same status column, status filter and "Publish selected"
and "Unpublish selected" actions. The actions call the publishing service;
the rules stay there.
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import model_ngettext
from django.utils.translation import gettext_lazy as _

from ..services import publishing

PUBLISHING_FIELDSET = (
    _("Publishing"),
    {
        "fields": (
            "status",
            ("go_live_at", "expire_at"),
            ("first_published_at", "last_published_at"),
        ),
        "description": _(
            "Publish or unpublish from the list with the actions menu; the "
            "schedule decides when a published item appears and disappears."
        ),
    },
)


class StatusListFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return publishing.Status.choices

    def queryset(self, request, queryset):
        if self.value() in publishing.Status.values:
            return queryset.filter(publishing.status_condition(self.value()))
        return queryset


class PublishingAdminMixin:
    """Mix into a ModelAdmin of a model with ``PublishingFields``."""

    actions = ["publish_selected", "unpublish_selected"]
    publishing_readonly_fields = ("status", "first_published_at", "last_published_at")

    def get_readonly_fields(self, request, obj=None):
        return (
            *super().get_readonly_fields(request, obj),
            *self.publishing_readonly_fields,
        )

    @admin.display(description=_("status"), ordering="live")
    def status(self, obj):
        return obj.status_string

    @admin.action(
        description=_("Publish selected %(verbose_name_plural)s"),
        permissions=["change"],
    )
    def publish_selected(self, request, queryset):
        self._apply(
            request, queryset, publishing.publish, _("Published %(count)d %(name)s.")
        )

    @admin.action(
        description=_("Unpublish selected %(verbose_name_plural)s"),
        permissions=["change"],
    )
    def unpublish_selected(self, request, queryset):
        self._apply(
            request,
            queryset,
            publishing.unpublish,
            _("Unpublished %(count)d %(name)s."),
        )

    def _apply(self, request, queryset, operation, done_message) -> None:
        # Each item is published in its own transaction: one that cannot be
        # published is reported by name and does not hold back the others.
        done = 0
        for obj in queryset:
            try:
                operation(obj, user=request.user)
            except publishing.PublishingError as error:
                self.message_user(request, error.message, messages.ERROR)
            else:
                done += 1
        if done:
            name = model_ngettext(self.opts, done)
            self.message_user(request, done_message % {"count": done, "name": name})
