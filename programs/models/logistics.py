"""Delegation logistics: how each confirmed participant travels.

Travel details, legs, visas and change requests hang off a registration, so
they go when the registration goes and an erasure finds them from the
person. Rooms are in ``rooming.py``, interpreters in ``interpreting.py``. The
rules that span rows (the deadline for travel details, approving a change)
live in ``services/logistics.py``; the models check what one row can tell.
"""

import datetime
import re
import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .press import LANGUAGE_CHOICES

# Latin letters with their accented forms: Latin-1, Latin Extended-A and -B,
# and Latin Extended Additional (Vietnamese). The multiplication and division
# signs sit inside Latin-1 and are left out.
_LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_NAME = re.compile(rf"(?=.*[{_LATIN_LETTER}])[{_LATIN_LETTER} '’-]+")


def validate_latin_name(value: str) -> None:
    """A name as a passport prints it in Latin script: letters (accents
    allowed, in either case), spaces, hyphens and apostrophes."""
    # Decomposed accents (e + U+0301) count as the letter they compose.
    if not _LATIN_NAME.fullmatch(unicodedata.normalize("NFC", value)):
        raise ValidationError(
            _(
                "Write the name in Latin letters (A to Z, accented letters "
                "allowed), with only spaces, hyphens and apostrophes between them."
            ),
            code="not_latin",
        )


validate_passport_number = RegexValidator(
    r"^[A-Za-z0-9]{5,20}$",
    _("A passport number has 5 to 20 Latin letters and digits, without spaces."),
    code="passport_number",
)
# A carrier or train prefix of one to three letters or digits (at least one
# letter among them), an optional space, then the number and perhaps a letter:
# "KC 921", "CZ6017", "T 203".
validate_service_number = RegexValidator(
    r"^(?=[A-Za-z0-9]{0,2}[A-Za-z])[A-Za-z0-9]{1,3} ?[0-9]{1,5}[A-Za-z]?$",
    _("Write a flight or train number such as KC 921, CZ6017 or T 203."),
    code="service_number",
)


class LogisticsSettings(models.Model):
    """A program's logistics settings, kept apart from its published content."""

    program = models.OneToOneField(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="logistics_settings",
    )
    travel_details_deadline = models.DateTimeField(
        _("deadline for travel details"),
        null=True,
        blank=True,
        help_text=_(
            "After this moment, a change to someone's travel details waits for "
            "an organiser's approval. Leave empty for no deadline."
        ),
    )

    class Meta:
        verbose_name = _("logistics settings")
        verbose_name_plural = _("logistics settings")
        ordering = ["program"]

    def __str__(self) -> str:
        return str(self.program)


