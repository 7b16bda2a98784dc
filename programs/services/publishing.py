"""Publishing and unpublishing content that visitors can see.

Programs, events, reports and press coverage share the publishing fields
(``programs.models.publishing``). Publishing records the editor's decision
(``live``); the schedule (``go_live_at``, ``expire_at``) then decides at query
time when visitors see it. Every path that publishes (the admin's actions,
and later revisions and commands) goes through these two functions.
"""

import datetime

from django.db import models, transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..models import AuditEntry, PublishingFields
from ..models.publishing import published_q
from . import audit

PUBLISHING_FIELDS = [
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
]


class Status(models.TextChoices):
    """The states an editor filters by; ``status_string`` gives the nuance."""

    DRAFT = "draft", _("Draft")
    SCHEDULED = "scheduled", _("Scheduled")
    LIVE = "live", _("Live")
    EXPIRED = "expired", _("Expired")


def status_condition(status: str) -> Q:
    """The database condition for one ``Status``, as of now.

    It agrees with ``PublishingFields.status_string``: ``live`` is the
    editor's decision, the schedule decides when it takes effect.
    """
    now = timezone.now()
    if status == Status.DRAFT:
        return Q(live=False)
    if status == Status.SCHEDULED:
        # The schedule constraint keeps expire_at after go_live_at, so a
        # future go-live also means not yet expired.
        return Q(live=True, go_live_at__gt=now)
    if status == Status.EXPIRED:
        return Q(live=True, expire_at__lte=now)
    if status == Status.LIVE:
        return published_q()
    raise ValueError(f"unknown status {status!r}")


class PublishingError(Exception):
    """Publishing is impossible as the item stands; ``message`` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def publish(obj: PublishingFields, user=None) -> PublishingFields:
    """Publish ``obj``, now or at its ``go_live_at``.

    Sets ``live``, clears ``has_unpublished_changes`` and stamps the
    publication times; ``first_published_at`` keeps the first one. Raises
    ``PublishingError`` when the schedule makes publishing pointless because
    the item has already expired. ``user``, when given, is recorded in the
    item's admin history.
    """
    now = timezone.now()
    if obj.expire_at is not None and obj.expire_at <= now:
        raise PublishingError(
            _(
                "“%(item)s” cannot be published: it expired on %(expiry)s. "
                "Clear or move the expiry time first."
            )
            % {"item": obj, "expiry": _format_moment(obj.expire_at)}
        )
    # A scheduled item becomes visible at go_live_at, so that is its
    # publication time, not the moment the editor clicked.
    published_at = max(now, obj.go_live_at) if obj.go_live_at else now
    with transaction.atomic():
        obj.live = True
        obj.has_unpublished_changes = False
        obj.first_published_at = obj.first_published_at or published_at
        obj.last_published_at = published_at
        obj.save(update_fields=PUBLISHING_FIELDS)
        audit.record_in_history(obj, user, gettext("Published."))
        audit.record(AuditEntry.Action.PUBLISHED, obj, user=user)
    return obj


def unpublish(obj: PublishingFields, user=None) -> PublishingFields:
    """Take ``obj`` off the public site, keeping its content as a draft.

    The publication times stay as history. ``user``, when given, is recorded
    in the item's admin history.
    """
    with transaction.atomic():
        obj.live = False
        obj.has_unpublished_changes = False
        obj.save(update_fields=["live", "has_unpublished_changes"])
        audit.record_in_history(obj, user, gettext("Unpublished."))
        audit.record(AuditEntry.Action.UNPUBLISHED, obj, user=user)
    return obj


def _format_moment(value: datetime.datetime) -> str:
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
