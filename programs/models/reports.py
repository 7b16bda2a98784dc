"""Reports written after (or during) a program."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .addresses import page_address
from .galleries import GalleryImage
from .images import validate_usable_in_public
from .natural_keys import SlugNaturalKey
from .publishing import ProgramPartQuerySet, PublishingFields
from .richtext import RichTextField


class Report(SlugNaturalKey, PublishingFields):
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = RichTextField(_("body"))
    author = models.CharField(_("author"), max_length=200, blank=True)
    cover_image = models.ForeignKey(
        "programs.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        validators=[validate_usable_in_public],
    )
    is_demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Invented for the demonstration; never presented as fact."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ProgramPartQuerySet.as_manager()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-first_published_at", "-created_at", "pk"]
        indexes = [
            models.Index(fields=["program", "live"], name="report_program_live"),
        ]
        constraints = [PublishingFields.schedule_constraint("report")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return page_address("programs:report-detail", slug=self.slug)


class ReportGalleryImage(GalleryImage):
    report = models.ForeignKey(
        Report,
        verbose_name=_("report"),
        on_delete=models.CASCADE,
        related_name="gallery_items",
    )

    class Meta(GalleryImage.Meta):
        ordering = ["report", "position", "pk"]
        constraints = [GalleryImage.once_on("report")]
