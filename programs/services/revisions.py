"""Revisions of programs and reports: record, roll back, and delete.

Every save through the admin records a revision (``record_revision``), with
the content in every language and the inline rows (``revision_content``).
Rolling back restores the content and the inline rows of a chosen revision
and records the result as a new revision, so nothing is ever lost by a
rollback either.

A rollback is an edit, like a save in the admin: in Caravan an edit to a
published item shows at once (there is no separate draft copy). It never
touches the publishing state (``live``, the schedule, the publication
times), so it neither publishes a draft, unpublishes a live item nor revives
a schedule that has already fired; rows that come back (a deleted event)
come back as drafts. Nor does it restore a program's managers: access to
participants' personal data that someone took away stays taken away.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..models import AuditEntry, Revision
from . import audit
from .revision_content import snapshot
from .revision_restore import RevisionError, restore

__all__ = [
    "Rollback",
    "RevisionError",
    "delete_content",
    "record_revision",
    "revisions_of",
    "roll_back",
]


@dataclass
class Rollback:
    revision: Revision
    # Rows that could not come back because something they need is gone.
    skipped: list[str] = field(default_factory=list)


def record_revision(
    obj: models.Model, user=None, rolled_back_from: Revision | None = None
) -> Revision:
    """Keep the current content of ``obj`` (a program or report) as a revision."""
    with transaction.atomic():
        return Revision.objects.create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=str(obj.pk),
            object_repr=str(obj)[:300],
            user=user if user is not None and user.is_authenticated else None,
            rolled_back_from=rolled_back_from,
            content=snapshot(obj),
        )


def _revisions(obj: models.Model) -> models.QuerySet[Revision]:
    return Revision.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
    )


def revisions_of(obj: models.Model) -> models.QuerySet[Revision]:
    """The revisions of ``obj``, newest first, without their (large) content."""
    return (
        _revisions(obj)
        .select_related("user", "rolled_back_from")
        .defer("content", "rolled_back_from__content")
    )


def delete_content(obj: models.Model, user=None) -> None:
    """Delete ``obj``, keeping its last state as a revision and an audit entry."""
    with transaction.atomic():
        revision = record_revision(obj, user=user)
        audit.record(AuditEntry.Action.DELETED, obj, user=user, revision=revision.pk)
        obj.delete()


def _keep_current_state(obj: models.Model, user) -> None:
    # Changes made outside the admin (a command, an import) have no revision
    # yet; keeping them first means a rollback can always be undone.
    latest = _revisions(obj).only("content").first()
    if latest is None or latest.content != snapshot(obj):
        record_revision(obj, user=user)


def roll_back(obj: models.Model, revision: Revision, user=None) -> Rollback:
    """Restore ``obj``'s content and inline rows to those of ``revision``.

    Everything happens in one transaction: a rollback that cannot finish
    changes nothing. Keeps the current state as a revision if none holds it
    yet, then records a new revision (the rolled-back state), an
    audit entry and a line in the admin history. Raises ``RevisionError``
    when the revision is of another object, when it would delete an event
    people registered for, when a required reference is gone, or when
    another item took one of its slugs.
    """
    model = type(obj)
    if revision.content_type_id != ContentType.objects.get_for_model(model).pk or (
        revision.object_id != str(obj.pk)
    ):
        raise RevisionError(gettext("This revision belongs to another item."))
    saved_at = formats.date_format(
        timezone.localtime(revision.created_at), "DATETIME_FORMAT"
    )
    try:
        with transaction.atomic():
            locked = model._base_manager.select_for_update().get(pk=obj.pk)
            _keep_current_state(locked, user)
            skipped = restore(locked, revision.content)
            new = record_revision(locked, user=user, rolled_back_from=revision)
            audit.record(
                AuditEntry.Action.ROLLED_BACK,
                locked,
                user=user,
                revision=revision.pk,
                new_revision=new.pk,
                skipped=skipped,
            )
            audit.record_in_history(
                locked,
                user,
                gettext("Rolled back to the revision saved at %(when)s.")
                % {"when": saved_at},
            )
    except IntegrityError as error:
        raise RevisionError(
            _(
                "“%(item)s” could not be rolled back: another item now uses one "
                "of its slugs or positions. Change that item first."
            )
            % {"item": obj}
        ) from error
    obj.refresh_from_db()
    return Rollback(revision=new, skipped=skipped)
