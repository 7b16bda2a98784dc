"""Registering participants for programs.

An organiser who adds a person in the admin registers them for one of the
programs they manage in the same step; otherwise the new record would fall
outside what the organiser may see the moment it is saved.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ..models import Participant, Program, Registration
from . import access


class RegistrationError(Exception):
    """The registration cannot be made; ``message`` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def register_by_organiser(
    participant: Participant, program: Program, user
) -> Registration:
    """Register ``participant`` for ``program`` on behalf of organiser ``user``.

    The registration starts as "applied", so it takes no seat until the
    organiser confirms it. Registering someone already registered for the
    whole program returns the existing registration. Raises
    ``RegistrationError`` when ``user`` does not manage ``program``.
    """
    if not access.programs_managed_by(user).filter(pk=program.pk).exists():
        raise RegistrationError(
            _("You can only register participants for programs you manage.")
        )
    with transaction.atomic():
        registration, _created = Registration.objects.get_or_create(
            participant=participant,
            program=program,
            event=None,
            defaults={
                "status": Registration.Status.APPLIED,
                "source": Registration.Source.ORGANISER,
            },
        )
    return registration
