"""Background jobs, run by ``manage.py db_worker`` (immediately in tests).

Jobs take plain ids, not model instances, and reload what they need: by the
time a worker picks a job up the row may have changed or gone. Each job that
fails is tried again with growing delays (``jobs.retrying_task``): a mail
server that is away for a minute delays an e-mail, it does not lose it.
"""

from typing import Any

from django.db import transaction

from . import emails
from .jobs import retrying_task
from .services import renditions


@retrying_task()
def send_registration_email(registration_id: int, kind: str, **extra: Any) -> bool:
    """Send the ``kind`` email about a registration; False if it is gone."""
    return emails.send_registration_email(registration_id, kind, **extra)


def queue_registration_email(registration, kind: str, **extra: Any) -> None:
    """Queue the ``kind`` email once the current transaction commits.

    Nobody hears of a change that rolled back, and the worker never looks for
    a row it cannot see yet.
    """
    registration_id = registration.pk
    transaction.on_commit(
        lambda: send_registration_email.enqueue(registration_id, kind, **extra)
    )


@retrying_task()
def make_image_renditions(image_id: int) -> int:
    """Draw the renditions an image lacks; returns how many were drawn."""
    return renditions.make_renditions(image_id)
