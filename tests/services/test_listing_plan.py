"""The public participant lists keep their cost with the program's size, not
with everyone in the database: PostgreSQL finds a program's listed people
through the participant_listed index instead of reading the whole table
(services/listing.py, models/people.py)."""

import pytest
from django.db import connection
from django.utils import timezone, translation

from programs.models import Participant, Registration
from programs.services.listing import _first_of_each_category, listed_participants
from tests.factories import ProgramFactory

# VACUUM, which sets the visibility map an index-only scan relies on (as
# autovacuum has long since on a site of this size), runs outside a transaction.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]

# One program holds 1 % of everyone, as the reference program does in
# ``make bench`` at 100,000 participants. There, without the index,
# PostgreSQL read the whole participant table for each list (14 ms, against
# 5 ms with it; docs/performance.md); this size is too small for that plan,
# so the test checks that the index answers the lookups and no plan scans.
EVERYONE = 6_000
IN_THE_PROGRAM = 60


def _people(program, others) -> None:
    now = timezone.now()
    people = Participant.objects.bulk_create(
        Participant(
            given_name=f"Guest {n}",
            family_name=f"Visitor {n % 97}",
            email=f"plan-{n}@example.org",
            category=list(Participant.Category)[n % 4],
            public_listing_consent=n % 3 != 1,
            consent_given_at=now if n % 3 != 1 else None,
        )
        for n in range(EVERYONE)
    )
    Registration.objects.bulk_create(
        Registration(
            participant=person,
            program=program if n < IN_THE_PROGRAM else others,
            status=Registration.Status.CONFIRMED,
            confirmed_at=now,
        )
        for n, person in enumerate(people)
    )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE programs_participant")
        cursor.execute("VACUUM ANALYZE programs_registration")


def _plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_a_programs_listed_people_are_found_through_the_index_not_a_table_scan():
    program, others = ProgramFactory(), ProgramFactory()
    _people(program, others)

    with translation.override("kk"):
        preview = _plan(
            _first_of_each_category.__wrapped__(program_id=program.pk, shown=12)
        )
        everyone = _plan(listed_participants(program))
        shown = _first_of_each_category(program_id=program.pk, shown=12)

    for plan in (preview, everyone):
        assert "participant_listed" in plan, plan
        assert "Seq Scan on programs_participant" not in plan, plan
    # Forty of the sixty consented, about ten a category: all of them shown.
    listed = Participant.objects.filter(
        registrations__program=program, public_listing_consent=True
    )
    assert {person.pk for person in shown} == set(listed.values_list("pk", flat=True))
