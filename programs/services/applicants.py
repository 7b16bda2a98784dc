"""Who applies: finding or creating the participant behind an application."""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q, Value
from django.db.models.functions import Lower, Upper

from ..models import Organisation, Participant


def organisations_named(names: Iterable[str]) -> dict[str, Organisation]:
    """For each name, the organisation called that in any language, when
    exactly one is (case and surrounding spaces aside); one query for all.

    Keys are the names as given; a name without a match is left out.
    """
    wanted = {name: name.strip() for name in names if name.strip()}
    if not wanted:
        return {}
    fields = [f"name_{code.replace('-', '_')}" for code in settings.LANGUAGE_CODES]
    # The database upper-cases both sides, as ``iexact`` does.
    typed = [Upper(Value(name)) for name in set(wanted.values())]
    named = Q()
    for field in fields:
        named |= Q(**{f"upper_{field}__in": typed})
    candidates = Organisation.objects.alias(
        **{f"upper_{field}": Upper(field) for field in fields}
    ).filter(named)
    by_name = defaultdict(set)
    for organisation in candidates:
        for field in fields:
            if value := getattr(organisation, field):
                by_name[value.upper()].add(organisation)
    found = {}
    for name, stripped in wanted.items():
        if len(matches := by_name[stripped.upper()]) == 1:
            found[name] = next(iter(matches))
    return found


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
                    "organisation": organisations_named([organisation_name]).get(
                        organisation_name
                    ),
                    **data,
                    "email": email,
                }
            )
    except IntegrityError:
        if not email:
            raise
        return _with_email(email).get()


def find_or_create_participants(
    applicants: Sequence[tuple[Mapping[str, Any], str]],
) -> list[Participant]:
    """``find_or_create_participant`` for many, in a few queries whatever
    their number: one participant for each ``(data, organisation_name)``.

    Rows with the same email (in any case) get the same participant, as they
    would one after the other, so the caller can tell a person listed twice.
    """
    emails = [(data.get("email") or "").strip() for data, _name in applicants]
    known = _people_with_emails(emails)
    organisations = organisations_named(name for _data, name in applicants)
    people, created = [], []
    for (data, organisation_name), email in zip(applicants, emails, strict=True):
        person = known.get(email.lower()) if email else None
        if person is None:
            person = Participant(
                **{
                    "organisation": organisations.get(organisation_name),
                    **data,
                    "email": email,
                }
            )
            person.stamp_consent()
            created.append(person)
            if email:
                known[email.lower()] = person
        people.append(person)
    try:
        with transaction.atomic():  # a savepoint, as for one person
            Participant.objects.bulk_create(created)
    except IntegrityError:
        # Twins created meanwhile by applications to other programs: use
        # theirs, as the single path does, and create the rest.
        twins = _people_with_emails(person.email for person in created)
        Participant.objects.bulk_create(
            [person for person in created if person.email.lower() not in twins]
        )
        people = [
            twins.get(person.email.lower(), person) if person.email else person
            for person in people
        ]
    return people


def _people_with_emails(emails: Iterable[str]) -> dict[str, Participant]:
    """The participants with these emails, by lower-cased email."""
    lowered = {email.lower() for email in emails if email}
    if not lowered:
        return {}
    people = (
        Participant.objects.alias(email_lower=Lower("email"))
        .filter(email_lower__in=lowered)
        .exclude(email="")
        .order_by()
    )
    return {person.email.lower(): person for person in people}
