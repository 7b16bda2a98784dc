"""The program changelist costs the same number of queries for 1 or 20 rows."""

import pytest
from django.urls import reverse

from programs.models import Registration
from tests.factories import (
    EventFactory,
    PressCoverageFactory,
    ProgramFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:programs_program_changelist")
# Session and user; the country and year filters' choices; the filtered and
# the full count; and the rows, with their counts as subqueries.
MAX_QUERIES = 7


def programs_with_everything(count: int):
    programs = ProgramFactory.create_batch(count)
    for program in programs:
        EventFactory.create_batch(2, program=program)
        PressCoverageFactory(program=program)
        RegistrationFactory.create_batch(3, program=program)
        RegistrationFactory(program=program, status=Registration.Status.WAITLISTED)
    return programs


@pytest.mark.parametrize("count", [1, 20])
def test_program_changelist_query_count_does_not_grow_with_rows(
    superuser_client, django_assert_max_num_queries, count
):
    programs_with_everything(count)

    with django_assert_max_num_queries(MAX_QUERIES):
        response = superuser_client.get(CHANGELIST)

    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == count


def test_program_changelist_shows_the_counts_an_editor_scans(superuser_client):
    program = ProgramFactory(title_en="Media Tour")
    EventFactory.create_batch(2, program=program)
    PressCoverageFactory.create_batch(3, program=program)
    confirmed = RegistrationFactory(program=program)
    # The same person at one of the events counts once.
    RegistrationFactory(
        program=program,
        participant=confirmed.participant,
        event=program.events.first(),
        status=Registration.Status.ATTENDED,
    )
    RegistrationFactory(program=program, status=Registration.Status.APPLIED)

    response = superuser_client.get(CHANGELIST)

    html = response.content.decode()
    assert '<td class="field-event_count">2</td>' in html
    assert '<td class="field-participant_count">1</td>' in html
    assert '<td class="field-press_count">3</td>' in html


def test_launch_date_is_shown_no_more_precisely_than_known(superuser_client):
    ProgramFactory(launch_date_precision="month")

    response = superuser_client.get(CHANGELIST)

    assert '<td class="field-launch">August 2024</td>' in response.content.decode()
