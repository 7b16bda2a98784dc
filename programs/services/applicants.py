"""Who applies: finding or creating the participant behind an application."""

from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Lower

from ..models import Organisation, Participant


def _organisation_named(name: str) -> Organisation | None:
    """The organisation called ``name`` in any language, if exactly one is."""
    if not name.strip():
        return None
    named = Q()
    for code in settings.LANGUAGE_CODES:
        named |= Q(**{f"name_{code.replace('-', '_')}__iexact": name.strip()})
    matches = list(Organisation.objects.filter(named)[:2])
    return matches[0] if len(matches) == 1 else None


def _with_email(email: str):
    # Written as the unique index is (lower(email), where not empty), so
    # PostgreSQL can use it.
    return (
        Participant.objects.alias(email_lower=Lower("email"))
        .filter(email_lower=email.lower())
        .exclude(email="")
        .order_by()
    )


def find_or_create_participant(
    data: Mapping[str, Any], organisation_name: str
) -> Participant:
    """The participant with this email, or a new one from ``data``.

    An existing record is never changed from here: whoever typed the address
    has not proved they own it. A new one is linked to the organisation
    named ``organisation_name`` when there is exactly one.
    """
    email = (data.get("email") or "").strip()
    if email and (existing := _with_email(email).first()) is not None:
        return existing
    try:
        # A savepoint, so a twin created meanwhile by an application to
        # another program only costs us this insert, not the transaction.
        with transaction.atomic():
            return Participant.objects.create(
                **{
                    "organisation": _organisation_named(organisation_name),
                    **data,
                    "email": email,
                }
            )
    except IntegrityError:
        if not email:
            raise
        return _with_email(email).get()
