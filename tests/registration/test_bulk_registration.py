"""Registering many at once: the same result as one by one, in fewer queries."""

import datetime

import pytest
from django.core import mail
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from programs.models import Participant, Registration
from programs.services import bulk_registration, registration
from programs.services.page_cache import content_changed
from tests.factories import (
    OrganisationFactory,
    ParticipantFactory,
    ProgramFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db

IMPORT = Registration.Source.IMPORT
Status = Registration.Status


def fields(given, email="", language="en", **more):
    return {
        "given_name": given,
        "family_name": more.pop("family_name", "Test"),
        "email": email,
        "category": "journalist",
        "country": "KZ",
        "preferred_language": language,
        **more,
    }


# A varied file: people known and new, emails in another case, rows without
# email, organisations unique, ambiguous and unknown, five languages, consent,
# and more people than the three seats left.
VARIED_ROWS = [
    (fields("Aliya", "aliya@example.org", "kk"), "Kazinform"),
    (fields("Known", "KNOWN@example.org", "ru"), "Kazinform"),
    (fields("Wei", "wei@example.org", "zh-hans"), "Twin Institute"),
    (fields("Noemail", "", "fr", public_listing_consent=True), "  kazinform "),
    (fields("Lapsed", "lapsed@example.org", "en"), ""),
    (fields("Zoé", "zoe@example.org", "fr"), "Nowhere"),
    (fields("Noemail", "", "ru"), "Қазақпарат"),
    (fields("Dmitry", "dmitry@example.org", "ru", public_listing_consent=True), ""),
]


def build_world():
    """A program with two seats taken of four, one waitlisted, a known person,
    a lapsed application and organisations to link to."""
    program = ProgramFactory(slug="bulk-world", title_en="World", capacity=4)
    for email in ("seated1@example.org", "seated2@example.org"):
        RegistrationFactory(program=program, participant__email=email)
    RegistrationFactory(
        program=program,
        participant__email="waiting@example.org",
        status=Status.WAITLISTED,
        waitlist_position=1,
    )
    ParticipantFactory(
        given_name="Stored", email="known@example.org", preferred_language="fr"
    )
    RegistrationFactory(
        program=program,
        participant=ParticipantFactory(given_name="Lapsed", email="lapsed@example.org"),
        status=Status.APPLIED,
        verification_expires_at=timezone.now() - datetime.timedelta(hours=1),
    )
    OrganisationFactory(name_en="Kazinform", name_kk="Қазақпарат")
    OrganisationFactory.create_batch(2, name_en="Twin Institute")
    return program


def one_by_one(program, rows):
    with transaction.atomic():
        return [
            registration.apply_for_program(
                program, data, source=IMPORT, organisation_name=name
            )
            for data, name in rows
        ]


def in_bulk(program, rows):
    return bulk_registration.apply_many(program, rows, source=IMPORT, notify=True)


def outcome(register, rows, capture) -> dict:
    """What ``register`` leaves behind in a fresh world, rolled back after."""
    mail.outbox.clear()
    with transaction.atomic():
        program = build_world()
        people_before = set(Participant.objects.values_list("pk", flat=True))
        with capture(execute=True):
            register(program, rows)
        registrations = (
            Registration.objects.filter(program=program, source=IMPORT)
            .select_related("participant__organisation")
            .order_by("pk")
        )
        result = {
            "registrations": [
                (
                    r.participant.given_name,
                    r.participant.email,
                    r.participant.preferred_language,
                    r.participant.organisation and r.participant.organisation.name,
                    r.participant.consent_given_at is not None,
                    r.status,
                    r.waitlist_position,
                    r.organisation_name,
                    r.verified_at is not None,
                    r.confirmed_at is not None,
                    r.privacy_accepted_at,
                    r.motivation,
                )
                for r in registrations
            ],
            "waitlist": list(
                Registration.objects.filter(program=program, status=Status.WAITLISTED)
                .order_by("waitlist_position")
                .values_list("participant__email", "waitlist_position")
            ),
            "people_created": sorted(
                Participant.objects.exclude(pk__in=people_before).values_list(
                    "email", "given_name", "preferred_language"
                )
            ),
            "people": Participant.objects.count(),
            "lapsed_left": Registration.objects.filter(status=Status.APPLIED).count(),
            "emails": [(m.to, m.subject) for m in mail.outbox],
        }
        transaction.set_rollback(True)
    return result


def test_bulk_gives_the_same_database_result_as_one_by_one(
    django_capture_on_commit_callbacks,
):
    single = outcome(one_by_one, VARIED_ROWS, django_capture_on_commit_callbacks)
    bulk = outcome(in_bulk, VARIED_ROWS, django_capture_on_commit_callbacks)

    assert bulk == single
    # The comparison is only worth something if the file really is varied.
    statuses = [row[5] for row in single["registrations"]]
    assert statuses.count(Status.CONFIRMED) == 2
    assert statuses.count(Status.WAITLISTED) == 6
    assert single["waitlist"][0][1] == 1 and single["waitlist"][-1][1] == 7
    assert ("known@example.org", "Stored") not in single["people_created"]
    assert len(single["emails"]) == 6  # the two without an email get none


def test_bulk_links_the_organisation_and_keeps_a_known_person_as_stored():
    program = build_world()

    registrations = bulk_registration.apply_many(
        program, VARIED_ROWS, source=IMPORT, notify=False
    )

    aliya, known, wei, no_email = (r.participant for r in registrations[:4])
    assert aliya.organisation.name == "Kazinform"
    assert no_email.organisation.name == "Kazinform"
    assert wei.organisation is None  # two organisations have that name
    assert (known.given_name, known.preferred_language) == ("Stored", "fr")
    assert aliya.preferred_language == "kk"


def test_bulk_refuses_a_person_already_registered_and_writes_nothing():
    program = ProgramFactory()
    RegistrationFactory(
        program=program, participant=ParticipantFactory(email="taken@example.org")
    )
    people = Participant.objects.count()
    rows = [
        (fields("New", "new@example.org"), ""),
        (fields("Taken", "TAKEN@example.org"), ""),
    ]

    with pytest.raises(bulk_registration.RowRefused) as refused:
        bulk_registration.apply_many(program, rows, source=IMPORT)

    assert refused.value.index == 1
    assert isinstance(refused.value.reason, registration.AlreadyRegistered)
    assert refused.value.message == (
        "This participant is already registered for this program."
    )
    assert Participant.objects.count() == people
    assert Registration.objects.filter(program=program).count() == 1


def test_bulk_refuses_the_same_email_twice_in_the_list():
    program = ProgramFactory()
    rows = [
        (fields("Aliya", "aliya@example.org"), ""),
        (fields("Wei", "wei@example.org"), ""),
        (fields("Aliya", "Aliya@Example.org"), ""),
    ]

    with pytest.raises(bulk_registration.RowRefused) as refused:
        bulk_registration.apply_many(program, rows, source=IMPORT)

    assert refused.value.index == 2
    assert not Participant.objects.exists()
    assert not Registration.objects.exists()


def test_bulk_queues_no_email_without_notify(django_capture_on_commit_callbacks):
    program = ProgramFactory()
    rows = [(fields("Aliya", "aliya@example.org"), "")]

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        bulk_registration.apply_many(program, rows, source=IMPORT, notify=False)

    # Only the public pages are told; no email is queued.
    assert callbacks == [content_changed]
    assert mail.outbox == []


def queries_for(count: int, prefix: str) -> int:
    program = ProgramFactory(capacity=count // 2)
    OrganisationFactory(name_en="Kazinform")
    rows = []
    for index in range(count):
        if index % 3 == 0:
            ParticipantFactory(email=f"{prefix}{index}@example.org")
        rows.append((fields(f"P{index}", f"{prefix}{index}@example.org"), "Kazinform"))
    with CaptureQueriesContext(connection) as queries:
        bulk_registration.apply_many(program, rows, source=IMPORT, notify=False)
    assert Registration.objects.filter(program=program).count() == count
    return len(queries)


def test_bulk_query_count_does_not_grow_with_the_rows():
    assert queries_for(10, "ten") == queries_for(200, "many")
