"""Old addresses of renamed pages, answered with a permanent redirect."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Redirect(models.Model):
    """``old_path`` (without its language prefix) now lives at ``target``.

    The redirect points at the object, not at a path, so a page renamed
    twice sends its first address straight to the current one: chains
    collapse by construction.
    """

    old_path = models.CharField(
        _("old address"),
        max_length=300,
        unique=True,
        help_text=_("Without the language prefix, such as /programs/old-name/."),
    )
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")
        ordering = ["-created_at", "pk"]
        indexes = [
            models.Index(fields=["content_type", "object_id"], name="redirect_target"),
        ]

    def __str__(self) -> str:
        return self.old_path
