"""Publishing and unpublishing content that visitors can see.

Programs, events, reports and press coverage share the publishing fields
(``programs.models.publishing``). Publishing records the editor's decision
(``live``); the schedule (``go_live_at``, ``expire_at``) then decides at query
time when visitors see it. Every path that publishes (the admin's actions,
and later revisions and commands) goes through these two functions.

``publish_scheduled`` (run from cron) only tidies the stored state once a
schedule has fired; visitors never wait for it.
"""

import datetime
from dataclasses import dataclass

from django.db import models, transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..models import AuditEntry, Event, PressCoverage, Program, PublishingFields, Report
from ..models.publishing import published_q
from . import audit, page_cache

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


# Programs first: a program's parts are public only while it is.
SCHEDULED_MODELS = (Program, Event, Report, PressCoverage)


@dataclass(frozen=True)
class ScheduledChange:
    """One schedule that fired: ``action`` is an ``AuditEntry.Action``."""

    action: str
    item: PublishingFields
    scheduled_for: datetime.datetime


def publish_scheduled(now: datetime.datetime | None = None) -> list[ScheduledChange]:
    """Fire the go-lives and expiries that are due, and clear their dates.

    A due go-live stamps the publication times (the scheduled moment, which
    is when visitors started seeing the item) and clears ``go_live_at``; a
    due expiry takes the item offline (``live`` off) and clears
    ``expire_at``. Clearing a fired date means it can never block the next
    save or publication (unlike Wagtail bug #13896). Running it again
    changes nothing: what has fired is no longer due. Rows another run is
    already handling are skipped, so overlapping cron runs do not clash.
    Each change is recorded in the audit log with no actor. The upcoming
    moments go to the page cache, so cached pages give way when they pass
    even if this command is late.
    """
    now = now or timezone.now()
    changes = []
    for model in SCHEDULED_MODELS:
        changes += _fire(model, Q(live=True, go_live_at__lte=now), _go_live)
        changes += _fire(model, Q(live=True, expire_at__lte=now), _expire)
        page_cache.note_schedule(*_upcoming(model, now))
    return changes


def _upcoming(model, now: datetime.datetime) -> list[datetime.datetime]:
    live = model._base_manager.filter(live=True)
    return [
        moment
        for name in model.PAGE_CHANGING_MOMENTS
        for moment in live.filter(**{f"{name}__gt": now}).values_list(name, flat=True)
    ]


def _fire(model, due: Q, action) -> list[ScheduledChange]:
    changes = []
    with transaction.atomic():
        rows = model._base_manager.select_for_update(skip_locked=True).filter(due)
        for item in rows.order_by("pk"):
            change = action(item)
            audit.record(
                change.action, item, scheduled_for=change.scheduled_for.isoformat()
            )
            changes.append(change)
    return changes


def _go_live(item: PublishingFields) -> ScheduledChange:
    went_live = item.go_live_at
    item.first_published_at = item.first_published_at or went_live
    item.last_published_at = went_live
    item.go_live_at = None
    item.save(update_fields=["go_live_at", "first_published_at", "last_published_at"])
    return ScheduledChange(AuditEntry.Action.SCHEDULED_GO_LIVE, item, went_live)


def _expire(item: PublishingFields) -> ScheduledChange:
    expired = item.expire_at
    item.live = False
    item.expire_at = None
    item.save(update_fields=["live", "expire_at"])
    return ScheduledChange(AuditEntry.Action.SCHEDULED_EXPIRY, item, expired)
