"""Images with alt text in every language and a focal point for cropping, and
the renditions (resized, cropped copies) that public pages serve."""

import hashlib

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

    def rendition_source(self, crop: str) -> str:
        """What renditions of ``crop`` are made from: the file, and the focal
        point for a fixed aspect ratio. A rendition whose source differs is
        out of date."""
        basis = self.file.name
        if crop:
            basis += f"|{crop}|{self.focal_point_x:.4f}|{self.focal_point_y:.4f}"
        return hashlib.sha256(basis.encode()).hexdigest()[:16]

    def current_renditions(self, crop: str) -> list["Rendition"]:
        """The up-to-date renditions of ``crop``, smallest first.

        Uses what the view loaded (``loaded_renditions`` from a JSON column,
        or a ``prefetch_related("renditions")``); an empty list means the
        page shows the original file until the background job has run.
        """
        loaded = getattr(self, "loaded_renditions", None)
        if loaded is None:
            loaded = self.renditions.all() if self.pk else []
        source = self.rendition_source(crop)
        return sorted(
            (r for r in loaded if r.crop == crop and r.source == source),
            key=lambda r: (r.width, r.format),
        )

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


UNDESCRIBED_IMAGE = _(
    "This image has no alternative text and is not marked decorative, so "
    "visitors would never see it. Describe it in the image library first."
)


def validate_usable_in_public(value) -> None:
    """Refuse an undescribed image where a page would show it (``value`` is
    an image or its id, as a foreign key's validators receive it)."""
    image = (
        value if isinstance(value, Image) else Image.objects.filter(pk=value).first()
    )
    if image is not None and not image.is_usable_in_public:
        raise ValidationError(UNDESCRIBED_IMAGE, code="undescribed_image")


class Rendition(models.Model):
    """A resized (and possibly cropped) copy of an image, made in the background.

    ``crop`` is an aspect ratio such as "16:9", or empty for the image's own
    proportions. ``source`` fingerprints the file and focal point it was made
    from (``Image.rendition_source``), so a changed image is never served
    stale renditions.
    """

    image = models.ForeignKey(
        Image,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="renditions",
    )
    crop = models.CharField(_("aspect ratio"), max_length=10, blank=True)
    width = models.PositiveIntegerField(_("width"))
    height = models.PositiveIntegerField(_("height"))
    format = models.CharField(_("format"), max_length=10)
    source = models.CharField(_("made from"), max_length=16)
    file = models.FileField(_("file"), upload_to="renditions/", max_length=255)

    class Meta:
        verbose_name = _("rendition")
        verbose_name_plural = _("renditions")
        constraints = [
            models.UniqueConstraint(
                fields=["image", "crop", "width", "format"],
                name="rendition_once_per_size_and_format",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.image_id} {self.crop or '-'} {self.width}w {self.format}"
