"""What the press wrote about a program."""

from django.conf import global_settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .addresses import page_address
from .fields import WebAddressField
from .publishing import ProgramPartQuerySet, PublishingFields

# Django lists its languages' names untranslated (gettext_noop); translating
# them when shown puts an editor's language select in the editor's language.
LANGUAGE_CHOICES = [(code, _(name)) for code, name in global_settings.LANGUAGES]


class PressCoverage(PublishingFields):
    class Kind(models.TextChoices):
        ARTICLE = "article", _("Article")
        INTERVIEW = "interview", _("Interview")
        VIDEO = "video", _("Video")
        RADIO = "radio", _("Radio")
        TV = "tv", _("TV")

    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="press_coverage",
    )
    outlet = models.ForeignKey(
        "programs.Organisation",
        verbose_name=_("outlet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="press_coverage",
        help_text=_("Leave empty when the source does not name the outlet."),
    )
    # The headline stays in the language it was published in.
    title = models.CharField(_("headline"), max_length=300)
    url = WebAddressField(_("address"), max_length=500, blank=True)
    language = models.CharField(
        _("language"),
        max_length=7,
        choices=LANGUAGE_CHOICES,
        db_index=True,
    )
    published_on = models.DateField(_("publication date"))
    kind = models.CharField(
        _("kind"), max_length=10, choices=Kind.choices, default=Kind.ARTICLE
    )
    summary = models.TextField(_("summary"), blank=True)
    journalist = models.ForeignKey(
        "programs.Participant",
        verbose_name=_("journalist"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="press_coverage",
    )

    objects = ProgramPartQuerySet.as_manager()

    class Meta:
        verbose_name = _("press coverage")
        verbose_name_plural = _("press coverage")
        ordering = ["-published_on", "pk"]
        indexes = [
            models.Index(fields=["program", "published_on"], name="press_program_date"),
        ]
        constraints = [PublishingFields.schedule_constraint("presscoverage")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return page_address("programs:press-list") + f"?program={self.program.slug}"
