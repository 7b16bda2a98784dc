"""Revisions: a snapshot of a program or report each time an editor saves it.

A revision keeps the object's fields in every language and its inline rows
(itinerary stops, events and press coverage of a program; the gallery of a
report) as JSON, so two revisions can be compared and an older one restored
(``programs.services.revisions``). Revisions point at their object through
its content type and id, so they outlive it: a deleted program's last
revision still says what it held.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class Revision(models.Model):
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(_("object id"), max_length=64)
    object_repr = models.CharField(_("object"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("saved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set when this revision was made by rolling back to an older one.
    rolled_back_from = models.ForeignKey(
        "self",
        verbose_name=_("rolled back to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    content = models.JSONField(_("content"), encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["content_type", "object_id", "-created_at"],
                name="revision_object",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.object_repr} ({self.created_at:%Y-%m-%d %H:%M})"
