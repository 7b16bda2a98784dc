"""A participant's place in a program or one of its events."""

import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


def new_registration_token() -> str:
    # 32 random bytes: 256 bits, far above the 128 the self-service links need.
    return secrets.token_urlsafe(32)


class Registration(models.Model):
    class Status(models.TextChoices):
        APPLIED = "applied", _("Applied")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("Waitlisted")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")
        ATTENDED = "attended", _("Attended")

    class Source(models.TextChoices):
        ORGANISER = "organiser", _("Entered by an organiser")
        PUBLIC_FORM = "public_form", _("Public application form")
        IMPORT = "import", _("Import")

    participant = models.ForeignKey(
        "programs.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    event = models.ForeignKey(
        "programs.Event",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.APPLIED,
    )
    waitlist_position = models.PositiveIntegerField(
        _("waitlist position"), null=True, blank=True
    )
    source = models.CharField(
        _("source"),
        max_length=12,
        choices=Source.choices,
        default=Source.ORGANISER,
    )
    token = models.CharField(
        _("secret token"),
        max_length=64,
        unique=True,
        default=new_registration_token,
        editable=False,
    )
    applied_at = models.DateTimeField(_("applied"), auto_now_add=True)
    status_changed_at = models.DateTimeField(_("status changed"), auto_now=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    attended_at = models.DateTimeField(_("attended"), null=True, blank=True)
    # Double opt-in: a public application waits, taking no seat, until the
    # applicant follows the emailed link; unverified ones expire and are deleted.
    verified_at = models.DateTimeField(_("email verified"), null=True, blank=True)
    verification_expires_at = models.DateTimeField(
        _("verification expires"), null=True, blank=True
    )
    motivation = models.TextField(_("motivation"), blank=True, max_length=2000)
    organisation_name = models.CharField(
        _("organisation as given"),
        max_length=200,
        blank=True,
        help_text=_("As the applicant typed it on the public form."),
    )
    privacy_accepted_at = models.DateTimeField(
        _("privacy policy accepted"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["program", "applied_at", "pk"]
        indexes = [
            # Who takes part in a program, read from the index alone: the
            # participant lists look up a program's people by it.
            models.Index(
                fields=["program", "status", "participant"],
                name="registration_program_people",
            ),
            models.Index(
                fields=["program", "waitlist_position"],
                name="registration_waitlist",
                condition=Q(status="waitlisted"),
            ),
        ]
        constraints = [
            # Two partial constraints, because a NULL event never collides in SQL.
            models.UniqueConstraint(
                fields=["participant", "program"],
                condition=Q(event__isnull=True),
                name="registration_once_per_program",
                violation_error_message=_(
                    "This participant is already registered for this program."
                ),
            ),
            models.UniqueConstraint(
                fields=["participant", "program", "event"],
                condition=Q(event__isnull=False),
                name="registration_once_per_event",
                violation_error_message=_(
                    "This participant is already registered for this event."
                ),
            ),
            models.CheckConstraint(
                condition=Q(waitlist_position__isnull=True) | Q(status="waitlisted"),
                name="registration_waitlist_position_only_when_waitlisted",
                violation_error_message=_(
                    "Only a waitlisted registration has a waitlist position."
                ),
            ),
        ]

    def __str__(self) -> str:
        target = self.event or self.program
        return f"{self.participant} → {target}"

    @property
    def awaiting_verification(self) -> bool:
        """True for a public application whose email is not yet verified."""
        return (
            self.status == self.Status.APPLIED
            and self.verified_at is None
            and self.verification_expires_at is not None
        )

    @property
    def takes_a_seat(self) -> bool:
        return self.status in SEAT_STATUSES

    def clean(self):
        super().clean()
        if (
            self.event_id
            and self.program_id
            and self.event.program_id != self.program_id
        ):
            raise ValidationError(
                {"event": _("This event belongs to another program.")}
            )


# Attending keeps the seat that confirming took.
SEAT_STATUSES = (Registration.Status.CONFIRMED, Registration.Status.ATTENDED)
