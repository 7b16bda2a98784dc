"""Hotels at the stops of a program's itinerary, their rooms, and who sleeps
in which room on which night.

A room's capacity on a night spans rows, so ``services/rooming.py`` keeps it,
under the room's row lock; the models check what one row can tell.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _


class Hotel(models.Model):
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="hotels",
    )
    stop = models.ForeignKey(
        "programs.ItineraryStop",
        verbose_name=_("itinerary stop"),
        # An editor deleting a stop or an event must not take people's
        # travel plans with it; deleting the whole program still does.
        on_delete=models.RESTRICT,
        related_name="hotels",
    )
    name = models.CharField(_("name"), max_length=200)
    address = models.TextField(_("street address"), blank=True, max_length=500)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("hotel")
        verbose_name_plural = _("hotels")
        ordering = ["program", "stop", "name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        if self.stop_id and self.program_id and self.stop.program_id != self.program_id:
            raise ValidationError(
                {"stop": _("This stop belongs to another program's itinerary.")}
            )


class Room(models.Model):
    hotel = models.ForeignKey(
        Hotel, verbose_name=_("hotel"), on_delete=models.CASCADE, related_name="rooms"
    )
    label = models.CharField(_("room"), max_length=50, help_text=_("E.g. 412."))
    capacity = models.PositiveSmallIntegerField(
        _("beds"), default=1, help_text=_("How many people sleep in it.")
    )

    class Meta:
        verbose_name = _("room")
        verbose_name_plural = _("rooms")
        ordering = ["hotel", "label"]
        constraints = [
            models.CheckConstraint(
                condition=Q(capacity__gte=1),
                name="room_has_a_bed",
                violation_error_message=_("A room has at least one bed."),
            ),
            models.UniqueConstraint(
                fields=["hotel", "label"],
                name="room_unique_label",
                violation_error_message=_("The hotel already has a room so named."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.hotel}, {self.label}"

    def clean(self):
        super().clean()
        if self.pk is None or not self.capacity:
            return
        busiest = (
            self.nights.values("night")
            .annotate(people=Count("pk"))
            .order_by("-people")
            .values_list("people", flat=True)
            .first()
        )
        if busiest and busiest > self.capacity:
            raise ValidationError(
                {
                    "capacity": _(
                        "%(people)s people already sleep in this room on one "
                        "night: move someone out before making it smaller."
                    )
                    % {"people": busiest}
                }
            )


class RoomNight(models.Model):
    """One person in one room for one night (the night that starts on
    ``night``). A person sleeps in one room a night; the room's capacity on a
    night is kept by ``services.rooming.assign_room``."""

    room = models.ForeignKey(
        Room, verbose_name=_("room"), on_delete=models.CASCADE, related_name="nights"
    )
    registration = models.ForeignKey(
        "programs.Registration",
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="room_nights",
    )
    night = models.DateField(_("night of"))

    class Meta:
        verbose_name = _("room night")
        verbose_name_plural = _("room nights")
        ordering = ["night", "room", "pk"]
        indexes = [models.Index(fields=["room", "night"], name="room_night_count")]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "night"],
                name="room_night_one_room_per_person",
                violation_error_message=_("This person already has a room that night."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.room}: {self.night:%Y-%m-%d}"
