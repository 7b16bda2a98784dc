"""Organisations and the people who take part in programs."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .fields import WebAddressField


class Organisation(models.Model):
    class Kind(models.TextChoices):
        GOVERNMENT = "government", _("Government body")
        MEDIA = "media", _("Media outlet")
        UNIVERSITY = "university", _("University")
        CULTURAL = "cultural", _("Cultural institution")
        COMPANY = "company", _("Company")
        NGO = "ngo", _("NGO")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    city = models.ForeignKey(
        "programs.City",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
    )
    website = WebAddressField(_("website"), blank=True)
    is_demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Invented for the demonstration; never presented as fact."),
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


# What the public participant lists show of a person (services/listing.py),
# and what the participant_listed index holds for them.
LISTED_COLUMNS = (
    "category",
    "family_name",
    "given_name",
    "native_name",
    "organisation",
    "country",
    "is_demo",
)


class Participant(models.Model):
    class Category(models.TextChoices):
        CULTURAL_OFFICIAL = "cultural_official", _("Cultural official")
        DIPLOMAT = "diplomat", _("Diplomat")
        RESEARCHER = "researcher", _("Researcher")
        YOUTH = "youth", _("Youth representative")
        JOURNALIST = "journalist", _("Journalist")
        EDITOR = "editor", _("Editor")
        ORGANISER = "organiser", _("Organiser")
        INTERPRETER = "interpreter", _("Interpreter")
        OTHER = "other", _("Other")

    given_name = models.CharField(_("given name"), max_length=100)
    family_name = models.CharField(_("family name"), max_length=100, blank=True)
    native_name = models.CharField(
        _("name in native script"),
        max_length=200,
        blank=True,
        help_text=_("For example 王伟 or Әлия Сейітова, shown beside the Latin form."),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participants",
    )
    country = CountryField(_("country"), blank=True)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=7,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "programs.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    public_listing_consent = models.BooleanField(
        _("consents to public listing"),
        default=False,
        help_text=_("Only participants who consent are shown on public pages."),
    )
    consent_given_at = models.DateTimeField(
        _("consent given at"), null=True, blank=True
    )
    is_demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Invented for the demonstration; never presented as fact."),
    )
    # Set when the person's data was anonymised (on request or by the
    # retention policy), so a purge never counts the same person twice.
    erased_at = models.DateTimeField(
        _("personal data erased"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["family_name", "given_name", "pk"]
        indexes = [
            # The public participant lists find a program's people through its
            # registrations, one key at a time; this index answers each lookup
            # with the listed columns, and holds only the people who consented
            # to be listed. Without it, PostgreSQL reads the whole table once
            # it holds some 100,000 people.
            models.Index(
                fields=["id"],
                include=LISTED_COLUMNS,
                condition=Q(public_listing_consent=True),
                name="participant_listed",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=~Q(email=""),
                name="participant_unique_email",
                violation_error_message=_(
                    "A participant with this email already exists."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args, **kwargs):
        self.stamp_consent()
        super().save(*args, **kwargs)

    def stamp_consent(self) -> None:
        """Make the consent timestamp follow the consent (``bulk_create``
        skips ``save``, so a bulk insert calls this itself)."""
        if self.public_listing_consent and self.consent_given_at is None:
            self.consent_given_at = timezone.now()
        elif not self.public_listing_consent:
            self.consent_given_at = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)
