"""Emails to participants about their registration, in their own language.

Each kind of email has one template, ``emails/registration_<kind>.txt``, with
the message itself. The plain-text part is that message and the link; the
HTML part sets the same message in ``emails/message.html`` with the link as
a button, so the two can never say different things.

Every email is sent by a background job (``manage.py db_worker``; at once in
tests), queued once the change it reports is committed, and tried again with
growing delays when the mail server fails (``jobs.retrying_task``): a server
away for a minute delays an email, it does not lose it.
"""

from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from ..models import Registration
from .jobs import retrying_task

SUBJECTS = {
    "verification": _("Please confirm your application to %(target)s"),
    "confirmed": _("Your place at %(target)s is confirmed"),
    "waitlisted": _("You are on the waitlist for %(target)s"),
    "promoted": _("A place at %(target)s has opened for you"),
    "cancelled": _("Your registration for %(target)s is cancelled"),
    "declined": _("Your application to %(target)s"),
}
BUTTONS = {
    "verification": _("Confirm my application"),
}
DEFAULT_BUTTON = _("See my registration")


def registration_link(registration: Registration) -> str:
    """The absolute self-service address, in the active language."""
    path = reverse("programs:registration", kwargs={"token": registration.token})
    return settings.SITE_URL + path


def build_registration_email(
    registration: Registration, kind: str, **extra: Any
) -> EmailMultiAlternatives:
    """The ``kind`` email for ``registration``, in the participant's language."""
    participant = registration.participant
    with translation.override(participant.preferred_language):
        target = registration.event or registration.program
        context = {
            "registration": registration,
            "participant": participant,
            "target": target,
            "link": registration_link(registration),
            "button": BUTTONS.get(kind, DEFAULT_BUTTON),
            **extra,
        }
        subject = str(SUBJECTS[kind] % {"target": target})
        body = render_to_string(f"emails/registration_{kind}.txt", context).strip()
        text = render_to_string("emails/message.txt", {**context, "body": body})
        html = render_to_string(
            "emails/message.html",
            {**context, "body": body, "subject": subject},
        )
    message = EmailMultiAlternatives(subject, text, to=[participant.email])
    message.attach_alternative(html, "text/html")
    return message


def queue_registration_email(registration, kind: str, **extra: Any) -> None:
    """Queue the ``kind`` email once the current transaction commits.

    Nobody hears of a change that rolled back, and the worker never looks for
    a row it cannot see yet. The job takes the id, not the row: by the time it
    runs, the registration may have changed or gone.
    """
    registration_id = registration.pk
    transaction.on_commit(
        lambda: send_registration_email.enqueue(registration_id, kind, **extra)
    )


@retrying_task()
def send_registration_email(registration_id: int, kind: str, **extra: Any) -> bool:
    """Send the ``kind`` email (a background job); False when the registration
    or its address is gone."""
    registration = (
        Registration.objects.select_related("participant", "program", "event")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None or not registration.participant.email:
        return False
    build_registration_email(registration, kind, **extra).send()
    return True
