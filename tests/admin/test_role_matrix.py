"""Who sees what in the admin, as one table.

Two programs, A and B, each with one registered participant. Six kinds of
account look at the same pages; every cell states the exact outcome.
"""

from dataclasses import dataclass

import pytest
from django.urls import reverse

from tests.factories import (
    ParticipantFactory,
    ProgramFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

EMAIL_A = "aigerim@example.org"
PHONE_A = "+7 700 111 2233"
FORBIDDEN = 403
NOT_FOUND = 302  # The admin redirects to its index: "… doesn't exist".


@dataclass
class World:
    users: dict
    program_a: object
    participant_a: object


@pytest.fixture
def world(db) -> World:
    organiser_a = UserFactory(username="organiser_a", groups=["Organisers"])
    organiser_b = UserFactory(username="organiser_b", groups=["Organisers"])
    editor_organiser = UserFactory(
        username="editor_organiser", groups=["Editors", "Organisers"]
    )
    program_a = ProgramFactory(title_en="Program A", managers=[organiser_a])
    program_b = ProgramFactory(
        title_en="Program B", managers=[organiser_b, editor_organiser]
    )
    participant_a = ParticipantFactory(
        given_name="Aigerim", family_name="A", email=EMAIL_A, phone=PHONE_A
    )
    participant_b = ParticipantFactory(given_name="Bolat", family_name="B")
    RegistrationFactory(participant=participant_a, program=program_a)
    RegistrationFactory(participant=participant_b, program=program_b)
    users = {
        "superuser": UserFactory(username="root", is_superuser=True),
        "editor": UserFactory(username="editor", groups=["Editors"]),
        "organiser_a": organiser_a,
        "organiser_b": organiser_b,
        "editor_organiser": editor_organiser,
        "staff_without_groups": UserFactory(username="staff"),
    }
    return World(users, program_a, participant_a)


def names_or_status(response):
    if response.status_code != 200:
        return response.status_code
    return {str(obj).split()[0] for obj in response.context["cl"].result_list}


def participant_changelist(client, world):
    return names_or_status(client.get(reverse("admin:programs_participant_changelist")))


def registration_changelist(client, world):
    return names_or_status(
        client.get(reverse("admin:programs_registration_changelist"))
    )


def participant_a_page(client, world):
    url = reverse("admin:programs_participant_change", args=[world.participant_a.pk])
    return client.get(url).status_code


def participant_a_editable(client, world):
    url = reverse("admin:programs_participant_change", args=[world.participant_a.pk])
    response = client.get(url)
    return response.status_code == 200 and 'name="given_name"' in (
        response.content.decode()
    )


def pages_showing_participant_a(client, world) -> str:
    pages = [
        client.get(reverse("admin:programs_participant_changelist")),
        client.get(
            reverse("admin:programs_participant_change", args=[world.participant_a.pk])
        ),
    ]
    return "".join(page.content.decode() for page in pages if page.status_code == 200)


def email_visible(client, world):
    return EMAIL_A in pages_showing_participant_a(client, world)


def phone_visible(client, world):
    return PHONE_A in pages_showing_participant_a(client, world)


def participant_autocomplete(client, world):
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "programs",
            "model_name": "registration",
            "field_name": "participant",
            "term": "",
        },
    )
    if response.status_code != 200:
        return response.status_code
    return {result["text"].split()[0] for result in response.json()["results"]}


def program_a_page(client, world):
    url = reverse("admin:programs_program_change", args=[world.program_a.pk])
    return client.get(url).status_code


CELLS = {
    "participant_changelist": participant_changelist,
    "participant_a_page": participant_a_page,
    "participant_a_editable": participant_a_editable,
    "registration_changelist": registration_changelist,
    "email_visible": email_visible,
    "phone_visible": phone_visible,
    "participant_autocomplete": participant_autocomplete,
    "program_a_page": program_a_page,
}
BOTH = {"Aigerim", "Bolat"}
A, B = {"Aigerim"}, {"Bolat"}

# role: (participant changelist, participant A's page, A editable,
#        registration changelist, email visible, phone visible,
#        participant autocomplete, program A's page)
MATRIX = {
    "superuser": (BOTH, 200, True, BOTH, True, True, BOTH, 200),
    "editor": (BOTH, 200, False, FORBIDDEN, False, False, set(), 200),
    "organiser_a": (A, 200, True, A, True, True, A, 200),
    "organiser_b": (B, NOT_FOUND, False, B, False, False, B, NOT_FOUND),
    "editor_organiser": (BOTH, 200, False, B, False, False, B, 200),
    "staff_without_groups": (
        FORBIDDEN,
        FORBIDDEN,
        False,
        FORBIDDEN,
        False,
        False,
        FORBIDDEN,
        FORBIDDEN,
    ),
}
TABLE = [
    pytest.param(role, cell, expected, id=f"{role}-{cell}")
    for role, row in MATRIX.items()
    for cell, expected in zip(CELLS, row, strict=True)
]


@pytest.mark.parametrize(("role", "cell", "expected"), TABLE)
def test_role_matrix(client, world, role, cell, expected):
    client.force_login(world.users[role])

    assert CELLS[cell](client, world) == expected
