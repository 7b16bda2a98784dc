"""The audit log: who did what that matters, and when.

Unlike Django's admin history, entries here are written by the services
themselves (so a command or an import is recorded too), cover actions that
change no row of the object (an export), and cannot be edited in the admin.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    class Action(models.TextChoices):
        PUBLISHED = "published", _("Published")
        UNPUBLISHED = "unpublished", _("Unpublished")
        SCHEDULED_GO_LIVE = "went_live", _("Went live on schedule")
        SCHEDULED_EXPIRY = "expired", _("Expired on schedule")
        ROLLED_BACK = "rolled_back", _("Rolled back")
        DELETED = "deleted", _("Deleted")
        EXPORTED_PERSONAL_DATA = "exported_personal_data", _("Exported personal data")
        ERASED_PERSONAL_DATA = "erased_personal_data", _("Erased personal data")
        EXPORTED_REGISTRATIONS = "exported_registrations", _("Exported registrations")
        IMPORTED_PARTICIPANTS = "imported_participants", _("Imported participants")
        PURGED_PERSONAL_DATA = "purged_personal_data", _("Purged personal data")
        TRAVEL_DETAILS_SAVED = "travel_details_saved", _("Saved travel details")
        TRAVEL_CHANGE_REQUESTED = (
            "travel_change_requested",
            _("Requested a change of travel details"),
        )
        TRAVEL_CHANGE_APPROVED = (
            "travel_change_approved",
            _("Approved a change of travel details"),
        )
        TRAVEL_CHANGE_REJECTED = (
            "travel_change_rejected",
            _("Rejected a change of travel details"),
        )
        TRAVEL_LEG_SAVED = "travel_leg_saved", _("Saved a travel leg")
        TRAVEL_LEG_DELETED = "travel_leg_deleted", _("Deleted a travel leg")
        VISA_SAVED = "visa_saved", _("Saved a visa requirement")
        VISA_DELETED = "visa_deleted", _("Deleted a visa requirement")
        VISA_LETTER_GENERATED = (
            "visa_letter_generated",
            _("Generated a visa invitation letter"),
        )
        ROOM_ASSIGNED = "room_assigned", _("Assigned a room")
        ROOM_UNASSIGNED = "room_unassigned", _("Took a room back")
        INTERPRETER_ASSIGNED = "interpreter_assigned", _("Assigned an interpreter")
        INTERPRETER_UNASSIGNED = "interpreter_unassigned", _("Withdrew an interpreter")

    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when the system acted on its own, e.g. a scheduled job."),
    )
    action = models.CharField(_("action"), max_length=32, choices=Action.choices)
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    # Kept as text, so the entry still reads after the object is gone.
    object_repr = models.CharField(_("object"), max_length=300, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["content_type", "object_id"], name="audit_object"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.object_repr}"
