"""Recording actions in the audit log (programs.models.audit)."""

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models

from ..models import AuditEntry


def record(action: str, obj: models.Model | None = None, *, user=None, **details):
    """Write one audit entry for ``action`` on ``obj`` by ``user``.

    Call it inside the same transaction as the action itself, so an action
    that rolls back leaves no entry, and an entry never lacks its action.
    ``details`` must be JSON-serialisable (counts, field names, filters).
    """
    actor = user if user is not None and user.is_authenticated else None
    return AuditEntry.objects.create(
        action=action,
        actor=actor,
        content_type=ContentType.objects.get_for_model(obj)
        if obj is not None
        else None,
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:300] if obj is not None else "",
        details=details,
    )


def record_in_history(obj: models.Model, user, message: str) -> None:
    """Add ``message`` to ``obj``'s history in the admin, when a person acted.

    The history stores text, so it keeps the language of whoever acted.
    """
    if user is None or not getattr(user, "pk", None):
        return
    LogEntry.objects.log_actions(
        user_id=user.pk,
        queryset=[obj],
        action_flag=CHANGE,
        change_message=message,
        single_object=True,
    )
