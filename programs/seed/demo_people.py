"""Fictional organisations and participants, and their registrations for the
reference program.

The facts name who attended the launch only by category, so every person and
organisation here is invented, flagged ``is_demo=True`` and labelled "demo" in
a field that visitors see. Participants are found again by their example.org
address, organisations by their English name.
"""

from django.db import transaction
from django.utils import timezone

from ..models import City, Organisation, Participant, Program, Registration
from .facts import localised
from .text import demo as demo_text


def seed_demo_participants(
    program: Program, cities: dict[str, City]
) -> list[Participant]:
    """Create or refresh the demo participants and register them for ``program``."""
    with transaction.atomic():
        organisations = seed_demo_organisations(cities)
        participants = []
        for spec in demo_text.PARTICIPANTS:
            participant = upsert_demo_participant(spec, organisations)
            _register(participant, program, spec["status"])
            participants.append(participant)
    return participants


def seed_demo_organisations(cities: dict[str, City]) -> dict[str, Organisation]:
    """Create or refresh the fictional organisations, keyed as in ``demo_text``."""
    return {
        key: _upsert_organisation(spec, cities)
        for key, spec in demo_text.ORGANISATIONS.items()
    }


def _upsert_organisation(spec: dict, cities: dict[str, City]) -> Organisation:
    organisation, _created = Organisation.objects.update_or_create(
        name_en=spec["name"]["en"],
        is_demo=True,
        defaults={
            "kind": spec["kind"],
            "city": cities[spec["city"]],
            **localised("name", spec["name"]),
        },
    )
    return organisation


def upsert_demo_participant(
    spec: dict, organisations: dict[str, Organisation], email_prefix: str = "demo"
) -> Participant:
    """Create or refresh the fictional person ``spec``, found by their address.

    The address is ``<email_prefix>.<given name>@example.org``; the family
    name "Demo" and a biography that says so mark them as fictional.
    """
    category_names = demo_text.CATEGORY_NAMES[spec["category"]]
    bio = {
        language: template.format(category=category_names[language])
        for language, template in demo_text.PARTICIPANT_BIO.items()
    }
    participant, _created = Participant.objects.update_or_create(
        email=f"{email_prefix}.{spec['given_name'].lower()}@example.org",
        defaults={
            "given_name": spec["given_name"],
            "family_name": "Demo",
            "native_name": spec["native_name"],
            "category": spec["category"],
            "country": spec["country"],
            "organisation": organisations.get(spec["organisation"]),
            "preferred_language": spec["preferred_language"],
            "public_listing_consent": spec["public_listing_consent"],
            "is_demo": True,
            **localised("bio", bio),
        },
    )
    return participant


def _register(participant: Participant, program: Program, status: str) -> None:
    confirmed = status == Registration.Status.CONFIRMED
    Registration.objects.update_or_create(
        participant=participant,
        program=program,
        event=None,
        defaults={"status": status, "source": Registration.Source.ORGANISER},
        create_defaults={
            "status": status,
            "source": Registration.Source.ORGANISER,
            "confirmed_at": timezone.now() if confirmed else None,
        },
    )
