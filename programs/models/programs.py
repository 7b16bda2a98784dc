"""Programs, their itinerary and their events."""

import datetime
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .addresses import page_address
from .colours import ColourField, validate_accent_colour
from .dates import DatePrecision, format_partial_date, normalise_partial_date
from .images import validate_usable_in_public
from .natural_keys import SlugNaturalKey
from .publishing import ProgramPartQuerySet, PublishingFields
from .richtext import RichTextField


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("%(value)s is not a known time zone, such as Asia/Almaty."),
            params={"value": value},
        )


class Program(SlugNaturalKey, PublishingFields):
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_(
            "The address of the program, in Latin letters, digits and hyphens."
        ),
    )
    title = models.CharField(_("title"), max_length=200)
    theme = models.CharField(_("theme"), max_length=300, blank=True)
    summary = models.TextField(_("summary"), blank=True, max_length=600)
    body = RichTextField(_("body"))

    organising_city = models.ForeignKey(
        "programs.City",
        verbose_name=_("organising city"),
        on_delete=models.PROTECT,
        related_name="organised_programs",
    )
    launch_date = models.DateField(_("launch date"), null=True, blank=True)
    launch_date_precision = models.CharField(
        _("precision of the launch date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    launch_city = models.ForeignKey(
        "programs.City",
        verbose_name=_("launch city"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="launched_programs",
    )
    launch_venue = models.CharField(_("launch venue"), max_length=200, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True, db_index=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)

    organisers = models.ManyToManyField(
        "programs.Organisation",
        verbose_name=_("organisers"),
        blank=True,
        related_name="programs",
    )
    managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("managers"),
        blank=True,
        related_name="managed_programs",
        help_text=_("Organiser accounts that manage this program's registrations."),
    )

    hero_image = models.ForeignKey(
        "programs.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        validators=[validate_usable_in_public],
    )
    accent_colour = ColourField(
        _("accent colour"),
        blank=True,
        validators=[validate_accent_colour],
        help_text=_(
            "The colour of this program's buttons, links and itinerary on its "
            "pages, as #rrggbb. It must be dark enough for white text; leave "
            "empty for the site's teal."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(1_000_000)],
        help_text=_("Seats for participants; leave empty for no limit."),
    )
    applications_open_at = models.DateTimeField(
        _("applications open"), null=True, blank=True
    )
    applications_close_at = models.DateTimeField(
        _("applications close"), null=True, blank=True
    )
    is_demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Synthetic content for demonstrations and load tests."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    # The program page and cards say whether applications are open.
    PAGE_CHANGING_MOMENTS = (
        *PublishingFields.PAGE_CHANGING_MOMENTS,
        "applications_open_at",
        "applications_close_at",
    )

    class Meta:
        verbose_name = _("program")
        verbose_name_plural = _("programs")
        ordering = ["-start_date", "-launch_date", "slug"]
        indexes = [
            models.Index(
                fields=["live", "go_live_at", "expire_at"], name="program_visibility"
            ),
            models.Index(fields=["launch_date"], name="program_launch_date"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="program_ends_after_start",
                violation_error_message=_(
                    "The end date cannot be before the start date."
                ),
            ),
            models.CheckConstraint(
                condition=Q(applications_open_at__isnull=True)
                | Q(applications_close_at__isnull=True)
                | Q(applications_close_at__gt=F("applications_open_at")),
                name="program_applications_close_after_open",
                violation_error_message=_("Applications must close after they open."),
            ),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(capacity__gte=0),
                name="program_capacity_not_negative",
                violation_error_message=_("The capacity cannot be negative."),
            ),
            PublishingFields.schedule_constraint("program"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.launch_date = normalise_partial_date(
            self.launch_date, self.launch_date_precision
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return page_address("programs:program-detail", slug=self.slug)

    @property
    def launch_date_display(self) -> str:
        return format_partial_date(self.launch_date, self.launch_date_precision)

    def application_window(self, now: datetime.datetime | None = None) -> str:
        """Where public applications stand: "open", "not-yet" (an opening
        time is set and still ahead), "closed", or "" for a program that
        takes no public applications (no opening time)."""
        opens, closes = self.applications_open_at, self.applications_close_at
        if opens is None:
            return ""
        now = now or timezone.now()
        if now < opens:
            return "not-yet"
        return "open" if closes is None or now < closes else "closed"


class ItineraryStop(models.Model):
    program = models.ForeignKey(
        Program,
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="itinerary_stops",
    )
    city = models.ForeignKey(
        "programs.City",
        verbose_name=_("city"),
        on_delete=models.PROTECT,
        related_name="itinerary_stops",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    arrival_date = models.DateField(_("arrival"), null=True, blank=True)
    departure_date = models.DateField(_("departure"), null=True, blank=True)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        verbose_name = _("itinerary stop")
        verbose_name_plural = _("itinerary stops")
        ordering = ["program", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(arrival_date__isnull=True)
                | Q(departure_date__isnull=True)
                | Q(departure_date__gte=F("arrival_date")),
                name="stop_departs_after_arrival",
                violation_error_message=_(
                    "The departure cannot be before the arrival."
                ),
            ),
            models.UniqueConstraint(
                fields=["program", "position"],
                name="stop_unique_position",
                violation_error_message=_(
                    "Two stops of a program cannot share a position."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.position}. {self.city}"

    def clean(self):
        super().clean()
        if self.pk is None or not self.program_id:
            return
        moved = (
            type(self)
            .objects.filter(pk=self.pk)
            .exclude(program_id=self.program_id)
            .exists()
        )
        if moved and (self.travel_legs.exists() or self.hotels.exists()):
            raise ValidationError(
                {
                    "program": _(
                        "People travel to this stop and hotels are booked at it: "
                        "it stays with its program."
                    )
                }
            )


class Event(SlugNaturalKey, PublishingFields):
    class Kind(models.TextChoices):
        LAUNCH = "launch", _("Launch ceremony")
        INTERVIEW = "interview", _("Media interview")
        EXHIBITION = "exhibition", _("Exhibition")
        FESTIVAL = "festival", _("Concert or festival")
        CULINARY = "culinary", _("Culinary exchange")
        FORUM = "forum", _("Forum")
        VISIT = "visit", _("Visit")
        OTHER = "other", _("Other")

    program = models.ForeignKey(
        Program,
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="events",
    )
    stop = models.ForeignKey(
        ItineraryStop,
        verbose_name=_("itinerary stop"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = RichTextField(_("description"))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_timezone],
        help_text=_("The local time zone of the venue, such as Asia/Almaty."),
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.ForeignKey(
        "programs.City",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(1_000_000)],
        help_text=_("Seats for this event alone; leave empty to use the program's."),
    )
    is_demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Invented for the demonstration; never presented as fact."),
    )

    objects = ProgramPartQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(fields=["program", "starts_at"], name="event_program_start"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gte=F("starts_at")),
                name="event_ends_after_start",
                violation_error_message=_("An event cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(capacity__gte=0),
                name="event_capacity_not_negative",
                violation_error_message=_("The capacity cannot be negative."),
            ),
            PublishingFields.schedule_constraint("event"),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if self.stop_id and self.program_id and self.stop.program_id != self.program_id:
            raise ValidationError(
                {"stop": _("This stop belongs to another program's itinerary.")}
            )

    def get_absolute_url(self) -> str:
        return page_address("programs:event-detail", slug=self.slug)