class TravelDetails(models.Model):
    """One confirmed participant's passport, needs and emergency contact."""

    registration = models.OneToOneField(
        "programs.Registration",
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="travel_details",
    )
    passport_name = models.CharField(
        _("name in the passport"),
        max_length=200,
        blank=True,
        validators=[validate_latin_name],
        help_text=_("In Latin letters, exactly as printed in the passport."),
    )
    nationality = CountryField(_("nationality"), blank=True)
    passport_number = models.CharField(
        _("passport number"),
        max_length=20,
        blank=True,
        validators=[validate_passport_number],
    )
    passport_expires_on = models.DateField(
        _("passport expiry date"), null=True, blank=True
    )
    dietary_requirements = models.TextField(
        _("dietary requirements"), blank=True, max_length=1000
    )
    accessibility_needs = models.TextField(
        _("accessibility needs"), blank=True, max_length=1000
    )
    languages_spoken = models.CharField(
        _("languages spoken"), max_length=200, blank=True
    )
    interpreter_from = models.CharField(
        _("interpreting needed from"),
        max_length=7,
        choices=LANGUAGE_CHOICES,
        blank=True,
        help_text=_("The language others speak to this person."),
    )
    interpreter_to = models.CharField(
        _("interpreting needed into"),
        max_length=7,
        choices=LANGUAGE_CHOICES,
        blank=True,
        help_text=_("The language this person understands."),
    )
    emergency_contact_name = models.CharField(
        _("emergency contact"), max_length=200, blank=True
    )
    emergency_contact_phone = models.CharField(
        _("emergency contact's phone"), max_length=40, blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("travel details")
        verbose_name_plural = _("travel details")
        ordering = ["registration"]
        constraints = [
            models.CheckConstraint(
                condition=Q(interpreter_from="", interpreter_to="")
                | (
                    ~Q(interpreter_from="")
                    & ~Q(interpreter_to="")
                    & ~Q(interpreter_from=F("interpreter_to"))
                ),
                name="travel_interpreting_pair",
                violation_error_message=_(
                    "Interpreting needs two different languages, from and into."
                ),
            ),
        ]

    def __str__(self) -> str:
        # No name: the admin history keeps this text after an erasure.
        return f"{self._meta.verbose_name} #{self.pk or '—'}"

    @property
    def needs_interpreter(self) -> bool:
        return bool(self.interpreter_from and self.interpreter_to)


class TravelLeg(models.Model):
    """How someone arrives at, or leaves, one stop of the itinerary."""

    class Direction(models.TextChoices):
        ARRIVAL = "arrival", _("Arrival")
        DEPARTURE = "departure", _("Departure")

    class Mode(models.TextChoices):
        FLIGHT = "flight", _("Flight")
        TRAIN = "train", _("Train")
        ROAD = "road", _("Road")
        OTHER = "other", _("Other")

    registration = models.ForeignKey(
        "programs.Registration",
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="travel_legs",
    )
    stop = models.ForeignKey(
        "programs.ItineraryStop",
        verbose_name=_("itinerary stop"),
        # An editor deleting a stop or an event must not take people's
        # travel plans with it; deleting the whole program still does.
        on_delete=models.RESTRICT,
        related_name="travel_legs",
    )
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices
    )
    date = models.DateField(_("date"))
    time = models.TimeField(_("time"), null=True, blank=True)
    mode = models.CharField(_("means of travel"), max_length=10, choices=Mode.choices)
    number = models.CharField(
        _("flight or train number"),
        max_length=12,
        blank=True,
        validators=[validate_service_number],
    )
    from_place = models.CharField(_("starting point"), max_length=200, blank=True)
    to_place = models.CharField(_("destination"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("travel leg")
        verbose_name_plural = _("travel legs")
        ordering = ["registration", "date", "time", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "stop", "direction"],
                name="travel_leg_once_per_stop_and_direction",
                violation_error_message=_(
                    "This person already has a leg in this direction for this stop."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_direction_display()}: {self.stop}"

    def clean(self):
        super().clean()
        self.number = self.number.upper()
        if (
            self.stop_id
            and self.registration_id
            and self.stop.program_id != self.registration.program_id
        ):
            raise ValidationError(
                {"stop": _("This stop belongs to another program's itinerary.")}
            )
        if self.date and self.stop_id and not _near_the_stop(self.date, self.stop):
            raise ValidationError(
                {"date": _("This date is far from the stop's dates; check the year.")}
            )


# How far from its stop's dates a leg may fall (a long way round, a stay
# before or after); beyond, it is a typo in the year.
LEG_MARGIN = datetime.timedelta(days=60)
# Without dates on the stop, a leg is checked against the years a program can
# plausibly have.
EARLIEST_LEG, LATEST_LEG = datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)


def _near_the_stop(day: datetime.date, stop) -> bool:
    if not (EARLIEST_LEG <= day <= LATEST_LEG):
        return False
    if stop.arrival_date is None:
        return True
    last = stop.departure_date or stop.arrival_date
    return stop.arrival_date - LEG_MARGIN <= day <= last + LEG_MARGIN


class VisaRequirement(models.Model):
    """Whether someone needs a visa for one country of the itinerary."""

    registration = models.ForeignKey(
        "programs.Registration",
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="visa_requirements",
    )
    country = CountryField(_("country"))
    needs_visa = models.BooleanField(_("needs a visa"), default=False)
    letter_generated_at = models.DateTimeField(
        _("invitation letter generated"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("visa requirement")
        verbose_name_plural = _("visa requirements")
        ordering = ["registration", "country"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "country"],
                name="visa_once_per_country",
                violation_error_message=_(
                    "This person already has a visa row for this country."
                ),
            ),
        ]

    def __str__(self) -> str:
        return str(self.country.name)

    def clean(self):
        super().clean()
        if not (self.registration_id and self.country):
            return
        visited = self.registration.program.itinerary_stops.values_list(
            "city__country", flat=True
        )
        if self.country.code not in set(visited):
            raise ValidationError(
                {"country": _("The itinerary of this program does not visit it.")}
            )


class ChangeRequest(models.Model):
    """A change to someone's travel details asked for after the deadline.

    ``changes`` maps each field name to ``{"old": …, "new": …}`` in JSON
    form, so an approval can tell whether the details moved meanwhile.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    registration = models.ForeignKey(
        "programs.Registration",
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="change_requests",
    )
    changes = models.JSONField(_("changes"), default=dict)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("change request")
        verbose_name_plural = _("change requests")
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="pending", decided_at__isnull=True)
                | (~Q(status="pending") & Q(decided_at__isnull=False)),
                name="change_request_decided_when_not_pending",
                violation_error_message=_(
                    "A decided change request has a decision time; a pending "
                    "one has none."
                ),
            ),
        ]

    def __str__(self) -> str:
        return str(self.registration)
