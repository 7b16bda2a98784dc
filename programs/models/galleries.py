"""Galleries: ordered pictures on program and report pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .images import validate_usable_in_public


class GalleryImage(models.Model):
    """One picture in a page's gallery, in the editor's order.

    Each kind of page adds its own foreign key to the page, named in
    ``Meta.ordering`` and in a ``once_on`` constraint.
    """

    image = models.ForeignKey(
        "programs.Image",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
        validators=[validate_usable_in_public],
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery")

    def __str__(self) -> str:
        return f"{self.position}. {self.image}"

    @staticmethod
    def once_on(page: str) -> models.UniqueConstraint:
        """An image appears at most once in a gallery of ``page``."""
        return models.UniqueConstraint(
            fields=[page, "image"],
            name=f"{page}_gallery_image_once",
            violation_error_message=_("This image is already in the gallery."),
        )


class ProgramGalleryImage(GalleryImage):
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="gallery_items",
    )

    class Meta(GalleryImage.Meta):
        ordering = ["program", "position", "pk"]
        constraints = [GalleryImage.once_on("program")]
