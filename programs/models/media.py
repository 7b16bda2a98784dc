"""Images with alt text in every language and a focal point for cropping."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ImageQuerySet(models.QuerySet):
    def usable_in_public(self):
        """Images a visitor may be shown: described, or declared decorative."""
        return self.filter(Q(is_decorative=True) | ~Q(alt_text_en=""))


class Image(models.Model):
    file = models.ImageField(
        _("file"),
        upload_to="images/%Y/%m/",
        width_field="width",
        height_field="height",
    )
    width = models.PositiveIntegerField(_("width"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height"), editable=False, default=0)
    title = models.CharField(_("title"), max_length=200)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Tick only if the image adds nothing a reader would miss."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    focal_point_x = models.FloatField(
        _("focal point (horizontal)"),
        default=0.5,
        help_text=_("0 is the left edge, 1 the right edge."),
    )
    focal_point_y = models.FloatField(
        _("focal point (vertical)"),
        default=0.5,
        help_text=_("0 is the top edge, 1 the bottom edge."),
    )
    is_demo = models.BooleanField(_("demo data"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ImageQuerySet.as_manager()

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")
        ordering = ["-created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(focal_point_x__gte=0)
                & Q(focal_point_x__lte=1)
                & Q(focal_point_y__gte=0)
                & Q(focal_point_y__lte=1),
                name="image_focal_point_inside",
                violation_error_message=_(
                    "The focal point must lie inside the image (0 to 1)."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_usable_in_public(self) -> bool:
        return self.is_decorative or bool((self.alt_text_en or "").strip())

    def clean(self):
        super().clean()
        # The English alt text is the fallback for every language, so it is the
        # one that must exist unless the image is declared decorative.
        if (
            not self.is_decorative
            and not (getattr(self, "alt_text_en", "") or "").strip()
        ):
            raise ValidationError(
                {
                    "alt_text_en": _(
                        "Write alternative text, or mark the image as decorative."
                    )
                }
            )
