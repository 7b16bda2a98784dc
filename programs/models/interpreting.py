"""Interpreters assigned to a program's events, for a pair of languages."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from .press import LANGUAGE_CHOICES


class InterpreterAssignment(models.Model):
    """An interpreter working at an event: a participant registered as an
    interpreter, or a member of staff (exactly one of the two)."""

    event = models.ForeignKey(
        "programs.Event",
        verbose_name=_("event"),
        # An editor deleting a stop or an event must not take people's
        # travel plans with it; deleting the whole program still does.
        on_delete=models.RESTRICT,
        related_name="interpreter_assignments",
    )
    participant = models.ForeignKey(
        "programs.Participant",
        verbose_name=_("interpreter"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="interpreting",
        limit_choices_to={"category": "interpreter"},
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff interpreter"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="interpreting",
    )
    from_language = models.CharField(_("from"), max_length=7, choices=LANGUAGE_CHOICES)
    to_language = models.CharField(_("into"), max_length=7, choices=LANGUAGE_CHOICES)
    both_ways = models.BooleanField(
        _("both ways"),
        default=True,
        help_text=_("Consecutive interpreting usually goes both ways."),
    )

    class Meta:
        verbose_name = _("interpreter assignment")
        verbose_name_plural = _("interpreter assignments")
        ordering = ["event", "from_language", "to_language", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(participant__isnull=True, user__isnull=False)
                | Q(participant__isnull=False, user__isnull=True),
                name="interpreter_is_a_participant_or_staff",
                violation_error_message=_(
                    "Choose one interpreter: a participant who interprets, or a "
                    "member of staff."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(from_language=F("to_language")),
                name="interpreter_two_languages",
                violation_error_message=_(
                    "Interpreting needs two different languages, from and into."
                ),
            ),
        ]

    def __str__(self) -> str:
        # No name: the admin history keeps this text after an erasure.
        return f"{self.from_language} → {self.to_language} ({self.event_id})"

    @property
    def interpreter(self):
        return self.participant or self.user

    def covers(self, from_language: str, to_language: str) -> bool:
        pair = (self.from_language, self.to_language)
        wanted = (from_language, to_language)
        return pair == wanted or (self.both_ways and pair == wanted[::-1])

    def clean(self):
        super().clean()
        if self.participant_id and self.participant.category != "interpreter":
            raise ValidationError(
                {"participant": _("This participant is not an interpreter.")}
            )
        if self.user_id and not self.user.is_staff:
            raise ValidationError({"user": _("This account is not a member of staff.")})
