"""The organisers' list and privacy pages cost the same queries for 1 or 20 rows."""

import pytest
from django.urls import reverse

from tests.factories import EventFactory, ParticipantFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:programs_registration_changelist")


def registrations(program, count: int):
    event = EventFactory(program=program)
    countries = ["KZ", "CN", "FR"]
    return [
        RegistrationFactory(
            program=program,
            event=event if index % 2 else None,
            participant=ParticipantFactory(country=countries[index % 3]),
        )
        for index in range(count)
    ]


@pytest.mark.parametrize("count", [1, 20])
def test_registration_changelist_query_count_does_not_grow_with_rows(
    organiser_client, own_program, django_assert_max_num_queries, count
):
    registrations(own_program, count)

    # Session, user, admin language, permissions (2); the program tools; the
    # country, event and program filters' choices; the filtered and full
    # counts, the date hierarchy, and the rows.
    with django_assert_max_num_queries(14):
        response = organiser_client.get(
            CHANGELIST, {"program__id__exact": own_program.pk}
        )

    assert len(response.context["cl"].result_list) == count


def person_registered(program, count: int):
    """A person registered for ``program`` and for ``count - 1`` others."""
    person = ParticipantFactory()
    RegistrationFactory(participant=person, program=program)
    RegistrationFactory.create_batch(count - 1, participant=person)
    return person


@pytest.mark.parametrize("count", [1, 20])
def test_erase_page_query_count_does_not_grow_with_registrations(
    organiser_client, own_program, django_assert_max_num_queries, count
):
    person = person_registered(own_program, count)
    url = reverse("admin:programs_participant_erase", args=[person.pk])

    # Session, user, admin language, permissions (2), the person, the count.
    with django_assert_max_num_queries(7):
        response = organiser_client.get(url)

    assert response.context["registration_count"] == count


@pytest.mark.parametrize("count", [1, 20])
def test_personal_data_download_query_count_does_not_grow(
    organiser_client, own_program, django_assert_max_num_queries, count
):
    person = person_registered(own_program, count)
    url = reverse("admin:programs_participant_personal_data", args=[person.pk])

    # Session, user, admin language, permissions (2), the person (scoped);
    # the record, registrations, their legs, visas, room nights and change
    # requests, interpreting, press, audit entries; the audit and admin log
    # entries written, in a savepoint.
    with django_assert_max_num_queries(18):
        response = organiser_client.post(url)

    assert response.status_code == 200
