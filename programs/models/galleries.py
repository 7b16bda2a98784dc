"""Galleries on program pages (a report's gallery lives with the report)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .media import validate_usable_in_public


class ProgramGalleryImage(models.Model):
    """One picture in a program's gallery, in the editor's order."""

    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="gallery_items",
    )
    image = models.ForeignKey(
        "programs.Image",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="program_gallery_items",
        validators=[validate_usable_in_public],
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery")
        ordering = ["program", "position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["program", "image"],
                name="program_gallery_image_once",
                violation_error_message=_("This image is already in the gallery."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.position}. {self.image}"
