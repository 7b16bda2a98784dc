"""Publishing fields shared by everything a visitor can see.

The names follow Wagtail (``live``, ``has_unpublished_changes``, ``go_live_at``,
``expire_at``). Visibility is decided at query time from these fields, so a late
or missing cron run never shows expired content or hides content that is due.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .natural_keys import SlugQuerySet


def published_q(prefix: str = "", now=None) -> Q:
    """The condition "visible to the public ``now``" (by default, now),
    optionally through a relation."""
    now = now or timezone.now()
    return (
        Q(**{f"{prefix}live": True})
        & (
            Q(**{f"{prefix}go_live_at__isnull": True})
            | Q(**{f"{prefix}go_live_at__lte": now})
        )
        & (
            Q(**{f"{prefix}expire_at__isnull": True})
            | Q(**{f"{prefix}expire_at__gt": now})
        )
    )


class PublishableQuerySet(SlugQuerySet):
    def published(self, now=None):
        return self.filter(published_q(now=now))


class ProgramPartQuerySet(PublishableQuerySet):
    """Events, press and reports are public only while their program is too."""

    def published(self, now=None):
        now = now or timezone.now()
        return self.filter(published_q(now=now) & published_q("program__", now))


class PublishingFields(models.Model):
    live = models.BooleanField(_("published"), default=False, db_index=True)
    has_unpublished_changes = models.BooleanField(
        _("has unpublished changes"), default=False
    )
    go_live_at = models.DateTimeField(
        _("go live at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to publish at once when published."),
    )
    expire_at = models.DateTimeField(
        _("expire at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep it online until unpublished."),
    )
    first_published_at = models.DateTimeField(
        _("first published at"), null=True, blank=True
    )
    last_published_at = models.DateTimeField(
        _("last published at"), null=True, blank=True
    )

    objects = PublishableQuerySet.as_manager()

    # Moments at which what a public page shows changes by itself; cached
    # pages must not outlive them (services/page_cache.note_schedule).
    PAGE_CHANGING_MOMENTS = ("go_live_at", "expire_at")

    class Meta:
        abstract = True

    def page_changing_moments(self) -> list:
        """This item's moments of ``PAGE_CHANGING_MOMENTS`` (``None`` when unset)."""
        return [getattr(self, name) for name in self.PAGE_CHANGING_MOMENTS]

    @staticmethod
    def schedule_constraint(model_name: str) -> models.CheckConstraint:
        return models.CheckConstraint(
            condition=Q(go_live_at__isnull=True)
            | Q(expire_at__isnull=True)
            | Q(expire_at__gt=models.F("go_live_at")),
            name=f"{model_name}_expires_after_go_live",
            violation_error_message=_(
                "The expiry time must be after the go-live time."
            ),
        )

    @property
    def is_published(self) -> bool:
        now = timezone.now()
        return (
            self.live
            and (self.go_live_at is None or self.go_live_at <= now)
            and (self.expire_at is None or self.expire_at > now)
        )

    @property
    def status_string(self) -> str:
        """A short status for editors, derived from the stored fields.

        ``live`` records the editor's decision to publish; the schedule then
        decides when that decision takes effect and when it ends.
        """
        now = timezone.now()
        if not self.live:
            return str(_("draft"))
        if self.expire_at and self.expire_at <= now:
            return str(_("expired"))
        if self.go_live_at and self.go_live_at > now:
            return str(_("scheduled"))
        if self.expire_at:
            return str(_("live + scheduled"))
        if self.has_unpublished_changes:
            return str(_("live + draft"))
        return str(_("live"))
